import request from 'supertest';
import type { Core } from '@strapi/strapi';

export const ROLE_CODES = { superAdmin: 'strapi-super-admin', editor: 'strapi-editor', author: 'strapi-author' } as const;

/** Creates an active admin user with one of the default roles and returns its JWT. */
export async function adminWithRole(app: Core.Strapi, roleCode: string, email: string) {
  const role = await app.db.query('admin::role').findOne({ where: { code: roleCode } });
  if (!role) throw new Error(`no admin role ${roleCode}`);
  const password = 'Passw0rd-test';
  await app.service('admin::user').create({ email, firstname: roleCode, lastname: 'Tester', password, isActive: true, roles: [role.id] } as any);
  const res = await request(app.server.httpServer).post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.token as string;
}

const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const SPEAKER = 'api::speaker.speaker';
const INSTITUTION = 'api::institution.institution';
export const CM = (action: string) => `plugin::content-manager.explorer.${action}`;
export const ALL_LOCALES = ['en', 'kk', 'ru'];

/** Words, not facts: the localized fields a translator writes (shared ones like eventDate are left out). */
export const WRITABLE = {
  [ARTICLE]: ['title', 'slug', 'lead', 'body', 'dateline', 'sourceLine', 'seo.metaTitle', 'seo.metaDescription', 'quotes', 'speakers', 'institutions'],
  [QUOTE]: ['text', 'context', 'speaker', 'article'],
  [SPEAKER]: ['fullName', 'slug', 'honorific', 'position', 'bio', 'needsReview'],
  [INSTITUTION]: ['name', 'slug', 'needsReview'],
};

/** The permissions of "Translator (kk)": read everything in every locale, write and publish kk only. */
export function translatorPermissions(app: Core.Strapi, locale: string) {
  const permissions: RolePermission[] = [];
  for (const [subject, fields] of Object.entries(WRITABLE)) {
    const model = app.contentType(subject as any);
    const readable = Object.keys(model.attributes).filter((name) => (model.attributes as any)[name].visible !== false && !['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(name));
    permissions.push({ action: CM('read'), subject, properties: { fields: readable, locales: ALL_LOCALES }, conditions: [] });
    permissions.push({ action: CM('update'), subject, properties: { fields, locales: [locale] }, conditions: [] });
    if (subject !== INSTITUTION) {
      permissions.push({ action: CM('create'), subject, properties: { fields, locales: [locale] }, conditions: [] });
    }
    if (subject === ARTICLE || subject === QUOTE) {
      permissions.push({ action: CM('publish'), subject, properties: { locales: [locale] }, conditions: [] });
    }
  }
  permissions.push({ action: 'plugin::newsroom-translations.read', subject: null, properties: {}, conditions: [] });
  return permissions;
}


/** A permission as the admin role service takes it. */
export type RolePermission = { action: string; subject: string | null; properties: Record<string, unknown>; conditions: string[] };

/** A user with a new role holding exactly `permissions`; returns its admin JWT. */
export async function adminWithPermissions(app: Core.Strapi, roleName: string, permissions: RolePermission[], email: string) {
  const role = await app.service('admin::role').create({ name: roleName, description: roleName });
  await app.service('admin::role').assignPermissions(role.id, permissions);
  const password = 'Passw0rd-test';
  await app.service('admin::user').create({ email, firstname: roleName, lastname: 'Tester', password, isActive: true, roles: [role.id] } as any);
  const res = await request(app.server.httpServer).post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status}`);
  return res.body.data.token as string;
}

/** A user with the README's "Translator (<locale>)" role; returns its admin JWT. */
export async function translatorWithLocale(app: Core.Strapi, locale: string, email: string) {
  return adminWithPermissions(app, `Translator (${locale}) ${email}`, translatorPermissions(app, locale), email);
}
