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
      // Reads like findOne: the same permission, so read-only API tokens
      // (which only pass find/findOne scopes) and the Public role's grant cover it.
      config: { auth: { scope: ['api::article.article.findOne'] }, policies: [], middlewares: [] },
    },
    {
      method: 'GET',
      path: '/articles/by-slug/:slug/jsonld',
      handler: 'api::article.article.jsonLd',
      // Reads like findOne: the same permission, so read-only API tokens
      // (which only pass find/findOne scopes) and the Public role's grant cover it.
      config: { auth: { scope: ['api::article.article.findOne'] }, policies: [], middlewares: [] },
    },
    {
      method: 'GET',
      path: '/feeds/:locale.rss',
      handler: 'api::article.article.rss',
      // Reads like find: the same permission, so read-only API tokens
      // (which only pass find/findOne scopes) and the Public role's grant cover it.
      config: { auth: { scope: ['api::article.article.find'] }, policies: [], middlewares: [] },
    },
    {
      method: 'GET',
      path: '/feeds/:locale.atom',
      handler: 'api::article.article.atom',
      // Reads like find: the same permission, so read-only API tokens
      // (which only pass find/findOne scopes) and the Public role's grant cover it.
      config: { auth: { scope: ['api::article.article.find'] }, policies: [], middlewares: [] },
    },
  ],
};
