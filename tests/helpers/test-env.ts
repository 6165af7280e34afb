import crypto from 'crypto';
import net from 'net';

/**
 * Environment for a throw-away Strapi: random secrets (tests never read the
 * developer's .env values), quiet logs, and a database chosen by DATABASE_CLIENT
 * (sqlite by default, postgres with `npm run test:pg`).
 */
export function testSecrets(): Record<string, string> {
  const s = () => crypto.randomBytes(16).toString('base64');
  return {
    APP_KEYS: [s(), s()].join(','),
    API_TOKEN_SALT: s(),
    ADMIN_JWT_SECRET: s(),
    TRANSFER_TOKEN_SALT: s(),
    JWT_SECRET: s(),
    ENCRYPTION_KEY: s(),
    DEV_ADMIN_EMAIL: 'admin@kaznu.local',
    DEV_ADMIN_PASSWORD: `Test-${crypto.randomBytes(6).toString('hex')}-1a`,
  };
}

export const isPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

/** Connection string of the maintenance database used to create/drop test databases. */
export const pgAdminUrl = () =>
  process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A TCP port nothing listens on right now (the OS picks it). */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
