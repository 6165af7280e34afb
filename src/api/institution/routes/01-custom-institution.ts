/** The institution page of the front-end sites (loaded before the core router; public). */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/institutions/by-slug/:slug',
      handler: 'api::institution.institution.bySlug',
      config: { policies: [], middlewares: [] },
    },
  ],
};
