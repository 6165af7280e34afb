import type { Core } from '@strapi/strapi';
import { TRACKING_FIELDS, UIDS } from '../constants';
import type { Tracker } from '../services/tracker';
import type { VersionRow } from '../domain/coverage';

/** Actions after which an article's text may differ from its fingerprint. */
const WRITES = new Set(['create', 'update', 'publish', 'discardDraft', 'clone']);

const withoutTrackingFields = (data: unknown) => {
  if (!data || typeof data !== 'object') return data;
  const copy = { ...(data as Record<string, unknown>) };
  for (const field of TRACKING_FIELDS) delete copy[field];
  return copy;
};

/**
 * Document Service middleware that keeps `contentHash` and `translatedFrom` of articles
 * current, whoever writes (Content Manager, REST, importer, bootstrap):
 * - the two fields are dropped from incoming data: the Content Manager sends hidden
 *   fields back as it loaded them, and a stale copy must not overwrite the server's;
 * - after a write, the fingerprints of the document's versions are refreshed;
 * - an `update` that creates a locale version the document did not have (how every
 *   translation is born in Strapi 5) records which source text it translates.
 * The write and the bookkeeping share one transaction.
 */
export const trackTranslationsMiddleware =
  ({ strapi, tracker }: { strapi: Core.Strapi; tracker: () => Tracker }) =>
  async (ctx: any, next: () => Promise<any>) => {
    if (ctx.uid !== UIDS.article || !WRITES.has(ctx.action)) return next();
    if (ctx.params?.data) ctx.params = { ...ctx.params, data: withoutTrackingFields(ctx.params.data) };

    return strapi.db.transaction(async () => {
      const documentId: string | undefined = ctx.params?.documentId;
      let newLocale: string | null = null;
      let before: VersionRow[] = [];
      if (ctx.action === 'update' && documentId) {
        const locale: string = ctx.params.locale ?? (await tracker().defaultLocale());
        before = await tracker().draftVersions(documentId);
        if (before.length > 0 && !before.some((v) => v.locale === locale)) newLocale = locale;
      }

      const result = await next();

      const touched: string | undefined = result?.documentId ?? documentId;
      if (!touched) return result;
      const rows = await tracker().refreshHashes(touched);
      if (newLocale && rows.some((r) => r.locale === newLocale && r.publishedAt === null)) {
        await tracker().recordNewTranslation(touched, newLocale, before, rows);
      }
      // A clone copies `translatedFrom` too; in the new document it may name a locale the
      // clone does not have, which would leave it with no source.
      if (ctx.action === 'clone') await tracker().forgetMissingSources(touched, rows);
      return result;
    });
  };
