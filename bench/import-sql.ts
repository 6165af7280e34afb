/**
 * SQL statements per imported file, by kind and table: N generated press files
 * (bench/make-press-corpus.ts, default 100) imported in-process through the importer
 * service (the CLI's path) into a fresh database, every statement counted from knex's
 * `query` event on Strapi's connection (transactions included). `--document-service` counts
 * the importer writing through `documents().create` (its reference path); `--baseline` counts the
 * plain `documents().create` loop of bench/import-baseline.ts on the same files instead.
 *
 *   npx tsx bench/import-sql.ts [--files 100] [--db sqlite|postgres] [--baseline | --document-service] [--top 40]
 *
 * Prints statements per file (all, and per verb), then per verb + table, most frequent
 * first. Counts, not times: the figure does not depend on the machine's load.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { makePressCorpus } from './make-press-corpus';
import { arg, fmt, freshPostgres, freshSqlite, printTable, ROOT } from './support';

const N = Number(arg('files', '100'));
const TOP = Number(arg('top', '40'));
const BASELINE = process.argv.includes('--baseline');
/** `--dump K`: print every statement of the K-th file (1-based), to see where they come from. */
const DUMP = Number(arg('dump', '0'));
const db = (arg('db', 'sqlite') === 'postgres' ? freshPostgres : freshSqlite)('import-sql');

/** `insert articles`, `select speakers_institution_lnk`, `begin`… from one SQL text. */
export function kindOf(sql: string): { verb: string; table: string } {
  const text = sql.trim().replace(/\s+/g, ' ');
  const verb = (/^\w+/.exec(text)?.[0] ?? '?').toLowerCase();
  const table =
    verb === 'select' || verb === 'delete'
      ? /\bfrom [`"]?([\w.]+)[`"]?/i.exec(text)?.[1]
      : verb === 'insert'
        ? /\binto [`"]?([\w.]+)[`"]?/i.exec(text)?.[1]
        : verb === 'update'
          ? /^update [`"]?([\w.]+)[`"]?/i.exec(text)?.[1]
          : '';
  return { verb, table: table ?? '?' };
}

async function main() {
  Object.assign(process.env, { STRAPI_LOG_LEVEL: 'error', SEED_DEMO_CONTENT: 'false', ...db.env });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-sql-'));
  const files = makePressCorpus(dir, N);
  const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  const strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load();
  strapi.log.level = 'error';

  const counts = new Map<string, number>();
  let total = 0;
  let counting = false;
  let current = 0;
  strapi.db.connection.on('query', (q: { sql: string }) => {
    if (!counting) return;
    if (current === DUMP) console.log(`[${DUMP}] ${q.sql.slice(0, 400)}`);
    const { verb, table } = kindOf(q.sql);
    const key = table ? `${verb} ${table}` : verb;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total += 1;
  });

  const writePath = process.argv.includes('--document-service') ? 'document-service' : 'bulk';
  const importer = strapi.plugin('press-import').service('importer');
  const { parsePressText } = await import('../src/plugins/press-import/server/src/parser');
  let imported = 0;
  const started = Date.now();
  counting = true;
  for (const file of files) {
    current += 1;
    const bytes = fs.readFileSync(file);
    if (BASELINE) {
      // The loop of bench/import-baseline.ts.
      const parse = parsePressText(bytes, { file });
      if (!parse.ok) continue;
      const article = await strapi.documents('api::article.article').create({
        locale: parse.locale,
        data: { title: parse.title.slice(0, 300), lead: parse.lead, body: parse.paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })) as any },
      });
      for (const [order, quote] of parse.quotes.entries()) {
        await strapi.documents('api::quote.quote').create({ locale: parse.locale, data: { text: quote.text, order, article: article.documentId } as any });
      }
      imported += 1;
    } else {
      const outcome = await importer.importFile({ fileName: path.basename(file), bytes, source: 'cli', importedBy: 'bench', writePath });
      if (outcome.status === 'imported') imported += 1;
      else console.error(`[bench] ${path.basename(file)}: ${outcome.status} ${outcome.error?.code ?? ''} ${outcome.error?.message ?? ''}`);
    }
  }
  // Statements Strapi starts after a commit without awaiting them (event payloads) land here.
  await new Promise((r) => setTimeout(r, 200));
  counting = false;
  const seconds = (Date.now() - started) / 1000;
  const [speakers, institutions, quotes] = await Promise.all(
    ['api::speaker.speaker', 'api::institution.institution', 'api::quote.quote'].map((uid) => strapi.db.query(uid as any).count({}))
  );
  await strapi.destroy();
  db.drop();
  fs.rmSync(dir, { recursive: true, force: true });

  const perFile = (n: number) => fmt(n / Math.max(1, imported), 2);
  const byVerb = new Map<string, number>();
  for (const [key, n] of counts) byVerb.set(key.split(' ')[0], (byVerb.get(key.split(' ')[0]) ?? 0) + n);
  console.log(
    `\nbench/import-sql (${BASELINE ? 'plain documents().create loop' : `importer service, ${writePath} writes`}): ${imported}/${N} files imported on ${db.name} in ${fmt(seconds)} s` +
      ` (${fmt(imported / seconds)} files/s, in-process, no boot)` +
      `; rows now: ${quotes} quote, ${speakers} speaker, ${institutions} institution rows\n`
  );
  printTable([
    { kind: 'ALL statements', 'per file': perFile(total), total },
    ...[...byVerb.entries()].sort((a, b) => b[1] - a[1]).map(([kind, n]) => ({ kind, 'per file': perFile(n), total: n })),
  ]);
  console.log('');
  printTable(
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([kind, n]) => ({ kind, 'per file': perFile(n), total: n }))
  );
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    db.drop();
    process.exit(1);
  }
);
