import fs from 'fs';
import os from 'os';
import path from 'path';
import { useStrapi } from '../helpers/harness';
import { runAttackTable, type AttackRow } from '../helpers/attack-table';
import { ARTICLE, QUOTE, slugOf } from '../helpers/newsroom-docs';

/**
 * Issue 11, the "smaller" holes: unreadable request bodies, `If-None-Match: *`,
 * locale spellings Strapi does not serve, ETags that move with drafts, and the public
 * OpenAPI document. Each row fails with its protection switched off.
 */
const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });

// A documentation version of our own: every boot rewrites 1.0.0, other files boot in parallel.
const DOC_VERSION = `0.0.${process.pid}${Date.now() % 1000}`;
const PRESS = path.join(__dirname, '..', 'fixtures', 'press', 'en-kaznu-30-years-of-diplomacy.txt');
// A valid 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const world = { slug: '', articleId: '', quoteId: '', docDir: '', tmp: '' };
let errorLog: jest.SpyInstance;

beforeAll(async () => {
  const article = await t.docs(ARTICLE).create({ locale: 'en', data: { title: 'Public news' } });
  world.articleId = article.documentId;
  await t.docs(ARTICLE).publish({ documentId: world.articleId, locale: 'en' });
  world.slug = await slugOf(t.docs, ARTICLE, world.articleId, 'en');
  const quote = await t.docs(QUOTE).create({ locale: 'en', data: { text: 'Public words', article: world.articleId } });
  world.quoteId = quote.documentId;
  await t.docs(QUOTE).publish({ documentId: world.quoteId, locale: 'en' });

  const documentation = t.app().plugin('documentation').service('documentation');
  await documentation.generateFullDoc(DOC_VERSION);
  world.docDir = path.join(documentation.getFullDocumentationPath(), DOC_VERSION);
  world.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attacks-misc-'));
  errorLog = jest.spyOn(t.app().log, 'error');
});
afterAll(() => {
  errorLog?.mockRestore();
  if (world.docDir) fs.rmSync(world.docDir, { recursive: true, force: true });
  if (world.tmp) fs.rmSync(world.tmp, { recursive: true, force: true });
});

type Http = Parameters<AttackRow['send']>[0];

/** A multipart body cut off in the middle of a file part (no closing boundary). */
const BROKEN = '--XBOUNDARY\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhalf a fi';
const brokenMultipart = (path: string, contentType = 'multipart/form-data; boundary=XBOUNDARY') => (http: Http) => {
  errorLog.mockClear();
  return http.post(path).set('Content-Type', contentType).send(BROKEN);
};
/** 400 in Strapi's error shape, and nothing in the error log (no stack trace). */
const clear400 = (words: RegExp) => (answer: { body: any }) => {
  expect(answer.body).toEqual({ data: null, error: { status: 400, name: 'ValidationError', message: expect.stringMatching(words), details: {} } });
  expect(errorLog).not.toHaveBeenCalled();
};

/** A GraphQL answer with no data for the query and the locale error. */
const graphqlRejects = (message: RegExp) => ({ body }: { body: any }) => {
  expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { error: { name: 'ValidationError' } } });
  expect(Object.values(body.data ?? {}).filter((v) => v !== null)).toEqual([]);
};

/** The ETag of a public read, then whether it still answers 304 after `change`. */
const etagSurvives = (url: string, change: () => Promise<unknown>) => async (http: Http) => {
  const etag = (await http.get(url).expect(200)).headers.etag;
  await change();
  return http.get(url).set('If-None-Match', etag);
};

/** What `npm run press:import` does with a press release and its photo (no --publish). */
async function importDraftWithPhoto() {
  const photo = path.join(world.tmp, 'diplomacy.png');
  fs.writeFileSync(photo, PNG);
  const outcome = await t.app().plugin('press-import').service('importer').importFile({
    fileName: 'diplomacy.txt',
    bytes: fs.readFileSync(PRESS),
    source: 'cli',
    images: [{ filepath: photo, name: 'diplomacy.png', size: PNG.length }],
  });
  expect(outcome.status).toBe('imported');
  expect(await t.app().db.query('plugin::upload.file').count()).toBeGreaterThan(0);
}

