/**
 * Delivery API throughput: the article list with locale fallback and the article page
 * by slug, against Strapi's stock requests for the same content (`GET /api/articles`
 * with the same populate; `filters[slug][$eq]=` for a page), cold (200) and ETag-warm
 * (If-None-Match → 304), with autocannon at 20 connections.
 *
 *   npx tsx bench/api.ts [--articles 10000] [--duration 8] [--connections 20] [--reps 3] [--no-pg]
 *
 * Per database (SQLite, and PostgreSQL when a server answers): a fresh database filled
 * by bench/api-generate.ts (bulk inserts, not the Document Service: see there), then the
 * compiled app started twice as a child process in production mode:
 *   - "stock": HTTP_CACHE_ENABLED=false, i.e. Strapi as shipped plus our read rules;
 *   - "newsroom": the app as deployed (ETag middleware on).
 * Each scenario requests a pool of different URLs (random page 1-20, random one of 500
 * slugs), so no single row stays hot. Rate limiting is off for the run.
 */
import fs from 'fs';
import path from 'path';
import { execFileSync } from 'child_process';
import autocannon from 'autocannon';
import { arg, fmt, freshPostgres, freshSqlite, pgAvailable, printTable, ROOT, rssMb, startApp, timed, toQuery, type Db, type RunningApp } from './support';
import { ARTICLE_PAGE_POPULATE } from '../src/api/article/services/delivery';

const ARTICLES = Number(arg('articles', '10000'));
const DURATION = Number(arg('duration', '8'));
const CONNECTIONS = Number(arg('connections', '20'));
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

// The list as a news index page shows it: newest first, 25 per page, with cover and speakers.
const LIST_POPULATE = { cover: true, speakers: { fields: ['fullName', 'slug'] } };
const listQuery = (page: number) => `locale=kk&sort=publishedAt:desc&pagination[page]=${page}&pagination[pageSize]=25&${toQuery({ populate: LIST_POPULATE })}`;
const PAGES = Array.from({ length: 20 }, (_, i) => i + 1);
const SLUGS = Array.from({ length: 500 }, (_, i) => `bench-article-${Math.floor((i * ARTICLES) / 500)}-kk`);

type Scenario = { name: string; variant: string; paths: string[]; conditional?: boolean };

const SCENARIOS = {
  stock: [
    { name: 'list', variant: 'stock', paths: PAGES.map((p) => `/api/articles?${listQuery(p)}`) },
    { name: 'by-slug', variant: 'stock', paths: SLUGS.map((s) => `/api/articles?locale=kk&filters[slug][$eq]=${s}&${toQuery({ populate: ARTICLE_PAGE_POPULATE })}`) },
  ],
  newsroom: [
    { name: 'list', variant: 'fallback kk→ru,en, cold', paths: PAGES.map((p) => `/api/articles?${listQuery(p)}&fallback=ru,en`) },
    { name: 'list', variant: 'fallback, ETag-warm (304)', paths: PAGES.map((p) => `/api/articles?${listQuery(p)}&fallback=ru,en`), conditional: true },
    { name: 'list', variant: 'stock URL + ETag middleware', paths: PAGES.map((p) => `/api/articles?${listQuery(p)}`) },
    { name: 'by-slug', variant: 'by-slug route, cold', paths: SLUGS.map((s) => `/api/articles/by-slug/${s}?locale=kk`) },
    { name: 'by-slug', variant: 'by-slug route, ETag-warm (304)', paths: SLUGS.map((s) => `/api/articles/by-slug/${s}?locale=kk`), conditional: true },
  ],
  memory: [
    { name: 'list', variant: 'fallback, memory cache (200 HIT)', paths: PAGES.map((p) => `/api/articles?${listQuery(p)}&fallback=ru,en`) },
    { name: 'by-slug', variant: 'by-slug route, memory cache (200 HIT)', paths: SLUGS.map((s) => `/api/articles/by-slug/${s}?locale=kk`) },
  ],
} satisfies Record<string, Scenario[]>;

const SERVER_ENV: Record<keyof typeof SCENARIOS, Record<string, string>> = {
  stock: { HTTP_CACHE_ENABLED: 'false' },
  newsroom: { HTTP_CACHE_ENABLED: 'true', RESPONSE_CACHE_ENABLED: 'false' },
  memory: { HTTP_CACHE_ENABLED: 'true', RESPONSE_CACHE_ENABLED: 'true' },
};

