import fs from 'fs';
import os from 'os';
import path from 'path';
import { useStrapi } from '../helpers/harness';
import { makePressCorpus } from '../../bench/make-press-corpus';

/**
 * Issue 13, item 1: the importer writes a new article in bulk (query engine, a dozen
 * statements) instead of through `documents().create`. The same files imported both ways,
 * each into an emptied database, must leave the same stored result: every row of the four
 * content types (every field, locale, draft or published) and every link row (with its
 * order columns), documentIds compared by the order they were made in, and the same
 * import records.
 */
const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });
const UIDS = ['api::institution.institution', 'api::speaker.speaker', 'api::article.article', 'api::quote.quote'];
const RECORD = 'plugin::press-import.import-record';
const press = path.join(__dirname, '..', 'fixtures', 'press');

/** What one run imports: the hand-made fixtures (every language and encoding) and generated files meeting known people. */
function inputs(): Array<{ fileName: string; bytes: Buffer; publish?: boolean }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bulk-'));
  const generated = makePressCorpus(dir, 24);
  const fixtures = fs.readdirSync(press).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(press, f));
  const files = [...fixtures, ...generated].map((file, i) => ({ fileName: path.basename(file), bytes: fs.readFileSync(file), publish: i % 9 === 4 }));
  fs.rmSync(dir, { recursive: true, force: true });
  // The first file once more: already imported.
  return [...files, files[0]];
}

const meta = (uid: string) => t.app().db.metadata.get(uid as any) as any;
const knex = () => t.app().db.connection;

/** Deletes every newsroom row, link and import record. */
async function emptyDatabase() {
  for (const uid of [...UIDS, RECORD]) {
    for (const attr of Object.values(meta(uid).attributes) as any[]) {
      if (attr.joinTable && !attr.joinTable.name.startsWith('admin_') && !attr.joinTable.name.startsWith('files')) await knex()(attr.joinTable.name).delete();
    }
  }
  for (const uid of [...UIDS, RECORD]) await knex()(meta(uid).tableName).delete();
}

const TIME = new Set(['created_at', 'updated_at', 'published_at', 'first_published_at']);

/** The stored state with ids and times replaced by what they mean. */
async function snapshot() {
  const label = new Map<string, string>(); // documentId → "speaker#3" (order of creation within the type)
  const rowKey = new Map<string, string>(); // "table:id" → "speaker#3/kk/draft"
  const tables: Record<string, unknown[]> = {};
  for (const uid of UIDS) {
    const { tableName } = meta(uid);
    const rows: any[] = await knex()(tableName).select('*').orderBy('id');
    const type = uid.split('.').pop();
    for (const r of rows) if (!label.has(r.document_id)) label.set(r.document_id, `${type}#${label.size}`);
    for (const r of rows) rowKey.set(`${tableName}:${r.id}`, `${label.get(r.document_id)}/${r.locale}/${r.published_at === null ? 'draft' : 'published'}`);
  }
  const relabel = (v: unknown) => (typeof v === 'string' && label.has(v) ? label.get(v) : v);
  for (const uid of UIDS) {
    const { tableName } = meta(uid);
    const rows: any[] = await knex()(tableName).select('*');
    tables[tableName] = rows
      .map((r) => {
        const out: Record<string, unknown> = { key: rowKey.get(`${tableName}:${r.id}`) };
        for (const [k, v] of Object.entries(r)) {
          if (k === 'id' || k === 'document_id' || TIME.has(k)) continue;
          out[k] = typeof v === 'string' && v.startsWith('{') ? JSON.parse(v) : v;
        }
        out.published = r.published_at !== null;
        return out;
      })
      .sort((a, b) => String(a.key).localeCompare(String(b.key)));
    for (const attr of Object.values(meta(uid).attributes) as any[]) {
      const join = attr.joinTable;
      if (!join || !UIDS.includes(attr.target) || attr.mappedBy || tables[join.name]) continue;
      const targetTable = meta(attr.target).tableName;
      const links: any[] = await knex()(join.name).select('*');
      tables[join.name] = links
        .map((l) => {
          const out: Record<string, unknown> = {
            from: rowKey.get(`${tableName}:${l[join.joinColumn.name]}`),
            to: rowKey.get(`${targetTable}:${l[join.inverseJoinColumn.name]}`),
          };
          if (join.orderColumnName) out.order = l[join.orderColumnName];
          if (join.inverseOrderColumnName) out.inverseOrder = l[join.inverseOrderColumnName];
          return out;
        })
        .sort((a, b) => `${a.from} ${a.to}`.localeCompare(`${b.from} ${b.to}`));
    }
  }
  const records: any[] = await knex()(meta(RECORD).tableName).select('*').orderBy('id');
  tables.records = records.map((r) => ({
    file: r.file_name,
    status: r.status,
    code: r.error_code,
    locale: r.locale,
    article: relabel(r.article_document_id),
    warnings: typeof r.warnings === 'string' ? JSON.parse(r.warnings) : r.warnings,
  }));
  return tables;
}

async function importAll(writePath: 'bulk' | 'document-service') {
  const importer = t.app().plugin('press-import').service('importer');
  const statuses: string[] = [];
  for (const input of inputs()) {
    const outcome = await importer.importFile({ ...input, source: 'cli', importedBy: 'test', writePath });
    statuses.push(`${input.fileName}: ${outcome.status} ${outcome.error?.code ?? ''}`);
  }
  return statuses;
}

test('the bulk path stores what the Document Service path stores, document by document', async () => {
  const viaDocuments = await importAll('document-service');
  const reference = await snapshot();
  await emptyDatabase();
  const viaBulk = await importAll('bulk');
  const bulk = await snapshot();

  expect(viaBulk).toEqual(viaDocuments);
  // The runs did write what they should compare (imports, matches, other locales, publishing).
  expect(viaBulk.filter((s) => s.includes(': imported')).length).toBeGreaterThan(50);
  expect((reference['speakers'] as any[]).some((r) => r.locale !== 'en')).toBe(true);
  expect((reference['articles'] as any[]).some((r) => r.published)).toBe(true);
  expect((reference['quotes_speaker_lnk'] as any[]).length).toBeGreaterThan(50);
  expect(Object.keys(bulk).sort()).toEqual(Object.keys(reference).sort());
  for (const name of Object.keys(reference)) expect({ [name]: bulk[name] }).toEqual({ [name]: reference[name] });
});
