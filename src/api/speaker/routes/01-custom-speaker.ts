/** The speaker page of the front-end sites (loaded before the core router; public). */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/speakers/by-slug/:slug',
      handler: 'api::speaker.speaker.bySlug',
      config: { policies: [], middlewares: [] },
    },
  ],
};
