import type { Core } from '@strapi/strapi';
import { Kind, type FragmentDefinitionNode } from 'graphql';
import { costLimits } from './settings';
import { costlyQueryError, graphqlCost, graphqlCostError } from './graphql-cost';

/**
 * The GraphQL side of the request cost model (src/delivery/graphql-cost.ts):
 *  - parseOptions.maxTokens: the query text is refused while it is parsed;
 *  - maxRecursiveSelections: selections counted with fragments expanded; Apollo runs it
 *    with the standard rules, before the plugin's depth limit (graphql-depth-limit walks
 *    every spread of every fragment, exponential for fragments that spread the next one
 *    twice), which then only sees queries already known to be small;
 *  - an Apollo plugin for aliases and estimated rows, once the operation and its
 *    variables are known (page sizes may be variables).
 */
export function graphqlLimitsPlugin(strapi: Core.Strapi) {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }: any) {
          if (!operation) return;
          const limits = costLimits(strapi).graphql;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const pages = {
            defaultLimit: Number(strapi.config.get('plugin::graphql.defaultLimit', 25)),
            maxLimit: Number(strapi.config.get('plugin::graphql.maxLimit', 100)),
          };
          const cost = graphqlCost(schema, operation, fragments, request.variables, pages);
          const message = graphqlCostError(cost, { maxAliases: limits.aliases, maxRows: limits.rows });
          if (message) throw costlyQueryError(message, { ...cost, maxAliases: limits.aliases, maxRows: limits.rows });
        },
      };
    },
  };
}

/** Adds the limits to the graphql plugin's Apollo config (read at its bootstrap). */
export function registerGraphqlLimits(strapi: Core.Strapi) {
  if (!strapi.plugin('graphql')) return;
  const limits = costLimits(strapi).graphql;
  const key = 'plugin::graphql.apolloServer';
  const apollo = (strapi.config.get(key) as Record<string, any>) ?? {};
  strapi.config.set(key, {
    ...apollo,
    parseOptions: { ...apollo.parseOptions, maxTokens: limits.tokens },
    maxRecursiveSelections: limits.fields,
    plugins: [...(apollo.plugins ?? []), graphqlLimitsPlugin(strapi)],
  });
}
