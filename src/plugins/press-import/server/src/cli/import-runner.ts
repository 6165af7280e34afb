import fs from 'fs/promises';
import path from 'path';
import type { ImportFileInput, ImportOutcome } from '../services/importer';
import type { Corrections } from '../validation';
import { findImages } from './find-images';
import { databaseUnavailableMessage, isDatabaseUnavailable } from '../domain/database-errors';

export type RunnerImporter = {
  importFile(input: ImportFileInput): Promise<ImportOutcome>;
  preview(input: Pick<ImportFileInput, 'fileName' | 'bytes' | 'locale' | 'maxBytes' | 'maxParagraphs'>): Promise<any>;
};

export type RunnerOptions = {
  locale?: ImportFileInput['locale'];
  publish?: boolean;
  translationOf?: string;
  /** An editor's corrections per file, keyed by the file's name (`--corrections`). */
  corrections?: Record<string, Corrections>;
  dryRun?: boolean;
  maxBytes: number;
  maxParagraphs?: number;
  onProgress?: (done: number, total: number, file: string) => void;
};

export type RunnerSummary = {
  imported: ImportOutcome[];
  already: ImportOutcome[];
  failed: ImportOutcome[];
  /**
   * Set when the run stopped early because the database went away: every file still to
   * import, the one that was running first. Running the same command again imports
   * them (the files already imported are recognised and skipped).
   */
  stopped?: { code: string; message: string; remaining: string[] };
};

/**
 * Imports files one at a time: each file is stat-ed (too large ones are never read),
 * read, imported and dropped before the next, so memory stays flat however large the
 * folder. A failing file is recorded and the run goes on, except when the database is
 * unavailable: then the run stops and lists the files that remain.
 */
export async function runImport(files: string[], importer: RunnerImporter, options: RunnerOptions): Promise<RunnerSummary> {
  const summary: RunnerSummary = { imported: [], already: [], failed: [] };
  // One directory listing per folder (not per file) to find each file's photos.
  const listings = new Map<string, Promise<string[]>>();
  const siblings = (dir: string) => {
    if (!listings.has(dir)) listings.set(dir, fs.readdir(dir).catch(() => []));
    return listings.get(dir)!;
  };
  for (const [index, file] of files.entries()) {
    const outcome = await importOne(file, importer, options, () => siblings(path.dirname(file)));
    if (outcome.status === 'imported') summary.imported.push(outcome);
    else if (outcome.status === 'already-imported') summary.already.push(outcome);
    else summary.failed.push(outcome);
    options.onProgress?.(index + 1, files.length, file);
    // Without a database every next file would fail the same way: stop and say what is left.
    if (outcome.error?.code === 'DATABASE_UNAVAILABLE') {
      summary.stopped = { ...outcome.error, remaining: files.slice(index) };
      break;
    }
  }
  return summary;
}

const failedOutcome = (file: string, code: string, message: string): ImportOutcome => ({
  fileName: file,
  sha256: '',
  status: 'failed',
  warnings: [],
  error: { code, message },
});

async function importOne(
  file: string,
  importer: RunnerImporter,
  options: RunnerOptions,
  siblings: () => Promise<string[]>
): Promise<ImportOutcome> {
  const failed = (code: string, message: string) => failedOutcome(file, code, message);
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.size > options.maxBytes) return failed('TOO_LARGE', `File is ${stat.size} bytes, over the limit of ${options.maxBytes}`);
    bytes = await fs.readFile(file);
  } catch (error: any) {
    return failed('UNREADABLE', error?.message ?? String(error));
  }
  try {
    return await importBytes(file, bytes, importer, options, siblings);
  } catch (error: any) {
    // The importer reports its own failures as outcomes; what still throws (a dry run's
    // reads, an unexpected bug) fails this file only, or stops the run without a database.
    if (isDatabaseUnavailable(error)) return failed('DATABASE_UNAVAILABLE', databaseUnavailableMessage(error));
    return failed('IMPORT_FAILED', String(error?.message ?? error));
  }
}

async function importBytes(
  file: string,
  bytes: Buffer,
  importer: RunnerImporter,
  options: RunnerOptions,
  siblings: () => Promise<string[]>
): Promise<ImportOutcome> {
  const failed = (code: string, message: string) => failedOutcome(file, code, message);
  if (options.dryRun) {
    const preview = await importer.preview({ fileName: file, bytes, locale: options.locale, maxBytes: options.maxBytes, maxParagraphs: options.maxParagraphs });
    if (!preview.parse.ok) return { ...failed(preview.parse.error.code, preview.parse.error.message), sha256: preview.sha256 };
    if (preview.alreadyImported) {
      return { fileName: file, sha256: preview.sha256, status: 'already-imported', warnings: [], articleDocumentId: preview.alreadyImported.articleDocumentId };
    }
    return { fileName: file, sha256: preview.sha256, status: 'imported', locale: preview.parse.locale, articleTitle: preview.parse.title, quotes: preview.parse.quotes.length, warnings: preview.parse.warnings };
  }
  // The history records the file's name; the CLI reports the path as it was given.
  const outcome = await importer.importFile({
    fileName: path.basename(file),
    bytes,
    locale: options.locale,
    publish: options.publish,
    translationOf: options.translationOf,
    corrections: options.corrections?.[path.basename(file)],
    importedBy: `cli:${process.env.USER ?? 'unknown'}`,
    source: 'cli',
    maxBytes: options.maxBytes,
    maxParagraphs: options.maxParagraphs,
    images: await findImages(file, await siblings()),
  });
  return { ...outcome, fileName: file };
}

/**
 * The machine-readable result printed on stdout. A dry run writes nothing, so it says
 * so: `dryRun: true`, `imported: 0` and the files it would import in `wouldImport`.
 */
export function summaryJson(summary: RunnerSummary, dryRun: boolean) {
  return {
    ...(dryRun && { dryRun: true, wouldImport: summary.imported.length }),
    imported: dryRun ? 0 : summary.imported.length,
    alreadyImported: summary.already.length,
    failed: summary.failed.map((f) => ({ file: f.fileName, error: f.error })),
    ...(summary.stopped && { stopped: { code: summary.stopped.code, remaining: summary.stopped.remaining } }),
  };
}
