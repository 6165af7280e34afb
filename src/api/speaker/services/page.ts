import type { Core } from '@strapi/strapi';
import { documentBySlug, publishedVersions } from '../../../delivery/versions';
import { publishedPage } from '../../../delivery/sub-list';

const SPEAKER = 'api::speaker.speaker';
const QUOTE = 'api::quote.quote';
const ARTICLE = 'api::article.article';

type Paging = { page?: number; pageSize?: number };

/** The speaker page of the front-end sites, published versions in one locale. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async bySlug(slug: string, locale: string, paging: { quotes: Paging; articles: Paging }) {
    const match = await documentBySlug(strapi, SPEAKER, slug, [locale]);
    if (!match) return null;
    const { documentId } = match;
    const speaker = await (strapi.documents(SPEAKER as any) as any).findOne({
      documentId,
      locale,
      status: 'published',
      populate: { photo: true, institution: { populate: { logo: true } } },
    });
    if (!speaker) return null;

    const [quotes, articles, localizations] = await Promise.all([
      // Latest first: by the date the quoting article was published, then in the
      // article's own order.
      publishedPage(strapi, QUOTE, {
        locale,
        filters: { speaker: { documentId }, article: { id: { $notNull: true } } },
        sort: [{ article: { publishedAt: 'desc' } }, { article: { id: 'desc' } }, { order: 'asc' }, { id: 'asc' }],
        fields: ['text', 'context', 'order'],
        populate: { article: { fields: ['title', 'slug', 'publishedAt', 'eventDate', 'dateline'] } },
        ...paging.quotes,
      }),
      // Articles that mention the speaker or quote them.
      publishedPage(strapi, ARTICLE, {
        locale,
        filters: { $or: [{ speakers: { documentId } }, { quotes: { speaker: { documentId } } }] },
        sort: [{ publishedAt: 'desc' }, { id: 'desc' }],
        fields: ['title', 'slug', 'lead', 'publishedAt', 'eventDate', 'dateline'],
        populate: { cover: true },
        ...paging.articles,
      }),
      publishedVersions(strapi, SPEAKER, documentId),
    ]);
    return { speaker, quotes, articles, localizations };
  },
});
