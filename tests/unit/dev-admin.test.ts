import { ensureDevAdmin } from '../../src/bootstrap/dev-admin';

/** A fake of the one admin service the function uses; the real path runs in tests/api/bootstrap. */
function fakeStrapi(hasAdmin = false) {
  const created: unknown[] = [];
  const strapi = {
    service: () => ({
      exists: async () => hasAdmin || created.length > 0,
      createFirstAdmin: async (a: unknown) => created.push(a),
    }),
    log: { info: jest.fn() },
  };
  return { strapi: strapi as any, created };
}

const env = { DEV_ADMIN_EMAIL: 'admin@kaznu.local', DEV_ADMIN_PASSWORD: 'Secret-123a' };

describe('ensureDevAdmin', () => {
  test('never creates an account in production', async () => {
    const { strapi, created } = fakeStrapi();
    expect(await ensureDevAdmin(strapi, { ...env, NODE_ENV: 'production' })).toBeNull();
    expect(created).toHaveLength(0);
  });

  test('creates the account in development when there is no admin, and prints the login once', async () => {
    const { strapi, created } = fakeStrapi();
    expect(await ensureDevAdmin(strapi, { ...env, NODE_ENV: 'development' })).toEqual({ email: 'admin@kaznu.local' });
    expect(created).toEqual([expect.objectContaining({ email: 'admin@kaznu.local', password: 'Secret-123a' })]);
    expect(strapi.log.info).toHaveBeenCalledWith(expect.stringContaining('admin@kaznu.local'));
    expect(await ensureDevAdmin(strapi, { ...env, NODE_ENV: 'development' })).toBeNull();
    expect(created).toHaveLength(1);
  });

  test('does nothing when an admin exists or the credentials are missing', async () => {
    const existing = fakeStrapi(true);
    expect(await ensureDevAdmin(existing.strapi, env)).toBeNull();
    const noCreds = fakeStrapi();
    expect(await ensureDevAdmin(noCreds.strapi, {})).toBeNull();
    expect(noCreds.created).toHaveLength(0);
  });
});
