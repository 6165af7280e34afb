/**
 * Generates the delivery-bench data set into the database named by the environment
 * (DATABASE_CLIENT=sqlite|postgres and its variables): N articles, each in en, kk and
 * ru, as Strapi 5 stores published documents (a draft row and a published row per
 * locale, relations between rows of the same locale and status), with 2 quotes by 2
 * speakers and 1 institution per article.
 *
 * FAST on purpose, and not through the Document Service (which would take minutes for
 * 10,000 × 3 publishes): Strapi is booted once so it creates the schema, then rows go in
 * with `strapi.db.query(uid).createMany` (batched inserts, Strapi converts the values)
 * and the link tables with plain knex batch inserts, names read from Strapi's metadata;
 * on PostgreSQL a VACUUM ANALYZE follows, as autovacuum would.
 *
 *   npx tsx bench/api-generate.ts 10000 [--no-fingerprints]   (prints a JSON summary on stdout)
 *
 * The articles get their translation fingerprints (as a running site has them) unless
 * --no-fingerprints (bench/boot.ts: a bulk load the first start has to fingerprint).
 */
import crypto from 'crypto';
import path from 'path';
import { createStrapi } from '@strapi/strapi';

const LOCALES = ['en', 'kk', 'ru'] as const;
const STATUSES = ['draft', 'published'] as const;
type Locale = (typeof LOCALES)[number];
type Status = (typeof STATUSES)[number];
type Key = `${Locale}:${Status}`;
const KEYS: Key[] = LOCALES.flatMap((l) => STATUSES.map((s) => `${l}:${s}` as Key));

const documentId = () => crypto.randomBytes(15).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, 'x').slice(0, 24);
const WORDS = {
  en: ['university', 'students', 'conference', 'research', 'science', 'diplomacy', 'forum', 'campus'],
  kk: ['университет', 'студенттер', 'конференция', 'зерттеу', 'ғылым', 'дипломатия', 'форум', 'кампус'],
  ru: ['университет', 'студенты', 'конференция', 'исследование', 'наука', 'дипломатия', 'форум', 'кампус'],
};
const text = (locale: Locale, i: number, n: number) =>
  Array.from({ length: n }, (_, k) => WORDS[locale][(i * 7 + k * 3) % WORDS[locale].length]).join(' ');

