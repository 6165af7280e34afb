import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawnSync } from 'child_process';
import { bootStrapi, createTestDatabase, stopStrapi, type TestDatabase } from '../helpers/strapi';
import { testSecrets } from '../helpers/test-env';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'press');

let source: TestDatabase;
let target: TestDatabase;
let work: string;
const secrets = testSecrets();

/** `strapi export`/`import` write a log file into the app folder; the test removes its own. */
function removeTransferLogs(before: Set<string>) {
  for (const f of fs.readdirSync(ROOT)) if (/^(export|import)_\d+\.log$/.test(f) && !before.has(f)) fs.rmSync(path.join(ROOT, f));
}

function strapiCli(db: TestDatabase, args: string[]) {
  const before = new Set(fs.readdirSync(ROOT));
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/strapi'), args, {
    cwd: ROOT,
    env: { ...process.env, ...secrets, ...db.env, SEED_DEMO_CONTENT: 'false', STRAPI_LOG_LEVEL: 'error', NODE_ENV: 'test', STRAPI_TELEMETRY_DISABLED: 'true' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  removeTransferLogs(before);
  if (r.status !== 0) throw new Error(`strapi ${args.join(' ')} failed (${r.status}):\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  return r;
}

/** What must survive a backup: every locale version, relations, aliases, import records. */
async function snapshot(db: TestDatabase) {
  const app = await bootStrapi(db, { SEED_DEMO_CONTENT: 'false' });
  try {
    const q = (uid: string) => app.db.query(uid as any);
    const article = await app.documents('api::article.article' as any).findFirst({
      locale: 'kk',
      status: 'published',
      populate: { quotes: { populate: ['speaker'] }, speakers: true, institutions: true },
    } as any);
    const speaker = await q('api::speaker.speaker').findOne({ where: { fullName: 'Michaela Friberg-Stori', locale: 'en' } });
    return {
      locales: (await q('plugin::i18n.locale').findMany({})).map((l: any) => l.code).sort(),
      articles: await q('api::article.article').count(),
      quotes: await q('api::quote.quote').count(),
      speakers: await q('api::speaker.speaker').count(),
      institutions: await q('api::institution.institution').count(),
      records: (await q('plugin::press-import.import-record').findMany({ orderBy: { id: 'asc' } })).map((r: any) => [r.fileName, r.sha256, r.status, r.locale]),
      sample: {
        title: article?.title,
        quotes: (article?.quotes ?? []).map((x: any) => [x.order, x.text.slice(0, 40), x.speaker?.fullName]).sort(),
        speakers: (article?.speakers ?? []).map((s: any) => s.fullName).sort(),
        institutions: (article?.institutions ?? []).map((i: any) => i.name).sort(),
        aliases: speaker?.aliases,
      },
    };
  } finally {
    await stopStrapi(app);
  }
}

beforeAll(async () => {
  source = await createTestDatabase();
  target = await createTestDatabase();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-'));
});
afterAll(async () => {
  await source?.drop();
  await target?.drop();
  fs.rmSync(work, { recursive: true, force: true });
});

test('strapi export, then strapi import into an empty database, keeps locales, relations, aliases and import records', async () => {
  // Content: the sample in three locales through the importer, published.
  const app = await bootStrapi(source, { SEED_DEMO_CONTENT: 'false' });
  try {
    const importer = app.plugin('press-import').service('importer');
    let id: string | undefined;
    for (const locale of ['en', 'kk', 'ru']) {
      const file = `${locale}-kaznu-30-years-of-diplomacy.txt`;
      const outcome = await importer.importFile({ fileName: file, bytes: fs.readFileSync(path.join(FIXTURES, file)), translationOf: id, source: 'cli' });
      id ??= outcome.articleDocumentId;
    }
    for (const locale of ['en', 'kk', 'ru']) await app.documents('api::article.article' as any).publish({ documentId: id!, locale } as any);
  } finally {
    await stopStrapi(app);
  }
  const before = await snapshot(source);
  expect(before.articles).toBeGreaterThanOrEqual(6); // 3 locales × draft + published
  expect(before.sample.quotes.length).toBeGreaterThanOrEqual(5);
  expect(before.records).toHaveLength(3);

  const file = path.join(work, 'backup');
  strapiCli(source, ['export', '--no-encrypt', '-f', file]);
  // Creates the empty target schema, then imports into it.
  await stopStrapi(await bootStrapi(target, { SEED_DEMO_CONTENT: 'false' }));
  strapiCli(target, ['import', '-f', `${file}.tar.gz`, '--force']);

  expect(await snapshot(target)).toEqual(before);
}, 300_000);
