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
