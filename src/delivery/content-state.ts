import type { Core } from '@strapi/strapi';
import { NEWSROOM_UIDS } from '../lib/newsroom-types';
import type { ContentState } from './http-cache';
import { CONTENT_VERSION_KEY } from './content-version';

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