async function measure(app: RunningApp, scenario: Scenario) {
  // Check every URL once (and collect its ETag): a bench of errors would be meaningless.
  const etags = new Map<string, string>();
  for (const p of scenario.paths) {
    const res = await fetch(`${app.url}${p}`);
    if (res.status !== 200) throw new Error(`${p} → ${res.status}: ${(await res.text()).slice(0, 300)}`);
    await res.arrayBuffer();
    if (res.headers.get('etag')) etags.set(p, res.headers.get('etag')!);
  }
  if (scenario.conditional && etags.size !== scenario.paths.length) throw new Error(`${scenario.variant}: responses carry no ETag`);
  if (scenario.variant.includes('memory')) {
    const again = await fetch(`${app.url}${scenario.paths[0]}`);
    await again.arrayBuffer();
    if (again.headers.get('x-cache') !== 'HIT') throw new Error(`${scenario.variant}: a repeated request is not a HIT (${again.headers.get('x-cache')})`);
  }
  const pick = () => scenario.paths[Math.floor(Math.random() * scenario.paths.length)];
  const result: any = await autocannon({
    url: app.url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        setupRequest: (req: any) => {
          const p = pick();
          return { ...req, method: 'GET', path: p, headers: scenario.conditional ? { 'if-none-match': etags.get(p)! } : {} };
        },
      },
    ],
  });
  const codes = Object.entries(result.statusCodeStats ?? {}).map(([code, v]: any) => `${code}×${v.count}`).join(' ');
  const bad = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => !/^[23]/.test(code))
    .reduce((sum, [, v]: any) => sum + v.count, 0) + (result.errors ?? 0);
  return {
    bad,
    reqPerSec: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    codes: result.errors ? `${codes} errors×${result.errors}` : codes,
  };
}

const REPS = Number(arg('reps', '3'));
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

async function main() {
  execFileSync('node', ['scripts/compile.js', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  const dbs: Array<(label: string) => Db> = [freshSqlite];
  if (!process.argv.includes('--no-pg') && pgAvailable()) dbs.push(freshPostgres);
  const rows: Array<Record<string, string | number>> = [];
  const generation: Array<Record<string, string | number>> = [];

  for (const fresh of dbs) {
    const db = fresh('api');
    try {
      const gen = timed(TSX, ['bench/api-generate.ts', String(ARTICLES)], { ...db.env, NODE_ENV: 'development' });
      if (gen.status !== 0) throw new Error(`generation failed:\n${gen.stderr.slice(-3000)}`);
      const summary = JSON.parse(gen.stdout.trim().split('\n').pop()!);
      generation.push({ db: db.name, articles: summary.articles, documents: summary.documents, rows: summary.rows, 'insert s': fmt(summary.seconds), 'total s (with boot)': fmt(gen.seconds) });
      console.error(`[bench] ${db.name}: generated ${summary.rows} rows in ${fmt(summary.seconds)} s`);

      // The three servers run side by side on the same database, and their rows are
      // interleaved (stock, newsroom, memory, stock, …) REPS times: a machine that gets
      // slower during the run slows every variant alike, so the ratios hold.
      const servers = {} as Record<keyof typeof SCENARIOS, RunningApp>;
      for (const server of Object.keys(SCENARIOS) as Array<keyof typeof SCENARIOS>) {
        servers[server] = await startApp({ ...db.env, RATE_LIMIT_ENABLED: 'false', ...SERVER_ENV[server] });
      }
      const peakRss: Record<string, number> = {};
      const runs: Record<string, Array<Awaited<ReturnType<typeof measure>>>> = {};
      try {
        const order = (Object.keys(SCENARIOS) as Array<keyof typeof SCENARIOS>).flatMap((server) => SCENARIOS[server].map((scenario) => ({ server, scenario })));
        for (let rep = 0; rep < REPS; rep += 1) {
          for (const { server, scenario } of order) {
            const r = await measure(servers[server], scenario);
            const key = `${scenario.name}/${scenario.variant}`;
            (runs[key] ??= []).push(r);
            peakRss[server] = Math.max(peakRss[server] ?? 0, rssMb(servers[server].pid));
            console.error(`[bench] ${db.name} #${rep + 1} ${scenario.name} ${scenario.variant}: ${fmt(r.reqPerSec)} req/s`);
          }
        }
      } finally {
        await Promise.all(Object.values(servers).map((app) => app.stop()));
      }
      const serverOf = (variant: string) => (Object.keys(SCENARIOS) as Array<keyof typeof SCENARIOS>).find((k) => SCENARIOS[k].some((sc) => sc.variant === variant))!;
      for (const [key, list] of Object.entries(runs)) {
        const [name, variant] = key.split('/');
        const rps = list.map((r) => r.reqPerSec);
        const stock = median(runs[`${name}/stock`].map((r) => r.reqPerSec));
        rows.push({
          db: db.name,
          request: name,
          variant,
          'req/s (median)': fmt(median(rps)),
          'spread': `${fmt(Math.min(...rps))}–${fmt(Math.max(...rps))}`,
          'p50 ms': median(list.map((r) => r.p50)),
          'p99 ms': median(list.map((r) => r.p99)),
          'vs stock': variant === 'stock' ? '1.00' : `${fmt(median(rps) / stock, 2)}x`,
          'server peak RSS MB': Math.round(peakRss[serverOf(variant)]),
          'non-2xx/3xx': list.map((r) => r.bad).reduce((x, y) => x + y, 0),
          statuses: list[list.length - 1].codes,
        });
      }
    } finally {
      db.drop();
    }
  }

  console.log(`\nbench/api: ${ARTICLES} articles × 3 locales, autocannon ${CONNECTIONS} connections × ${DURATION} s per row, ${REPS} interleaved repetitions (median, min–max), ${require('os').cpus().length} cores, node ${process.version}\n`);
  printTable(generation);
  console.log('');
  printTable(rows);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
