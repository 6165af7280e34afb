import type { Core } from '@strapi/strapi';

type Config = { when: 'always' | 'new-locale' };

/**
 * Closes a gap of Strapi 5.54's Content Manager: creating an entry, or a new locale
 * version of an existing document (a PUT in a locale it lacks), is only checked against
 * `explorer.create` "for some locale". A translator whose role limits creation to `kk`
 * could thus create a `ru` draft. This policy, added to those routes in register(),
 * checks `create` for the target locale, like updates and publishing already are.
 * `when: 'new-locale'` (update) only checks when the locale version does not exist yet.
 * The entry checked is the one being made (its locale, the caller as its creator), so an
 * Author, whose rights hold for entries they created, may still create.
 */
export default async (policyContext: any, config: Config, { strapi }: { strapi: Core.Strapi }) => {
  const { model, id } = policyContext.params ?? {};
  const contentType = model ? strapi.contentTypes[model as keyof typeof strapi.contentTypes] : undefined;
  if (!contentType || !strapi.plugin('i18n').service('content-types').isLocalizedContentType(contentType)) return true;

  // i18n's router middleware has already put the valid locale (or the default) in the body.
  const locale: string =
    policyContext.request?.body?.locale ?? (await strapi.plugin('i18n').service('locales').getDefaultLocale());
  if (config?.when === 'new-locale') {
    const exists = await strapi.db.query(model).count({ where: { documentId: id, locale } });
    if (exists > 0) return true;
  }
  const checker = strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility: policyContext.state.userAbility, model });
  // The Content Manager makes the caller the creator of what they create: a role limited
  // to its own entries (Author, `admin::is-creator`) is checked against that.
  return !checker.cannot.create({ locale, createdBy: { id: policyContext.state.user?.id } });
};
