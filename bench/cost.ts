/**
 * What the costliest request the limits still allow costs, against a plain article read
 * (config/delivery.ts `limits`; README, "Security: limits"). One request at a time, so
 * the figure is the time one client holds the server for.
 *
 *   npx tsx bench/cost.ts [--articles 2000] [--repeat 15] [--no-pg]
 *
 * Per database: a fresh database filled by bench/api-generate.ts (each article: 2 quotes,
 * 2 speakers, 1 institution; an institution has articles/50 articles), the compiled app
 * (dist/; compiled when missing) started in production mode, rate limit and HTTP cache
 * off. Each request is sent `repeat` times; the table gives the median and the ratio to
 * the plain read. A request the byte cap turns into a 400 still did its reads: its time
 * is what it cost.
 */
import fs from 'fs';
import path from 'path';
import { execFileSync } from 'child_process';
import { arg, fmt, freshPostgres, freshSqlite, pgAvailable, printTable, ROOT, startApp, timed, type Db } from './support';

const ARTICLES = Number(arg('articles', '2000'));
const REPEAT = Number(arg('repeat', '15'));
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

// 20 relations, depth 4, at most 2 to-many relations along a path: the most a REST
// populate may ask for, chosen through the biggest to-many relations of the data set
// (an institution's articles, a speaker's articles and quotes).
const WORST_POPULATE = [
  'institutions.articles.cover',
  'speakers.articles.cover',
  'speakers.quotes.article.cover',
  'quotes.article.quotes.speaker',
  'institutions.speakers.institution.logo',
  'institutions.children',
].join(',');
// 40 × (1 + 60 × (1 + 1)) = 4,840 estimated rows (the maximum is 5,000).
const WORST_GRAPHQL = `{ institutions(locale: "kk", pagination: { limit: 40 }) { name articles(pagination: { limit: 60 }) { title lead speakers(pagination: { limit: 1 }) { fullName } } } }`;

type Request = { name: string; send: (url: string) => Promise<Response> };
const get = (name: string, p: string): Request => ({ name, send: (url) => fetch(`${url}${p}`) });
const REQUESTS: Request[] = [
  get('plain article read (by slug filter, no populate)', '/api/articles?locale=kk&filters[slug][$eq]=bench-article-0-kk'),
  get('article page (by-slug, default populate)', '/api/articles/by-slug/bench-article-0-kk?locale=kk'),
  get('REST worst allowed: 100 articles, 20 relations, depth 4, 2 to-many hops', `/api/articles?locale=kk&pagination[pageSize]=100&populate=${WORST_POPULATE}`),
  {
    name: 'GraphQL worst allowed: 4,840 estimated rows',
    send: (url) => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: WORST_GRAPHQL }) }),
  },
];

async function measure(url: string, request: Request) {
  const times: number[] = [];
  let status = 0;
  let bytes = 0;
  for (let i = 0; i < REPEAT + 1; i++) {
    const started = performance.now();
    const res = await request.send(url);
    const body = await res.arrayBuffer();
    if (i > 0) times.push(performance.now() - started); // the first one warms up
    status = res.status;
    bytes = body.byteLength;
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], max: times[times.length - 1], status, bytes };
}

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'src', 'index.js'))) execFileSync('node', ['scripts/compile.js', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  const dbs: Array<() => Db> = [() => freshSqlite('cost')];
  if (!process.argv.includes('--no-pg') && pgAvailable()) dbs.push(() => freshPostgres('cost'));
  const rows: Array<Record<string, string | number>> = [];
  for (const make of dbs) {
    const db = make();
    try {
      const gen = timed(TSX, ['bench/api-generate.ts', String(ARTICLES)], { ...db.env, NODE_ENV: 'development' });
      if (gen.status !== 0) throw new Error(`generation failed:\n${gen.stderr.slice(-2000)}`);
      const app = await startApp({ ...db.env, RATE_LIMIT_ENABLED: 'false', HTTP_CACHE_ENABLED: 'false' });
      try {
        let plain = 0;
        for (const request of REQUESTS) {
          const r = await measure(app.url, request);
          if (!plain) plain = r.median;
          rows.push({
            db: db.name,
            request: request.name,
            status: r.status,
            'KB': fmt(r.bytes / 1024),
            'median ms': fmt(r.median),
            'max ms': fmt(r.max),
            'vs plain': `${fmt(r.median / plain)}x`,
          });
          console.error(`[bench] ${db.name} ${request.name}: ${fmt(r.median)} ms (${r.status})`);
        }
      } finally {
        await app.stop();
      }
    } finally {
      db.drop();
    }
  }
  console.log(`\nbench/cost: ${ARTICLES} articles × 3 locales, ${REPEAT} sequential requests each, ${require('os').cpus().length} cores, node ${process.version}\n`);
  printTable(rows);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
