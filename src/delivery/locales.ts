import type { Core } from '@strapi/strapi';
import { contentStateOf } from './content-state';

/**
 * The locale codes the CMS has. Several layers of every request ask (query validation,
 * fallback parsing, feeds): the answer is kept as long as this instance trusts its
 * content state (content-state.ts: dropped when a locale changes here, re-read after
 * `stateMaxAgeMs` for changes made elsewhere), so a request served from memory runs no SQL.
 */
export async function knownLocales(strapi: Core.Strapi): Promise<string[]> {
  // Also kept on the request: with `stateMaxAgeMs` 0 one request still reads them once.
  const ctx = strapi.requestContext.get() as { state?: { knownLocales?: string[] } } | undefined;
  if (ctx?.state?.knownLocales) return ctx.state.knownLocales;
  const codes = await contentStateOf(strapi).remember('locales', async () => {
    const locales: Array<{ code: string }> = await strapi.plugin('i18n').service('locales').find();
    return locales.map((l) => l.code);
  });
  if (ctx?.state) ctx.state.knownLocales = codes;
  return codes;
}

export async function defaultLocale(strapi: Core.Strapi): Promise<string> {
  return strapi.plugin('i18n').service('locales').getDefaultLocale();
}
