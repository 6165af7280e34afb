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
      // A translation started from the source ("Start translation" puts the source's title
      // there as a placeholder) got its slug from the source's title. While that version
      // was never published and its slug is still the one made from another language's
      // title, a new title of its own gives it a slug of its own words. A slug typed by
      // hand, or one already published (it is in links), is left alone.
      const current = await strapi.db.query(ctx.uid).findOne({ select: ['slug', source, 'createdAt'], where: { documentId, locale, publishedAt: null } });
      const slug: string | undefined = data.slug || current?.slug;
      if (current?.slug && slug === current.slug && current[source] !== data[source] && (await slugs.neverPublished(ctx.uid, documentId, locale))) {
        const others: any[] = await strapi.db.query(ctx.uid).findMany({
          select: ['slug', source],
          // Only versions older than this one: the source, not a translation made from it.
          where: { documentId, locale: { $ne: locale }, publishedAt: null, createdAt: { $lt: current.createdAt } },
        });
        let fromAnotherLanguage = false;
        for (const other of others) {
          if (other.slug === slug || (await slugs.madeFrom(ctx.uid, slug, other[source], locale, documentId))) fromAnotherLanguage = true;
        }
        if (fromAnotherLanguage) data.slug = await slugs.uniqueSlug(ctx.uid, data[source], locale, documentId);
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
