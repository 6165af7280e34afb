/** The institution page of the front-end sites (loaded before the core router; public). */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/institutions/by-slug/:slug',
      handler: 'api::institution.institution.bySlug',
      // Reads like findOne: the same permission, so read-only API tokens
      // (which only pass find/findOne scopes) and the Public role's grant cover it.
      config: { auth: { scope: ['api::institution.institution.findOne'] }, policies: [], middlewares: [] },
    },
  ],
};
