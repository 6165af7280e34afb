import type { Core } from '@strapi/strapi';
import { computeEtag, ifNoneMatchAny, ifNoneMatchHits, publicCacheControl, PRIVATE_CACHE_CONTROL } from '../delivery/http-cache';
import { readContentState } from '../delivery/content-state';

/**
 * ETag + Cache-Control on public GET responses of the content API (the four types,
 * their delivery routes and the feeds), and `304 Not Modified` for a matching
 * `If-None-Match` without running the route at all.
 *
 * The ETag comes from the database (src/delivery/content-state.ts), never from state
 * kept in this process, so several instances on one database agree and a publish made
 * through any of them changes it. It is read BEFORE the route runs: if a publish lands
 * in between, the response carries the older ETag and the next revalidation simply
 * gets a 200; read after, a response built from old data could get the new ETag and
 * be revalidated forever.
 */
type Config = { enabled?: boolean; paths?: string[]; maxAge?: number; sMaxAge?: number; staleWhileRevalidate?: number };

// Strapi response-shape switches: a different header is a different representation.
const REPRESENTATION_HEADERS = ['strapi-response-format', 'strapi-encode-source-maps'];

export default (config: Config, { strapi }: { strapi: Core.Strapi }) => {
  if (config.enabled === false) return (_ctx: any, next: () => Promise<unknown>) => next();
  const prefix: string = strapi.config.get('api.rest.prefix', '/api');
  const roots = (config.paths ?? ['/articles', '/quotes', '/speakers', '/institutions', '/feeds']).map((p) => `${prefix}${p}`);
  const cacheControl = publicCacheControl({
    maxAge: config.maxAge ?? 0,
    sMaxAge: config.sMaxAge ?? 0,
    staleWhileRevalidate: config.staleWhileRevalidate ?? 0,
  });
  const keys: string[] = strapi.config.get('server.app.keys', []) ?? [];
  const secret = `newsroom-etag:${keys[0] ?? ''}`;
  const covered = (path: string) => roots.some((root) => path === root || path.startsWith(`${root}/`));

  return async (ctx: any, next: () => Promise<unknown>) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !covered(ctx.path)) return next();
    ctx.vary('Authorization');
    REPRESENTATION_HEADERS.forEach((h) => ctx.vary(h));

    if (ctx.get('Authorization')) {
      // Tokens may read drafts (previews): never stored by any cache.
      await next();
      ctx.set('Cache-Control', PRIVATE_CACHE_CONTROL);
      return;
    }

    const state = await readContentState(strapi);
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

    try {
      await next();
    } catch (error) {
      // Errors (404 of a not-yet-published slug, 400) must not be kept by a CDN; the
      // errors middleware turns the exception into the response and keeps this header.
      ctx.set('Cache-Control', 'no-store');
      throw error;
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
