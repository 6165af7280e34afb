import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawn, spawnSync } from 'child_process';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { makePressCorpus } from '../../bench/make-press-corpus';
import { parsePressText } from '../../src/plugins/press-import/server/src/parser';
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

/** How many files the database has recorded as imported, read by a separate connection. */
async function importedCount(): Promise<number> {
  const sql = "select count(*) as n from press_import_records where status = 'imported'";
  if (db.env.DATABASE_CLIENT === 'postgres') {
    const c = new Client({ connectionString: db.env.DATABASE_URL });
    await c.connect();
    try {
      return Number((await c.query(sql)).rows[0].n);
    } catch {
      return 0; // tables not created yet
    } finally {
      await c.end();
    }
  }
  if (!fs.existsSync(db.env.DATABASE_FILENAME)) return 0;
  const conn = new Database(db.env.DATABASE_FILENAME, { readonly: true, fileMustExist: true });
  try {
    return Number((conn.prepare(sql).get() as any).n);
  } catch {
    return 0;
  } finally {
    conn.close();
  }
}

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
  const deadline = Date.now() + 90_000;
  while ((await importedCount()) < 40) {
    if (Date.now() > deadline) throw new Error('the import did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  await exited;
  const before = await importedCount();
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
    const records = await app.db.query('plugin::press-import.import-record').findMany({ where: { status: 'imported' } });
    expect(records).toHaveLength(FILES);
    expect(new Set(records.map((r: any) => r.sha256)).size).toBe(FILES);
    expect(await app.db.query('api::article.article').count()).toBe(FILES);

    // Every article has exactly the quotes its file has: no half-written article.
    const quoteCounts = new Map<string, number>();
    for (const q of await app.db.query('api::quote.quote').findMany({ populate: { article: { select: ['documentId'] } } })) {
      expect(q.article).toBeTruthy(); // no orphan quote
      quoteCounts.set(q.article.documentId, (quoteCounts.get(q.article.documentId) ?? 0) + 1);
    }
    for (const record of records) {
      const parsed: any = parsePressText(fs.readFileSync(path.join(dir, record.fileName)), { file: record.fileName });
      expect({ file: record.fileName, quotes: quoteCounts.get(record.articleDocumentId) ?? 0 }).toEqual({ file: record.fileName, quotes: parsed.quotes.length });
    }
    // No orphan speaker: each one is linked to an article or a quote.
    const speakers = await app.db.query('api::speaker.speaker').findMany({ populate: { articles: { select: ['id'] }, quotes: { select: ['id'] } } });
    for (const s of speakers) expect({ speaker: s.fullName, linked: s.articles.length + s.quotes.length > 0 }).toEqual({ speaker: s.fullName, linked: true });
  } finally {
    await stopStrapi(app);
  }
}, 600_000);
