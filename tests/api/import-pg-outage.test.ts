import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawn, spawnSync } from 'child_process';
import { Client } from 'pg';
import { makePressCorpus } from '../../bench/make-press-corpus';
import { expectWholeImports, importedCount, waitForImported } from '../helpers/import-checks';
import { createPrivatePostgres, privatePostgresUnavailable, type PrivatePostgres } from '../helpers/private-postgres';
import { startApp } from '../../bench/support';
import { bootStrapi, stopStrapi, type TestDatabase } from '../helpers/strapi';
import { isPostgres, testSecrets } from '../helpers/test-env';

/*
 * PostgreSQL stopped in the middle of a CLI import. The server is a cluster of this
 * test's own (tests/helpers/private-postgres.ts), so stopping it disturbs no other test.
 * The test does not depend on the suite's database, so it runs once, in `npm test`.
 */
const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'src/plugins/press-import/server/src/cli/press-import.ts');
const cliArgs = ['--require', 'tsx/cjs', CLI, '--locale', 'en'];
const FILES = 150;

// Needs PostgreSQL server binaries to make its own cluster: without them, skipped with a note.
const missing = privatePostgresUnavailable();
if (missing) console.warn(`Skipping tests/api/import-pg-outage.test.ts (PostgreSQL stopped during a CLI import): ${missing}.`);
const suite = isPostgres() || missing ? describe.skip : describe;

