import type { Core } from '@strapi/strapi';

export async function knownLocales(strapi: Core.Strapi): Promise<string[]> {
  const locales: Array<{ code: string }> = await strapi.plugin('i18n').service('locales').find();
  return locales.map((l) => l.code);
}

export async function defaultLocale(strapi: Core.Strapi): Promise<string> {
  return strapi.plugin('i18n').service('locales').getDefaultLocale();
}
