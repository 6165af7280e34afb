import type { Core } from '@strapi/strapi';
import { saveDraftThenPublish } from './cascade-publish';

/**
 * WHO DECIDES A PUBLISHED LINK.
 *
 * Strapi 5 keeps the draft and the published version of a document as two rows. Publishing
 * X deletes X's published row and rebuilds it from X's draft, mapping every relation of the
 * draft to the targets' published rows — the inverse sides too (speaker.articles, ...).
 * So publishing speaker S for the first time made every published article whose *draft*
 * links S link it publicly, before that article's edit was published; publishing an
 * institution moved published speakers to it (a manyToOne is "stolen" by the new row);
 * republishing a speaker dropped the links that published articles still have.
 *
 * The rule: a link between two entries is decided by the publish of ONE of them, its
 * owner, listed below. When the other side is published (by the article cascade, the
 * Content Manager, bulk publish, the REST API or the Document Service), its new published
 * version keeps exactly the links of that attribute that its previous published version
 * had (none on a first publish); its draft's links wait for the owner's publish.
 *
 *   article  decides article.speakers, article.institutions and article.quotes
 *            (a quote belongs to the article that lists it; the cascade publishes the
 *            quotes first and the article then links them);
 *   quote    decides quote.speaker;
 *   speaker  decides speaker.institution;
 *   institution decides its own parent (institution.parent).
 *
 * Hence, per published type, the attributes whose links come from the other side:
 */
export const LINKS_DECIDED_BY_OTHER_SIDE: Record<string, readonly string[]> = {
  'api::speaker.speaker': ['articles', 'quotes'],
  'api::institution.institution': ['articles', 'speakers', 'children'],
  'api::quote.quote': ['article'],
};

/**
 * How: before Strapi's publish, the draft's join rows of those attributes are set aside
 * (so Strapi neither copies them nor takes a manyToOne away from another published entry),
 * and the previous published version's rows are read; after it, the draft's rows are put
 * back as they were and the previous published rows are re-attached to the new published
 * row of their locale, with their order columns. Everything in the publish's transaction,
 * a few queries per attribute, whatever the number of links.
 */
type JoinRow = Record<string, any>;
type Version = { id: number | string; locale: string | null; published_at: unknown };

/** Pure: the join rows to write after the publish (see `restore` below). */
export function rowsToRestore(
  snapshot: JoinRow[],
  entityColumn: string,
  before: Version[],
  after: Version[]
): JoinRow[] {
  const key = (id: unknown) => String(id);
  const drafts = new Set(before.filter((v) => !v.published_at).map((v) => key(v.id)));
  const afterIds = new Set(after.map((v) => key(v.id)));
  const replacedLocale = new Map(
    before.filter((v) => v.published_at && !afterIds.has(key(v.id))).map((v) => [key(v.id), v.locale])
  );
  const newPublished = new Map(after.filter((v) => v.published_at).map((v) => [v.locale, v.id]));

  const rows: JoinRow[] = [];
  for (const row of snapshot) {
    const entity = key(row[entityColumn]);
    if (drafts.has(entity)) {
      rows.push(row); // the draft's links, exactly as they were (same ids and orders)
    } else if (replacedLocale.has(entity)) {
      const target = newPublished.get(replacedLocale.get(entity)!);
      if (target === undefined) continue;
      const { id: _old, ...rest } = row;
      rows.push({ ...rest, [entityColumn]: target });
    }
    // rows of published versions left alone by this publish are untouched in the database
  }
  return rows;
}

/**
 * Bulk publish in the Content Manager publishes several documents of one type at once
 * (Promise.all in one transaction): their set-aside/restore steps must not interleave
 * (an institution's children rows are its children's parent rows), so they take turns
 * per transaction. (Nothing inside a turn may publish another of these types in the same
 * transaction: Strapi's publish does not.)
 */
const turns = new WeakMap<object, Promise<unknown>>();
function inTurn<T>(trx: object, fn: () => Promise<T>): Promise<T> {
  const run = (turns.get(trx) ?? Promise.resolve()).then(fn, fn);
  turns.set(trx, run.catch(() => undefined));
  return run;
}

export const linkOwnershipMiddleware =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<any>) => {
    const attributes = LINKS_DECIDED_BY_OTHER_SIDE[ctx.uid];
    if (!attributes) return next();
    // create/update with status 'published' publish inside Strapi's repository, past the
    // middlewares: route them through `publish`.
    if ((ctx.action === 'create' || ctx.action === 'update') && ctx.params?.status === 'published') {
      return saveDraftThenPublish(strapi, ctx, next);
    }
    if (ctx.action !== 'publish' || !ctx.params?.documentId) return next();

    const meta = strapi.db.metadata.get(ctx.uid);
    const joins = attributes.map((name) => {
      const joinTable = (meta.attributes[name] as any)?.joinTable;
      if (!joinTable) throw new Error(`${ctx.uid}.${name} is not a relation with a join table`);
      return { table: joinTable.name as string, column: joinTable.joinColumn.name as string };
    });

    return strapi.db.transaction(({ trx }) =>
      inTurn(trx, async () => {
        const table = (name: string) => strapi.db.getConnection(name).transacting(trx);
        // Every version of the document, all locales: whatever locales are published, the
        // drafts are restored as they were and only replaced published rows are re-linked.
        const versionsOf = (): Promise<Version[]> =>
          table(meta.tableName).select('id', 'locale', 'published_at').where('document_id', ctx.params.documentId);

        const before = await versionsOf();
        if (!before.length) return next();
        const drafts = new Set(before.filter((v) => !v.published_at).map((v) => String(v.id)));
        const snapshots: JoinRow[][] = [];
        for (const join of joins) {
          const rows = await table(join.table).select('*').whereIn(join.column, before.map((v) => v.id));
          snapshots.push(rows);
          if (rows.some((row: JoinRow) => drafts.has(String(row[join.column])))) {
            await table(join.table).whereIn(join.column, [...drafts]).delete();
          }
        }

        const result = await next();

        const after = await versionsOf();
        const batchSize = strapi.db.dialect.getBatchInsertSize();
        for (const [i, join] of joins.entries()) {
          const rows = rowsToRestore(snapshots[i], join.column, before, after);
          for (let start = 0; start < rows.length; start += batchSize) {
            await table(join.table).insert(rows.slice(start, start + batchSize));
          }
        }
        return result;
      })
    );
  };
