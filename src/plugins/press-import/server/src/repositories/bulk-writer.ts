import type { Core } from '@strapi/strapi';
import { UIDS } from '../constants';
import type { KnownInstitution, KnownSpeaker } from '../domain/match';
import { firstFreeSlug, slugify } from '../domain/slug';
import { splitLines } from './newsroom';

/** One row (a locale version, draft or published) of a speaker or an institution. */
export type KnownVersion = {
  documentId: string;
  locale: string;
  published: boolean;
  /** fullName of a speaker, name of an institution. */
  name: string | null;
  needsReview: boolean;
  slug: string | null;
};

export type Known = {
  speakers: KnownSpeaker[];
  institutions: KnownInstitution[];
  /** Every version of every speaker and institution, by documentId. */
  versions: Map<string, KnownVersion[]>;
};

type Trx = any;

/** A relation written by the bulk path: `from` and `to` are documentIds, both draft versions in `locale`. */
export type LinkPair = { from: string; to: string };

/**
 * The importer's bulk writes (issue 13): a file's new documents written through the query
 * engine inside the file's transaction, with the rules the Document Service middlewares
 * apply to a draft create done here directly:
 * - documentId from the model's own generator, the file's locale, draft (publishedAt null),
 *   schema defaults and timestamps (query engine `createMany`), the Content Manager's
 *   validation of the scalar fields (`entityValidator`, as `documents().create` runs it);
 * - slugs as src/document-middlewares/slugs.ts makes them (same functions, unique per locale);
 * - relations as draft-to-draft links in the locale, with the order columns Strapi writes
 *   (position in the owner's list; the target's inverse order after its existing links);
 * - the article's contentHash (newsroom-translations' tracker) in the row itself.
 * No re-read after the insert and no post-commit event payloads: nothing in the app
 * listens to entry events, and a draft create changes no public content (no content
 * version bump). Publishing, photos, translations and new locale versions of existing
 * entries still go through the Document Service (src/services/importer.ts decides).
 */
