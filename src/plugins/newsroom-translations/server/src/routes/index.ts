import { PERMISSIONS } from '../constants';

// Every route: a signed-in admin holding `read`. The write routes also re-check the
// user's Content Manager rights on the locale they touch (services/access.ts).
const guarded = {
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [PERMISSIONS.read] } }],
};

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/coverage', handler: 'translations.coverage', config: guarded },
      { method: 'POST', path: '/mark-up-to-date', handler: 'translations.markUpToDate', config: guarded },
      { method: 'POST', path: '/start', handler: 'translations.start', config: guarded },
    ],
  },
};
