import type { Core } from '@strapi/strapi';
import { isDatabaseUnavailable } from '../plugins/press-import/server/src/domain/database-errors';

/**
 * While the database is unreachable (PostgreSQL restarting, a network cut), every
 * request that needs it answers 503 with `Retry-After` instead of Strapi's generic 500,
 * so load balancers, CDNs and the sites' renderers know to retry rather than to cache
 * or report an application error. The pool reconnects by itself once the database is
 * back: no restart of the instance is needed. Other errors pass on unchanged.
 */
type Config = { retryAfterSeconds?: number };

export default (config: Config, { strapi }: { strapi: Core.Strapi }) => {
  const retryAfter = String(config.retryAfterSeconds ?? 5);
  let lastLogged = 0;
  return async (ctx: any, next: () => Promise<unknown>) => {
    try {
      await next();
    } catch (error: any) {
      if (!isDatabaseUnavailable(error)) throw error;
      // One line every 10 s, not one per request, while the outage lasts.
      if (Date.now() - lastLogged > 10_000) {
        lastLogged = Date.now();
        strapi.log.error(`Database unavailable, answering 503: ${String(error?.message ?? error).split('\n')[0]}`);
      }
      ctx.status = 503;
      ctx.set('Retry-After', retryAfter);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = {
        data: null,
        error: { status: 503, name: 'ServiceUnavailableError', message: `The database is unavailable. Retry in ${retryAfter} s.`, details: {} },
      };
    }
  };
};
