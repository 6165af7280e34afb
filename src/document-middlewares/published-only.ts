import type { Core } from '@strapi/strapi';

const READ_ACTIONS = new Set(['findMany', 'findOne', 'findFirst', 'count']);
// Strapi 5.54 names it `content-api-token`; earlier 5.x releases said `api-token`.
const API_TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

/**
 * Stock Strapi 5 serves drafts to anyone who may `find` a type and asks for
 * `?status=draft`. For the newsroom, the content API is for published news only:
 * every read made while serving a content-API request (REST, GraphQL, custom routes)
 * is forced to `status: 'published'`, unless the caller holds a full-access API token
 * (used by trusted server-side previews). Admin-panel requests are not content-API
 * requests and keep seeing drafts; so do the CLI and bootstrap, which run outside a
 * request.
 *
 * GraphQL: the plugin registers its endpoint as a plain server route (no route type)
 * and sets `state.route.info.type = 'content-api'` in its own handler, before Apollo
 * runs the resolvers. The endpoint path (from the plugin config, `/graphql` by
 * default) is checked too, so a request there is treated as content API even if a
 * future plugin version stops marking it.
 */
export function isContentApiRequest(requestCtx: any, graphqlEndpoint = '/graphql'): boolean {
  if (requestCtx.state?.route?.info?.type === 'content-api') return true;
  const path: unknown = requestCtx.path;
  return typeof path === 'string' && (path === graphqlEndpoint || path.startsWith(`${graphqlEndpoint}/`));
}

export function mayReadDrafts(requestCtx: any, graphqlEndpoint = '/graphql'): boolean {
  if (!requestCtx) return true; // not serving a request: CLI, bootstrap, jobs
  if (!isContentApiRequest(requestCtx, graphqlEndpoint)) return true;
  const auth = requestCtx.state?.auth;
  return API_TOKEN_STRATEGIES.has(auth?.strategy?.name) && auth?.credentials?.type === 'full-access';
}

export const publishedOnlyMiddleware =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<any>) => {
    if (
      READ_ACTIONS.has(ctx.action) &&
      ctx.contentType?.options?.draftAndPublish &&
      !mayReadDrafts(strapi.requestContext.get(), strapi.config.get('plugin::graphql.endpoint', '/graphql'))
    ) {
      // Filters on the draft/published cohort would reveal which entries have pending
      // drafts, so they go too.
      const { hasPublishedVersion, publicationFilter, ...params } = ctx.params ?? {};
      ctx.params = { ...params, status: 'published' };
    }
    return next();
  };
