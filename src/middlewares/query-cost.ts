import type { Core } from '@strapi/strapi';
import { contentTypeOfPath, formatBytes, populateCost, populateError } from '../delivery/query-cost';
import { costLimits } from '../delivery/settings';

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
