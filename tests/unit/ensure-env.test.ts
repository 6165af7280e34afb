import fs from 'fs';
import os from 'os';
import path from 'path';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { ensureEnv, REQUIRED } = require('../../scripts/ensure-env.js');

const tmpEnv = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'env-')), '.env');

describe('scripts/ensure-env.js', () => {
  test('creates .env with every required key and random secrets', () => {
    const a = tmpEnv();
    const b = tmpEnv();
    expect(ensureEnv(a)).toEqual({ created: true, added: Object.keys(REQUIRED) });
    ensureEnv(b);
    const read = (f: string) => Object.fromEntries(fs.readFileSync(f, 'utf8').split('\n').filter((l) => l.includes('=')).map((l) => l.split(/=(.*)/s).slice(0, 2)));
    const [ea, eb] = [read(a), read(b)];
    for (const key of Object.keys(REQUIRED)) expect(ea[key]).toBeTruthy();
    expect(ea.APP_KEYS.split(',')).toHaveLength(4);
    expect(ea.ADMIN_JWT_SECRET).not.toBe(eb.ADMIN_JWT_SECRET);
    expect(ea.DEV_ADMIN_PASSWORD).toMatch(/[A-Z]/);
    expect(ea.DEV_ADMIN_PASSWORD).toMatch(/[a-z]/);
    expect(ea.DEV_ADMIN_PASSWORD).toMatch(/\d/);
  });

  test('never overwrites existing values, only appends missing keys', () => {
    const file = tmpEnv();
    fs.writeFileSync(file, 'APP_KEYS=mine\nJWT_SECRET=kept');
    const result = ensureEnv(file);
    expect(result.created).toBe(false);
    expect(result.added).not.toContain('APP_KEYS');
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('APP_KEYS=mine\nJWT_SECRET=kept\n')).toBe(true);
    expect(text.match(/^APP_KEYS=/gm)).toHaveLength(1);
    expect(ensureEnv(file)).toEqual({ created: false, added: [] });
  });
});
