import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawnSync } from 'child_process';
import { bootStrapi, createTestDatabase, stopStrapi, type TestDatabase } from '../helpers/strapi';
import { testSecrets } from '../helpers/test-env';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'src/plugins/press-import/server/src/cli/press-import.ts');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
// A valid 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let db: TestDatabase;
let dir: string;

function cli(args: string[]) {
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...testSecrets(), ...db.env, SEED_DEMO_CONTENT: 'false', STRAPI_LOG_LEVEL: 'error', NODE_ENV: 'test' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const summary = r.stdout.trim() ? JSON.parse(r.stdout.trim().split('\n').pop()!) : null;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, summary };
}

beforeAll(async () => {
  db = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'press-cli-'));
  fs.copyFileSync(path.join(FIXTURES, 'press', 'en-kaznu-30-years-of-diplomacy.txt'), path.join(dir, 'diplomacy.txt'));
  fs.writeFileSync(path.join(dir, 'diplomacy.png'), PNG);
  fs.writeFileSync(path.join(dir, 'diplomacy-2.jpg'), Buffer.from('this is not a jpeg'));
  fs.copyFileSync(path.join(FIXTURES, 'press', 'ru-kaznu-qs-ranking.txt'), path.join(dir, 'ranking.txt'));
  fs.copyFileSync(path.join(FIXTURES, 'press-bad', 'png-bytes.txt'), path.join(dir, 'zz-broken.txt'));
});

afterAll(async () => {
  await db?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run press:import (CLI, no server running)', () => {
  test('bad usage exits 2 with the usage line', () => {
    expect(cli(['--locale', 'de', dir]).status).toBe(2);
    expect(cli(['--bogus', dir]).status).toBe(2);
    const missing = cli([path.join(dir, 'nope')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Usage: npm run press:import/);
  });

  test('--dry-run reports what it would do and writes nothing', async () => {
    const r = cli(['--dry-run', dir]);
    expect(r.status).toBe(1);
    // Says it is a dry run: nothing imported, two would be.
    expect(r.summary).toMatchObject({ dryRun: true, wouldImport: 2, imported: 0, alreadyImported: 0 });
    expect(r.stderr).toMatch(/would import: 2, already imported: 0, failed: 1/);
    expect(r.stderr).toMatch(/Dry run: nothing was written to the database/);
    expect(r.stderr).not.toMatch(/^imported: /m);
    const app = await bootStrapi(db, { SEED_DEMO_CONTENT: 'false' });
    try {
      expect(await app.db.query('api::article.article').count()).toBe(0);
      expect(await app.db.query('plugin::press-import.import-record').count()).toBe(0);
    } finally {
      await stopStrapi(app);
    }
  });

  test('imports a folder: the broken file is reported (exit 1), the others land with their photos', async () => {
    const r = cli([dir]);
    expect(r.status).toBe(1);
    expect(r.summary).toEqual({ imported: 2, alreadyImported: 0, failed: [{ file: path.join(dir, 'zz-broken.txt'), error: expect.objectContaining({ code: 'NOT_TEXT' }) }] });
    expect(r.stderr).toMatch(/imported: 2, already imported: 0, failed: 1/);

    const app = await bootStrapi(db, { SEED_DEMO_CONTENT: 'false' });
    try {
      const articles = await app.documents('api::article.article').findMany({ locale: '*', populate: ['cover'] } as any);
      expect(articles.map((a: any) => a.locale).sort()).toEqual(['en', 'ru']);
      const diplomacy: any = articles.find((a: any) => a.locale === 'en');
      expect(diplomacy.cover?.mime).toBe('image/png');
      const record = await app.db.query('plugin::press-import.import-record').findOne({ where: { fileName: 'diplomacy.txt' } });
      expect(record).toMatchObject({ status: 'imported', source: 'cli', encoding: 'utf-8', locale: 'en' });
      expect(record.warnings.map((w: any) => w.code)).toContain('BROKEN_IMAGE');
    } finally {
      await stopStrapi(app);
    }
  });

  test('running the same command again imports nothing new', () => {
    const r = cli([dir]);
    expect(r.summary).toMatchObject({ imported: 0, alreadyImported: 2 });
    expect(r.status).toBe(1); // the broken file still fails
  });
});

describe('npm run press:import --corrections (CLI)', () => {
  let reviewDir: string;
  const write = (name: string, value: unknown) => {
    const file = path.join(reviewDir, name);
    fs.writeFileSync(file, JSON.stringify(value));
    return file;
  };

  beforeAll(() => {
    reviewDir = fs.mkdtempSync(path.join(os.tmpdir(), 'press-cli-review-'));
    fs.mkdirSync(path.join(reviewDir, 'in'));
    fs.copyFileSync(path.join(FIXTURES, 'press', 'en-kaznu-math-competition.txt'), path.join(reviewDir, 'in', 'math.txt'));
  });
  afterAll(() => fs.rmSync(reviewDir, { recursive: true, force: true }));

  test('corrections that do not fit the file, or name a file not imported, exit 2 and import nothing', () => {
    const unknownIndex = cli(['--corrections', write('bad.json', { 'math.txt': { quotes: [{ index: 9, drop: true }] } }), path.join(reviewDir, 'in')]);
    expect(unknownIndex.status).toBe(2);
    expect(unknownIndex.stderr).toMatch(/--corrections: "math.txt": quotes: the file has no quote 9 .*nothing was imported/);
    const stray = cli(['--corrections', write('stray.json', { 'other.txt': { quotes: [{ index: 0, drop: true }] } }), path.join(reviewDir, 'in')]);
    expect(stray.status).toBe(2);
    expect(stray.stderr).toMatch(/"other.txt" is not one of the files to import/);
    const shape = cli(['--corrections', write('shape.json', { 'math.txt': { quotes: [{ index: 0, drop: false }] } }), path.join(reviewDir, 'in')]);
    expect(shape.status).toBe(2);
  });

  test('the import writes the corrected quotes and speakers', async () => {
    const corrections = {
      'math.txt': {
        quotes: [{ index: 0, speaker: 'Gulnara Akhmetova' }, { index: 3, drop: true }],
        speakers: [{ name: 'Olga Ivanova', position: 'third-year student' }],
      },
    };
    const r = cli(['--corrections', write('good.json', corrections), path.join(reviewDir, 'in')]);
    // Imported now: the refused runs above wrote nothing. (stderr shown if the CLI printed no summary)
    expect({ summary: r.summary, stderr: r.summary ? '' : r.stderr.slice(-3000) }).toMatchObject({ summary: { imported: 1, alreadyImported: 0, failed: [] } });
    expect(r.status).toBe(0);
    const app = await bootStrapi(db, { SEED_DEMO_CONTENT: 'false' });
    try {
      const record = await app.db.query('plugin::press-import.import-record').findOne({ where: { fileName: 'math.txt' } });
      expect(record).toMatchObject({ status: 'imported', source: 'cli', corrections: corrections['math.txt'] });
      const article = await (app.documents('api::article.article') as any).findOne({
        documentId: record.articleDocumentId,
        locale: 'en',
        status: 'draft',
        populate: { quotes: { sort: ['order:asc'], populate: { speaker: true } } },
      });
      expect(article.quotes.map((q: any) => q.speaker?.fullName)).toEqual(['Gulnara Akhmetova', 'Dias Serikbayev', 'Marat Ivanov']);
      expect(await app.db.query('api::speaker.speaker').findOne({ where: { fullName: 'Olga Ivanova' } })).toMatchObject({ position: 'third-year student' });
    } finally {
      await stopStrapi(app);
    }
  });
});
