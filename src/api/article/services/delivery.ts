import type { Core } from '@strapi/strapi';
import { contentStateOf } from '../../../delivery/content-state';
import { paginationMeta, wantsCount } from '../../../delivery/pagination';
import { paginationOr400 } from '../../../delivery/validate';
import { pickServedLocale, type FallbackChain } from '../../../delivery/fallback';
import { buildFeed, lastModified, type FeedArticle } from '../../../delivery/feed';
import { loadFeed } from '../../../delivery/load-feed';
import { deliverySettings } from '../../../delivery/settings';
import { countServedDocuments, documentBySlug, publishedVersions, servedVersionsWhere } from '../../../delivery/versions';

const ARTICLE = 'api::article.article';

/**
 * What an article page needs in one request: the cover, SEO, the quotes in their order
 * with each speaker (and the speaker's institution), the speakers and institutions the
 * article mentions. Clients may still pass their own `populate`.
 */
export const ARTICLE_PAGE_POPULATE = {
  cover: true,
  seo: true,
  quotes: {
    sort: ['order:asc', 'id:asc'],
    populate: { speaker: { populate: { photo: true, institution: true } } },
  },
  speakers: { populate: { photo: true, institution: true } },
  institutions: { populate: { logo: true } },
};

type Query = Record<string, any>;

/** Delivery reads of articles for the front-end sites (published versions only). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = () => strapi.documents(ARTICLE as any) as any;

  return {
    /**
     * The article list with locale fallback: filters, sort and pagination apply to the
     * merged list (one served version per document). Three queries, whatever the page
     * size (no N+1): the page of served row ids (the client's filters AND "is the
     * served version", see servedVersionsWhere), the total (unless withCount=false),
     * and one Document Service read of those rows with the client's fields/populate.
     */
    async list(chain: FallbackChain, query: Query) {
      const settings = deliverySettings(strapi);
      const page = paginationOr400(query.pagination, settings);
      const { where: filters, orderBy } = strapi.get('query-params').transform(ARTICLE, {
        filters: query.filters,
        sort: query.sort,
      });
      const hasFilters = filters && Object.keys(filters).length > 0;
      // Fresh subqueries per statement: knex builders are not shared between queries.
      const where = () => {
        const served = servedVersionsWhere(strapi, ARTICLE, chain.chain);
        return hasFilters ? { $and: [filters, served] } : served;
      };
      // A stable tie-breaker, so pages never overlap or skip rows with equal sort keys.
      const order = [...(orderBy ?? []), { id: 'asc' }];

      const count = () => {
        if (!wantsCount(query.pagination)) return undefined;
        if (hasFilters) return strapi.db.query(ARTICLE as any).count({ where: where() });
        // Without filters every document with a version in the chain is served once: a
        // distinct count on the (document_id, locale, published_at) index, the same for
        // every page, so kept as long as the content state is (content-state.ts: dropped
        // at once by a publish on this instance, re-read after CONTENT_STATE_MAX_AGE_MS).
        // Keyed by the chain only: a handful of keys, never by client filters.
        return contentStateOf(strapi).remember(`served-count:${ARTICLE}:${chain.chain.join(',')}`, () =>
          countServedDocuments(strapi, ARTICLE, chain.chain),
        );
      };
      const [rows, total] = await Promise.all([
        strapi.db.query(ARTICLE as any).findMany({ select: ['id', 'locale'], where: where(), orderBy: order, offset: page.offset, limit: page.limit }),
        count(),
      ]);
      const ids = rows.map((r: any) => r.id);
      const localeOf = new Map(rows.map((r: any) => [r.id, r.locale as string]));

      const found = ids.length
        ? await docs().findMany({
            fields: query.fields,
            populate: query.populate,
            locale: '*',
            status: 'published',
            filters: { id: { $in: ids } },
            limit: ids.length,
          })
        : [];
      const byId = new Map(found.map((d: any) => [d.id, d]));
      const results = ids.map((id: number) => byId.get(id)).filter(Boolean);
      return {
        results,
        servedLocales: results.map((d: any) => localeOf.get(d.id)!),
        pagination: paginationMeta(page, total === undefined ? undefined : Number(total)),
      };
    },

    /** One document in the first locale of the chain it is published in. */
    async findOne(documentId: string, chain: FallbackChain, query: Query) {
      const versions = await publishedVersions(strapi, ARTICLE, documentId);
      const locale = pickServedLocale(versions.map((v) => v.locale), chain.chain);
      if (!locale) return null;
      const article = await docs().findOne({ documentId, locale, status: 'published', fields: query.fields, populate: query.populate });
      return article ? { article, servedLocale: locale, localizations: versions } : null;
    },

    /** The article page: found by its slug in any chain locale, served in the best one. */
    async bySlug(slug: string, chain: FallbackChain, query: Query) {
      const match = await documentBySlug(strapi, ARTICLE, slug, chain.chain);
      if (!match) return null;
      const found = await this.findOne(match.documentId, chain, query);
      return found ? { ...found, matchedLocale: match.locale } : null;
    },

    /** The latest published articles of a locale as RSS 2.0 or Atom. */
    async feed(locale: string, format: 'rss' | 'atom', selfUrls: { rss: string; atom: string }) {
      const settings = deliverySettings(strapi);
      let articles: FeedArticle[] = await docs().findMany({
        locale,
        status: 'published',
        fields: ['title', 'slug', 'lead', 'sourceLine', 'publishedAt', 'updatedAt', 'locale'],
        sort: [{ publishedAt: 'desc' }, { id: 'desc' }],
        limit: settings.feedSize,
      });
      const { Feed } = await loadFeed();
      articles = articles.filter((a) => a.slug);
      const feed = buildFeed(Feed, {
        locale,
        title: settings.feedTitle(locale),
        description: settings.feedDescription(locale),
        siteUrl: settings.publicSiteUrl,
        selfUrls,
        organizationName: settings.organizationName(locale),
        articles,
      });
      return { xml: format === 'rss' ? feed.rss2() : feed.atom1(), lastModified: lastModified(articles) };
    },
  };
};
