/** The speaker page of the front-end sites (loaded before the core router; public). */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/speakers/by-slug/:slug',
      handler: 'api::speaker.speaker.bySlug',
      // Reads like findOne: the same permission, so read-only API tokens
      // (which only pass find/findOne scopes) and the Public role's grant cover it.
      config: { auth: { scope: ['api::speaker.speaker.findOne'] }, policies: [], middlewares: [] },
    },
  ],
};