export async function generate(strapi: any, articles: number, { fingerprints = true } = {}) {
  const started = Date.now();
  const db = strapi.db;
  const base = Date.parse('2024-01-01T00:00:00Z');
  let rows = 0;

  /** Inserts one row per (document, locale, status) and returns ids by key. */
  async function insertVersions(uid: string, count: number, data: (i: number, locale: Locale) => Record<string, unknown>, at: (i: number) => number) {
    const docIds = Array.from({ length: count }, documentId);
    const ids = {} as Record<Key, number[]>;
    for (const key of KEYS) {
      const [locale, status] = key.split(':') as [Locale, Status];
      const batch = docIds.map((docId, i) => {
        const when = new Date(at(i));
        return { documentId: docId, locale, ...data(i, locale), createdAt: when, updatedAt: when, publishedAt: status === 'published' ? when : null };
      });
      ids[key] = [];
      for (let i = 0; i < batch.length; i += 5000) {
        const result = await db.query(uid).createMany({ data: batch.slice(i, i + 5000) });
        ids[key].push(...result.ids);
      }
      rows += batch.length;
    }
    return ids;
  }

  /** Link rows for relation `attr` of `uid`: pairs of indexes into the two id lists. */
  async function link(uid: string, attr: string, pairs: Array<[number, number]>, from: Record<Key, number[]>, to: Record<Key, number[]>) {
    const jt = db.metadata.get(uid).attributes[attr].joinTable;
    // Positions on each side (the order of the relation as the admin would show it).
    const next = (m: Map<number, number>, k: number) => {
      const v = (m.get(k) ?? 0) + 1;
      m.set(k, v);
      return v;
    };
    const fromPos = new Map<number, number>();
    const toPos = new Map<number, number>();
    const order = pairs.map(([a, b]) => [next(fromPos, a), next(toPos, b)]);
    for (const key of KEYS) {
      const linkRows = pairs.map(([a, b], k) => ({
        [jt.joinColumn.name]: from[key][a],
        [jt.inverseJoinColumn.name]: to[key][b],
        ...(jt.orderColumnName ? { [jt.orderColumnName]: order[k][0] } : {}),
        ...(jt.inverseOrderColumnName ? { [jt.inverseOrderColumnName]: order[k][1] } : {}),
      }));
      for (let i = 0; i < linkRows.length; i += 500) await db.getConnection(jt.name).insert(linkRows.slice(i, i + 500));
      rows += linkRows.length;
    }
  }

  const nInst = Math.max(10, Math.round(articles / 50));
  const nSpeakers = Math.max(20, Math.round(articles / 10));
  const at = (i: number) => base + i * 60_000;

  const institutions = await insertVersions(
    'api::institution.institution',
    nInst,
    (i, l) => ({ name: `${text(l, i, 2)} ${i}`, slug: `bench-institution-${i}-${l}`, kind: 'university', country: 'KZ' }),
    at
  );
  const speakers = await insertVersions(
    'api::speaker.speaker',
    nSpeakers,
    (i, l) => ({ fullName: `Speaker ${i} ${l}`, slug: `bench-speaker-${i}-${l}`, position: text(l, i, 4) }),
    at
  );
  await link('api::speaker.speaker', 'institution', Array.from({ length: nSpeakers }, (_, i) => [i, i % nInst] as [number, number]), speakers, institutions);

  const articleIds = await insertVersions(
    'api::article.article',
    articles,
    (i, l) => ({
      title: `${text(l, i, 5)} ${i}`,
      slug: `bench-article-${i}-${l}`,
      lead: text(l, i, 30),
      body: [{ type: 'paragraph', children: [{ type: 'text', text: text(l, i, 120) }] }],
      sourceLine: `Press service ${l}`,
      dateline: 'Almaty',
    }),
    at
  );
  const mentions: Array<[number, number]> = [];
  for (let i = 0; i < articles; i += 1) mentions.push([i, i % nSpeakers], [i, (i * 7 + 1) % nSpeakers]);
  await link('api::article.article', 'speakers', mentions, articleIds, speakers);
  await link('api::article.article', 'institutions', Array.from({ length: articles }, (_, i) => [i, i % nInst] as [number, number]), articleIds, institutions);

  const quotes = await insertVersions('api::quote.quote', articles * 2, (i, l) => ({ text: text(l, i, 25), order: i % 2 }), (i) => at(Math.floor(i / 2)));
  await link('api::quote.quote', 'article', Array.from({ length: articles * 2 }, (_, q) => [q, Math.floor(q / 2)] as [number, number]), quotes, articleIds);
  await link('api::quote.quote', 'speaker', Array.from({ length: articles * 2 }, (_, q) => [q, mentions[q][1]] as [number, number]), quotes, speakers);

  // A running site has its translation fingerprints; without them the first start would
  // write them in the background while a bench measures (bench/boot.ts measures that).
  if (fingerprints) await strapi.plugin('newsroom-translations').service('tracker').backfill(500);

  // A production PostgreSQL has been autovacuumed: without it, the visibility map of the
  // freshly written tables is empty, index-only scans turn into heap reads, and the
  // planner picks sequential scans no real database would.
  if (db.dialect.client === 'postgres') await db.connection.raw('VACUUM ANALYZE');

  return { articles, documents: nInst + nSpeakers + articles * 3, rows, seconds: (Date.now() - started) / 1000 };
}

if (require.main === module) {
  (async () => {
    const n = Number(process.argv[2] ?? 10000);
    const root = path.join(__dirname, '..');
    const strapi = await createStrapi({ appDir: root, distDir: path.join(root, 'dist') }).load();
    strapi.log.level = 'error';
    const summary = await generate(strapi, n, { fingerprints: !process.argv.includes('--no-fingerprints') });
    await strapi.destroy();
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    process.exit(0);
  })().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
