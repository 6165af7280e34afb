import type { Core } from '@strapi/strapi';
import { documentBySlug, publishedVersions } from '../../../delivery/versions';
import { publishedPage } from '../../../delivery/sub-list';

const INSTITUTION = 'api::institution.institution';
const SPEAKER = 'api::speaker.speaker';
const ARTICLE = 'api::article.article';

type Paging = { page?: number; pageSize?: number };

/** The institution page of the front-end sites, published versions in one locale. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async bySlug(slug: string, locale: string, paging: { speakers: Paging; articles: Paging }) {
    const match = await documentBySlug(strapi, INSTITUTION, slug, [locale]);
    if (!match) return null;
    const { documentId } = match;
    const institution = await (strapi.documents(INSTITUTION as any) as any).findOne({
      documentId,
      locale,
      status: 'published',
      populate: { logo: true, parent: { fields: ['name', 'slug'] }, children: { fields: ['name', 'slug'] } },
    });
    if (!institution) return null;

    const [speakers, articles, localizations] = await Promise.all([
      publishedPage(strapi, SPEAKER, {
        locale,
        filters: { institution: { documentId } },
        sort: [{ fullName: 'asc' }, { id: 'asc' }],
        fields: ['fullName', 'slug', 'honorific', 'position'],
        populate: { photo: true },
        ...paging.speakers,
      }),
      publishedPage(strapi, ARTICLE, {
        locale,
        filters: { institutions: { documentId } },
        sort: [{ publishedAt: 'desc' }, { id: 'desc' }],
        fields: ['title', 'slug', 'lead', 'publishedAt', 'eventDate', 'dateline'],
        populate: { cover: true },
        ...paging.articles,
      }),
      publishedVersions(strapi, INSTITUTION, documentId),
    ]);
    return { institution, speakers, articles, localizations };
  },
});