suite('PostgreSQL stopped during a CLI import', () => {
  let pg: PrivatePostgres;
  let db: TestDatabase;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const allFiles = () => fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const lastJson = (stdout: string) => JSON.parse(stdout.trim().split('\n').pop()!);

  beforeAll(async () => {
    pg = await createPrivatePostgres();
    const admin = new Client({ connectionString: pg.url() });
    await admin.connect();
    await admin.query('CREATE DATABASE newsroom');
    await admin.end();
    db = { env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: pg.url('newsroom'), DATABASE_POOL_MIN: '0' }, drop: async () => undefined };
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'press-outage-'));
    makePressCorpus(dir, FILES);
    env = { ...process.env, ...testSecrets(), ...db.env, SEED_DEMO_CONTENT: 'false', STRAPI_LOG_LEVEL: 'error', NODE_ENV: 'test' };
  });

  afterAll(() => {
    pg?.destroy();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('with the database down from the start, the CLI says so in one line and exits 3', () => {
    pg.stop();
    try {
      const started = Date.now();
      const run = spawnSync(process.execPath, [...cliArgs, dir], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
      expect({ status: run.status, stderr: run.stderr.trim() }).toEqual({
        status: 3,
        stderr: expect.stringMatching(/^press:import: the database is unavailable \(.*ECONNREFUSED.*\); nothing was imported\.$/),
      });
      expect(lastJson(run.stdout).stopped.remaining).toHaveLength(FILES);
      process.stderr.write(`[outage] CLI gave up on a stopped database in ${Date.now() - started} ms\n`);
    } finally {
      pg.start();
    }
  }, 180_000);

  test(`stopped in the middle of ${FILES} files: the running file fails clearly, nothing is half-written, the remaining files are listed, and the rerun completes`, async () => {
    const child = spawn(process.execPath, [...cliArgs, dir], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    await waitForImported(db.env, 30);
    pg.stop(); // fast shutdown: the running transaction is aborted, its connection closed
    const stoppedAt = Date.now();
    const status = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running after 60 s'), 60_000))]);
    process.stderr.write(`[outage] CLI stopped ${Date.now() - stoppedAt} ms after PostgreSQL did\n`);
    expect({ status, tail: status === 3 ? '' : stderr.slice(-3000) }).toEqual({ status: 3, tail: '' });

    const summary = lastJson(stdout);
    // The file that was running is the one failure, with the database's reason, and the
    // first of the files that remain; every file is either imported or listed.
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0].error).toEqual({ code: 'DATABASE_UNAVAILABLE', message: expect.stringMatching(/^The database is unavailable \(.+\); nothing of this file was written\. Run the same command again once the database is back\.$/) });
    expect(summary.stopped.code).toBe('DATABASE_UNAVAILABLE');
    expect(summary.stopped.remaining[0]).toBe(summary.failed[0].file);
    expect(summary.imported + summary.stopped.remaining.length).toBe(FILES);
    expect(summary.imported).toBeGreaterThanOrEqual(30);
    // The user sees what happened and what is left, not a stack trace.
    expect(stderr).toContain('press:import stopped: The database is unavailable (');
    expect(stderr).toContain(`${summary.stopped.remaining.length} file(s) remain to import:`);
    expect(stderr).toContain(path.basename(summary.failed[0].file));
    expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

    pg.start();
    // Nothing half-written: every stored article is whole and has its record. (A commit
    // that reached the server just before it stopped may count one more than the CLI
    // saw; the rerun then finds that file already imported.)
    const stored = await importedCount(db.env);
    expect([summary.imported, summary.imported + 1]).toContain(stored);
    let app = await bootStrapi(db, { SEED_DEMO_CONTENT: 'false' });
    try {
      expect(await expectWholeImports(app, dir)).toHaveLength(stored);
    } finally {
      await stopStrapi(app);
    }

    const rerun = spawnSync(process.execPath, [...cliArgs, dir], { cwd: ROOT, env, encoding: 'utf8', timeout: 300_000 });
    expect({ status: rerun.status, stderr: rerun.status === 0 ? '' : rerun.stderr.slice(-3000) }).toEqual({ status: 0, stderr: '' });
    const second = lastJson(rerun.stdout);
    expect(second).toEqual({ imported: FILES - stored, alreadyImported: stored, failed: [] });

    app = await bootStrapi(db, { SEED_DEMO_CONTENT: 'false' });
    try {
      expect((await expectWholeImports(app, dir)).sort()).toEqual(allFiles());
    } finally {
      await stopStrapi(app);
    }
  }, 600_000);

  test('a running server answers 503 with Retry-After while PostgreSQL is down, and serves again once it is back, without a restart', async () => {
    // A database of its own on the same cluster, where the demo release (imported and
    // published at the first start) gives the public API something to serve.
    const admin = new Client({ connectionString: pg.url() });
    await admin.connect();
    await admin.query('CREATE DATABASE served');
    await admin.end();
    // State read on every request: with the default (1 s) a kept answer could still be
    // served from memory for up to a second after the database went away.
    const server = await startApp(
      { ...db.env, DATABASE_URL: pg.url('served'), SEED_DEMO_CONTENT: 'true', CONTENT_STATE_MAX_AGE_MS: '0' },
      { timeoutMs: 120_000 },
    );
    const alive = () => {
      try {
        process.kill(server.pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    try {
      const list = `${server.url}/api/articles?locale=en&sort=title&pagination[pageSize]=5`;
      const before = await fetch(list);
      expect(before.status).toBe(200);
      const titles = ((await before.json()) as any).data.map((a: any) => a.title);
      expect(titles.length).toBeGreaterThan(0);

      pg.stop();
      for (const url of [list, `${server.url}/api/speakers?locale=en`, `${server.url}/api/articles/by-slug/anything?locale=kk`]) {
        const during = await fetch(url);
        const body = (await during.json()) as any;
        expect({ url, status: during.status, retryAfter: during.headers.get('retry-after'), error: body.error?.name }).toEqual({
          url,
          status: 503,
          retryAfter: '5',
          error: 'ServiceUnavailableError',
        });
      }
      expect(alive()).toBe(true);

      pg.start();
      const deadline = Date.now() + 30_000;
      let after: Response;
      do {
        after = await fetch(list);
        if (after.status === 200) break;
        await new Promise((r) => setTimeout(r, 250));
      } while (Date.now() < deadline);
      expect(after.status).toBe(200);
      expect(((await after.json()) as any).data.map((a: any) => a.title)).toEqual(titles);
      expect(alive()).toBe(true);
    } finally {
      await server.stop();
    }
  }, 300_000);
});
