import { fullAccessToken, useStrapi } from '../helpers/harness';
import { ARTICLE, QUOTE, SPEAKER, localized, slugOf } from '../helpers/newsroom-docs';
import { ensurePublicPermissions } from '../../src/bootstrap/public-permissions';
import { otherConnection as runElsewhere } from '../helpers/other-connection';

// ETag validation against the database on every request; the memory cache and the
// instance's memo of the state are tested in response-cache.test.ts.
const t = useStrapi({ SEED_DEMO_CONTENT: 'false', HTTP_CACHE_S_MAXAGE: '30', CONTENT_STATE_MAX_AGE_MS: '0', RESPONSE_CACHE_ENABLED: 'false' });
const CACHE_CONTROL = 'public, max-age=0, s-maxage=30, must-revalidate';

let articleId: string;
let speakerId: string;
let urls: string[];

beforeAll(async () => {
  speakerId = await localized(t.docs, SPEAKER, { en: { fullName: 'Cached Speaker' }, kk: { fullName: 'Кэш спикер' } });
  articleId = await localized(t.docs, ARTICLE, { en: { title: 'Cached news', speakers: [speakerId] }, kk: { title: 'Кэш жаңалық', speakers: [speakerId] } });
  await t.docs(QUOTE).create({ locale: 'en', data: { text: 'Cached words', article: articleId, speaker: speakerId } });
  await t.docs(ARTICLE).publish({ documentId: articleId, locale: 'en' });
  const slug = await slugOf(t.docs, ARTICLE, articleId, 'en');
  const speakerSlug = await slugOf(t.docs, SPEAKER, speakerId, 'en');
  // Every kind of public GET that shows the article.
  urls = [
    '/api/articles',
    '/api/articles?populate=*',
    `/api/articles/${articleId}`,
    '/api/articles?locale=kk&fallback=en',
    `/api/articles/by-slug/${slug}`,
    `/api/articles/by-slug/${slug}/jsonld`,
    `/api/speakers/by-slug/${speakerSlug}`,
    '/api/quotes?populate=article',
    '/api/feeds/en.rss',
    '/api/feeds/en.atom',
  ];
});

const etagsOf = async (list: string[]) => {
  const out: Record<string, string> = {};
  for (const url of list) {
    const res = await t.http().get(url).expect(200);
    out[url] = res.headers.etag;
  }
  return out;
};
const statusWith = async (url: string, etag: string) => (await t.http().get(url).set('If-None-Match', etag)).status;

/** Counts the SQL statements run while serving one request. */
async function queriesDuring(fn: () => Promise<unknown>) {
  let n = 0;
  const listener = () => (n += 1);
  t.app().db.connection.on('query', listener);
  try {
    await fn();
  } finally {
    t.app().db.connection.removeListener('query', listener);
  }
  return n;
}

