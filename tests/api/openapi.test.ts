import fs from 'fs';
import path from 'path';
import { useStrapi } from '../helpers/harness';

const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });

// A version of our own: every boot rewrites 1.0.0, and other test files boot in parallel.
const VERSION = `0.0.${process.pid}${Date.now() % 1000}`;
let doc: any;
let docDir: string;

beforeAll(async () => {
  const service = t.app().plugin('documentation').service('documentation');
  await service.generateFullDoc(VERSION);
  docDir = path.join(service.getFullDocumentationPath(), VERSION);
  doc = JSON.parse(fs.readFileSync(path.join(docDir, 'full_documentation.json'), 'utf8'));
});
afterAll(() => {
  if (docDir) fs.rmSync(docDir, { recursive: true, force: true });
});

/** `/articles/by-slug/:slug` → `/articles/by-slug/{slug}` (paths are under the API prefix). */
const toOpenApiPath = (routePath: string) => routePath.replace(/:(\w+)/g, '{$1}');

describe('OpenAPI document', () => {
  test('describes every delivery route, with its parameters and responses', () => {
    const custom = Object.values(t.app().apis).flatMap((api: any) =>
      Object.entries(api.routes ?? {})
        .filter(([file]) => file.startsWith('01-custom'))
        .flatMap(([, router]: any) => router.routes)
    );
    expect(custom.length).toBeGreaterThanOrEqual(6);
    for (const route of custom) {
      const op = doc.paths[toOpenApiPath(route.path)]?.[route.method.toLowerCase()];
      expect({ path: route.path, documented: Boolean(op?.summary && op?.responses?.['200']) }).toEqual({ path: route.path, documented: true });
    }
    const bySlug = doc.paths['/articles/by-slug/{slug}'].get;
    expect(bySlug.parameters.map((p: any) => `${p.in}:${p.name}`)).toEqual(['path:slug', 'query:locale', 'query:fallback']);
    expect(bySlug.responses['404'].content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
    expect(Object.keys(doc.paths['/feeds/{locale}.rss'].get.responses['200'].content)).toEqual(['application/rss+xml']);
    expect(Object.keys(doc.paths['/articles/by-slug/{slug}/jsonld'].get.responses['200'].content)).toEqual(['application/ld+json']);
    expect(doc.paths['/speakers/by-slug/{slug}'].get.parameters.map((p: any) => p.name)).toEqual(
      expect.arrayContaining(['quotesPage', 'quotesPageSize', 'articlesPage', 'articlesPageSize'])
    );
  });

  test('documents ?fallback= on the stock article reads, and no placeholder metadata', () => {
    for (const p of ['/articles', '/articles/{id}']) {
      expect(doc.paths[p].get.parameters.map((x: any) => x.name)).toContain('fallback');
    }
    expect(doc.info.title).toBe('KazNU Newsroom API');
    expect(doc.info).not.toHaveProperty('termsOfService');
    expect(doc.info).not.toHaveProperty('contact');
    expect(doc.servers[0].url).toMatch(/\/api$/);
    expect(doc.tags.map((tag: any) => tag.name)).toEqual(expect.arrayContaining(['Delivery', 'Feeds']));
  });

  test('describes public reads only: no write operations, no private or admin-only fields', () => {
    for (const [p, operations] of Object.entries<any>(doc.paths)) expect({ p, methods: Object.keys(operations) }).toEqual({ p, methods: ['get'] });
    expect(Object.keys(doc.components.schemas).filter((name) => name.endsWith('Request'))).toEqual([]);
    const article = doc.components.schemas.Article.properties;
    expect(article).toHaveProperty('title');
    for (const hidden of ['contentHash', 'translatedFrom', 'createdBy', 'updatedBy']) expect(article).not.toHaveProperty(hidden);
    expect(JSON.stringify(doc)).not.toMatch(/contentHash|translatedFrom|resetPasswordToken|"password"/);
  });

  test('is served with Swagger UI at /documentation/v<version>', async () => {
    const res = await t.http().get(`/documentation/v${VERSION}`).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('/articles/by-slug/{slug}');
  });
});
