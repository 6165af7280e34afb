import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { slugSchema, subListQuery } from '../../../delivery/params';
import { deliverySettings } from '../../../delivery/settings';
import { defaultLocale } from '../../../delivery/locales';
import { parseOr400 } from '../../../delivery/validate';
import { sanitizeAs } from '../../../delivery/sub-list';

export default factories.createCoreController('api::speaker.speaker', ({ strapi }) => ({
  /** GET /speakers/by-slug/:slug?locale=&quotesPage=&quotesPageSize=&articlesPage=&articlesPageSize= */
  async bySlug(ctx) {
    const slug = parseOr400(slugSchema, ctx.params.slug);
    const q = parseOr400(subListQuery(['quotes', 'articles'], deliverySettings(strapi).maxLimit), ctx.query);
    const locale = q.locale ?? (await defaultLocale(strapi));
    const page = await (strapi.service('api::speaker.page' as any) as any).bySlug(slug, locale, {
      quotes: { page: q.quotesPage, pageSize: q.quotesPageSize },
      articles: { page: q.articlesPage, pageSize: q.articlesPageSize },
    });
    if (!page) throw new errors.NotFoundError(`No published speaker with slug "${slug}" in ${locale}`, { slug, locale });
    const speaker = (await this.sanitizeOutput(page.speaker, ctx)) as any;
    return this.transformResponse(
      {
        ...speaker,
        quotes: await sanitizeAs(strapi, 'api::quote.quote', page.quotes.results, ctx),
        articles: await sanitizeAs(strapi, 'api::article.article', page.articles.results, ctx),
      },
      {
        quotes: { pagination: page.quotes.pagination },
        articles: { pagination: page.articles.pagination },
        localizations: page.localizations,
      }
    );
  },
}));
