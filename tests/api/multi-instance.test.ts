import fs from 'fs';
import path from 'path';
import { startApp, type RunningApp } from '../../bench/support';
import { createTestDatabase, type TestDatabase } from '../helpers/strapi';
import { testSecrets } from '../helpers/test-env';

/**
 * Two Strapi processes on one database (the production shape behind a load balancer,
 * run here on whichever database the suite uses: PostgreSQL with `npm run test:pg`):
 * an import on one instance and a publish on it are seen by the other within its
 * `stateMaxAgeMs` (here 200 ms; each instance re-reads the content state from the
 * database at most that often), ETags and the memory cache included.
 */
const STATE_MAX_AGE_MS = 200;

/** GETs `url` until `done` holds for the answer, for at most 10 s (far above STATE_MAX_AGE_MS). */
async function until(url: string, init: RequestInit, done: (res: Response) => boolean): Promise<Response> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const res = await fetch(url, init);
    if (done(res) || Date.now() > deadline) return res;
    await new Promise((r) => setTimeout(r, 50));
  }
}
const SAMPLE = path.join(__dirname, '..', 'fixtures', 'press', 'en-kaznu-30-years-of-diplomacy.txt');
let db: TestDatabase;
let a: RunningApp;
let b: RunningApp;
let token: string;
const secrets = testSecrets();

beforeAll(async () => {
  db = await createTestDatabase();
  const env = { ...secrets, ...db.env, NODE_ENV: 'test', SEED_DEMO_CONTENT: 'false', CONTENT_STATE_MAX_AGE_MS: String(STATE_MAX_AGE_MS) };
  a = await startApp(env, { timeoutMs: 120_000 }); // creates the schema
  b = await startApp(env, { timeoutMs: 120_000 });
  const login = await fetch(`${a.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: secrets.DEV_ADMIN_EMAIL, password: secrets.DEV_ADMIN_PASSWORD }),
  });
  token = ((await login.json()) as any).data.token;
}, 300_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.drop();
});

test('import on A, read on B; publish on A changes what B serves within its state age, ETag included', async () => {
  const list = `${b.url}/api/articles?locale=en&populate[quotes][populate]=speaker`;
  const first = await fetch(list);
  const etag = first.headers.get('etag');
  expect(etag).toBeTruthy();
  expect(((await first.json()) as any).data).toEqual([]);

  const form = new FormData();
  form.append('files', new Blob([fs.readFileSync(SAMPLE)], { type: 'text/plain' }), path.basename(SAMPLE));
  const imported = await fetch(`${a.url}/press-import/import`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
  expect(imported.status).toBe(200);
  const [result] = ((await imported.json()) as any).results;
  expect(result.status).toBe('imported');

  // A draft: B serves nothing new and its validator does not move (it follows
  // published content only), so what it answered before is revalidated with a 304.
  const draftTime = await fetch(list);
  expect(((await draftTime.json()) as any).data).toEqual([]);
  const draftEtag = draftTime.headers.get('etag')!;
  expect(draftEtag).toBe(etag);
  expect((await fetch(list, { headers: { 'If-None-Match': draftEtag } })).status).toBe(304);
  expect((await fetch(`${b.url}/api/articles/by-slug/30-years-of-kazakh-diplomacy?locale=en`)).status).toBe(404);

  const published = await fetch(
    `${a.url}/content-manager/collection-types/api::article.article/${result.articleDocumentId}/actions/publish?locale=en`,
    { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' }
  );
  expect(published.status).toBe(200);

  const after = await until(list, { headers: { 'If-None-Match': draftEtag } }, (res) => res.status !== 304);
  expect(after.status).toBe(200);
  expect(after.headers.get('x-cache')).toBe('MISS');
  expect(after.headers.get('etag')).not.toBe(draftEtag);
  const [article] = ((await after.json()) as any).data;
  expect(article.title).toBe('30 years of Kazakh diplomacy');
  expect(article.quotes.length).toBeGreaterThanOrEqual(5);
  const page = await fetch(`${b.url}/api/articles/by-slug/30-years-of-kazakh-diplomacy?locale=en`);
  expect(page.status).toBe(200);
}, 300_000);
