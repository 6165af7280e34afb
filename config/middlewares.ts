import { CSP_DEFAULTS } from '@strapi/utils';
import { uploadMediaOrigins } from './plugins';

/** Strapi's security headers; the admin may show media from the upload store (S3) too. */
function security(env) {
  const media = uploadMediaOrigins(env);
  if (media.length === 0) return 'strapi::security';
  const directives = {
    'img-src': [...CSP_DEFAULTS['img-src'], ...media],
    'media-src': [...CSP_DEFAULTS['media-src'], ...media],
  };
  return { name: 'strapi::security', config: { contentSecurityPolicy: { useDefaults: true, directives } } };
}

const isPublicPath = (path: string) => path === '/graphql' || path.startsWith('/api/') || path.startsWith('/uploads/');

export default ({ env }) => [
  'strapi::logger',
  'strapi::errors',
  // 503 + Retry-After (not 500) while the database is unreachable.
  { name: 'global::database-unavailable', config: { retryAfterSeconds: env.int('DATABASE_RETRY_AFTER_SECONDS', 5) } },
  security(env),
  // Front-end sites read /api and /graphql from any origin. Everything else (the admin
  // and the plugins' admin routes, whose refresh cookie rides along with credentials)
  // answers cross-origin requests only from ADMIN_CORS_ORIGINS: the admin itself is
  // same-origin and needs none (stock Strapi echoed any Origin with credentials).
  {
    name: 'strapi::cors',
    config: {
      origin: (ctx) => (isPublicPath(ctx.path) ? '*' : env.array('ADMIN_CORS_ORIGINS', [])),
    },
  },
  // Per-IP budget on /api and /graphql (429 + Retry-After); off in tests unless asked.
  {
    name: 'global::rate-limit',
    config: {
      enabled: env.bool('RATE_LIMIT_ENABLED', env('NODE_ENV') !== 'test'),
      max: env.int('RATE_LIMIT_MAX', 300),
      windowMs: env.int('RATE_LIMIT_WINDOW_MS', 60_000),
      // Server-side renderers of the sites, which may legitimately burst.
      allowlist: env.array('RATE_LIMIT_ALLOWLIST', []),
      // Each full 256 KB of an answer spends one more request of the budget.
      costUnitBytes: env.int('RATE_LIMIT_COST_UNIT_BYTES', 256 * 1024),
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  // What one /api or /graphql request may cost: populate depth/breadth before, answer
  // size after (config/delivery.ts `limits`). Outside the cache, so a 304 is not measured.
  'global::query-cost',
  // A body the parser cannot read (broken multipart, malformed JSON): 400, not 500.
  'global::body-errors',
  'strapi::body',
  'strapi::session',
  // koa-favicon answers /favicon.ico itself (a missing file would be a 500 on every page load).
  { name: 'strapi::favicon', config: { path: 'public/favicon.ico' } },
  'strapi::public',
  // Rejects malformed content-API queries (unknown locale, oversized page) with a 400.
  'global::content-api-query',
  // ETag / Cache-Control / 304 on public GETs, validated against the database, and the
  // memory cache of public answers (X-Cache: HIT/MISS).
  {
    name: 'global::http-cache',
    config: {
      enabled: env.bool('HTTP_CACHE_ENABLED', true),
      maxAge: env.int('HTTP_CACHE_MAX_AGE', 0),
      sMaxAge: env.int('HTTP_CACHE_S_MAXAGE', 0),
      staleWhileRevalidate: env.int('HTTP_CACHE_STALE_WHILE_REVALIDATE', 0),
      // How long this instance trusts the content state it read (changes made through it
      // are seen at once; through another instance on the same database, within this).
      stateMaxAgeMs: env.int('CONTENT_STATE_MAX_AGE_MS', 1000),
      // Public 200s (REST and anonymous GraphQL queries) kept in memory, LRU by bytes.
      responseCache: {
        enabled: env.bool('RESPONSE_CACHE_ENABLED', true),
        maxBytes: env.int('RESPONSE_CACHE_MAX_BYTES', 64 * 1024 * 1024),
        maxEntryBytes: env.int('RESPONSE_CACHE_MAX_ENTRY_BYTES', 1024 * 1024),
      },
    },
  },
];
