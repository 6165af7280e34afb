import { fullAccessToken, useStrapi } from '../helpers/harness';
import { ARTICLE, SPEAKER, localized, slugOf } from '../helpers/newsroom-docs';
import { otherConnection } from '../helpers/other-connection';
import { ensurePublicPermissions } from '../../src/bootstrap/public-permissions';

/**
 * Issue 13, item 2: public answers served from memory. A 200 of the content API, the
 * delivery routes or an anonymous GraphQL query is kept under its ETag (content state +
 * request) and served again without running the route; never for a token; a change
 * through this instance is seen at once, through another within `stateMaxAgeMs` (here a
 * minute, so that a stale answer is observable; README "Response cache").
 */
const t = useStrapi({ SEED_DEMO_CONTENT: 'false', CONTENT_STATE_MAX_AGE_MS: '60000' });

let articleId: string;
let slug: string;

beforeAll(async () => {
  const speakerId = await localized(t.docs, SPEAKER, { en: { fullName: 'Memory Speaker' }, ru: { fullName: 'Спикер в памяти' } });
  articleId = await localized(t.docs, ARTICLE, { en: { title: 'Kept in memory', speakers: [speakerId] }, ru: { title: 'В памяти', speakers: [speakerId] } });
  await t.docs(ARTICLE).publish({ documentId: articleId, locale: '*' });
  slug = await slugOf(t.docs, ARTICLE, articleId, 'en');
});

/** The SQL statements run while serving one request, and its answer. */
async function sqlDuring<T>(fn: () => Promise<T>): Promise<[number, T]> {
  let n = 0;
  const listener = () => (n += 1);
  t.app().db.connection.on('query', listener);
  try {
    const result = await fn();
    return [n, result];
  } finally {
    t.app().db.connection.removeListener('query', listener);
  }
}

const gql = (query: string, variables?: unknown) => t.http().post('/graphql').send({ query, variables });
const setStateMaxAge = (ms: number) => {
  const entry = (t.app().config.get('middlewares') as any[]).find((m) => m?.name === 'global::http-cache');
  entry.config.stateMaxAgeMs = ms;
};

