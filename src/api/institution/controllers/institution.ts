import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { slugSchema, subListQuery } from '../../../delivery/params';
import { deliverySettings } from '../../../delivery/settings';
import { defaultLocale } from '../../../delivery/locales';
import { parseOr400 } from '../../../delivery/validate';
import { sanitizeAs } from '../../../delivery/sub-list';

export default factories.createCoreController('api::institution.institution', ({ strapi }) => ({
  /** GET /institutions/by-slug/:slug?locale=&speakersPage=&speakersPageSize=&articlesPage=&articlesPageSize= */
  async bySlug(ctx) {
    const slug = parseOr400(slugSchema, ctx.params.slug);
    const q = parseOr400(subListQuery(['speakers', 'articles'], deliverySettings(strapi).maxLimit), ctx.query);
    const locale = q.locale ?? (await defaultLocale(strapi));
    const page = await (strapi.service('api::institution.page' as any) as any).bySlug(slug, locale, {
      speakers: { page: q.speakersPage, pageSize: q.speakersPageSize },
      articles: { page: q.articlesPage, pageSize: q.articlesPageSize },
    });
    if (!page) throw new errors.NotFoundError(`No published institution with slug "${slug}" in ${locale}`, { slug, locale });
    const institution = (await this.sanitizeOutput(page.institution, ctx)) as any;
    return this.transformResponse(
      {
        ...institution,
        speakers: await sanitizeAs(strapi, 'api::speaker.speaker', page.speakers.results, ctx),
        articles: await sanitizeAs(strapi, 'api::article.article', page.articles.results, ctx),
      },
      {
        speakers: { pagination: page.speakers.pagination },
        articles: { pagination: page.articles.pagination },
        localizations: page.localizations,
      }
    );
  },
}));
