import fs from 'fs/promises';
import path from 'path';
import type { ImportFileInput, ImportOutcome } from '../services/importer';
import { findImages } from './find-images';

export type RunnerImporter = {
  importFile(input: ImportFileInput): Promise<ImportOutcome>;
  preview(input: Pick<ImportFileInput, 'fileName' | 'bytes' | 'locale' | 'maxBytes' | 'maxParagraphs'>): Promise<any>;
};

export type RunnerOptions = {
  locale?: ImportFileInput['locale'];
  publish?: boolean;
  translationOf?: string;
  dryRun?: boolean;
  maxBytes: number;
  maxParagraphs?: number;
  onProgress?: (done: number, total: number, file: string) => void;
};

export type RunnerSummary = { imported: ImportOutcome[]; already: ImportOutcome[]; failed: ImportOutcome[] };

/**
 * Imports files one at a time: each file is stat-ed (too large ones are never read),
 * read, imported and dropped before the next, so memory stays flat however large the
 * folder. A failing file is recorded and the run goes on.
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
  }
  return summary;
}

async function importOne(
  file: string,
  importer: RunnerImporter,
  options: RunnerOptions,
  siblings: () => Promise<string[]>
): Promise<ImportOutcome> {
  const failed = (code: string, message: string): ImportOutcome => ({ fileName: file, sha256: '', status: 'failed', warnings: [], error: { code, message } });
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.size > options.maxBytes) return failed('TOO_LARGE', `File is ${stat.size} bytes, over the limit of ${options.maxBytes}`);
    bytes = await fs.readFile(file);
  } catch (error: any) {
    return failed('UNREADABLE', error?.message ?? String(error));
  }
  if (options.dryRun) {
    const preview = await importer.preview({ fileName: file, bytes, locale: options.locale, maxBytes: options.maxBytes, maxParagraphs: options.maxParagraphs });
    if (!preview.parse.ok) return { ...failed(preview.parse.error.code, preview.parse.error.message), sha256: preview.sha256 };
    if (preview.rejected) return { ...failed(preview.rejected.code, preview.rejected.message), sha256: preview.sha256 };
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
    importedBy: `cli:${process.env.USER ?? 'unknown'}`,
    source: 'cli',
    maxBytes: options.maxBytes,
    maxParagraphs: options.maxParagraphs,
    images: await findImages(file, await siblings()),
  });
  return { ...outcome, fileName: file };
}
