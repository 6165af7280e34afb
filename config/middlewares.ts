export default ({ env }) => [
  'strapi::logger',
  'strapi::errors',
  // 503 + Retry-After (not 500) while the database is unreachable.
  { name: 'global::database-unavailable', config: { retryAfterSeconds: env.int('DATABASE_RETRY_AFTER_SECONDS', 5) } },
  'strapi::security',
  'strapi::cors',
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
  'strapi::favicon',
  'strapi::public',
  // Rejects malformed content-API queries (unknown locale, oversized page) with a 400.
  'global::content-api-query',
  // ETag / Cache-Control / 304 on public GETs, validated against the database.
  {
    name: 'global::http-cache',
    config: {
      enabled: env.bool('HTTP_CACHE_ENABLED', true),
      maxAge: env.int('HTTP_CACHE_MAX_AGE', 0),
      sMaxAge: env.int('HTTP_CACHE_S_MAXAGE', 0),
      staleWhileRevalidate: env.int('HTTP_CACHE_STALE_WHILE_REVALIDATE', 0),
    },
  },
];
