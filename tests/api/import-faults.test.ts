import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawn, spawnSync } from 'child_process';
import { makePressCorpus } from '../../bench/make-press-corpus';
import { expectWholeImports, importedCount, waitForImported } from '../helpers/import-checks';
import { bootStrapi, createTestDatabase, stopStrapi, type TestDatabase } from '../helpers/strapi';
import { testSecrets } from '../helpers/test-env';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'src/plugins/press-import/server/src/cli/press-import.ts');
const FILES = 500;

let db: TestDatabase;
let dir: string;
let env: NodeJS.ProcessEnv;

/** The CLI as one node process (so a SIGKILL really kills the importer). */
const cliArgs = ['--require', 'tsx/cjs', CLI, '--locale', 'en'];

beforeAll(async () => {
  db = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'press-faults-'));
  makePressCorpus(dir, FILES);
  env = { ...process.env, ...testSecrets(), ...db.env, SEED_DEMO_CONTENT: 'false', STRAPI_LOG_LEVEL: 'error', NODE_ENV: 'test' };
});

afterAll(async () => {
  await db?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test(`kill -9 in the middle of a ${FILES}-file import, then the same command again: every file imported exactly once, nothing partial`, async () => {
  const child = spawn(process.execPath, [...cliArgs, dir], { cwd: ROOT, env, stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  // Wait until the import is well under way, then kill it without warning.
  await waitForImported(db.env, 40);
  child.kill('SIGKILL');
  await exited;
  const before = await importedCount(db.env);
  expect(before).toBeGreaterThanOrEqual(40);
  expect(before).toBeLessThan(FILES);

  const rerun = spawnSync(process.execPath, [...cliArgs, dir], { cwd: ROOT, env, encoding: 'utf8', timeout: 300_000 });
  expect({ status: rerun.status, stderr: rerun.status === 0 ? '' : rerun.stderr.slice(-3000) }).toEqual({ status: 0, stderr: '' });
  const summary = JSON.parse(rerun.stdout.trim().split('\n').pop()!);
  expect(summary.failed).toEqual([]);
  expect(summary.imported + summary.alreadyImported).toBe(FILES);
  expect(summary.alreadyImported).toBeGreaterThanOrEqual(before);

  const app = await bootStrapi(db, { SEED_DEMO_CONTENT: 'false' });
  try {
    // Every file once, each article with exactly its file's quotes, no orphans.
    expect((await expectWholeImports(app, dir)).sort()).toEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort());
  } finally {
    await stopStrapi(app);
  }
}, 600_000);
