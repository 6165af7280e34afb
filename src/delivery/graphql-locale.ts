import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { NEWSROOM_UIDS } from '../lib/newsroom-types';
import { knownLocales } from './locales';

/**
 * The `locale` argument of the GraphQL queries, held to the REST rules
 * (src/middlewares/content-api-query.ts). The i18n plugin's scalar checks a literal
 * against every ISO code (so `locale: "fr"` answers an empty list) and a variable not
 * at all (`$locale = "all"` too): a code the CMS does not have is an error instead,
 * and `*` (every locale) is accepted on list queries only, where Strapi serves it.
 */
export function graphqlLocaleProblem(locale: unknown, isList: boolean, known: readonly string[]): string | null {
  if (locale === undefined || locale === null) return null;
  if (locale === '*') return isList ? null : 'locale "*" (every locale) is only accepted on list queries: pass one locale code here';
  if (typeof locale !== 'string' || !known.includes(locale)) {
    return `Unknown locale "${String(locale)}". Available locales: ${known.join(', ')}`;
  }
  return null;
}

/** Adds the check to the list, connection and single queries of the newsroom types. */
export function registerGraphqlLocaleCheck(strapi: Core.Strapi) {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const check = (isList: boolean) => async (next: any, parent: unknown, args: any, context: unknown, info: unknown) => {
    const problem = graphqlLocaleProblem(args?.locale, isList, await knownLocales(strapi));
    if (problem) throw new errors.ValidationError(problem, { availableLocales: await knownLocales(strapi) });
    return next(parent, args, context, info);
  };
  graphql.service('extension').use(() => {
    const resolversConfig: Record<string, { middlewares: unknown[] }> = {};
    for (const uid of NEWSROOM_UIDS) {
      const { singularName, pluralName } = (strapi.contentType(uid as any) as any).info;
      resolversConfig[`Query.${pluralName}`] = { middlewares: [check(true)] };
      resolversConfig[`Query.${pluralName}_connection`] = { middlewares: [check(true)] };
      resolversConfig[`Query.${singularName}`] = { middlewares: [check(false)] };
    }
    return { resolversConfig };
  });
}
