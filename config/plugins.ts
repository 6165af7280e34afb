import { z } from 'zod';

export default ({ env }) => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
    },
  },
  'press-import': {
    enabled: true,
    resolve: './src/plugins/press-import',
    config: {
      maxFileBytes: env.int('PRESS_IMPORT_MAX_FILE_BYTES', 2 * 1024 * 1024),
      maxFilesPerRequest: env.int('PRESS_IMPORT_MAX_FILES', 20),
      maxTextBytesPerRequest: env.int('PRESS_IMPORT_MAX_REQUEST_BYTES', 8 * 1024 * 1024),
      // The admin API parses in worker threads, off the event loop that serves the sites.
      parseThreads: env.int('PRESS_IMPORT_PARSE_THREADS', 1),
      parseQueue: env.int('PRESS_IMPORT_PARSE_QUEUE', 40),
      parseTimeoutMs: env.int('PRESS_IMPORT_PARSE_TIMEOUT_MS', 30_000),
      maxActiveRequestsPerUser: env.int('PRESS_IMPORT_MAX_ACTIVE_PER_USER', 2),
      // What one file may create; a text over these is not a press release (refused whole).
      maxQuotesPerFile: env.int('PRESS_IMPORT_MAX_QUOTES', 100),
      maxSpeakersPerFile: env.int('PRESS_IMPORT_MAX_SPEAKERS', 40),
      maxInstitutionsPerFile: env.int('PRESS_IMPORT_MAX_INSTITUTIONS', 40),
    },
  },
  // Translators' workspace: coverage per locale, outdated translations (admin "Translations").
  'newsroom-translations': {
    enabled: true,
    resolve: './src/plugins/newsroom-translations',
  },
  // Same public read rules as REST (published only, Public role permissions); limits
  // keep one anonymous query from asking for the whole database.
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // The Apollo Sandbox landing page: never in production.
      landingPage: env('NODE_ENV') !== 'production',
      depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 7),
      defaultLimit: env.int('API_DEFAULT_LIMIT', 25),
      maxLimit: env.int('API_MAX_LIMIT', 100),
      apolloServer: {
        introspection: env.bool('GRAPHQL_INTROSPECTION', env('NODE_ENV') !== 'production'),
      },
    },
  },
  // OpenAPI document of the REST API (Swagger UI at /documentation). The delivery
  // routes are described in src/delivery/openapi.ts (registered in src/index.ts).
  documentation: {
    enabled: true,
    config: {
      openapi: '3.0.0',
      info: {
        version: '1.0.0',
        title: 'KazNU Newsroom API',
        description:
          'Published news of the press service of Al-Farabi Kazakh National University, in en, kk and ru.',
        license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
      },
      'x-strapi-config': {
        // The content API only: no upload or users-permissions routes (not public).
        plugins: [],
      },
    },
  },
  // Uploads: local files (public/uploads) by default; an S3-compatible store with
  // UPLOAD_PROVIDER=aws-s3 (README, "Running in production").
  ...uploadConfig(env),
});

/** Local files unless UPLOAD_PROVIDER names another provider; an unknown name is an error, not a silent fallback. */
export function uploadConfig(env, resolve: (id: string) => string = require.resolve) {
  const provider = env('UPLOAD_PROVIDER', 'local');
  if (provider === 'local') return {};
  if (provider !== 'aws-s3') throw new Error(`UPLOAD_PROVIDER must be "local" or "aws-s3", got "${provider}"`);
  return { upload: s3Upload(env, resolve) };
}

const httpUrl = z.url({ protocol: /^https?$/ }).optional();
const s3Env = z.object({ S3_ENDPOINT: httpUrl, S3_PUBLIC_URL: httpUrl });

/**
 * The S3 settings from the environment, checked: bucket and region are required, the
 * endpoint and public URL must be http(s) URLs, and the access key comes as a pair (or
 * not at all: the AWS SDK then uses its default chain, e.g. an instance role).
 */
