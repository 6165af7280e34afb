import fs from 'fs';
import os from 'os';
import path from 'path';
import crypto from 'crypto';
import { Client } from 'pg';
import { createStrapi } from '@strapi/strapi';
import type { Core } from '@strapi/strapi';
import { isPostgres, pgAdminUrl, testSecrets } from './test-env';
import { shutDownStrapi } from '../../src/plugins/press-import/server/src/cli/shutdown';

const APP_DIR = path.join(__dirname, '..', '..');

export type TestDatabase = { env: Record<string, string>; drop: () => Promise<void> };

/** A fresh, empty database for one test file: a temp SQLite file or a new PG database. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const id = `${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`;
  if (isPostgres()) {
    const name = `newsroom_test_${id}`;
    const admin = new Client({ connectionString: pgAdminUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(pgAdminUrl());
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString(), DATABASE_POOL_MIN: '0' },
      drop: async () => {
        const c = new Client({ connectionString: pgAdminUrl() });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'));
  const file = path.join(dir, 'data.db');
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Boots the compiled app (dist/) on `db` and mounts its HTTP server (no port is bound). */
export async function bootStrapi(db: TestDatabase, extraEnv: Record<string, string> = {}) {
  Object.assign(process.env, {
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    BROWSER: 'none',
    STRAPI_LOG_LEVEL: process.env.STRAPI_LOG_LEVEL ?? 'error',
    ...testSecrets(),
    ...db.env,
    ...extraEnv,
  });
  const app = await createStrapi({ appDir: APP_DIR, distDir: path.join(APP_DIR, 'dist') }).load();
  app.log.level = process.env.STRAPI_LOG_LEVEL ?? 'error';
  await app.server.mount();
  return app as Core.Strapi;
}

export async function stopStrapi(app: Core.Strapi | undefined) {
  if (app) await shutDownStrapi(app);
}
