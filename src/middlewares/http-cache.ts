import bodyParser from 'koa-bodyparser';
import type { Core } from '@strapi/strapi';
import { computeEtag, ifNoneMatchAny, ifNoneMatchHits, publicCacheControl, PRIVATE_CACHE_CONTROL } from '../delivery/http-cache';
import { contentStateOf } from '../delivery/content-state';
import { createResponseCache, isCacheableGraphqlQuery, type CachedResponse } from '../delivery/response-cache';

/**
 * ETag + Cache-Control on public GET responses of the content API (the four types,
 * their delivery routes and the feeds), `304 Not Modified` for a matching
 * `If-None-Match` without running the route at all, and a memory cache of public 200s
 * (REST and anonymous GraphQL queries) served without running the route either.
 *
 * The ETag comes from the content state in the database (src/delivery/content-state.ts),
 * which this instance re-reads at most every `stateMaxAgeMs` and at once after its own
 * changes commit, so several instances on one database agree within that time. It is
 * read BEFORE the route runs: if a publish lands in between, the response carries the
 * older ETag (and is kept under the older key) and the next request simply gets a fresh
 * 200; read after, a response built from old data could get the new ETag and be
 * revalidated, or served from memory, forever.
 *
 * The memory cache (src/delivery/response-cache.ts) is keyed by that same ETag; it is
 * never used for a request with an Authorization header (tokens may read drafts). The
 * answer says `X-Cache: HIT` or `MISS` (or `BYPASS` with a token).
 */
type Config = {
  enabled?: boolean;
  paths?: string[];
  maxAge?: number;
  sMaxAge?: number;
  staleWhileRevalidate?: number;
  stateMaxAgeMs?: number;
  responseCache?: { enabled?: boolean; maxBytes?: number; maxEntryBytes?: number };
};

// Strapi response-shape switches: a different header is a different representation.
const REPRESENTATION_HEADERS = ['strapi-response-format', 'strapi-encode-source-maps'];
// Set around the route by this or outer middlewares: never stored with an entry.
const NOT_STORED = new Set(['etag', 'cache-control', 'content-length', 'x-cache', 'vary']);

