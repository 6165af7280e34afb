import request from 'supertest';
import type { Core } from '@strapi/strapi';
import { bootStrapi, createTestDatabase, stopStrapi, type TestDatabase } from './strapi';

/**
 * Boots one real Strapi on a fresh database for the calling test file
 * (beforeAll/afterAll) and gives the tests an HTTP client and document helpers.
 */
export function useStrapi(extraEnv: Record<string, string> = {}) {
  const state: { app?: Core.Strapi; db?: TestDatabase } = {};

  beforeAll(async () => {
    state.db = await createTestDatabase();
    state.app = await bootStrapi(state.db, extraEnv);
  });
  afterAll(async () => {
    await stopStrapi(state.app);
    await state.db?.drop();
  });

  const app = () => {
    if (!state.app) throw new Error('Strapi is not booted');
    return state.app;
  };
  return {
    app,
    db: () => state.db!,
    http: () => request(app().server.httpServer),
    docs: (uid: string) => app().documents(uid as any) as any,
    /** Replaces the running instance with a fresh boot on the same database. */
    async reboot() {
      await stopStrapi(state.app);
      state.app = await bootStrapi(state.db!, extraEnv);
      return state.app;
    },
  };
}

/** A full-access API token, for exercising write paths of the content API. */
export async function fullAccessToken(app: Core.Strapi, name = `test-${Date.now()}`) {
  const token = await app.service('admin::api-token').create({
    name,
    type: 'full-access',
    lifespan: null,
    description: 'test token',
  } as any);
  return token.accessKey as string;
}
