/**
 * `npm run press:import -- [--locale en|kk|ru] [--publish] [--translation-of ID] [--corrections FILE.json] [--dry-run] <files or directories>`
 *
 * Imports press files into the configured database (SQLite by default, PostgreSQL with
 * DATABASE_CLIENT=postgres) without a running server: it boots Strapi in this process,
 * calls the same importer service as the admin page, shows a progress bar on stderr and
 * a summary table at the end. Exit status: 0 all imported or already imported, 1 when a
 * file failed, 2 for bad usage, 3 when the database is (or became) unavailable: the run
 * stops at once, lists the files that remain, and the same command finishes the job
 * once the database is back.
 */
import fs from 'fs/promises';
import path from 'path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { SingleBar, Presets } from 'cli-progress';
import Table from 'cli-table3';
import { listPressFiles } from '../parser';
import { runImport, summaryJson, type RunnerSummary } from './import-runner';
import { shutDownStrapi, tolerateRejections } from './shutdown';
import { isDatabaseUnavailable } from '../domain/database-errors';
import { correctionsSchema, describeZodError, type Corrections } from '../validation';

/** Exit status when the database is unavailable (a rerun later completes the import). */
const EXIT_DATABASE_UNAVAILABLE = 3;

const USAGE =
  'Usage: npm run press:import -- [--locale en|kk|ru] [--publish] [--translation-of DOCUMENT_ID] [--corrections FILE.json] [--dry-run] [--max-bytes N] <files or directories>';

const argsSchema = z.object({
  locale: z.enum(['en', 'kk', 'ru']).optional(),
  publish: z.boolean().optional(),
  'translation-of': z.string().regex(/^[a-z0-9]{10,40}$/, 'must be a documentId').optional(),
  'dry-run': z.boolean().optional(),
  corrections: z.string().min(1).optional(),
  'max-bytes': z.coerce.number().int().positive().optional(),
  help: z.boolean().optional(),
});

function usageError(message: string): never {
  process.stderr.write(`press:import: ${message}\n${USAGE}\n`);
  process.exit(2);
}

/** Up to this many files are listed one per row; larger runs list failures only. */
const MAX_LISTED = 50;

function printSummary(summary: RunnerSummary, dryRun: boolean) {
  const total = summary.imported.length + summary.already.length + summary.failed.length;
  const table = new Table({ head: ['file', 'result', 'article / reason'], wordWrap: true, colWidths: [40, 18, 60] });
  if (total <= MAX_LISTED) {
    for (const o of summary.imported) table.push([o.fileName, dryRun ? 'would import' : 'imported', `${o.articleTitle ?? ''} (${o.locale}) ${o.articleDocumentId ?? ''}`]);
    for (const o of summary.already) table.push([o.fileName, 'already imported', o.articleDocumentId ?? '']);
  }
  for (const o of summary.failed) table.push([o.fileName, 'failed', `${o.error?.code}: ${o.error?.message}`]);
  if (table.length > 0) process.stderr.write(`${table.toString()}\n`);
  const counts = new Table({ head: [dryRun ? 'would import' : 'imported', 'already imported', 'failed'] });
  counts.push([summary.imported.length, summary.already.length, summary.failed.length]);
  process.stderr.write(`${counts.toString()}\n`);
  process.stderr.write(
    `${dryRun ? 'would import' : 'imported'}: ${summary.imported.length}, already imported: ${summary.already.length}, failed: ${summary.failed.length}\n`
  );
  if (dryRun) process.stderr.write('Dry run: nothing was written to the database.\n');
  if (summary.stopped) {
    const { remaining, message } = summary.stopped;
    const listed = remaining.slice(0, MAX_LISTED).map((f) => `  ${f}\n`).join('');
    const more = remaining.length > MAX_LISTED ? `  … and ${remaining.length - MAX_LISTED} more (all of them in the JSON on stdout)\n` : '';
    process.stderr.write(`\npress:import stopped: ${message}\n${remaining.length} file(s) remain to import:\n${listed}${more}`);
  }
}

