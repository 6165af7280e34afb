import { env } from '@strapi/utils';
import middlewares from '../../config/middlewares';
import plugins from '../../config/plugins';

/** Evaluates a config file with the given environment variables. */
function withEnv<T>(vars: Record<string, string | undefined>, load: () => T): T {
  const saved = { ...process.env };
  try {
    for (const [k, v] of Object.entries(vars)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    return load();
  } finally {
    process.env = saved;
  }
}

const middleware = (name: string, vars: Record<string, string | undefined>) =>
  withEnv(vars, () => (middlewares({ env }) as any[]).find((m) => m?.name === name)?.config);

describe('rate limiting config', () => {
  test('on by default, off in tests unless RATE_LIMIT_ENABLED says so', () => {
    const clear = { RATE_LIMIT_ENABLED: undefined, RATE_LIMIT_MAX: undefined, RATE_LIMIT_WINDOW_MS: undefined };
    expect(middleware('global::rate-limit', { ...clear, NODE_ENV: 'production' })).toMatchObject({ enabled: true, max: 300, windowMs: 60000 });
    expect(middleware('global::rate-limit', { ...clear, NODE_ENV: 'test' }).enabled).toBe(false);
    expect(middleware('global::rate-limit', { ...clear, NODE_ENV: 'test', RATE_LIMIT_ENABLED: 'true', RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '1000' })).toMatchObject({
      enabled: true,
      max: 3,
      windowMs: 1000,
    });
  });

  test('runs before the body parser and the routes; the HTTP cache after query validation', () => {
    const names = withEnv({}, () => (middlewares({ env }) as any[]).map((m) => (typeof m === 'string' ? m : m.name)));
    expect(names.indexOf('global::rate-limit')).toBeLessThan(names.indexOf('strapi::body'));
    expect(names.indexOf('global::http-cache')).toBeGreaterThan(names.indexOf('global::content-api-query'));
  });
});

test('HTTP cache: s-maxage from HTTP_CACHE_S_MAXAGE, 0 by default', () => {
  expect(middleware('global::http-cache', { HTTP_CACHE_S_MAXAGE: undefined })).toMatchObject({ maxAge: 0, sMaxAge: 0 });
  expect(middleware('global::http-cache', { HTTP_CACHE_S_MAXAGE: '60' }).sMaxAge).toBe(60);
});

describe('GraphQL config', () => {
  const graphql = (vars: Record<string, string | undefined>) => withEnv(vars, () => (plugins({ env }) as any).graphql.config);

  test('shadow CRUD with depth and amount limits', () => {
    expect(graphql({ NODE_ENV: 'development' })).toMatchObject({ shadowCRUD: true, depthLimit: 7, maxLimit: 100, landingPage: true });
  });

  test('no playground and no introspection in production', () => {
    const prod = graphql({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: undefined });
    expect(prod.landingPage).toBe(false);
    expect(prod.apolloServer.introspection).toBe(false);
  });
});