describe('ETag and Cache-Control on public GETs', () => {
  test('every public read carries a weak ETag, Cache-Control and Vary', async () => {
    for (const url of urls) {
      const res = await t.http().get(url).expect(200);
      expect({ url, etag: res.headers.etag }).toEqual({ url, etag: expect.stringMatching(/^W\/"[\w-]+"$/) });
      expect(res.headers['cache-control']).toBe(CACHE_CONTROL);
      expect(res.headers.vary).toMatch(/Authorization/);
    }
    const etags = Object.values(await etagsOf(urls));
    expect(new Set(etags).size).toBe(etags.length); // one per URL
  });

  test('If-None-Match → 304 with no body, without running the route (one SQL statement)', async () => {
    const first = await t.http().get('/api/articles?populate=*').expect(200);
    let res: any;
    const statements = await queriesDuring(async () => {
      res = await t.http().get('/api/articles?populate=*').set('If-None-Match', first.headers.etag);
    });
    expect(res.status).toBe(304);
    expect(res.text ?? '').toBe('');
    expect(res.headers.etag).toBe(first.headers.etag);
    expect(res.headers['cache-control']).toBe(CACHE_CONTROL);
    expect(statements).toBe(1);
    // A full read runs many more.
    expect(await queriesDuring(() => t.http().get('/api/articles?populate=*').expect(200))).toBeGreaterThan(3);
  });

  test('editing a draft changes nothing public: still 304', async () => {
    const before = await etagsOf(urls);
    await t.docs(ARTICLE).update({ documentId: articleId, locale: 'en', data: { title: 'Unpublished edit' } });
    for (const url of urls) expect({ url, status: await statusWith(url, before[url]) }).toEqual({ url, status: 304 });
  });

  test('publishing the edit changes the ETag of every response that showed it', async () => {
    const before = await etagsOf(urls);
    await t.docs(ARTICLE).publish({ documentId: articleId, locale: 'en' });
    for (const url of urls) expect({ url, status: await statusWith(url, before[url]) }).toEqual({ url, status: 200 });
    const list = await t.http().get('/api/articles').expect(200);
    expect(list.body.data[0].title).toBe('Unpublished edit');
    expect(list.headers.etag).not.toBe(before['/api/articles']);
  });

  test('unpublishing changes it too', async () => {
    const before = await etagsOf(['/api/articles', '/api/feeds/en.rss']);
    await t.docs(ARTICLE).unpublish({ documentId: articleId, locale: 'en' });
    for (const url of Object.keys(before)) expect(await statusWith(url, before[url])).toBe(200);
    await t.docs(ARTICLE).publish({ documentId: articleId, locale: 'en' });
  });

  const otherConnection = (sql: string, params: unknown[] = []) => runElsewhere(t.db().env, sql, params);

  test('a publish through another instance is seen: the version lives in the shared database', async () => {
    const before = await etagsOf(['/api/articles', '/api/feeds/en.rss']);
    // What another Strapi instance's publish writes, besides the content itself.
    await otherConnection('UPDATE strapi_core_store_settings SET value = ? WHERE key = ?', ['"published-elsewhere"', 'newsroom_content_version']);
    for (const url of Object.keys(before)) expect(await statusWith(url, before[url])).toBe(200);
  });

  test('published rows inserted by any other path, even raw SQL, are seen; draft rows are not', async () => {
    const before = await etagsOf(['/api/speakers']);
    await otherConnection('INSERT INTO speakers (document_id, full_name, locale) VALUES (?, ?, ?)', ['rawinsertedspeaker000001', 'Raw draft', 'en']);
    expect(await statusWith('/api/speakers', before['/api/speakers'])).toBe(304);
    await otherConnection('INSERT INTO speakers (document_id, full_name, locale, published_at) VALUES (?, ?, ?, ?)', ['rawinsertedspeaker000001', 'Raw', 'en', new Date().toISOString()]);
    expect(await statusWith('/api/speakers', before['/api/speakers'])).toBe(200);
  });

  test('a changed media file (a cover replaced in the media library) changes the ETag', async () => {
    const file = await t.app().db.query('plugin::upload.file').create({
      data: { name: 'c.jpg', hash: 'c_1', ext: '.jpg', mime: 'image/jpeg', size: 1, url: '/uploads/c_1.jpg', provider: 'local' },
    });
    const before = await etagsOf(['/api/articles?populate=*']);
    await t.app().db.query('plugin::upload.file').update({ where: { id: file.id }, data: { url: '/uploads/c_2.jpg' } });
    expect(await statusWith('/api/articles?populate=*', before['/api/articles?populate=*'])).toBe(200);
  });

  test('a revoked Public permission changes the ETag, so a 304 never hides a 403', async () => {
    const before = await etagsOf(['/api/quotes']);
    const role = await t.app().db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    await t.app().db.query('plugin::users-permissions.permission').deleteMany({ where: { action: 'api::quote.quote.find', role: role.id } });
    const res = await t.http().get('/api/quotes').set('If-None-Match', before['/api/quotes']);
    expect(res.status).toBe(403);
    await ensurePublicPermissions(t.app());
  });

  test('authenticated requests are private and never validated by ETag', async () => {
    const token = await fullAccessToken(t.app());
    const res = await t.http().get('/api/articles?status=draft').set('Authorization', `Bearer ${token}`).expect(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers.etag).toBeUndefined();
    const publicEtag = (await t.http().get('/api/articles?status=draft').expect(200)).headers.etag;
    const withToken = await t.http().get('/api/articles?status=draft').set('Authorization', `Bearer ${token}`).set('If-None-Match', publicEtag);
    expect(withToken.status).toBe(200);
  });

  test('errors are not cacheable and carry no ETag; other paths are left alone', async () => {
    const missing = await t.http().get('/api/articles/by-slug/nothing-here').expect(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    expect(missing.headers.etag).toBeUndefined();
    const bad = await t.http().get('/api/articles?locale=xx').expect(400);
    expect(bad.headers.etag).toBeUndefined();
    const other = await t.http().get('/api/i18n/locales');
    expect(other.headers.etag).toBeUndefined();
  });

  test('If-None-Match: * is a 304 for an existing resource only; lists and garbage compare tag by tag', async () => {
    const slug = await slugOf(t.docs, ARTICLE, articleId, 'en');
    const url = `/api/articles/by-slug/${slug}`;
    const etag = (await t.http().get(url).expect(200)).headers.etag;
    const star = await t.http().get(url).set('If-None-Match', '*');
    expect({ status: star.status, text: star.text ?? '', etag: star.headers.etag }).toEqual({ status: 304, text: '', etag });
    await t.http().get('/api/articles/by-slug/nothing-here').set('If-None-Match', '*').expect(404);
    expect(await statusWith(url, `"other", ${etag}`)).toBe(304); // a list holding ours
    expect(await statusWith(url, etag.replace(/^W\//, ''))).toBe(304); // strong form: weak comparison
    for (const garbage of ['"other"', 'garbage', ',,,', `${etag}x`, 'W/', '"*"']) {
      expect({ garbage, status: await statusWith(url, garbage) }).toEqual({ garbage, status: 200 });
    }
  });

  test('the response format header is part of the representation', async () => {
    const v5 = await t.http().get('/api/articles').expect(200);
    const v4 = await t.http().get('/api/articles').set('Strapi-Response-Format', 'v4').expect(200);
    expect(v4.headers.etag).not.toBe(v5.headers.etag);
    expect(v4.body.data[0].attributes).toBeDefined();
  });
});
