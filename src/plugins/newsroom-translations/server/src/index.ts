import type { Core } from '@strapi/strapi';
import controllers from './controllers';
import routes from './routes';
import services from './services';
import policies from './policies';
import { PLUGIN_ID } from './constants';
import { registerPermissions } from './permissions';
import { guardContentManagerLocaleCreation } from './locale-guard';
import { trackTranslationsMiddleware } from './middlewares/track-translations';
import type { Tracker } from './services/tracker';

export default {
  controllers,
  routes,
  services,
  policies,
  async register({ strapi }: { strapi: Core.Strapi }) {
    await registerPermissions(strapi);
    // Plugins register before the app: this middleware wraps the app's (slugs, publishing
    // cascade), so it sees the final state of every article write.
    strapi.documents.use(
      trackTranslationsMiddleware({ strapi, tracker: () => strapi.plugin(PLUGIN_ID).service('tracker') as Tracker }),
    );
    if (guardContentManagerLocaleCreation(strapi) === 0) {
      strapi.log.warn(`[${PLUGIN_ID}] Content Manager routes not found: creating locale versions is not locale-checked`);
    }
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    (strapi.plugin(PLUGIN_ID).service('tracker') as Tracker).backfillWhenListening();
  },
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await (strapi.plugin(PLUGIN_ID).service('tracker') as Tracker).stopBackfill();
  },
};