export const createBulkWriter = ({ strapi }: { strapi: Core.Strapi }) => {
  const meta = (uid: string) => strapi.db.metadata.get(uid as any) as any;
  const table = (uid: string) => meta(uid).tableName as string;
  const column = (uid: string, attribute: string) => (meta(uid).attributes[attribute]?.columnName ?? attribute) as string;
  const truthy = (v: unknown) => v === true || v === 1 || v === '1' || v === 't';

  /**
   * Every speaker and institution version, in one statement: what matching needs (names,
   * aliases, abbreviations), what the localizer needs (which locales have a draft, whether it
   * waits for review) and the slugs taken in each locale.
   */
  async function known(trx: Trx): Promise<Known> {
    const part = (uid: string, name: string, list: string, type: string) =>
      `select '${type}' as t, ?? as document_id, ?? as locale, ?? as published_at, ?? as name, ?? as list, ?? as needs_review, ?? as slug from ??`;
    const bindings = (uid: string, name: string, list: string) => [
      column(uid, 'documentId'), column(uid, 'locale'), column(uid, 'publishedAt'), column(uid, name), column(uid, list),
      column(uid, 'needsReview'), column(uid, 'slug'), table(uid),
    ];
    const result = await trx.raw(`${part(UIDS.speaker, 'fullName', 'aliases', 's')} union all ${part(UIDS.institution, 'name', 'abbreviations', 'i')}`, [
      ...bindings(UIDS.speaker, 'fullName', 'aliases'),
      ...bindings(UIDS.institution, 'name', 'abbreviations'),
    ]);
    const rows: any[] = Array.isArray(result) ? result : result.rows;
    const speakers = new Map<string, { names: string[] }>();
    const institutions = new Map<string, { names: string[]; abbreviations: string[] }>();
    const versions = new Map<string, KnownVersion[]>();
    for (const r of rows) {
      const documentId = r.document_id as string;
      if (r.t === 's') {
        const s = speakers.get(documentId) ?? { names: [] };
        s.names.push(...[r.name, ...splitLines(r.list)].filter(Boolean));
        speakers.set(documentId, s);
      } else {
        const i = institutions.get(documentId) ?? { names: [], abbreviations: [] };
        if (r.name) i.names.push(r.name);
        i.abbreviations.push(...splitLines(r.list));
        institutions.set(documentId, i);
      }
      versions.set(documentId, [
        ...(versions.get(documentId) ?? []),
        { documentId, locale: r.locale, published: r.published_at !== null, name: r.name, needsReview: truthy(r.needs_review), slug: r.slug },
      ]);
    }
    return {
      speakers: [...speakers.entries()].map(([documentId, s]) => ({ documentId, names: [...new Set(s.names)] })),
      institutions: [...institutions.entries()].map(([documentId, i]) => ({
        documentId,
        names: [...new Set(i.names)],
        abbreviations: [...new Set(i.abbreviations)],
      })),
      versions,
    };
  }

  /** Slugs of `uid` in `locale` that start with one of `bases` (the slug middleware's check, one statement). */
  async function takenSlugs(trx: Trx, uid: string, locale: string, bases: string[]): Promise<Set<string>> {
    if (bases.length === 0) return new Set();
    const slug = column(uid, 'slug');
    const rows: any[] = await trx(table(uid))
      .select(slug)
      .where(column(uid, 'locale'), locale)
      .where((q: any) => {
        // Slug bases are [a-z0-9-]: nothing to escape for LIKE.
        for (const base of new Set(bases)) q.orWhere(slug, 'like', `${base}%`);
      });
    return new Set(rows.map((r) => r[slug]).filter(Boolean));
  }

  /**
   * Gives each entry a slug from its `source` field, unique in the locale among `taken`
   * (which grows with each one, as consecutive creates would see each other).
   */
  function assignSlugs(uid: string, entries: Array<Record<string, any>>, taken: Set<string>) {
    const source = uid === UIDS.article ? 'title' : uid === UIDS.speaker ? 'fullName' : 'name';
    for (const entry of entries) {
      if (entry.slug || !entry[source]) continue;
      entry.slug = firstFreeSlug(slugify(entry[source]) || 'untitled', taken);
      taken.add(entry.slug);
    }
  }

  /** The slugs of speakers or institutions in `locale`, from the rows `known` read. */
  function knownSlugs(k: Known, uid: string, locale: string): Set<string> {
    const ids = new Set((uid === UIDS.speaker ? k.speakers : k.institutions).map((e) => e.documentId));
    const taken = new Set<string>();
    for (const [documentId, versions] of k.versions) {
      if (!ids.has(documentId)) continue;
      for (const v of versions) if (v.locale === locale && v.slug) taken.add(v.slug);
    }
    return taken;
  }

  /**
   * Creates draft documents of `uid` in `locale` (one statement) and returns their
   * documentIds in order. Scalar fields are validated as the Document Service validates
   * a draft create; a bad value throws its ValidationError and the file rolls back.
   */
  async function createDrafts(uid: string, locale: string, entries: Array<Record<string, unknown>>): Promise<string[]> {
    if (entries.length === 0) return [];
    const contentType = strapi.contentType(uid as any);
    const newId = meta(uid).attributes.documentId.default as () => string;
    const data: Array<Record<string, unknown>> = [];
    for (const entry of entries) {
      const valid = await strapi.entityValidator.validateEntityCreation(contentType as any, entry as any, { isDraft: true, locale } as any);
      data.push({ ...(valid as object), documentId: newId(), locale, publishedAt: null });
    }
    await strapi.db.query(uid as any).createMany({ data });
    return data.map((d) => d.documentId as string);
  }

  /**
   * Links draft versions in `locale`: `attribute` of `uid` (the owning side) from each
   * pair's `from` to its `to`, in one INSERT … SELECT. Order columns as Strapi writes them
   * for a `set` of the list: the position in the owner's list (1, 2, …), and on the
   * target's side the next place after the links it already has. A pair whose ends have no
   * draft in `locale` links nothing (the Document Service drops such a relation too).
   */
  async function link(trx: Trx, uid: string, attribute: string, locale: string, pairs: LinkPair[]) {
    if (pairs.length === 0) return;
    const attr = meta(uid).attributes[attribute];
    const join = attr.joinTable;
    const target = attr.target as string;
    const cols = [join.joinColumn.name, join.inverseJoinColumn.name];
    if (join.orderColumnName) cols.push(join.orderColumnName);
    if (join.inverseOrderColumnName) cols.push(join.inverseOrderColumnName);
    const position = new Map<string, number>();
    const seen = new Map<string, number>();
    const selects: string[] = [];
    const bindings: unknown[] = [];
    const draftOf = (alias: string, u: string) =>
      `${alias}.?? = ? and ${alias}.?? = ? and ${alias}.?? is null`;
    for (const { from, to } of pairs) {
      const place = (position.get(from) ?? 0) + 1;
      position.set(from, place);
      const before = seen.get(to) ?? 0;
      seen.set(to, before + 1);
      let select = 'select a.id, b.id';
      const values: unknown[] = [];
      if (join.orderColumnName) {
        select += ', cast(? as integer)';
        values.push(place);
      }
      if (join.inverseOrderColumnName) {
        // Evaluated against the table as it was before this statement (PostgreSQL's
        // snapshot; SQLite reads a table an INSERT writes into a temporary copy first).
        select += ', cast(? as integer) + coalesce((select max(x.??) from ?? x where x.?? = b.id), 0)';
        values.push(before + 1, join.inverseOrderColumnName, join.name, join.inverseJoinColumn.name);
      }
      selects.push(`${select} from ?? a, ?? b where ${draftOf('a', uid)} and ${draftOf('b', target)}`);
      bindings.push(
        ...values,
        table(uid), table(target),
        column(uid, 'documentId'), from, column(uid, 'locale'), locale, column(uid, 'publishedAt'),
        column(target, 'documentId'), to, column(target, 'locale'), locale, column(target, 'publishedAt'),
      );
    }
    await trx.raw(`insert into ?? (${cols.map(() => '??').join(', ')}) ${selects.join(' union all ')}`, [join.name, ...cols, ...bindings]);
  }

  return { known, takenSlugs, assignSlugs, knownSlugs, createDrafts, link };
};

export type BulkWriter = ReturnType<typeof createBulkWriter>;
