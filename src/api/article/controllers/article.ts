import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { feedParams, localeQuery, slugSchema } from '../../../delivery/params';
import { newsArticleJsonLd, serializeJsonLd } from '../../../delivery/jsonld';
import { articleUrl } from '../../../delivery/urls';
import { apiOrigin, deliverySettings } from '../../../delivery/settings';
import { knownLocales } from '../../../delivery/locales';
import { contentStateOf } from '../../../delivery/content-state';
import { parseOr400, resolveChain } from '../../../delivery/validate';
import { ARTICLE_PAGE_POPULATE } from '../services/delivery';

const ARTICLE = 'api::article.article';

/**
 * Stock CRUD, plus the reads of the front-end sites: `?fallback=` on the list and on
 * single reads, the article page by slug (also as JSON-LD) and the RSS/Atom feeds.
 */
export default factories.createCoreController(ARTICLE, ({ strapi }) => {
  const delivery = () => strapi.service('api::article.delivery' as any) as any;
  const contentType = () => strapi.contentType(ARTICLE);

  /** Like `sanitizeQuery`, with the article-page populate unless the client chose one. */
  const pageQuery = async (ctx: any) => {
    const query = { ...ctx.query, populate: ctx.query.populate ?? ARTICLE_PAGE_POPULATE };
    const options = { auth: ctx.state.auth, route: ctx.state.route };
    const check = async () => {
      await strapi.contentAPI.validate.query(query, contentType(), options);
      return strapi.contentAPI.sanitize.query(query, contentType(), options);
    };
    // The anonymous article page with no query of its own (the common request) validates
    // and sanitises the same constant populate against the Public role every time: ~15 %
    // of its CPU. Kept with the content state, which covers the Public role's permissions
    // (content-state.ts), so a changed permission is seen as any other change is.
    const anonymous = !ctx.get('Authorization') && ctx.state.auth?.credentials == null;
    const onlyLocale = Object.keys(ctx.query).every((key) => key === 'locale' || key === 'fallback');
    if (!anonymous || !onlyLocale) return check();
    const { populate } = await contentStateOf(strapi).remember(`article-page-query:${ctx.state.route?.handler ?? ''}`, async () => {
      const sanitized = await check();
      return { populate: sanitized.populate };
    });
    return { ...ctx.query, populate: structuredClone(populate) };
  };

  /** The by-slug answer: article, served locale, published translations, JSON-LD. */
  const articlePage = async (ctx: any, sanitizeOutput: (data: any, ctx: any) => Promise<any>) => {
    const slug = parseOr400(slugSchema, ctx.params.slug);
    const { locale, fallback } = parseOr400(localeQuery, ctx.query);
    const chain = await resolveChain(strapi, locale, fallback);
    const found = await delivery().bySlug(slug, chain, await pageQuery(ctx));
    if (!found) {
      throw new errors.NotFoundError(`No published article with slug "${slug}" in ${chain.chain.join(', ')}`, {
        slug,
        locales: chain.chain,
      });
    }
    const article = await sanitizeOutput(found.article, ctx);
    const settings = deliverySettings(strapi);
    const jsonLd = newsArticleJsonLd(
      { ...article, locale: found.servedLocale },
      {
        articleUrl: articleUrl(settings.publicSiteUrl, found.servedLocale, article.slug),
        mediaOrigin: settings.mediaOrigin || apiOrigin(strapi, ctx),
        organizationName: settings.organizationName(found.servedLocale),
        organizationUrl: settings.organizationUrl,
      }
    );
    return { article, found, chain, jsonLd };
  };

  const feed = (format: 'rss' | 'atom') =>
    async function (ctx: any) {
      const { locale } = parseOr400(feedParams, ctx.params);
      const available = await knownLocales(strapi);
      if (!available.includes(locale)) {
        throw new errors.NotFoundError(`No feed for locale "${locale}"`, { availableLocales: available });
      }
      const base = `${apiOrigin(strapi, ctx)}${strapi.config.get('api.rest.prefix', '/api')}/feeds/${locale}`;
      const { xml, lastModified } = await delivery().feed(locale, format, { rss: `${base}.rss`, atom: `${base}.atom` });
      ctx.body = xml;
      ctx.set('Content-Type', format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8');
      if (lastModified) ctx.set('Last-Modified', lastModified.toUTCString());
    };

  return {
    async find(ctx) {
      if (ctx.query.fallback === undefined) return super.find(ctx);
      const { locale, fallback } = parseOr400(localeQuery, ctx.query);
      const chain = await resolveChain(strapi, locale, fallback);
      await this.validateQuery(ctx);
      const query = await this.sanitizeQuery(ctx);
      const { results, servedLocales, pagination } = await delivery().list(chain, query);
      const data = (await this.sanitizeOutput(results, ctx)) as any[];
      return this.transformResponse(
        data.map((item, i) => ({ ...item, servedLocale: servedLocales[i] })),
        { pagination, locale: { requested: chain.requested, fallback: chain.fallback } }
      );
    },

    async findOne(ctx) {
      if (ctx.query.fallback === undefined) return super.findOne(ctx);
      const { locale, fallback } = parseOr400(localeQuery, ctx.query);
      const chain = await resolveChain(strapi, locale, fallback);
      await this.validateQuery(ctx);
      const found = await delivery().findOne(ctx.params.id, chain, await this.sanitizeQuery(ctx));
      if (!found) return ctx.notFound();
      const data = (await this.sanitizeOutput(found.article, ctx)) as any;
      return this.transformResponse(
        { ...data, servedLocale: found.servedLocale },
        { locale: { requested: chain.requested, fallback: chain.fallback }, localizations: found.localizations }
      );
    },

    /** GET /articles/by-slug/:slug?locale=&fallback= */
    async bySlug(ctx) {
      const { article, found, chain, jsonLd } = await articlePage(ctx, this.sanitizeOutput.bind(this));
      return this.transformResponse(
        { ...article, servedLocale: found.servedLocale },
        {
          locale: { requested: chain.requested, fallback: chain.fallback, served: found.servedLocale, matched: found.matchedLocale },
          localizations: found.localizations,
          jsonLd,
        }
      );
    },

    /** GET /articles/by-slug/:slug/jsonld?locale=&fallback= — schema.org NewsArticle. */
    async jsonLd(ctx) {
      const { jsonLd } = await articlePage(ctx, this.sanitizeOutput.bind(this));
      ctx.body = serializeJsonLd(jsonLd);
      ctx.set('Content-Type', 'application/ld+json; charset=utf-8');
    },

    /** GET /feeds/:locale.rss */
    rss: feed('rss'),
    /** GET /feeds/:locale.atom */
    atom: feed('atom'),
  };
});
