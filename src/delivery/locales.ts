import type { Core } from '@strapi/strapi';

/**
 * The locale codes the CMS has. Several layers of one request ask (query validation,
 * fallback parsing, feeds): the answer is kept on the request so it costs one query.
 */
export async function knownLocales(strapi: Core.Strapi): Promise<string[]> {
  const ctx = strapi.requestContext.get() as { state?: { knownLocales?: string[] } } | undefined;
  if (ctx?.state?.knownLocales) return ctx.state.knownLocales;
  const locales: Array<{ code: string }> = await strapi.plugin('i18n').service('locales').find();
  const codes = locales.map((l) => l.code);
  if (ctx?.state) ctx.state.knownLocales = codes;
  return codes;
}

export async function defaultLocale(strapi: Core.Strapi): Promise<string> {
  return strapi.plugin('i18n').service('locales').getDefaultLocale();
}
