import { env } from '@strapi/utils';
import server from '../../config/server';

/** config/server.ts with the given environment variables. */
function hostWith(vars: Record<string, string | undefined>) {
  const saved = { ...process.env };
  try {
    for (const [k, v] of Object.entries(vars)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    return server({ env }).host;
  } finally {
    process.env = saved;
  }
}

test('listens on loopback unless told otherwise, except in production', () => {
  expect(hostWith({ HOST: undefined, NODE_ENV: 'development' })).toBe('127.0.0.1');
  expect(hostWith({ HOST: undefined, NODE_ENV: undefined })).toBe('127.0.0.1');
  expect(hostWith({ HOST: undefined, NODE_ENV: 'production' })).toBe('0.0.0.0');
  // An explicit HOST is an explicit choice.
  expect(hostWith({ HOST: '0.0.0.0', NODE_ENV: 'development' })).toBe('0.0.0.0');
});
