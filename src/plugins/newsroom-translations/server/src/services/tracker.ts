import type { Core } from '@strapi/strapi';
import { UIDS } from '../constants';
import { contentHash, HASHED_FIELDS } from '../domain/content-hash';
import { parseTranslatedFrom, pickSourceLocale, type TranslatedFrom, type VersionRow } from '../domain/coverage';

export type ArticleRow = VersionRow & { id: number; publishedAt: string | null; title?: string | null };

/**
 * Keeps the two tracking attributes of articles current:
 * - `contentHash`: the fingerprint of a locale version's text (domain/content-hash);
 * - `translatedFrom`: `{ locale, hash }` of the source version a translation was made
 *   from, or null on the source itself.
 *
 * They are written with `updateMany` of the query engine, never the Document Service:
 * no middleware runs again, and the database's timestamp subscriber (which bumps
 * `updatedAt` on `update` only) leaves `updatedAt` alone, so the Content Manager does
 * not see a freshly published version as "modified".
 */
export const createTracker = ({ strapi }: { strapi: Core.Strapi }) => {
  const articles = () => strapi.db.query(UIDS.article as any);
  const defaultLocale = (): Promise<string> => strapi.plugin('i18n').service('locales').getDefaultLocale();

  /** The draft row of every locale version of the documents (the text being worked on). */
  async function draftVersions(documentIds: string | string[]): Promise<ArticleRow[]> {
    return (await articles().findMany({
      select: ['id', 'documentId', 'locale', 'publishedAt', 'contentHash', 'translatedFrom', 'createdAt'],
      where: { documentId: Array.isArray(documentIds) ? { $in: documentIds } : documentIds, publishedAt: null },
    })) as ArticleRow[];
  }

  /**
   * Recomputes `contentHash` on every row (draft and published, every locale) of the
   * documents and writes the ones that changed. Returns the rows with their current hash.
   */
  async function refreshHashes(documentIds: string | string[]): Promise<ArticleRow[]> {
    const rows = (await articles().findMany({
      select: ['id', 'documentId', 'locale', 'publishedAt', 'contentHash', 'translatedFrom', 'createdAt', ...HASHED_FIELDS.filter((f) => f !== 'seo')],
      where: { documentId: Array.isArray(documentIds) ? { $in: documentIds } : documentIds },
      populate: { seo: { select: ['metaTitle', 'metaDescription'] } },
    })) as Array<ArticleRow & Record<string, unknown>>;
    for (const row of rows) {
      const hash = contentHash(row);
      if (hash !== row.contentHash) {
        await articles().updateMany({ where: { id: row.id }, data: { contentHash: hash } });
        row.contentHash = hash;
      }
    }
    return rows;
  }

  /** Sets `translatedFrom` on every row (draft and published) of one locale version. */
  async function setTranslatedFrom(documentId: string, locale: string, from: TranslatedFrom | null) {
    await articles().updateMany({ where: { documentId, locale }, data: { translatedFrom: from } });
  }

  /**
   * Records that the new `locale` version of the document translates its source, as the
   * source reads now. `before` are the draft rows that existed before the version was
   * created; `rows` the rows as `refreshHashes` left them.
   */
  async function recordNewTranslation(documentId: string, locale: string, before: VersionRow[], rows: ArticleRow[]) {
    const sourceLocale = pickSourceLocale(before, await defaultLocale());
    const source = rows.find((r) => r.locale === sourceLocale && r.publishedAt === null);
    if (!sourceLocale || !source?.contentHash) return;
    await setTranslatedFrom(documentId, locale, { locale: sourceLocale, hash: source.contentHash });
  }

  /** Clears `translatedFrom` where it names a locale the document has no version in. */
  async function forgetMissingSources(documentId: string, rows: ArticleRow[]) {
    const present = new Set(rows.map((r) => r.locale));
    const orphans = new Set(
      rows.filter((r) => {
        const from = parseTranslatedFrom(r.translatedFrom);
        return from && !present.has(from.locale);
      }).map((r) => r.locale),
    );
    for (const locale of orphans) await setTranslatedFrom(documentId, locale, null);
  }

  /**
   * Content from before translations were tracked: fingerprints every row without a
   * hash and, in those documents, takes the existing translations as up to date with
   * their source (nothing tells otherwise). A no-op once done.
   */
  async function backfill(batchSize = 200, shouldStop: () => boolean = () => false) {
    const missing = (await articles().findMany({ select: ['documentId'], where: { contentHash: { $null: true } } })) as VersionRow[];
    const documentIds = [...new Set(missing.map((r) => r.documentId))];
    const fallback = await defaultLocale();
    let done = 0;
    for (let i = 0; i < documentIds.length && !shouldStop(); i += batchSize) {
      const batch = documentIds.slice(i, i + batchSize);
      // One transaction per batch: one commit (one fsync on SQLite) instead of one per row.
      await strapi.db.transaction(async () => {
        const rows = await refreshHashes(batch);
        for (const documentId of batch) {
          const drafts = rows.filter((r) => r.documentId === documentId && r.publishedAt === null);
          const sourceLocale = pickSourceLocale(drafts, fallback);
          const source = drafts.find((r) => r.locale === sourceLocale);
          if (!source?.contentHash) continue;
          for (const version of drafts) {
            if (version === source || parseTranslatedFrom(version.translatedFrom)) continue;
            await setTranslatedFrom(documentId, version.locale, { locale: source.locale, hash: source.contentHash });
          }
        }
      });
      done += batch.length;
      // Let requests in between batches: SQLite's driver is synchronous, so without a
      // macrotask turn the whole backfill would run before the first request is served.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return done;
  }

  /**
   * The backfill of a server: started once the HTTP server listens, so a bulk load
   * (which writes no fingerprints) never delays the start; stopped between batches when
   * Strapi shuts down. `settled()` resolves when it is over (tests, shutdown).
   */
  let running: Promise<number> = Promise.resolve(0);
  let stopping = false;
  function backfillWhenListening() {
    strapi.server.httpServer.once('listening', () => {
      running = backfill(50, () => stopping).then(
        (count) => {
          if (count > 0) strapi.log.info(`[newsroom-translations] fingerprinted ${count} articles written before translations were tracked`);
          return count;
        },
        (error) => {
          if (!stopping) strapi.log.error(`[newsroom-translations] fingerprinting older articles failed: ${error?.message ?? error}`);
          return 0;
        },
      );
    });
  }
  async function stopBackfill() {
    stopping = true;
    await running;
  }
  const settled = () => running;

  return {
    /** The fingerprint of one locale version's text, for a writer that puts it in the row itself (press-import's bulk path). */
    hashOf: (version: Record<string, unknown>) => contentHash(version as any),
    defaultLocale,
    draftVersions,
    refreshHashes,
    setTranslatedFrom,
    recordNewTranslation,
    forgetMissingSources,
    backfill,
    backfillWhenListening,
    stopBackfill,
    settled,
  };
};

export type Tracker = ReturnType<typeof createTracker>;
