import middleware from '../../src/middlewares/database-unavailable';

// The middleware's own rules with a hand-made Koa context; the real server with a real
// PostgreSQL stopped and started is in tests/api/import-pg-outage.test.ts.
function run(error: unknown, config = {}) {
  const logged: string[] = [];
  const strapi: any = { log: { error: (m: string) => logged.push(m) } };
  const headers: Record<string, string> = {};
  const ctx: any = { status: 404, body: undefined, set: (k: string, v: string) => (headers[k] = v) };
  const handler = middleware(config, { strapi });
  const done = handler(ctx, async () => {
    if (error) throw error;
    ctx.status = 200;
    ctx.body = { data: [] };
  });
  return { done, ctx, headers, logged, handler, strapi };
}

const lost = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

test('a lost database becomes 503 with Retry-After and a JSON error', async () => {
  const { done, ctx, headers, logged } = run(lost(), { retryAfterSeconds: 7 });
  await done;
  expect(ctx.status).toBe(503);
  expect(headers).toEqual({ 'Retry-After': '7', 'Cache-Control': 'no-store' });
  expect(ctx.body.error).toEqual({ status: 503, name: 'ServiceUnavailableError', message: 'The database is unavailable. Retry in 7 s.', details: {} });
  expect(logged).toEqual(['Database unavailable, answering 503: connect ECONNREFUSED 127.0.0.1:5432']);
});

test('other errors pass through untouched', async () => {
  const bug = new Error('a real bug');
  const { done, headers } = run(bug);
  await expect(done).rejects.toBe(bug);
  expect(headers).toEqual({});
});

test('a healthy request is left alone', async () => {
  const { done, ctx, headers } = run(null);
  await done;
  expect(ctx.status).toBe(200);
  expect(headers).toEqual({});
});

test('logs once per 10 s during an outage, not once per request', async () => {
  const first = run(lost());
  await first.done;
  const ctx: any = { set: () => undefined };
  for (let i = 0; i < 5; i += 1) await first.handler(ctx, async () => Promise.reject(lost()));
  expect(first.logged).toHaveLength(1);
});
