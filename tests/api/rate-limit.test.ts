import { useStrapi } from '../helpers/harness';

// Off by default in tests (NODE_ENV=test); this file turns it on with a tiny budget.
// Each full 50 KB of an answer spends one more request.
const t = useStrapi({ SEED_DEMO_CONTENT: 'false', RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '3000', RATE_LIMIT_COST_UNIT_BYTES: '50000' });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('rate limiting of the public API', () => {
  test('3 requests per window, then 429 with Retry-After and a JSON error; a new window lets in again', async () => {
    // The client's window starts with its first request.
    const remaining: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const res = await t.http().get(i === 1 ? '/api/feeds/en.rss' : '/api/articles').expect(200);
      expect(res.headers['ratelimit-limit']).toBe('3');
      remaining.push(res.headers['ratelimit-remaining']);
    }
    expect(remaining).toEqual(['2', '1', '0']);

    const limited = await t.http().get('/api/articles').expect(429);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(3);
    expect(limited.body).toEqual({
      data: null,
      error: {
        status: 429,
        name: 'RateLimitError',
        message: expect.stringMatching(/^Too many requests: at most 3 every 3 s\. Retry in \d s\.$/),
        details: { limit: 3, windowMs: 3000, retryAfter },
      },
    });
    // GraphQL shares the budget.
    const gql = await t.http().post('/graphql').send({ query: '{ articles { title } }' });
    expect(gql.status).toBe(429);

    await sleep(retryAfter * 1000 + 100);
    await t.http().get('/api/articles').expect(200);
  });

  test('the admin panel and its API are not limited', async () => {
    for (let i = 0; i < 6; i += 1) {
      const res = await t.http().get('/admin/init');
      expect(res.status).toBe(200);
    }
  });

  test('a big answer spends more of the budget: one request per full 50 KB', async () => {
    const article = await t.docs('api::article.article').create({ locale: 'en', data: { title: 'Long read', lead: 'x'.repeat(120_000) } });
    await t.docs('api::article.article').publish({ documentId: article.documentId, locale: 'en' });
    await sleep(3100); // a fresh window (the last test may have left one open)
    const small = await t.http().get('/api/articles?fields[0]=title').expect(200);
    expect(small.headers['ratelimit-remaining']).toBe('2');
    // ~120 KB: the request itself plus two 50 KB units.
    const big = await t.http().get('/api/articles').expect(200);
    expect(big.text.length).toBeGreaterThan(100_000);
    expect(big.headers['ratelimit-remaining']).toBe('0');
    await t.http().get('/api/articles?fields[0]=title').expect(429);
  });
});
