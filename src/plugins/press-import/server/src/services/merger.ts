import type { Core } from '@strapi/strapi';
import { CMS_LOCALES, MERGE_TYPES, PUBLIC_CHANGE_HOOK, UIDS, type MergeType } from '../constants';
import { abbreviationKey } from '../domain/match';
import { duplicateGroups, emptyFieldsToFill, institutionKeys, newSpellings, speakerKeys, wouldLoop } from '../domain/merge';
import { splitLines } from '../repositories/newsroom';
import type { ReadScope } from './access';

/**
 * What merging means for each type. Links are of two kinds (the rule of
 * src/document-middlewares/link-ownership.ts, "who decides a published link"):
 * - `move`: links the OTHER side decides (an article its speakers, a quote its speaker,
 *   a speaker its institution, an institution its parent): they move from the merged
 *   entry to the kept one in every locale, on drafts and on published versions alike,
 *   since the other side published them;
 * - `fill`: links this entry decides itself: the kept entry's draft takes the merged
 *   one's when it has none; its published version changes when an editor publishes it.
 */
const SPECS = {
  [UIDS.speaker]: {
    label: 'speaker',
    nameField: 'fullName',
    listField: 'aliases',
    move: ['quotes', 'articles'],
    fill: ['institution'],
    localizedFields: ['honorific', 'position', 'bio'],
    sharedFields: ['photo'],
    mediaFields: ['photo'],
  },
  [UIDS.institution]: {
    label: 'institution',
    nameField: 'name',
    listField: 'abbreviations',
    move: ['articles', 'speakers', 'children'],
    fill: ['parent'],
    localizedFields: [] as string[],
    sharedFields: ['kind', 'country', 'website', 'logo'],
    mediaFields: ['logo'],
  },
} as const;
type MergeUid = keyof typeof SPECS;
type Spec = (typeof SPECS)[MergeUid];

/** A refused merge (the controller answers 400 with the message). */
export class MergeError extends Error {
  constructor(
    public code: 'NOT_FOUND' | 'WRONG_TYPE' | 'SAME_DOCUMENT',
    message: string,
  ) {
    super(message);
  }
}

/** One row of a document: a locale's draft or published version. */
export type Version = {
  id: number;
  documentId: string;
  locale: string;
  publishedAt: string | null;
  createdBy?: { id: number } | null;
  [field: string]: unknown;
};

export type MergeOutcome = {
  type: MergeType;
  kept: EntrySummary;
  deleted: string;
  /** Documents linked to the merged entry that are now linked to the kept one (per relation). */
  moved: Record<string, number>;
  /** Links of the merged entry the kept one already had (or that would close a loop of parents): dropped. */
  droppedLinks: number;
  /** Spellings added to the kept entry's aliases (speakers) or abbreviations (institutions). */
  aliasesAdded: string[];
  /** Locales the kept entry had no version in and now has (the merged entry's versions). */
  localesAdded: string[];
  /** Empty fields of the kept entry filled from the merged one (`position@ru`, `photo`, `institution@en`). */
  fieldsFilled: string[];
};

export type EntrySummary = {
  documentId: string;
  /** Name of the draft in each locale the entry has. */
  names: Record<string, string>;
  /** Aliases (speakers) or abbreviations (institutions). */
  aliases: string[];
  locales: string[];
  published: string[];
  /** Documents linked, per relation (quotes, articles; speakers, children). */
  links: Record<string, number>;
};

const LOCALE_ORDER = CMS_LOCALES as readonly string[];
const byLocale = (a: { locale: string }, b: { locale: string }) => LOCALE_ORDER.indexOf(a.locale) - LOCALE_ORDER.indexOf(b.locale);
const statusOf = (v: Version) => (v.publishedAt ? 'published' : 'draft');
const slot = (v: Version) => `${v.locale}|${statusOf(v)}`;

/**
 * Merges duplicates: everything the merged entry (B) has moves to the kept one (A), then
 * B is deleted. The only code of the merge that writes to the database, all of it in one
 * transaction (a failure leaves both entries as they were).
 */
