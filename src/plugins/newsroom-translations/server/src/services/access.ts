import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../constants';
import { versionKey } from '../domain/coverage';

/**
 * The coverage shows only the article versions the user may read in the Content
 * Manager. The write endpoints act on articles, so they ask the Content Manager's own permission
 * checker whether the signed-in user may do the same thing there: a Kazakh translator
 * (Content Manager rights limited to `kk`) can start or sign off a kk translation, not
 * a ru one. The plugin's `read` permission alone never lets anyone write content.
 */
export const createAccess = ({ strapi }: { strapi: Core.Strapi }) => {
  const checker = (userAbility: unknown) =>
    strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model: UIDS.article });

  return {
    /**
     * The article versions the user may read in the Content Manager, as `versionKey`s:
     * the read permission's conditions (an Author: entries they created) and locales
     * become a query filter, as the Content Manager's list view builds it.
     */
    async readableVersions(userAbility: unknown): Promise<Set<string>> {
      const check = checker(userAbility);
      if (check.cannot.read()) return new Set();
      const { filters } = await check.sanitizedQuery.read({});
      const rows = (await strapi.db
        .query(UIDS.article as any)
        .findMany({ select: ['documentId', 'locale'], where: { $and: [{ publishedAt: null }, filters ?? {}] } })) as Array<{ documentId: string; locale: string }>;
      return new Set(rows.map((r) => versionKey(r.documentId, r.locale)));
    },

    /** May create the `locale` version of an article (Content Manager `create` with that locale). */
    assertMayCreate(userAbility: unknown, locale: string) {
      if (checker(userAbility).cannot.create({ locale })) {
        throw new errors.ForbiddenError(`You may not create articles in the locale "${locale}"`);
      }
    },

    /** May update this version (its locale, and its author for roles limited to their own entries). */
    assertMayUpdate(userAbility: unknown, version: { locale: string; createdBy?: { id: number } | null }) {
      if (checker(userAbility).cannot.update({ ...version })) {
        throw new errors.ForbiddenError(`You may not update articles in the locale "${version.locale}"`);
      }
    },
  };
};

export type Access = ReturnType<typeof createAccess>;
