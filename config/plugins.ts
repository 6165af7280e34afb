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
  // UPLOAD_PROVIDER=aws-s3 once @strapi/provider-upload-aws-s3 is installed (README,
  // "Running in production").
  ...uploadConfig(env),
});

/** Local files unless UPLOAD_PROVIDER names another provider; an unknown name is an error, not a silent fallback. */
export function uploadConfig(env, resolve: (id: string) => string = require.resolve) {
  const provider = env('UPLOAD_PROVIDER', 'local');
  if (provider === 'local') return {};
  if (provider !== 'aws-s3') throw new Error(`UPLOAD_PROVIDER must be "local" or "aws-s3", got "${provider}"`);
  return { upload: s3Upload(env, resolve) };
}

/** The upload plugin's config for an S3-compatible store, or a clear error when it cannot work. */
function s3Upload(env, resolve: (id: string) => string) {
  try {
    resolve('@strapi/provider-upload-aws-s3');
  } catch {
    throw new Error(
      'UPLOAD_PROVIDER=aws-s3 needs the package @strapi/provider-upload-aws-s3: npm install it (at the same version as @strapi/strapi), or unset UPLOAD_PROVIDER to keep files in public/uploads'
    );
  }
  const missing = ['S3_BUCKET', 'S3_REGION'].filter((key) => !env(key));
  if (missing.length > 0) throw new Error(`UPLOAD_PROVIDER=aws-s3 needs ${missing.join(' and ')} (see "Running in production" in README.md)`);
  return {
    config: {
      provider: 'aws-s3',
      providerOptions: {
        baseUrl: env('S3_PUBLIC_URL'),
        s3Options: {
          credentials: { accessKeyId: env('S3_ACCESS_KEY_ID'), secretAccessKey: env('S3_SECRET_ACCESS_KEY') },
          region: env('S3_REGION'),
          endpoint: env('S3_ENDPOINT'),
          forcePathStyle: env.bool('S3_FORCE_PATH_STYLE', false),
          params: { Bucket: env('S3_BUCKET') },
        },
      },
    },
  };
}
