import type { Core } from '@strapi/strapi';

/**
 * The newsroom's default split of the press importer's permissions: Editors preview,
 * import and merge duplicates, Authors only preview (Super Admin has everything). Runs in the app's
 * bootstrap, after the admin has created its default roles.
 */
export const ROLE_GRANTS: Record<string, string[]> = {
  'strapi-editor': ['plugin::press-import.read', 'plugin::press-import.import', 'plugin::press-import.merge'],
  'strapi-author': ['plugin::press-import.read'],
};

/**
 * Grants them the first time. A role that already holds any press-import permission is
 * left alone, so this is idempotent and an administrator's later changes survive restarts.
 */
export async function grantPressImportPermissions(strapi: Core.Strapi) {
  const granted: string[] = [];
  for (const [code, actions] of Object.entries(ROLE_GRANTS)) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code } });
    if (!role) continue;
    const existing = await strapi.db
      .query('admin::permission')
      .count({ where: { role: role.id, action: { $startsWith: 'plugin::press-import.' } } });
    if (existing > 0) continue;
    await strapi.service('admin::role').addPermissions(
      role.id,
      actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] }))
    );
    granted.push(code);
  }
  return granted;
}

const NEWSROOM_SUBJECTS = ['api::article.article', 'api::quote.quote', 'api::speaker.speaker', 'api::institution.institution'];

/**
 * Strapi creates the default Editor and Author roles before this app's locales exist,
 * so their Content Manager permissions on the newsroom types carry no locale — which
 * i18n reads as "no locale": an Editor could not open any article. Each such
 * permission gets every CMS locale. A permission whose locales an administrator has
 * set (even to an empty list) is left as it is, so this is idempotent.
 */
export async function ensureEditorialRoleLocales(strapi: Core.Strapi, locales: string[]) {
  const updated: number[] = [];
  for (const code of Object.keys(ROLE_GRANTS)) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code } });
    if (!role) continue;
    const permissions = await strapi.db.query('admin::permission').findMany({
      where: { role: role.id, subject: { $in: NEWSROOM_SUBJECTS }, action: { $startsWith: 'plugin::content-manager.explorer.' } },
    });
    for (const p of permissions) {
      if (Array.isArray(p.properties?.locales)) continue;
      await strapi.db.query('admin::permission').update({
        where: { id: p.id },
        data: { properties: { ...(p.properties ?? {}), locales } },
      });
      updated.push(p.id);
    }
  }
  return updated;
}

/**
 * Strapi 5.54's default Editor role ("can manage and publish contents") is created with
 * create, read and update only: no publish and no delete, so an Editor could neither
 * publish an article nor import with publish (fourth attacker run). Added once, with every
 * CMS locale, on the newsroom types; a marker in the core store keeps an administrator's
 * later removal in force across restarts.
 */
export async function ensureEditorPublishing(strapi: Core.Strapi, locales: string[]) {
  const store = strapi.store({ type: 'app', name: 'newsroom' });
  if (await store.get({ key: 'editorPublishingGranted' })) return [];
  const role = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  if (!role) return [];
  const added: string[] = [];
  for (const subject of NEWSROOM_SUBJECTS) {
    for (const action of ['plugin::content-manager.explorer.publish', 'plugin::content-manager.explorer.delete']) {
      const exists = await strapi.db.query('admin::permission').count({ where: { role: role.id, action, subject } });
      if (exists > 0) continue;
      await strapi.service('admin::role').addPermissions(role.id, [{ action, subject, properties: { locales }, conditions: [] }]);
      added.push(`${action.split('.').pop()} ${subject}`);
    }
  }
  await store.set({ key: 'editorPublishingGranted', value: true });
  return added;
}
