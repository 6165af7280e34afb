import { PERMISSIONS, PLUGIN_ID } from '../constants';

/** Merging needs the Content Manager's update and delete on the type (policies/index.ts). */
const mergeGuard = { policies: ['admin::isAuthenticatedAdmin', `plugin::${PLUGIN_ID}.may-merge`] };

const guard = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'POST', path: '/preview', handler: 'press-import.preview', config: guard(PERMISSIONS.read) },
      { method: 'POST', path: '/import', handler: 'press-import.import', config: guard(PERMISSIONS.import) },
      { method: 'GET', path: '/history', handler: 'press-import.history', config: guard(PERMISSIONS.read) },
      { method: 'POST', path: '/merge', handler: 'merge.merge', config: mergeGuard },
      { method: 'GET', path: '/merge/duplicates', handler: 'merge.duplicates', config: mergeGuard },
      { method: 'GET', path: '/merge/entries', handler: 'merge.entries', config: mergeGuard },
    ],
  },
};
