import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../constants';
import { createAccess, type Access } from './access';
import { createTracker, type Tracker } from './tracker';
import { createTranslations } from './translations';
import { grantDefaultRoles } from '../permissions';

export default {
  tracker: ({ strapi }: { strapi: Core.Strapi }) => createTracker({ strapi }),
  access: ({ strapi }: { strapi: Core.Strapi }) => createAccess({ strapi }),
  /** `grantDefaultRoles()` is called by the app's bootstrap, after the admin created its roles. */
  roles: ({ strapi }: { strapi: Core.Strapi }) => ({ grantDefaultRoles: () => grantDefaultRoles(strapi) }),
  // Sibling services are looked up when used: Strapi instantiates services lazily.
  translations: ({ strapi }: { strapi: Core.Strapi }) =>
    createTranslations({
      strapi,
      tracker: () => strapi.plugin(PLUGIN_ID).service('tracker') as Tracker,
      access: () => strapi.plugin(PLUGIN_ID).service('access') as Access,
    }),
};