describe('public answers served from memory', () => {
  test('the second identical request is a HIT: the same status, body and headers, and no SQL at all', async () => {
    const urls = ['/api/articles?populate=*', `/api/articles/by-slug/${slug}`, '/api/articles?locale=ru', '/api/feeds/en.rss', `/api/articles/by-slug/${slug}/jsonld`];
    for (const url of urls) {
      const miss = await t.http().get(url).expect(200);
      expect({ url, cache: miss.headers['x-cache'] }).toEqual({ url, cache: 'MISS' });
      const [statements, hit] = await sqlDuring(() => t.http().get(url).expect(200));
      expect({ url, cache: hit.headers['x-cache'], statements }).toEqual({ url, cache: 'HIT', statements: 0 });
      expect(hit.text).toBe(miss.text);
      for (const header of ['content-type', 'etag', 'cache-control']) expect({ url, header, value: hit.headers[header] }).toEqual({ url, header, value: miss.headers[header] });
    }
  });

  test('a different query, locale or response format is a different entry', async () => {
    await t.http().get('/api/articles?locale=en').expect(200);
    const ru = await t.http().get('/api/articles?locale=ru').expect(200);
    expect(ru.body.data[0].title).toBe('В памяти');
    const v4 = await t.http().get('/api/articles?locale=ru').set('Strapi-Response-Format', 'v4').expect(200);
    expect(v4.headers['x-cache']).toBe('MISS');
    expect(v4.body.data[0].attributes.title).toBe('В памяти');
  });

  test('a publish through this instance is seen at once, although the state is trusted for a minute', async () => {
    const before = await t.http().get('/api/articles?locale=en').expect(200);
    expect(before.body.data[0].title).toBe('Kept in memory');
    await t.docs(ARTICLE).update({ documentId: articleId, locale: 'en', data: { title: 'Edited, not yet published' } });
    const draftOnly = await t.http().get('/api/articles?locale=en').expect(200);
    expect(draftOnly.headers['x-cache']).toBe('HIT'); // a draft changes nothing public
    await t.docs(ARTICLE).publish({ documentId: articleId, locale: 'en' });
    const after = await t.http().get('/api/articles?locale=en').expect(200);
    expect({ cache: after.headers['x-cache'], title: after.body.data[0].title }).toEqual({ cache: 'MISS', title: 'Edited, not yet published' });
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  test('a change through another instance is seen once the state is older than stateMaxAgeMs', async () => {
    await t.http().get('/api/speakers').expect(200);
    await otherConnection(t.db().env, 'INSERT INTO speakers (document_id, full_name, locale, published_at) VALUES (?, ?, ?, ?)', [
      'elsewherespeaker00000001',
      'Published Elsewhere',
      'en',
      new Date().toISOString(),
    ]);
    // Within the minute this instance trusts its state: the kept answer (documented staleness).
    const stale = await t.http().get('/api/speakers').expect(200);
    expect(stale.headers['x-cache']).toBe('HIT');
    expect(stale.text).not.toContain('Published Elsewhere');
    setStateMaxAge(0); // as if the minute had passed
    try {
      const fresh = await t.http().get('/api/speakers').expect(200);
      expect({ cache: fresh.headers['x-cache'], has: fresh.text.includes('Published Elsewhere') }).toEqual({ cache: 'MISS', has: true });
    } finally {
      setStateMaxAge(60000);
    }
  });

  test('a revoked Public permission is a 403 at once, not a kept 200', async () => {
    await t.http().get('/api/speakers').expect(200);
    expect((await t.http().get('/api/speakers').expect(200)).headers['x-cache']).toBe('HIT');
    const role = await t.app().db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    await t.app().db.query('plugin::users-permissions.permission').deleteMany({ where: { action: 'api::speaker.speaker.find', role: role.id } });
    try {
      await t.http().get('/api/speakers').expect(403);
    } finally {
      await ensurePublicPermissions(t.app());
    }
    await t.http().get('/api/speakers').expect(200);
  });

  test('a token is never served from memory, and never fills it', async () => {
    const token = await fullAccessToken(t.app());
    await t.docs(ARTICLE).update({ documentId: articleId, locale: 'en', data: { title: 'Draft only a token may read' } });
    const url = '/api/articles?status=draft&locale=en';
    const publicFirst = await t.http().get(url).expect(200);
    expect(publicFirst.text).not.toContain('Draft only a token may read');
    const withToken = await t.http().get(url).set('Authorization', `Bearer ${token}`).expect(200);
    expect({ cache: withToken.headers['x-cache'], title: withToken.body.data[0].title }).toEqual({ cache: 'BYPASS', title: 'Draft only a token may read' });
    const publicAgain = await t.http().get(url).expect(200);
    expect(publicAgain.headers['x-cache']).toBe('HIT');
    expect(publicAgain.text).not.toContain('Draft only a token may read');
  });

  test('errors are not kept', async () => {
    await t.http().get('/api/articles/by-slug/not-yet-there').expect(404);
    const again = await t.http().get('/api/articles/by-slug/not-yet-there').expect(404);
    expect(again.headers['x-cache']).toBeUndefined();
    await t.http().get('/api/articles?locale=xx').expect(400);
    expect((await t.http().get('/api/articles?locale=xx').expect(400)).headers['x-cache']).toBeUndefined();
  });

  test('anonymous GraphQL queries are kept too; variables are part of the key; errors and tokens are not', async () => {
    const query = 'query ($locale: I18NLocaleCode) { articles(locale: $locale) { title } }';
    const miss = await gql(query, { locale: 'ru' }).expect(200);
    expect(miss.headers['x-cache']).toBe('MISS');
    const [statements, hit] = await sqlDuring(() => gql(query, { locale: 'ru' }).expect(200));
    expect({ cache: hit.headers['x-cache'], statements, body: hit.body }).toEqual({ cache: 'HIT', statements: 0, body: miss.body });
    const en = await gql(query, { locale: 'en' }).expect(200);
    expect(en.headers['x-cache']).toBe('MISS');
    expect(en.body.data.articles[0].title).not.toBe(miss.body.data.articles[0].title);

    const broken = '{ articles { noSuchField } }';
    await gql(broken);
    expect((await gql(broken)).headers['x-cache']).toBeUndefined();

    const token = await fullAccessToken(t.app());
    const authed = await t.http().post('/graphql').set('Authorization', `Bearer ${token}`).send({ query, variables: { locale: 'ru' } }).expect(200);
    expect(authed.headers['x-cache']).toBeUndefined();
  });
});

describe('the fallback list counts its total once per content state', () => {
  /** The SQL text run while serving one request, and its answer. */
  async function sqlTextDuring(url: string): Promise<[string[], any]> {
    const seen: string[] = [];
    const listener = (q: { sql: string }) => seen.push(q.sql);
    t.app().db.connection.on('query', listener);
    try {
      const res = await t.http().get(url).expect(200);
      return [seen, res];
    } finally {
      t.app().db.connection.removeListener('query', listener);
    }
  }
  const distinctCounts = (sql: string[]) => sql.filter((s) => /count\(distinct/i.test(s)).length;
  const page = (n: number) => `/api/articles?locale=kk&fallback=ru,en&pagination[pageSize]=1&pagination[page]=${n}`;

  test('other pages reuse the total; a publish through this instance counts again at once', async () => {
    const [first, res1] = await sqlTextDuring(page(1));
    expect(res1.headers['x-cache']).toBe('MISS');
    expect(distinctCounts(first)).toBe(1);
    const total = res1.body.meta.pagination.total;

    // Another page is another answer (MISS) but the same total, not counted again.
    const [second, res2] = await sqlTextDuring(page(2));
    expect({ cache: res2.headers['x-cache'], counts: distinctCounts(second), total: res2.body.meta.pagination.total }).toEqual({ cache: 'MISS', counts: 0, total });

    await localized(t.docs, ARTICLE, { ru: { title: 'Ещё одна новость' } });
    const [third, res3] = await sqlTextDuring(page(3));
    expect({ counts: distinctCounts(third), total: res3.body.meta.pagination.total }).toEqual({ counts: 1, total: total + 1 });
  });
});

describe('the anonymous article page checks its default populate once per content state', () => {
  test('a second page is not sanitised again; a revoked Public permission still drops the relation at once', async () => {
    const otherId = await localized(t.docs, ARTICLE, { en: { title: 'Second page for the populate memo' } });
    const otherSlug = await slugOf(t.docs, ARTICLE, otherId, 'en');
    const sanitize = jest.spyOn(t.app().contentAPI.sanitize, 'query');
    try {
      const first = await t.http().get(`/api/articles/by-slug/${slug}`).expect(200);
      expect(first.body.data.speakers.map((s: any) => s.fullName)).toEqual(['Memory Speaker']);
      const calls = sanitize.mock.calls.length;
      const second = await t.http().get(`/api/articles/by-slug/${otherSlug}`).expect(200);
      expect({ cache: second.headers['x-cache'], sanitised: sanitize.mock.calls.length - calls }).toEqual({ cache: 'MISS', sanitised: 0 });

      const role = await t.app().db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
      await t.app().db.query('plugin::users-permissions.permission').deleteMany({ where: { action: 'api::speaker.speaker.find', role: role.id } });
      try {
        const without = await t.http().get(`/api/articles/by-slug/${slug}`).expect(200);
        expect(without.body.data.speakers).toBeUndefined();
      } finally {
        await ensurePublicPermissions(t.app());
      }
      const again = await t.http().get(`/api/articles/by-slug/${slug}`).expect(200);
      expect(again.body.data.speakers.map((s: any) => s.fullName)).toEqual(['Memory Speaker']);
    } finally {
      sanitize.mockRestore();
    }
  });
});