export default (config: Config, { strapi }: { strapi: Core.Strapi }) => {
  if (config.enabled === false) return (_ctx: any, next: () => Promise<unknown>) => next();
  const prefix: string = strapi.config.get('api.rest.prefix', '/api');
  const graphqlPath: string = strapi.config.get('plugin::graphql.endpoint', '/graphql');
  const roots = (config.paths ?? ['/articles', '/quotes', '/speakers', '/institutions', '/feeds']).map((p) => `${prefix}${p}`);
  const cacheControl = publicCacheControl({
    maxAge: config.maxAge ?? 0,
    sMaxAge: config.sMaxAge ?? 0,
    staleWhileRevalidate: config.staleWhileRevalidate ?? 0,
  });
  const keys: string[] = strapi.config.get('server.app.keys', []) ?? [];
  const secret = `newsroom-etag:${keys[0] ?? ''}`;
  const covered = (path: string) => roots.some((root) => path === root || path.startsWith(`${root}/`));
  const states = contentStateOf(strapi);
  const memory =
    config.responseCache?.enabled === false
      ? null
      : createResponseCache({ maxBytes: config.responseCache?.maxBytes ?? 64 * 1024 * 1024, maxEntryBytes: config.responseCache?.maxEntryBytes ?? 1024 * 1024 });

  /** The state's fingerprint, read once per request; a new state empties the memory cache. */
  async function currentState() {
    const { fingerprint } = await states.readWithFingerprint();
    memory?.observeState(fingerprint);
    return fingerprint;
  }

  /** Serves a kept answer (its headers first: Content-Type must be set before a Buffer body). */
  function serve(ctx: any, hit: CachedResponse) {
    ctx.status = hit.status;
    for (const [name, value] of Object.entries(hit.headers)) ctx.set(name, value);
    ctx.body = hit.body;
    ctx.set('X-Cache', 'HIT');
  }

  /** Runs the route and keeps its 200 under `key`, as the text that is sent. */
  async function runAndKeep(ctx: any, next: () => Promise<unknown>, key: string, keep: (ctx: any) => boolean) {
    const before = new Set(Object.keys(ctx.response.headers));
    await next();
    if (!memory || ctx.status !== 200 || ctx.body == null || typeof ctx.body.pipe === 'function') return;
    const body = typeof ctx.body === 'string' || Buffer.isBuffer(ctx.body) ? ctx.body : JSON.stringify(ctx.body);
    if (body !== ctx.body) ctx.body = body; // Content-Type stays what the route set
    if (!keep(ctx)) return;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(ctx.response.headers)) {
      if (!before.has(name) && !NOT_STORED.has(name)) headers[name] = String(value);
    }
    memory.set(key, { status: 200, body: Buffer.isBuffer(body) ? body : Buffer.from(body), headers });
    ctx.set('X-Cache', 'MISS');
  }

  // Strapi leaves the GraphQL body to the plugin's own parser (koa-bodyparser, with the
  // plugin's settings); parsed here first, the plugin's parser sees it done and skips.
  const gqlConfig = strapi.plugin('graphql')?.config('bodyParserConfig');
  const parseGraphqlBody = bodyParser(gqlConfig && typeof gqlConfig === 'object' ? gqlConfig : undefined);

  async function graphql(ctx: any, next: () => Promise<unknown>) {
    if (ctx.get('Authorization') || !memory || !ctx.is('application/json')) return next();
    await parseGraphqlBody(ctx, async () => {});
    const body = ctx.request.body;
    if (!body || !isCacheableGraphqlQuery(body.query)) return next();
    const state = await currentState();
    const key = computeEtag(state, { url: `graphql\n${JSON.stringify([body.query, body.variables ?? null, body.operationName ?? null])}`, headers: {} }, secret);
    const hit = memory.get(key);
    if (hit) return serve(ctx, hit);
    // Answers with errors (a forbidden field, a limit) are not kept.
    await runAndKeep(ctx, next, key, (c) => typeof c.body === 'string' && !c.body.startsWith('{"errors"') && !c.body.includes('"errors":['));
  }

  return async (ctx: any, next: () => Promise<unknown>) => {
    if (ctx.method === 'POST' && ctx.path === graphqlPath) return graphql(ctx, next);
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !covered(ctx.path)) return next();
    ctx.vary('Authorization');
    REPRESENTATION_HEADERS.forEach((h) => ctx.vary(h));

    if (ctx.get('Authorization')) {
      // Tokens may read drafts (previews): never stored by any cache.
      await next();
      ctx.set('Cache-Control', PRIVATE_CACHE_CONTROL);
      ctx.set('X-Cache', 'BYPASS');
      return;
    }

    const state = await currentState();
    const etag = computeEtag(
      state,
      { url: ctx.originalUrl, headers: Object.fromEntries(REPRESENTATION_HEADERS.map((h) => [h, ctx.get(h) || undefined])) },
      secret
    );
    if (ifNoneMatchHits(ctx.get('If-None-Match'), etag)) {
      ctx.status = 304;
      ctx.set('ETag', etag);
      ctx.set('Cache-Control', cacheControl);
      return;
    }

    const hit = memory?.get(etag);
    if (hit) serve(ctx, hit);
    else {
      try {
        await runAndKeep(ctx, next, etag, () => true);
      } catch (error) {
        // Errors (404 of a not-yet-published slug, 400) must not be kept by a CDN; the
        // errors middleware turns the exception into the response and keeps this header.
        ctx.set('Cache-Control', 'no-store');
        throw error;
      }
    }
    if (ctx.status >= 200 && ctx.status < 300) {
      ctx.set('ETag', etag);
      ctx.set('Cache-Control', cacheControl);
      // `*` matches any existing representation: known only now that the route found one
      // (a missing article stays a 404).
      if (ifNoneMatchAny(ctx.get('If-None-Match'))) {
        ctx.status = 304;
        ctx.body = null;
      }
    } else {
      ctx.set('Cache-Control', 'no-store');
    }
  };
};