const rows: AttackRow[] = [
  // 1. Unreadable bodies: 400 and a clear message, not a 500 with a stack trace in the log.
  {
    attack: 'a truncated multipart body to the admin press-import upload route',
    send: brokenMultipart('/press-import/import'),
    status: 400,
    check: clear400(/^Malformed multipart body: /),
  },
  { attack: 'a truncated multipart body to the content API upload (/api/upload)', send: brokenMultipart('/api/upload'), status: 400, check: clear400(/multipart/) },
  { attack: 'a truncated multipart body to the admin upload (/upload)', send: brokenMultipart('/upload'), status: 400, check: clear400(/multipart/) },
  {
    attack: 'a multipart body without a boundary',
    send: brokenMultipart('/press-import/preview', 'multipart/form-data'),
    status: 400,
    check: clear400(/no multipart boundary/),
  },
  {
    attack: 'a malformed JSON body',
    send: (http) => {
      errorLog.mockClear();
      return http.post('/api/articles').set('Content-Type', 'application/json').send('{"data": {');
    },
    status: 400,
    check: clear400(/^Malformed JSON body: /),
  },

  // 2. `If-None-Match: *` means "if any representation exists": a missing one is a 404.
  { attack: 'If-None-Match: * on a missing article (by slug)', send: (http) => http.get('/api/articles/by-slug/no-such-article').set('If-None-Match', '*'), status: 404 },
  { attack: 'If-None-Match: * on a missing article (by id)', send: (http) => http.get('/api/articles/nosuchdocument0000000000').set('If-None-Match', '*'), status: 404 },
  { attack: 'If-None-Match: * on a missing feed locale', send: (http) => http.get('/api/feeds/xx.rss').set('If-None-Match', '*'), status: [400, 404] },

  // 3. Locale spellings Strapi 5 does not serve: 400, never "200 with nothing".
  {
    attack: 'locale=all on a list',
    send: (http) => http.get('/api/quotes?locale=all'),
    status: 400,
    check: ({ body }) => expect(body.error).toMatchObject({ name: 'ValidationError', message: expect.stringMatching(/Unknown locale "all"/), details: { availableLocales: expect.arrayContaining(['en', 'kk', 'ru']) } }),
  },
  {
    attack: 'locale=* on a single read (Strapi looks up a locale named "*": a false 404)',
    send: (http) => http.get(`/api/quotes/${world.quoteId}?locale=*`),
    status: 400,
    check: ({ body }) => expect(body.error.message).toMatch(/only accepted on list endpoints/),
  },

  {
    attack: 'GraphQL: locale "fr" (an ISO code the CMS does not have) as a literal',
    send: (http) => http.post('/graphql').send({ query: '{ quotes(locale: "fr") { documentId } }' }),
    check: graphqlRejects(/Unknown locale "fr"/),
  },
  {
    attack: 'GraphQL: locale "all" in a variable (the scalar checks literals only)',
    send: (http) => http.post('/graphql').send({ query: 'query($l: I18NLocaleCode) { quotes(locale: $l) { documentId } }', variables: { l: 'all' } }),
    check: graphqlRejects(/Unknown locale "all"/),
  },
  {
    attack: 'GraphQL: locale "*" on a single query (a false "not found")',
    send: (http) => http.post('/graphql').send({ query: 'query($id: ID!) { quote(documentId: $id, locale: "*") { documentId } }', variables: { id: world.quoteId } }),
    check: graphqlRejects(/only accepted on list queries/),
  },

  // 4. Public ETags move with published content only: no sign that editors are at work.
  {
    attack: 'a new draft article changes the public ETags',
    send: etagSurvives('/api/articles', () => t.docs(ARTICLE).create({ locale: 'en', data: { title: 'Work in progress' } })),
    status: 304,
  },
  {
    attack: 'deleting a never-published draft changes the public ETags',
    send: etagSurvives('/api/quotes', async () => {
      const draft = await t.docs(QUOTE).create({ locale: 'en', data: { text: 'Never said' } });
      await t.docs(QUOTE).delete({ documentId: draft.documentId, locale: 'en' });
    }),
    status: 304,
  },
  {
    attack: 'an import of drafts (with a photo) changes the public ETags',
    send: (http) => etagSurvives(`/api/articles/by-slug/${world.slug}`, importDraftWithPhoto)(http),
    status: 304,
  },

  // 5. The public OpenAPI document: no private field names, no write routes.
  {
    attack: 'the public /documentation names private and admin-only fields',
    send: (http) => http.get(`/documentation/v${DOC_VERSION}`),
    status: 200,
    mustNotContain: ['contentHash', 'translatedFrom', 'createdBy', 'updatedBy', 'resetPasswordToken', 'ArticleRequest'],
  },
  {
    attack: 'the public /documentation lists the write routes (POST/PUT/DELETE)',
    send: (http) => http.get(`/documentation/v${DOC_VERSION}`),
    status: 200,
    check: ({ text }) => {
      expect(text).toContain('/articles/by-slug/{slug}');
      expect(text).not.toMatch(/"(post|put|delete)":\s*\{/);
    },
  },
  // Attacker run 4: stock CORS echoed any Origin with credentials, so a page on any other
  // origin could use an admin's refresh cookie to get a fresh admin token.
  {
    attack: 'a foreign origin asks the admin token endpoint for a token with the refresh cookie',
    send: (http: any) => http.post('/admin/access-token').set('Origin', 'https://attacker.example').set('Cookie', 'strapi_admin_refresh=stolen'),
    status: [400, 401],
    check: ({ headers }) => {
      expect(headers['access-control-allow-origin']).toBeUndefined();
      expect(headers['access-control-allow-credentials']).toBeUndefined();
    },
  },
  {
    attack: 'a foreign origin preflights a plugin admin route',
    send: (http: any) => http.options('/press-import/history').set('Origin', 'https://attacker.example').set('Access-Control-Request-Method', 'GET'),
    status: [200, 204],
    check: ({ headers }) => expect(headers['access-control-allow-origin']).toBeUndefined(),
  },
  {
    attack: '(allowed) a front-end site on another origin reads the public API',
    send: (http: any) => http.get('/api/articles?locale=en').set('Origin', 'https://news.example'),
    status: 200,
    check: ({ headers }) => expect(headers['access-control-allow-origin']).toBe('https://news.example'),
  },
];

runAttackTable('smaller holes (issue 11, item 6)', rows, () => t.http());
