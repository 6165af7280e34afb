/**
 * Delivery routes of the front-end sites. The file name sorts before `article.ts`, so
 * these are registered before the core router (whose `/articles/:id` would otherwise
 * be tried first). Each action is granted to the Public role at start-up
 * (src/bootstrap/public-permissions.ts).
 */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/articles/by-slug/:slug',
      handler: 'api::article.article.bySlug',
      config: { policies: [], middlewares: [] },
    },
    {
      method: 'GET',
      path: '/articles/by-slug/:slug/jsonld',
      handler: 'api::article.article.jsonLd',
      config: { policies: [], middlewares: [] },
    },
    {
      method: 'GET',
      path: '/feeds/:locale.rss',
      handler: 'api::article.article.rss',
      config: { policies: [], middlewares: [] },
    },
    {
      method: 'GET',
      path: '/feeds/:locale.atom',
      handler: 'api::article.article.atom',
      config: { policies: [], middlewares: [] },
    },
  ],
};
