import type { Core } from '@strapi/strapi';
import { SLUG_SOURCES, isSlugged, type SluggedUid } from '../lib/newsroom-types';
import { firstFreeSlug, slugify } from '../lib/slug';

/**
 * The Document Service leaves `uid` fields empty (only the admin form fills them), so
 * every create or update that leaves a slug empty gets one here: transliterated from
 * the title (or name) and unique within the locale.
 */
export const createSlugService = ({ strapi }: { strapi: Core.Strapi }) => {
  async function takenSlugs(uid: SluggedUid, base: string, locale: string, documentId?: string) {
    const rows: Array<{ slug: string | null }> = await strapi.db.query(uid).findMany({
      select: ['slug'],
      where: {
        locale,
        slug: { $startsWith: base },
        ...(documentId ? { documentId: { $ne: documentId } } : {}),
      },
    });
    return new Set(rows.map((r) => r.slug).filter(Boolean) as string[]);
  }

  /** A slug for `text` that no other document of `uid` uses in `locale`. */
  async function uniqueSlug(uid: SluggedUid, text: string, locale: string, documentId?: string) {
    const base = slugify(text) || 'untitled';
    return firstFreeSlug(base, await takenSlugs(uid, base, locale, documentId));
  }

  return { uniqueSlug };
};

export type SlugService = ReturnType<typeof createSlugService>;

export const slugMiddleware =
  ({ strapi }: { strapi: Core.Strapi }) =>
  (slugs: SlugService) =>
  async (ctx: any, next: () => Promise<any>) => {
    if (!isSlugged(ctx.uid) || !['create', 'update'].includes(ctx.action)) return next();
    const data = ctx.params?.data;
    if (!data || data.slug) return next();

    const source = SLUG_SOURCES[ctx.uid];
    const locale: string =
      ctx.params.locale ?? (await strapi.plugin('i18n').service('locales').getDefaultLocale());
    const { documentId } = ctx.params;

    let text: string | undefined = data[source];
    if (ctx.action === 'update' && !('slug' in data)) {
      // An update that does not touch the slug keeps the one it has; only a locale
      // version being created (or one that never got a slug) needs a new one.
      const current = await strapi.db.query(ctx.uid).findOne({
        select: ['slug', source],
        where: { documentId, locale },
      });
      if (current?.slug) return next();
      text = text ?? current?.[source];
    }
    if (text) data.slug = await slugs.uniqueSlug(ctx.uid, text, locale, documentId);
    return next();
  };
