import type { Core } from '@strapi/strapi';
import { DEFAULT_ROLE_CODES, PERMISSIONS, PLUGIN_ID } from './constants';

const ACTIONS = [
  { section: 'plugins', displayName: 'See translation coverage, start translations', uid: 'read', pluginName: PLUGIN_ID },
];

/**
 * Registers `plugin::newsroom-translations.read` with the admin RBAC. Runs in the
 * plugin's register(), before the admin's bootstrap, so the Super Admin role is synced
 * with it on the same start.
 */
export async function registerPermissions(strapi: Core.Strapi) {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTIONS);
}

/**
 * Gives Editors and Authors the coverage view the first time. The admin creates its
 * default roles in its own bootstrap, which runs after the plugins' bootstrap, so this
 * is called from the app's bootstrap (src/index.ts), through the `roles` service. A role that already holds any
 * permission of this plugin is left alone: idempotent, and an administrator's later
 * choice survives restarts.
 */
export async function grantDefaultRoles(strapi: Core.Strapi) {
  const granted: string[] = [];
  for (const code of DEFAULT_ROLE_CODES) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code } });
    if (!role) continue;
    const existing = await strapi.db
      .query('admin::permission')
      .count({ where: { role: role.id, action: { $startsWith: `plugin::${PLUGIN_ID}.` } } });
    if (existing > 0) continue;
    await strapi
      .service('admin::role')
      .addPermissions(role.id, [{ action: PERMISSIONS.read, subject: null, properties: {}, conditions: [] }]);
    granted.push(code);
  }
  return granted;
}
