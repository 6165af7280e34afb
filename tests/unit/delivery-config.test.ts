import { env } from '@strapi/utils';
import middlewares from '../../config/middlewares';
import plugins, { uploadConfig, uploadMediaOrigins } from '../../config/plugins';

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

  test('aws-s3 from the environment, for any S3-compatible endpoint (options of the provider 5.52)', () => {
    expect(withEnv(s3, () => uploadConfig(env, installed))).toEqual({
      upload: {
        config: {
          provider: 'aws-s3',
          providerOptions: {
            baseUrl: undefined,
            rootPath: undefined,
            s3Options: {
              credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
              region: 'eu-central-1',
              endpoint: 'https://s3.example.kz',
              forcePathStyle: true,
              params: { Bucket: 'news', ACL: 'public-read' },
            },
          },
        },
      },
    });
  });

  const options = (vars: Record<string, string | undefined>) => withEnv({ ...s3, ...vars }, () => (uploadConfig(env, installed) as any).upload.config.providerOptions);

  test('path style by default on a custom endpoint only; a CDN url, a root path and the ACL from the environment', () => {
    expect(options({ S3_FORCE_PATH_STYLE: undefined }).s3Options.forcePathStyle).toBe(true);
    expect(options({ S3_FORCE_PATH_STYLE: 'false' }).s3Options.forcePathStyle).toBe(false);
    expect(options({ S3_FORCE_PATH_STYLE: undefined, S3_ENDPOINT: undefined }).s3Options).toMatchObject({ endpoint: undefined, forcePathStyle: false });
    expect(options({ S3_PUBLIC_URL: 'https://media.kaznu.kz', S3_ROOT_PATH: 'newsroom' })).toMatchObject({ baseUrl: 'https://media.kaznu.kz', rootPath: 'newsroom' });
    expect(options({ S3_ACL: 'private' }).s3Options.params).toEqual({ Bucket: 'news', ACL: 'private' });
    // "none": the key is there (so the provider adds no public-read) but sends no ACL header.
    const none = options({ S3_ACL: 'none' }).s3Options.params;
    expect('ACL' in none && none.ACL === undefined).toBe(true);
  });

  test('no access key: the AWS SDK default credentials (an instance role), not empty ones', () => {
    expect(options({ S3_ACCESS_KEY_ID: undefined, S3_SECRET_ACCESS_KEY: undefined }).s3Options).not.toHaveProperty('credentials');
  });

  test('the installed provider is found by the real resolver', () => {
    expect(withEnv(s3, () => (uploadConfig(env) as any).upload.config.provider)).toBe('aws-s3');
  });

  test('clear errors instead of a failed boot deep inside Strapi', () => {
    expect(() => withEnv(s3, () => uploadConfig(env, notInstalled))).toThrow(/needs the package @strapi\/provider-upload-aws-s3/);
    expect(() => withEnv({ ...s3, S3_BUCKET: undefined, S3_REGION: undefined }, () => uploadConfig(env, installed))).toThrow('UPLOAD_PROVIDER=aws-s3 needs S3_BUCKET and S3_REGION');
    expect(() => withEnv({ UPLOAD_PROVIDER: 's3' }, () => uploadConfig(env, installed))).toThrow('UPLOAD_PROVIDER must be "local" or "aws-s3", got "s3"');
    expect(() => withEnv({ ...s3, S3_SECRET_ACCESS_KEY: undefined }, () => uploadConfig(env, installed))).toThrow('needs both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither');
    expect(() => withEnv({ ...s3, S3_ENDPOINT: 's3.example.kz' }, () => uploadConfig(env, installed))).toThrow('S3_ENDPOINT must be an http(s) URL');
    expect(() => withEnv({ ...s3, S3_PUBLIC_URL: 'javascript:alert(1)' }, () => uploadConfig(env, installed))).toThrow('S3_PUBLIC_URL must be an http(s) URL');
  });
});

describe('Content-Security-Policy for uploaded media', () => {
  const s3 = { UPLOAD_PROVIDER: 'aws-s3', S3_BUCKET: 'news', S3_REGION: 'eu-central-1', S3_ENDPOINT: undefined, S3_PUBLIC_URL: undefined, S3_FORCE_PATH_STYLE: undefined, S3_ACCESS_KEY_ID: undefined, S3_SECRET_ACCESS_KEY: undefined };
  const origins = (vars: Record<string, string | undefined>) => withEnv({ ...s3, ...vars }, () => uploadMediaOrigins(env));

  test('the origin the provider writes into file urls', () => {
    expect(origins({ UPLOAD_PROVIDER: undefined })).toEqual([]);
    expect(origins({})).toEqual(['https://news.s3.eu-central-1.amazonaws.com']);
    expect(origins({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toEqual(['http://127.0.0.1:9000']);
    expect(origins({ S3_ENDPOINT: 'https://storage.example.kz', S3_FORCE_PATH_STYLE: 'false' })).toEqual(['https://news.storage.example.kz']);
    expect(origins({ S3_ENDPOINT: 'http://127.0.0.1:9000', S3_PUBLIC_URL: 'https://media.kaznu.kz/news/' })).toEqual(['https://media.kaznu.kz']);
  });

  test("img-src and media-src keep Strapi's defaults and add the S3 origin; local files keep the plain middleware", () => {
    expect(withEnv({ UPLOAD_PROVIDER: undefined }, () => middlewares({ env }) as any[])).toContain('strapi::security');
    const csp = middleware('strapi::security', { ...s3, S3_ENDPOINT: 'http://127.0.0.1:9000' }).contentSecurityPolicy;
    expect(csp.useDefaults).toBe(true);
    expect(csp.directives['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io', 'http://127.0.0.1:9000']);
    expect(csp.directives['media-src']).toEqual(["'self'", 'data:', 'blob:', 'http://127.0.0.1:9000']);
  });
});
