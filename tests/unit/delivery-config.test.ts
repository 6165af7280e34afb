import { env } from '@strapi/utils';
import middlewares from '../../config/middlewares';
import plugins, { uploadConfig } from '../../config/plugins';

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

describe('upload provider config', () => {
  const installed = (id: string) => `/node_modules/${id}/index.js`;
  const notInstalled = (id: string): string => {
    throw Object.assign(new Error(`Cannot find module '${id}'`), { code: 'MODULE_NOT_FOUND' });
  };
  const s3 = { UPLOAD_PROVIDER: 'aws-s3', S3_BUCKET: 'news', S3_REGION: 'eu-central-1', S3_ENDPOINT: 'https://s3.example.kz', S3_FORCE_PATH_STYLE: 'true', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' };

  test('local files unless UPLOAD_PROVIDER says otherwise', () => {
    expect(withEnv({ UPLOAD_PROVIDER: undefined }, () => uploadConfig(env))).toEqual({});
    expect(withEnv({ UPLOAD_PROVIDER: undefined }, () => (plugins({ env }) as any).upload)).toBeUndefined();
  });

  test('aws-s3 from the environment, for any S3-compatible endpoint', () => {
    expect(withEnv(s3, () => uploadConfig(env, installed))).toEqual({
      upload: {
        config: {
          provider: 'aws-s3',
          providerOptions: {
            baseUrl: undefined,
            s3Options: {
              credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
              region: 'eu-central-1',
              endpoint: 'https://s3.example.kz',
              forcePathStyle: true,
              params: { Bucket: 'news' },
            },
          },
        },
      },
    });
  });

  test('clear errors instead of a failed boot deep inside Strapi', () => {
    expect(() => withEnv(s3, () => uploadConfig(env, notInstalled))).toThrow(/needs the package @strapi\/provider-upload-aws-s3/);
    expect(() => withEnv({ ...s3, S3_BUCKET: undefined, S3_REGION: undefined }, () => uploadConfig(env, installed))).toThrow('UPLOAD_PROVIDER=aws-s3 needs S3_BUCKET and S3_REGION');
    expect(() => withEnv({ UPLOAD_PROVIDER: 's3' }, () => uploadConfig(env, installed))).toThrow('UPLOAD_PROVIDER must be "local" or "aws-s3", got "s3"');
  });
});
