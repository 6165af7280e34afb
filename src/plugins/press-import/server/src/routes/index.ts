import { PERMISSIONS } from '../constants';

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
    ],
  },
};
