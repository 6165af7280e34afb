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

  /**
   * Whether `slug` is what `uniqueSlug` made of `text`: its base, or the base with a -N
   * suffix while another document holds the base (so "winter-school-2026" typed by hand
   * for "Winter school" is not mistaken for a generated one).
   */
  async function madeFrom(uid: SluggedUid, slug: string, text: string | null | undefined, locale: string, documentId: string) {
    const base = slugify(String(text ?? '')) || 'untitled';
    if (slug === base) return true;
    if (!slug.startsWith(`${base}-`) || !/^\d+$/.test(slug.slice(base.length + 1))) return false;
    return (await takenSlugs(uid, base, locale, documentId)).has(base);
  }

  /** Whether the document has never been published in `locale` (its slug is in no link yet). */
  async function neverPublished(uid: SluggedUid, documentId: string, locale: string) {
    return (await strapi.db.query(uid).count({ where: { documentId, locale, publishedAt: { $notNull: true } } })) === 0;
  }

  return { uniqueSlug, madeFrom, neverPublished };
};

export type SlugService = ReturnType<typeof createSlugService>;

export const slugMiddleware =
  ({ strapi }: { strapi: Core.Strapi }) =>
  (slugs: SlugService) =>
  async (ctx: any, next: () => Promise<any>) => {
    if (!isSlugged(ctx.uid) || !['create', 'update'].includes(ctx.action)) return next();
    const data = ctx.params?.data;
    if (!data) return next();

    const source = SLUG_SOURCES[ctx.uid];
    const locale: string =
      ctx.params.locale ?? (await strapi.plugin('i18n').service('locales').getDefaultLocale());
    const { documentId } = ctx.params;

    if (ctx.action === 'update' && documentId && typeof data[source] === 'string' && data[source].trim()) {
      // A version that was never published follows its own title while its slug is still
      // the one made from its previous title: a translation started from the source's
      // title (the placeholder of "Start translation") gets a slug of its own words.
      // A slug typed by hand, or one already published, is left alone.
      const current = await strapi.db.query(ctx.uid).findOne({ select: ['slug', source], where: { documentId, locale, publishedAt: null } });
      const slug: string | undefined = data.slug || current?.slug;
      if (
        current &&
        current[source] !== data[source] &&
        (!slug || (slug === (current.slug ?? slug) && (await slugs.madeFrom(ctx.uid, slug, current[source], locale, documentId)))) &&
        (await slugs.neverPublished(ctx.uid, documentId, locale))
      ) {
        data.slug = await slugs.uniqueSlug(ctx.uid, data[source], locale, documentId);
        return next();
      }
    }
    if (data.slug) return next();

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
