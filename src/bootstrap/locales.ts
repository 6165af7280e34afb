import type { Core } from '@strapi/strapi';
import { CMS_LOCALES, DEFAULT_LOCALE } from '../lib/newsroom-types';

/**
 * Makes sure en, kk and ru exist and that a default locale is set (en on a new
 * database). Idempotent: creates only what is missing, never touches a locale an
 * editor added or renamed, and keeps a default an editor chose.
 */
export async function ensureLocales(strapi: Core.Strapi) {
  const locales = strapi.plugin('i18n').service('locales');
  const existing: Array<{ code: string }> = await locales.find();
  const have = new Set(existing.map((l) => l.code));
  const created: string[] = [];
  for (const locale of CMS_LOCALES) {
    if (have.has(locale.code)) continue;
    await locales.create({ code: locale.code, name: locale.name });
    created.push(locale.code);
  }
  const currentDefault = await locales.getDefaultLocale();
  if (!currentDefault || !(await locales.findByCode(currentDefault))) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
  }
  return created;
}
