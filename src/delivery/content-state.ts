import type { Core } from '@strapi/strapi';
import { NEWSROOM_UIDS } from '../lib/newsroom-types';
import { stateFingerprint, type ContentState } from './http-cache';

/**
 * What the HTTP cache validates public responses against, read in ONE query per
 * request, every part of it O(1) or on a tiny table:
 * - the content version token (src/delivery/content-version.ts), replaced by every
 *   publish, unpublish, delete and media change, in the same transaction;
 * - max(id) of the PUBLISHED rows of each newsroom table: a published row inserted by
 *   any other path, even raw SQL, moves it, while a new draft (saved, created,
 *   imported) moves nothing, so outsiders cannot see from ETags that work happened;
 * - count / max(id) / max(updated_at) of the Public role's permissions and of the
 *   locales: a revoked permission or a removed locale changes answers too.
 */
/** The core-store row that holds the content version token (content-version.ts). */
export const CONTENT_VERSION_KEY = 'newsroom_content_version';

export async function readContentState(strapi: Core.Strapi): Promise<ContentState> {
  const knex = strapi.db.connection;
  // One UNION ALL needs one type per column: everything as text.
  const text = (expr: string, bindings: unknown[], alias: string) => knex.raw(`CAST(${expr} AS VARCHAR(255)) AS ${alias}`, bindings as any);
  const meta = (uid: string) => {
    const m = strapi.db.metadata.get(uid as any);
    const col = (attr: string) => (m.attributes[attr] as any)?.columnName ?? attr;
    return { table: m.tableName, col };
  };
  const from = (uid: string) => strapi.db.getConnection(meta(uid).table);
  const tag = (t: string) => knex.raw('? AS t', [t]);

  const store = meta('strapi::core-store');
  const parts = [
    from('strapi::core-store')
      .select(tag('version'), text('??', [store.col('value')], 'a'), text('??', [store.col('id')], 'b'), knex.raw('NULL AS c'))
      .where(store.col('key'), CONTENT_VERSION_KEY),
    ...NEWSROOM_UIDS.map((uid) =>
      from(uid)
        .select(tag(uid), text('max(??)', [meta(uid).col('id')], 'a'), knex.raw('NULL AS b'), knex.raw('NULL AS c'))
        .whereNotNull(meta(uid).col('publishedAt'))
    ),
    ...['plugin::users-permissions.permission', 'plugin::i18n.locale'].map((uid) => {
      const { col } = meta(uid);
      return from(uid).select(tag(uid), text('count(*)', [], 'a'), text('max(??)', [col('id')], 'b'), text('max(??)', [col('updatedAt')], 'c'));
    }),
  ];
  const [first, ...rest] = parts;
  const rows: any[] = await first.unionAll(rest);
  // UNION ALL keeps no order by itself.
  rows.sort((x, y) => `${x.t}|${x.b}`.localeCompare(`${y.t}|${y.b}`));
  return rows.map((r) => [r.t, r.a, r.b, r.c]);
}

/**
 * The content state as this instance last read it, for at most `maxAgeMs` (0: read on
 * every request). A change made through this instance (a publishing transaction that
 * commits, a media change, a Public permission or locale change) drops it at once, so
 * its own next request reads the database again; a change made through ANOTHER instance
 * on the same database is seen within `maxAgeMs`.
 *
 * A read that started before a drop is not kept (its generation is old): the state a
 * request uses is never older than the last change this instance committed.
 */
export function createContentStateReader(
  strapi: Core.Strapi,
  maxAgeMs: () => number,
  readState: (strapi: Core.Strapi) => Promise<ContentState> = readContentState,
) {
  let generation = 0;
  type Read = { state: ContentState; fingerprint: string };
  let memo: { read: Read; at: number; generation: number } | null = null;
  const values = new Map<string, { value: unknown; at: number; generation: number }>();
  /** The state with its fingerprint (stateFingerprint), computed once per database read. */
  async function readWithFingerprint(): Promise<Read> {
    const now = Date.now();
    if (memo && memo.generation === generation && now - memo.at < maxAgeMs()) return memo.read;
    const started = generation;
    const state = await readState(strapi);
    const read = { state, fingerprint: stateFingerprint(state) };
    if (started === generation) memo = { read, at: now, generation: started };
    return read;
  }
  return {
    readWithFingerprint,
    async read(): Promise<ContentState> {
      return (await readWithFingerprint()).state;
    },
    /**
     * A value read from tables the state covers (the locales), kept with the same
     * lifetime as the state: dropped with it, re-read after `maxAgeMs`.
     */
    async remember<T>(key: string, load: () => Promise<T>): Promise<T> {
      const now = Date.now();
      const kept = values.get(key);
      if (kept && kept.generation === generation && now - kept.at < maxAgeMs()) return kept.value as T;
      const started = generation;
      const value = await load();
      if (started === generation) values.set(key, { value, at: now, generation: started });
      return value;
    },
    invalidate() {
      generation += 1;
      memo = null;
      values.clear();
    },
  };
}

export type ContentStateReader = ReturnType<typeof createContentStateReader>;

const readers = new WeakMap<object, ContentStateReader>();

/** This instance's reader (one per Strapi), with `maxAgeMs` from config/middlewares.ts (http-cache). */
export function contentStateOf(strapi: Core.Strapi): ContentStateReader {
  let reader = readers.get(strapi);
  if (!reader) {
    reader = createContentStateReader(strapi, () => stateMaxAgeMs(strapi));
    readers.set(strapi, reader);
  }
  return reader;
}

function stateMaxAgeMs(strapi: Core.Strapi): number {
  const entry = (strapi.config.get('middlewares', []) as any[]).find((m) => m?.name === 'global::http-cache');
  const value = Number(entry?.config?.stateMaxAgeMs ?? 0);
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * Drops this instance's state after the current transaction commits (at once outside
 * one): the next request reads the database and sees the change.
 */
export async function invalidateContentStateOnCommit(strapi: Core.Strapi) {
  const reader = contentStateOf(strapi);
  if (!strapi.db.inTransaction()) return reader.invalidate();
  await strapi.db.transaction(async ({ onCommit }: any) => onCommit(() => reader.invalidate()));
}

/**
 * A Public permission or a locale changed (admin settings): this instance's next request
 * reads the state again (it covers both tables), other instances within `maxAgeMs`.
 */
export function invalidateOnAccessChanges(strapi: Core.Strapi) {
  const drop = () => contentStateOf(strapi).invalidate();
  strapi.db.lifecycles.subscribe({
    models: ['plugin::users-permissions.permission', 'plugin::i18n.locale'],
    afterCreate: drop,
    afterCreateMany: drop,
    afterUpdate: drop,
    afterUpdateMany: drop,
    afterDelete: drop,
    afterDeleteMany: drop,
  } as any);
}
