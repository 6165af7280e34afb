import type { Core } from '@strapi/strapi';
import { hooks } from '@strapi/utils';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';
import policies from './policies';
import { DEFAULT_CONFIG, PUBLIC_CHANGE_HOOK } from './constants';
import { registerPermissions } from './permissions';

export default {
  config: {
    default: DEFAULT_CONFIG,
    validator(config: Record<string, unknown>) {
      for (const key of Object.keys(DEFAULT_CONFIG)) {
        const value = config[key];
        if (value !== undefined && !(Number.isInteger(value) && (value as number) > 0)) {
          throw new Error(`press-import: config "${key}" must be a positive integer`);
        }
      }
    },
  },
  contentTypes,
  controllers,
  routes,
  services,
  policies,
  // Actions are registered before the admin's bootstrap so the Super Admin role is
  // synced with them on the same start.
  async register({ strapi }: { strapi: Core.Strapi }) {
    await registerPermissions(strapi);
    // The app registers what a change to published content needs (its content version).
    strapi.get('hooks').set(PUBLIC_CHANGE_HOOK, hooks.createAsyncSeriesHook());
  },
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin('press-import').service('parsePool').destroy();
  },
};
