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
 */
export function mayReadDrafts(requestCtx: any): boolean {
  if (!requestCtx) return true; // not serving a request: CLI, bootstrap, jobs
  const routeType = requestCtx.state?.route?.info?.type;
  const isContentApi = routeType === 'content-api' || requestCtx.path?.startsWith?.('/graphql');
  if (!isContentApi) return true;
  const auth = requestCtx.state?.auth;
  return API_TOKEN_STRATEGIES.has(auth?.strategy?.name) && auth?.credentials?.type === 'full-access';
}

export const publishedOnlyMiddleware =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<any>) => {
    if (
      READ_ACTIONS.has(ctx.action) &&
      ctx.contentType?.options?.draftAndPublish &&
      !mayReadDrafts(strapi.requestContext.get())
    ) {
      // Filters on the draft/published cohort would reveal which entries have pending
      // drafts, so they go too.
      const { hasPublishedVersion, publicationFilter, ...params } = ctx.params ?? {};
      ctx.params = { ...params, status: 'published' };
    }
    return next();
  };
