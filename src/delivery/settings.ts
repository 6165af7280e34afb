import type { Core } from '@strapi/strapi';

/** config/delivery.ts, with the per-locale texts resolved (default locale as fallback). */
export function deliverySettings(strapi: Core.Strapi) {
  const c = strapi.config.get('delivery', {}) as any;
  const pick = (texts: Record<string, string> | undefined, locale: string) => texts?.[locale] ?? texts?.en ?? '';
  return {
    publicSiteUrl: String(c.publicSiteUrl ?? 'http://localhost:3000').replace(/\/+$/, ''),
    mediaOrigin: String(c.mediaOrigin ?? ''),
    organizationUrl: String(c.organization?.url ?? ''),
    organizationName: (locale: string) => pick(c.organization?.name, locale),
    feedSize: Number(c.feed?.size ?? 30),
    feedTitle: (locale: string) => pick(c.feed?.title, locale),
    feedDescription: (locale: string) => pick(c.feed?.description, locale),
    defaultLimit: Number(strapi.config.get('api.rest.defaultLimit', 25)),
    maxLimit: Number(strapi.config.get('api.rest.maxLimit', 100)),
  };
}

/** Origin of this API as the outside sees it: server.url when set, else the request's. */
export function apiOrigin(strapi: Core.Strapi, ctx: any): string {
  const configured = String(strapi.config.get('server.url', '') ?? '');
  return /^https?:\/\//.test(configured) ? configured.replace(/\/+$/, '') : ctx.request.origin;
}

/** config/delivery.ts `limits`: what one content-API request may cost (README, "Security: limits"). */
export function costLimits(strapi: Core.Strapi) {
  const l = (strapi.config.get('delivery.limits', {}) ?? {}) as any;
  const num = (value: unknown, fallback: number) => (Number.isFinite(Number(value)) && Number(value) > 0 ? Number(value) : fallback);
  return {
    populateDepth: num(l.populateDepth, 4),
    populateRelations: num(l.populateRelations, 20),
    populateToMany: num(l.populateToMany, 1),
    filterRelations: num(l.filterRelations, 4),
    filterToMany: num(l.filterToMany, 2),
    filterConditions: num(l.filterConditions, 100),
    filterValueLength: num(l.filterValueLength, 1000),
    responseBytes: num(l.responseBytes, 5 * 1024 * 1024),
    graphql: {
      aliases: num(l.graphql?.aliases, 20),
      rows: num(l.graphql?.rows, 5000),
      fields: num(l.graphql?.fields, 1000),
      tokens: num(l.graphql?.tokens, 5000),
    },
  };
}

/** The filter budget of one query (published-relations.ts), from `costLimits`. */
export function filterLimits(strapi: Core.Strapi) {
  const limits = costLimits(strapi);
  return {
    maxRelations: limits.filterRelations,
    maxToMany: limits.filterToMany,
    maxConditions: limits.filterConditions,
    maxValueLength: limits.filterValueLength,
  };
}