export const createMerger = ({ strapi }: { strapi: Core.Strapi }) => {
  const specOf = (uid: string): Spec => {
    const spec = SPECS[uid as MergeUid];
    if (!spec) throw new Error(`Cannot merge ${uid}`);
    return spec;
  };

  /** Every version (locales × draft/published) of the documents, with creator and media. */
  async function versionsOf(uid: string, documentIds: string[]): Promise<Version[]> {
    const spec = specOf(uid);
    const populate: Record<string, unknown> = { createdBy: { select: ['id'] } };
    for (const field of spec.mediaFields) populate[field] = { select: ['id'] };
    const rows = (await strapi.db.query(uid as any).findMany({ where: { documentId: { $in: documentIds } }, populate })) as Version[];
    return rows.sort(byLocale);
  }

  /** A and B, checked: both exist as `uid` and are not the same document. */
  async function load(uid: string, keep: string, merge: string) {
    const spec = specOf(uid);
    if (keep === merge) throw new MergeError('SAME_DOCUMENT', `Cannot merge a ${spec.label} into itself`);
    const versions = await versionsOf(uid, [keep, merge]);
    const a = versions.filter((v) => v.documentId === keep);
    const b = versions.filter((v) => v.documentId === merge);
    for (const [documentId, rows] of [[keep, a], [merge, b]] as const) {
      if (rows.length > 0) continue;
      const other = Object.values(MERGE_TYPES).find((u) => u !== uid);
      const isOther = other && (await strapi.db.query(other as any).count({ where: { documentId } })) > 0;
      if (isOther) {
        throw new MergeError('WRONG_TYPE', `${documentId} is ${specOf(other).label === 'institution' ? 'an institution' : 'a speaker'}, not ${spec.label === 'institution' ? 'an institution' : 'a speaker'}: only entries of one type can be merged`);
      }
      throw new MergeError('NOT_FOUND', `No ${spec.label} with documentId ${documentId}`);
    }
    return { a, b };
  }

  /** Draft names, list, locales, publish state and link counts of documents, in the order asked. */
  async function summaries(uid: string, documentIds: string[]): Promise<EntrySummary[]> {
    if (documentIds.length === 0) return [];
    const spec = specOf(uid);
    const populate = Object.fromEntries(spec.move.map((name) => [name, { select: ['documentId'] }]));
    const rows = (await strapi.db.query(uid as any).findMany({
      where: { documentId: { $in: documentIds } },
      select: ['documentId', 'locale', 'publishedAt', spec.nameField, spec.listField],
      populate,
    })) as Version[];
    return documentIds.flatMap((documentId) => {
      const versions = rows.filter((r) => r.documentId === documentId).sort(byLocale);
      if (versions.length === 0) return [];
      const drafts = versions.filter((v) => !v.publishedAt);
      const links: Record<string, number> = {};
      for (const name of spec.move) {
        links[name] = new Set(drafts.flatMap((v) => ((v[name] as Array<{ documentId: string }>) ?? []).map((l) => l.documentId))).size;
      }
      return [{
        documentId,
        names: Object.fromEntries(drafts.map((v) => [v.locale, String(v[spec.nameField] ?? '')])),
        aliases: splitLines(drafts[0]?.[spec.listField]),
        locales: drafts.map((v) => v.locale),
        published: versions.filter((v) => v.publishedAt).map((v) => v.locale),
        links,
      }];
    });
  }

  /** Names, list entries and draft rows of every entry of `uid` the scope lets through. */
  async function namesInScope(uid: string, scope: Exclude<ReadScope, false>, extra: Record<string, unknown> = {}) {
    const spec = specOf(uid);
    const rows = (await strapi.db.query(uid as any).findMany({
      where: { $and: [{ publishedAt: null }, scope, extra] },
      select: ['documentId', 'locale', spec.nameField, spec.listField],
      orderBy: { id: 'asc' },
    })) as Version[];
    const byDocument = new Map<string, { names: string[]; list: string[] }>();
    for (const row of rows) {
      const entry = byDocument.get(row.documentId) ?? { names: [], list: [] };
      entry.names.push(String(row[spec.nameField] ?? ''));
      entry.list.push(...splitLines(row[spec.listField]));
      byDocument.set(row.documentId, entry);
    }
    return byDocument;
  }

  /**
   * Entries that look like the same person or body: a name or alias with the same words
   * in any script and order ("Arman Bekov" / "Bekov Arman" / "Арман Беков"), or for
   * institutions the same name or abbreviation as the importer compares them. At most
   * `limit` groups, each a list of summaries.
   */
  async function duplicates(uid: string, scope: ReadScope, limit = 50): Promise<EntrySummary[][]> {
    if (scope === false) return [];
    const byDocument = await namesInScope(uid, scope);
    const keyed = [...byDocument.entries()].map(([documentId, { names, list }]) => ({
      documentId,
      keys: uid === UIDS.speaker ? speakerKeys([...names, ...list]) : institutionKeys(names, list),
    }));
    const groups = duplicateGroups(keyed).slice(0, limit);
    const all = await summaries(uid, groups.flat());
    const byId = new Map(all.map((s) => [s.documentId, s]));
    return groups.map((g) => g.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])));
  }

  /** Entries whose name (any locale) or alias contains `q`, at most `limit`. */
  async function search(uid: string, q: string, scope: ReadScope, limit = 20): Promise<EntrySummary[]> {
    if (scope === false) return [];
    const spec = specOf(uid);
    const rows = (await strapi.db.query(uid as any).findMany({
      where: { $and: [scope, { $or: [{ [spec.nameField]: { $containsi: q } }, { [spec.listField]: { $containsi: q } }] }] },
      select: ['documentId'],
      orderBy: { id: 'asc' },
      limit: limit * 6,
    })) as Version[];
    return summaries(uid, [...new Set(rows.map((r) => r.documentId))].slice(0, limit));
  }

  /**
   * Merges document `merge` (B) into document `keep` (A), both of `uid`, in one transaction:
   *
   * 1. B's versions in locales (or states) A has none of become A's, as they are: their
   *    links, slug and published state come along (a published version of B in a locale
   *    where A is only a draft stays public, now under A).
   * 2. Where both have a version (same locale, same state), B's `move` links go to A's
   *    version, except those A already has (no duplicate link).
   * 3. A's drafts take B's `fill` links and empty fields (A's published versions change
   *    when an editor publishes A: a merge publishes nothing that was not published).
   * 4. Every spelling of B (its names in every locale, its aliases or abbreviations)
   *    joins A's aliases or abbreviations, so the importer matches it to A from now on.
   * 5. B is deleted in every locale.
   */
  async function merge(uid: string, keep: string, merge: string, options: { userId?: number } = {}): Promise<MergeOutcome> {
    const spec = specOf(uid);
    const model = strapi.getModel(uid as any);
    const meta = strapi.db.metadata.get(uid as any);
    const type = (Object.keys(MERGE_TYPES) as MergeType[]).find((t) => MERGE_TYPES[t] === uid)!;

    return strapi.db.transaction(async ({ trx }: any) => {
      const table = (name: string) => strapi.db.getConnection(name).transacting(trx);
      // One merge at a time (PostgreSQL; SQLite has one writer): two merges of the same
      // entries in opposite directions must not interleave.
      if (strapi.db.dialect.client === 'postgres') {
        await trx.raw('select pg_advisory_xact_lock(hashtextextended(?, 0))', ['press-import:merge']);
      }
      const { a, b } = await load(uid, keep, merge);
      // Published rows change (links moved, versions taken over) only when B has some.
      if (b.some((v) => v.publishedAt)) await strapi.hook(PUBLIC_CHANGE_HOOK)?.call({ uid, documentIds: [keep, merge] });

      // 1. B's versions where A has none.
      const aSlots = new Map(a.map((v) => [slot(v), v]));
      const takenOver = b.filter((v) => !aSlots.has(slot(v)));
      if (takenOver.length > 0) {
        await table(meta.tableName).whereIn('id', takenOver.map((v) => v.id)).update({ document_id: keep });
      }
      const aLocales = new Set(a.map((v) => v.locale));
      const localesAdded = [...new Set(takenOver.filter((v) => !aLocales.has(v.locale)).map((v) => v.locale))];
      const pairs = b.flatMap((bv) => (aSlots.has(slot(bv)) ? [{ a: aSlots.get(slot(bv))!, b: bv }] : []));

      // Parent links of institutions, kept current while children and parents move.
      const parentJoin = uid === UIDS.institution ? (meta.attributes as any).parent.joinTable : null;
      const parentOf = new Map<string, string>();
      if (parentJoin) {
        const rows = await table(parentJoin.name).select(parentJoin.joinColumn.name, parentJoin.inverseJoinColumn.name);
        for (const r of rows) parentOf.set(String(r[parentJoin.joinColumn.name]), String(r[parentJoin.inverseJoinColumn.name]));
      }
      const bIds = new Set(b.map((v) => String(v.id)));
      // B's rows go away: a chain of parents stops there.
      const currentParent = (id: string) => {
        const parent = parentOf.get(id);
        return parent === undefined || bIds.has(parent) ? undefined : parent;
      };

      // 2. Links the other side decides.
      const movedRows = new Map<string, Set<string>>(spec.move.map((name) => [name, new Set<string>()]));
      let droppedLinks = 0;
      for (const { a: av, b: bv } of pairs) {
        for (const name of spec.move) {
          const join = (meta.attributes as any)[name].joinTable;
          const own = join.joinColumn.name as string;
          const other = join.inverseJoinColumn.name as string;
          const order = join.orderColumnName as string | undefined;
          const links = await table(join.name).select('*').where(own, bv.id).orderBy('id');
          if (links.length === 0) continue;
          const existing = await table(join.name).select(other, ...(order ? [order] : [])).where(own, av.id);
          const has = new Set(existing.map((r: any) => String(r[other])));
          let nextOrder = Math.max(0, ...existing.map((r: any) => Number(order ? r[order] : 0) || 0));
          for (const link of links) {
            const target = String(link[other]);
            // An institution cannot become its own parent, nor its own ancestor's.
            const loops = name === 'children' && (target === String(av.id) || wouldLoop(currentParent, target, String(av.id)));
            if (has.has(target) || loops) {
              await table(join.name).where('id', link.id).delete();
              if (name === 'children') parentOf.delete(target);
              droppedLinks += 1;
              continue;
            }
            await table(join.name)
              .where('id', link.id)
              .update({ [own]: av.id, ...(order && { [order]: (nextOrder += 1) }) });
            if (name === 'children') parentOf.set(target, String(av.id));
            has.add(target);
            movedRows.get(name)!.add(target);
          }
        }
      }

      // 3. A's drafts: links they decide and empty fields.
      const fieldsFilled: string[] = [];
      const draftPairs = pairs.filter((p) => !p.a.publishedAt);
      for (const { a: av, b: bv } of draftPairs) {
        for (const name of spec.fill) {
          const join = (meta.attributes as any)[name].joinTable;
          const own = join.joinColumn.name as string;
          const other = join.inverseJoinColumn.name as string;
          const [aLink] = await table(join.name).select('*').where(own, av.id);
          const [bLink] = await table(join.name).select('*').where(own, bv.id);
          const aPointsToB = aLink && bIds.has(String(aLink[other]));
          if ((aLink && !aPointsToB) || !bLink) continue;
          const target = String(bLink[other]);
          if (name === 'parent' && (target === String(av.id) || wouldLoop(currentParent, String(av.id), target))) continue;
          if (aPointsToB) await table(join.name).where('id', aLink.id).delete();
          await table(join.name).where('id', bLink.id).update({ [own]: av.id });
          if (name === 'parent') parentOf.set(String(av.id), target);
          fieldsFilled.push(`${name}@${av.locale}`);
        }
      }

      // 3 (fields) and 4 (spellings), through the Document Service so the app's rules apply.
      const aDrafts = a.filter((v) => !v.publishedAt);
      const bDrafts = b.filter((v) => !v.publishedAt);
      const primary = aDrafts[0];
      const known = [...a.map((v) => v[spec.nameField]), ...a.flatMap((v) => splitLines(v[spec.listField]))];
      const incoming = [...b.map((v) => v[spec.nameField]), ...b.flatMap((v) => splitLines(v[spec.listField]))];
      const aliasesAdded = newSpellings(known, incoming, uid === UIDS.institution ? abbreviationKey : undefined);

      const emptyIn = (field: string, value: unknown) =>
        value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (field === 'kind' && value === 'other');
      const shared = emptyFieldsToFill(primary, bDrafts[0] ?? b[0], spec.sharedFields, emptyIn);
      for (const field of spec.mediaFields) if (shared[field]) shared[field] = (shared[field] as { id: number }).id;
      fieldsFilled.push(...Object.keys(shared));

      const updates = new Map<string, Record<string, unknown>>();
      for (const { a: av, b: bv } of draftPairs) {
        const localized = emptyFieldsToFill(av, bv, spec.localizedFields);
        if (Object.keys(localized).length === 0) continue;
        updates.set(av.locale, localized);
        fieldsFilled.push(...Object.keys(localized).map((f) => `${f}@${av.locale}`));
      }
      const list = [...splitLines(primary[spec.listField]), ...aliasesAdded].join('\n');
      updates.set(primary.locale, {
        ...updates.get(primary.locale),
        ...shared,
        ...(aliasesAdded.length > 0 && { [spec.listField]: list }),
      });
      const docs = strapi.documents(uid as any) as any;
      for (const [locale, data] of updates) {
        if (Object.keys(data).length === 0) continue;
        await docs.update({ documentId: keep, locale, data: { ...data, ...(options.userId && { updatedBy: options.userId }) } });
      }
      // Shared fields are the same in every locale's draft, the ones taken over from B too.
      const i18n = strapi.plugin('i18n');
      const populate = i18n.service('content-types').getNestedPopulateOfNonLocalizedAttributes(uid);
      const source = await strapi.db.query(uid as any).findOne({ where: { id: primary.id }, populate });
      await i18n.service('localizations').syncNonLocalizedAttributes(source, model);

      // 5. B, in every locale (what is left of it).
      await docs.delete({ documentId: merge, locale: '*' });

      const moved = Object.fromEntries(
        await Promise.all(
          spec.move.map(async (name) => {
            const ids = [...movedRows.get(name)!];
            const target = (meta.attributes as any)[name].joinTable.inverseJoinColumn.referencedTable as string;
            if (ids.length === 0) return [name, 0] as const;
            const rows = await table(target).distinct('document_id').whereIn('id', ids);
            return [name, rows.length] as const;
          }),
        ),
      );
      const [kept] = await summaries(uid, [keep]);
      return { type, kept, deleted: merge, moved, droppedLinks, aliasesAdded, localesAdded, fieldsFilled };
    });
  }

  return { versionsOf, load, merge, duplicates, search, summaries };
};

export type Merger = ReturnType<typeof createMerger>;
