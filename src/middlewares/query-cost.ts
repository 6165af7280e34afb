import type { Core } from '@strapi/strapi';
import { contentTypeOfPath, formatBytes, populateCost, populateError } from '../delivery/query-cost';
import { costLimits, filterLimits } from '../delivery/settings';
import { checkFilterBudget } from '../delivery/published-relations';

/** The content type a Content Manager list or relation search reads, from its path. */
export function contentManagerTarget(path: string, getModel: (uid: string) => any): string | undefined {
  const list = /^\/content-manager\/(?:collection-types|single-types)\/([^/]+)\/?$/.exec(path);
  if (list) return getModel(decodeURIComponent(list[1])) ? decodeURIComponent(list[1]) : undefined;
  const relation = /^\/content-manager\/relations\/([^/]+)\/([^/]+)\/?$/.exec(path);
  if (!relation) return undefined;
  const attribute = getModel(decodeURIComponent(relation[1]))?.attributes?.[decodeURIComponent(relation[2])];
  return attribute?.target && getModel(attribute.target) ? attribute.target : undefined;
}

/**
 * What one content-API request may cost (config/delivery.ts `limits`; README,
 * "Security: limits"), the admin panel aside:
 *  - before anything runs, a REST GET whose `populate` is too deep or too wide is a
 *    400 (every route under the prefix: the core ones and the delivery routes that
 *    take a client populate, /articles/by-slug/:slug and ?fallback=);
 *  - after the answer is built, a JSON answer of /api or /graphql over the byte cap
 *    becomes a 400 instead of megabytes on the wire. The body is serialized here once
 *    and handed on as text, so measuring it costs no second serialization.
 * The GraphQL limits are Apollo's (src/delivery/graphql-limits.ts).
 *
 * The admin's Content Manager lists get the same filter budget (relations, to-many
 * joins, conditions, value length) as the content API: any admin user, an Author
 * included, can send their filters, and the joins cost the server the same.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix: string = strapi.config.get('api.rest.prefix', '/api');
  const graphql: string = strapi.config.get('plugin::graphql.endpoint', '/graphql');
  const under = (path: string, root: string) => path === root || path.startsWith(`${root}/`);
  const getModel = (uid: string) => strapi.getModel(uid as any) as any;

  const fail = (ctx: any, message: string, details: Record<string, unknown>) => {
    ctx.status = 400;
    ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message, details } };
  };

  return async (ctx: any, next: () => Promise<unknown>) => {
    if (ctx.method === 'GET' && ctx.query?.filters !== undefined && under(ctx.path, '/content-manager')) {
      const uid = contentManagerTarget(ctx.path, getModel);
      if (uid) {
        try {
          checkFilterBudget(ctx.query.filters, uid, getModel, filterLimits(strapi));
        } catch (error: any) {
          if (error?.name !== 'ValidationError') throw error;
          return fail(ctx, error.message, error.details ?? {});
        }
      }
    }
    const rest = under(ctx.path, prefix);
    if (!rest && !under(ctx.path, graphql)) return next();
    const limits = costLimits(strapi);

    if (rest && ctx.method === 'GET' && ctx.query?.populate !== undefined) {
      const uid = contentTypeOfPath(ctx.path, prefix, strapi.contentTypes);
      const cost = populateCost(ctx.query.populate, uid, getModel);
      const max = { maxDepth: limits.populateDepth, maxRelations: limits.populateRelations, maxToMany: limits.populateToMany };
      const message = populateError(cost, max);
      if (message) return fail(ctx, message, { ...cost, ...max });
    }

    await next();

    const body = ctx.body;
    if (body === null || body === undefined || typeof body.pipe === 'function') return;
    const text = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
    const bytes = Buffer.byteLength(text);
    if (bytes <= limits.responseBytes) {
      if (text !== body) ctx.body = text; // Content-Type stays application/json
      return;
    }
    const message = `The answer would be ${formatBytes(bytes)}, over the limit of ${formatBytes(limits.responseBytes)}: ask for fewer fields, relations or a smaller page`;
    const details = { bytes, maxBytes: limits.responseBytes };
    if (rest) return fail(ctx, message, details);
    ctx.status = 400;
    ctx.type = 'application/json';
    ctx.body = { errors: [{ message, extensions: { code: 'BAD_USER_INPUT', error: { name: 'ValidationError', message, details } } }] };
  };
};