/** The `--corrections` file: `{ "<file name>": { quotes?, speakers? } }`, for files of this run only. */
async function readCorrections(jsonPath: string, files: string[]): Promise<Record<string, Corrections>> {
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(jsonPath, 'utf8'));
  } catch (error: any) {
    usageError(`--corrections: cannot read ${jsonPath}: ${error?.message ?? error}`);
  }
  const parsed = z.record(z.string().max(500), correctionsSchema).safeParse(json);
  if (!parsed.success) usageError(`--corrections: ${describeZodError(parsed.error)}`);
  const names = new Set(files.map((f) => path.basename(f)));
  const stray = Object.keys(parsed.data).find((name) => !names.has(name));
  if (stray) usageError(`--corrections: "${stray}" is not one of the files to import`);
  return parsed.data;
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      strict: true,
      options: {
        locale: { type: 'string' },
        publish: { type: 'boolean' },
        'translation-of': { type: 'string' },
        'dry-run': { type: 'boolean' },
        corrections: { type: 'string' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error: any) {
    usageError(error.message);
  }
  const args = argsSchema.safeParse(parsed.values);
  if (!args.success) usageError(args.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  if (args.data.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length === 0) usageError('no files or directories given');
  if (args.data['translation-of'] && parsed.positionals.length !== 1) usageError('--translation-of takes exactly one file');

  let files: string[];
  try {
    files = await listPressFiles(parsed.positionals);
  } catch (error: any) {
    usageError(error.message);
  }

  const corrections = args.data.corrections ? await readCorrections(args.data.corrections, files) : undefined;

  process.env.STRAPI_LOG_LEVEL ??= 'error';
  // require, not import(): Strapi's ESM build does not load under tsx's ESM resolver.
  const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  const appDir = path.resolve(__dirname, '../../../../../..');
  let strapi: Awaited<ReturnType<ReturnType<typeof createStrapi>['load']>>;
  try {
    strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  } catch (error: any) {
    if (!isDatabaseUnavailable(error)) throw error;
    process.stderr.write(`press:import: the database is unavailable (${String(error?.message ?? error).split('\n')[0]}); nothing was imported.\n`);
    process.stdout.write(`${JSON.stringify({ imported: 0, alreadyImported: 0, failed: [], stopped: { code: 'DATABASE_UNAVAILABLE', remaining: files } })}\n`);
    return EXIT_DATABASE_UNAVAILABLE;
  }
  strapi.log.level = process.env.STRAPI_LOG_LEVEL;

  // When the database goes away, a query Strapi started without awaiting it may reject
  // unheard; the import meeting the same loss reports it and stops the run in order.
  tolerateRejections(isDatabaseUnavailable);
  const importer = strapi.plugin('press-import').service('importer');
  const maxBytes = args.data['max-bytes'] ?? strapi.config.get('plugin::press-import.maxFileBytes', 2 * 1024 * 1024);
  // Corrections must fit their files before anything is imported (as in the admin API).
  for (const file of files) {
    const fileCorrections = corrections?.[path.basename(file)];
    if (!fileCorrections) continue;
    const problem = await importer.checkCorrections({ fileName: path.basename(file), bytes: await fs.readFile(file), corrections: fileCorrections, maxBytes });
    if (problem) {
      await shutDownStrapi(strapi);
      usageError(`--corrections: ${problem}; nothing was imported`);
    }
  }
  const bar = new SingleBar({ format: 'press:import [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  bar.start(files.length, 0, { file: '' });
  let summary: RunnerSummary;
  try {
    summary = await runImport(files, importer, {
      locale: args.data.locale,
      publish: args.data.publish,
      translationOf: args.data['translation-of'],
      corrections,
      dryRun: args.data['dry-run'],
      maxBytes,
      maxParagraphs: strapi.config.get('plugin::press-import.maxParagraphs'),
      onProgress: (done, _total, file) => bar.update(done, { file: path.basename(file) }),
    });
  } finally {
    bar.stop();
    await shutDownStrapi(strapi);
  }
  printSummary(summary, Boolean(args.data['dry-run']));
  // Machine-readable result on stdout, for scripts.
  process.stdout.write(`${JSON.stringify(summaryJson(summary, Boolean(args.data['dry-run'])))}\n`);
  if (summary.stopped) return EXIT_DATABASE_UNAVAILABLE;
  return summary.failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`press:import: ${error?.stack ?? error}\n`);
    process.exit(1);
  }
);
