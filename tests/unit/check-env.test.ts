import path from 'path';
import { spawnSync } from 'child_process';

const SCRIPT = path.join(__dirname, '..', '..', 'scripts', 'check-env.js');
const secrets = {
  APP_KEYS: 'a,b',
  API_TOKEN_SALT: 's',
  ADMIN_JWT_SECRET: 's',
  TRANSFER_TOKEN_SALT: 's',
  JWT_SECRET: 's',
  ENCRYPTION_KEY: 's',
};

/** Runs the script with only `env` (ENV_FILE points nowhere, so the repo's .env is not read). */
const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, [SCRIPT], {
    env: { PATH: process.env.PATH ?? '', ENV_FILE: '/nonexistent/.env', ...env },
    encoding: 'utf8',
  });

describe('scripts/check-env.js (prestart)', () => {
  const { missingVariables } = require('../../scripts/check-env.js');

  test('names every missing secret', () => {
    const { ADMIN_JWT_SECRET, JWT_SECRET, ...partial } = secrets;
    expect(missingVariables(partial)).toEqual(['ADMIN_JWT_SECRET', 'JWT_SECRET']);
    expect(missingVariables(secrets)).toEqual([]);
    expect(missingVariables({ ...secrets, DATABASE_CLIENT: 'postgres' })[0]).toMatch(/^DATABASE_URL/);
    expect(missingVariables({ ...secrets, DATABASE_CLIENT: 'postgres', DATABASE_URL: 'postgres://x' })).toEqual([]);
  });

  test('in production a missing secret stops the start with a clear one-line reason', () => {
    const { APP_KEYS, ...partial } = secrets;
    const r = run({ NODE_ENV: 'production', ...partial });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/missing environment variable APP_KEYS\./);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run({ NODE_ENV: 'production', ...secrets }).status).toBe(0);
  });

  test('outside production it checks nothing', () => {
    expect(run({ NODE_ENV: 'development' }).status).toBe(0);
  });
});
