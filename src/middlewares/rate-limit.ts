import type { Core } from '@strapi/strapi';
import { FixedWindowLimiter } from '../delivery/rate-limit';

/**
 * Per-client-IP request budget on the public APIs (REST under the API prefix, and
 * GraphQL). Over budget: 429 with `Retry-After` (seconds until the window ends) and the
 * usual JSON error body. Behind a reverse proxy set `server.proxy` so `ctx.request.ip`
 * is the client's address, not the proxy's. Memory is per instance (see
 * FixedWindowLimiter). An answer's size counts too: each full `costUnitBytes` of it
 * spends one more request of the window (the body is already serialized by the
 * query-cost middleware, which sits inside this one).
 */
type Config = { enabled?: boolean; max?: number; windowMs?: number; allowlist?: string[]; paths?: string[]; costUnitBytes?: number };

export default (config: Config, { strapi }: { strapi: Core.Strapi }) => {
  if (!config.enabled) return (_ctx: any, next: () => Promise<unknown>) => next();
  const max = config.max ?? 300;
  const windowMs = config.windowMs ?? 60_000;
  const costUnitBytes = config.costUnitBytes && config.costUnitBytes > 0 ? config.costUnitBytes : 256 * 1024;
  const limiter = new FixedWindowLimiter(max, windowMs);
  const allowlist = new Set((config.allowlist ?? []).map((ip) => ip.trim()).filter(Boolean));
  const graphql: string = strapi.config.get('plugin::graphql.endpoint', '/graphql');
  const roots = config.paths ?? [strapi.config.get('api.rest.prefix', '/api'), graphql];
  const covered = (path: string) => roots.some((root) => path === root || path.startsWith(`${root}/`));

  return async (ctx: any, next: () => Promise<unknown>) => {
    if (!covered(ctx.path) || ctx.method === 'OPTIONS' || allowlist.has(ctx.request.ip)) return next();
    const r = limiter.hit(ctx.request.ip);
    ctx.set('RateLimit-Limit', String(r.limit));
    ctx.set('RateLimit-Remaining', String(r.remaining));
    ctx.set('RateLimit-Reset', String(r.resetSeconds));
    if (r.allowed) {
      await next();
      // Cost, not only count: a big answer spends one more request per costUnitBytes.
      const body = ctx.body;
      const bytes = typeof body === 'string' || Buffer.isBuffer(body) ? Buffer.byteLength(body) : 0;
      const charged = limiter.charge(ctx.request.ip, Math.floor(bytes / costUnitBytes));
      if (charged) ctx.set('RateLimit-Remaining', String(charged.remaining));
      return;
    }
    ctx.status = 429;
    ctx.set('Retry-After', String(r.resetSeconds));
    ctx.body = {
      data: null,
      error: {
        status: 429,
        name: 'RateLimitError',
        message: `Too many requests: at most ${max} every ${Math.round(windowMs / 1000)} s. Retry in ${r.resetSeconds} s.`,
        details: { limit: max, windowMs, retryAfter: r.resetSeconds },
      },
    };
  };
};