function s3Settings(env) {
  const missing = ['S3_BUCKET', 'S3_REGION'].filter((key) => !env(key));
  if (missing.length > 0) throw new Error(`UPLOAD_PROVIDER=aws-s3 needs ${missing.join(' and ')} (see "Running in production" in README.md)`);
  const urls = s3Env.safeParse({ S3_ENDPOINT: env('S3_ENDPOINT') || undefined, S3_PUBLIC_URL: env('S3_PUBLIC_URL') || undefined });
  if (!urls.success) throw new Error(`UPLOAD_PROVIDER=aws-s3: ${urls.error.issues.map((i) => `${i.path.join('.')} must be an http(s) URL`).join(', ')}`);
  const [accessKeyId, secretAccessKey] = [env('S3_ACCESS_KEY_ID'), env('S3_SECRET_ACCESS_KEY')];
  if (!accessKeyId !== !secretAccessKey) throw new Error('UPLOAD_PROVIDER=aws-s3 needs both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (AWS default credentials)');
  const endpoint = urls.data.S3_ENDPOINT;
  return {
    bucket: env('S3_BUCKET') as string,
    region: env('S3_REGION') as string,
    endpoint,
    publicUrl: urls.data.S3_PUBLIC_URL,
    // S3-compatible servers (MinIO, Ceph, s3rver) usually want /bucket/key, not bucket.host.
    forcePathStyle: env.bool('S3_FORCE_PATH_STYLE', Boolean(endpoint)),
    credentials: accessKeyId ? { accessKeyId, secretAccessKey } : undefined,
    rootPath: env('S3_ROOT_PATH') || undefined,
    // "none" for buckets without ACLs (AWS "bucket owner enforced", Cloudflare R2).
    acl: env('S3_ACL', 'public-read') as string,
  };
}

/** The upload plugin's config for an S3-compatible store (options of @strapi/provider-upload-aws-s3 5.52), or a clear error when it cannot work. */
function s3Upload(env, resolve: (id: string) => string) {
  try {
    resolve('@strapi/provider-upload-aws-s3');
  } catch {
    throw new Error('UPLOAD_PROVIDER=aws-s3 needs the package @strapi/provider-upload-aws-s3 (a dependency of this project: run npm ci), or unset UPLOAD_PROVIDER to keep files in public/uploads');
  }
  const s3 = s3Settings(env);
  return {
    config: {
      provider: 'aws-s3',
      providerOptions: {
        baseUrl: s3.publicUrl,
        rootPath: s3.rootPath,
        s3Options: {
          ...(s3.credentials ? { credentials: s3.credentials } : {}),
          region: s3.region,
          endpoint: s3.endpoint,
          forcePathStyle: s3.forcePathStyle,
          // The provider adds ACL public-read unless the key is present; undefined sends none.
          params: { Bucket: s3.bucket, ACL: s3.acl === 'none' ? undefined : s3.acl },
        },
      },
    },
  };
}

/**
 * Where browsers load uploaded media from, for the admin's Content-Security-Policy
 * (img-src, media-src): nothing for local files, else the origin of the URLs the S3
 * provider writes (S3_PUBLIC_URL, the endpoint in path or host style, or AWS's host).
 */
export function uploadMediaOrigins(env): string[] {
  if (env('UPLOAD_PROVIDER', 'local') !== 'aws-s3') return [];
  const s3 = s3Settings(env);
  if (s3.publicUrl) return [new URL(s3.publicUrl).origin];
  if (!s3.endpoint) return [`https://${s3.bucket}.s3.${s3.region}.amazonaws.com`];
  const url = new URL(s3.endpoint);
  if (!s3.forcePathStyle && !url.hostname.startsWith(`${s3.bucket}.`)) url.hostname = `${s3.bucket}.${url.hostname}`;
  return [url.origin];
}
