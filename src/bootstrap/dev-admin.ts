import type { Core } from '@strapi/strapi';

/**
 * In development only, creates the local super admin from DEV_ADMIN_EMAIL /
 * DEV_ADMIN_PASSWORD (generated into .env by scripts/ensure-env.js) when the database
 * has no admin yet, and prints the login once. Never runs in production.
 */
export async function ensureDevAdmin(strapi: Core.Strapi, env = process.env) {
  if (env.NODE_ENV === 'production') return null;
  const email = env.DEV_ADMIN_EMAIL;
  const password = env.DEV_ADMIN_PASSWORD;
  if (!email || !password) return null;

  const users = strapi.service('admin::user');
  if (await users.exists()) return null;
  try {
    await users.createFirstAdmin({ email, password, firstname: 'Press', lastname: 'Admin' });
  } catch (error) {
    // Another process won the race to create the first admin: nothing to do.
    if (await users.exists()) return null;
    throw error;
  }
  strapi.log.info(
    `[newsroom] Local admin created: ${email} / ${password} (from .env; change it in the admin panel)`
  );
  return { email };
}
