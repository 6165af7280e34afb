/**
 * Checks shared by the import fault tests (kill -9, database outage): how far an import
 * running in another process has got, and that what is stored is whole.
 */
import fs from 'fs';
import path from 'path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import type { Core } from '@strapi/strapi';
import { parsePressText } from '../../src/plugins/press-import/server/src/parser';

/** How many files the database has recorded as imported, read by a separate connection (0 before the tables exist). */
export async function importedCount(dbEnv: Record<string, string>): Promise<number> {
  const sql = "select count(*) as n from press_import_records where status = 'imported'";
  if (dbEnv.DATABASE_CLIENT === 'postgres') {
    const c = new Client({ connectionString: dbEnv.DATABASE_URL });
    await c.connect();
    try {
      return Number((await c.query(sql)).rows[0].n);
    } catch {
      return 0;
    } finally {
      await c.end();
    }
  }
  if (!fs.existsSync(dbEnv.DATABASE_FILENAME)) return 0;
  const conn = new Database(dbEnv.DATABASE_FILENAME, { readonly: true, fileMustExist: true });
  try {
    return Number((conn.prepare(sql).get() as any).n);
  } catch {
    return 0;
  } finally {
    conn.close();
  }
}

/** Polls until at least `n` files are recorded as imported. */
export async function waitForImported(dbEnv: Record<string, string>, n: number, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while ((await importedCount(dbEnv)) < n) {
    if (Date.now() > deadline) throw new Error(`fewer than ${n} files were imported within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Everything stored is whole: one import record per file and one article per record,
 * each article with exactly the quotes its file has, no orphan quote, no orphan
 * speaker. Returns the imported files' names.
 */
export async function expectWholeImports(app: Core.Strapi, dir: string): Promise<string[]> {
  const records = await app.db.query('plugin::press-import.import-record').findMany({ where: { status: 'imported' } });
  expect(new Set(records.map((r: any) => r.sha256)).size).toBe(records.length);
  expect(await app.db.query('api::article.article').count()).toBe(records.length);

  const quoteCounts = new Map<string, number>();
  for (const q of await app.db.query('api::quote.quote').findMany({ populate: { article: { select: ['documentId'] } } })) {
    expect(q.article).toBeTruthy(); // no orphan quote
    quoteCounts.set(q.article.documentId, (quoteCounts.get(q.article.documentId) ?? 0) + 1);
  }
  for (const record of records) {
    const parsed: any = parsePressText(fs.readFileSync(path.join(dir, record.fileName)), { file: record.fileName });
    expect({ file: record.fileName, quotes: quoteCounts.get(record.articleDocumentId) ?? 0 }).toEqual({ file: record.fileName, quotes: parsed.quotes.length });
  }
  const speakers = await app.db.query('api::speaker.speaker').findMany({ populate: { articles: { select: ['id'] }, quotes: { select: ['id'] } } });
  for (const s of speakers) expect({ speaker: s.fullName, linked: s.articles.length + s.quotes.length > 0 }).toEqual({ speaker: s.fullName, linked: true });
  return records.map((r: any) => r.fileName);
}
