import type { Core } from '@strapi/strapi';

/**
 * Two Content Manager writes that stock Strapi checks against the entry it WRITES, not
 * the one it READS (found by the third attacker run, issue 11):
 * - `clone` (and `auto-clone`) of another user's entry: the caller only needed `create`,
 *   so an Author copied anyone's draft, text and all, into an entry of their own;
 * - `update` of a locale the document does not have yet (how the admin adds a language
 *   version): the caller only needed `create` in that locale, so an Author added a
 *   version to someone else's article and the answer carried every other version in
 *   full (`localizations`), drafts included.
 * Both now also need that the caller may READ at least one existing version of the
 * document (with the role's conditions and locales, as the Content Manager checks a
 * read); otherwise 403 and nothing is written. A translator who reads the English
 * version still adds the Kazakh one.
 */
export function guardContentManagerWrites(strapi: Core.Strapi) {
  const checkerOf = (ctx: any, model: string) =>
    strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ctx.state.userAbility, model });
  const versionsOf = (model: string, documentId: string): Promise<any[]> =>
    strapi.db.query(model as any).findMany({ where: { documentId }, populate: ['createdBy'] } as any);

  /** false: the caller may read none of the document's versions; null: no such document. */
  async function mayReadSome(ctx: any, model: string, documentId: string): Promise<boolean | null> {
    if (typeof documentId !== 'string' || !strapi.getModel(model as any)) return null;
    const versions = await versionsOf(model, documentId);
    if (versions.length === 0) return null;
    const checker = checkerOf(ctx, model);
    return versions.some((version) => checker.can.read(version));
  }

  strapi.get('controllers').extend('plugin::content-manager.collection-types', (controller: any) => {
    const guardedClone = (name: 'clone' | 'autoClone') => async (ctx: any) => {
      const { model, sourceId } = ctx.params;
      if ((await mayReadSome(ctx, model, sourceId)) === false) return ctx.forbidden('You may not copy an entry you cannot read');
      return controller[name](ctx);
    };
    return Object.assign(Object.create(controller), {
      clone: guardedClone('clone'),
      autoClone: guardedClone('autoClone'),
      async update(ctx: any) {
        const { model, id } = ctx.params;
        const locale = ctx.request.body?.locale ?? ctx.query?.locale;
        if (typeof locale === 'string' && strapi.getModel(model as any)?.pluginOptions?.i18n?.localized) {
          const versions = await versionsOf(model, id);
          const adding = versions.length > 0 && !versions.some((v) => v.locale === locale);
          if (adding && (await mayReadSome(ctx, model, id)) === false) {
            return ctx.forbidden('You may not add a language version to an entry you cannot read');
          }
        }
        return controller.update(ctx);
      },
    });
  });
}
