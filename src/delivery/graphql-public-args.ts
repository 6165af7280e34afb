import type { Core } from '@strapi/strapi';
import { mayReadDrafts } from '../document-middlewares/published-only';

/**
 * The graphql plugin hands the root query's `status`, `publicationFilter` and
 * `hasPublishedVersion` down to nested relations: it keeps the root args in
 * `context.rootQueryArgsByPath` and its association resolver filters related rows with
 * them, straight through the query engine, where published-only.ts cannot see it. The
 * root itself is forced to published versions, so for a caller who may not read drafts
 * those args would either empty every relation (`status: DRAFT`) or reveal which
 * related entries have pending edits (`publicationFilter: MODIFIED`...).
 *
 * For such callers this Apollo plugin puts in place, before any field resolves, a map
 * that stores every root's args as "published, no cohort filter" (the graphql plugin
 * only creates its own map when there is none), so relations follow the published
 * root as in REST. A map rather than a later hook: Apollo gives no order guarantee
 * between plugins' field hooks.
 */
export class PublishedRootArgs extends Map<unknown, any> {
  set(key: unknown, args: any) {
    return super.set(key, { ...args, status: 'published', publicationFilter: undefined, hasPublishedVersion: undefined });
  }
}

export function publicRootArgsPlugin(strapi: Core.Strapi) {
  const endpoint = () => strapi.config.get('plugin::graphql.endpoint', '/graphql') as string;
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ contextValue }: any) {
          if (contextValue && !mayReadDrafts(contextValue.koaContext, endpoint())) {
            contextValue.rootQueryArgsByPath = new PublishedRootArgs();
          }
        },
      };
    },
  };
}

/** Adds the plugin to the graphql plugin's Apollo config (read at its bootstrap). */
export function registerGraphqlPublicArgs(strapi: Core.Strapi) {
  if (!strapi.plugin('graphql')) return;
  const key = 'plugin::graphql.apolloServer.plugins';
  strapi.config.set(key, [...((strapi.config.get(key) as unknown[]) ?? []), publicRootArgsPlugin(strapi)]);
}
