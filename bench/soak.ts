/**
 * Soak: public reads at concurrency 50 for a while (default 600 s; `--seconds 60` for a
 * short run) against the compiled app, while a 1,000-file import runs through the CLI
 * into the same database. Prints the number of 5xx responses, latency percentiles,
 * requests per second, and the server's resident memory after warm-up and at the end.
 *
 *   npx tsx bench/soak.ts [--seconds 600] [--files 1000] [--db sqlite|postgres]
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawn } from 'child_process';
import autocannon from 'autocannon';
import { makePressCorpus } from './make-press-corpus';
import { fmt, freshPostgres, freshSqlite, printTable, ROOT, rssMb, startApp } from './support';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SECONDS = Number(arg('seconds', '600'));
const FILES = Number(arg('files', '1000'));

async function main() {
  const { execFileSync } = await import('child_process');
  execFileSync('node', ['scripts/compile.js', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  const db = arg('db', 'sqlite') === 'postgres' ? freshPostgres('soak') : freshSqlite('soak');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'soak-'));
  makePressCorpus(work, FILES);
  // The demo content gives the readers something to read from the first second.
  const server = await startApp({ ...db.env, NODE_ENV: 'development', SEED_DEMO_CONTENT: 'true', RATE_LIMIT_ENABLED: 'false' }, { timeoutMs: 120_000 });
  try {
    const base = server.url;
    const slug = ((await (await fetch(`${base}/api/articles?locale=kk`)).json()) as any).data[0]?.slug;
    const requests = [
      { method: 'GET' as const, path: '/api/articles?locale=en&populate=*' },
      { method: 'GET' as const, path: '/api/articles?locale=kk&pagination[pageSize]=10' },
      { method: 'GET' as const, path: `/api/articles?locale=kk&filters[slug][$eq]=${slug}&populate[quotes][populate]=speaker` },
      { method: 'GET' as const, path: '/api/speakers?locale=ru&populate=quotes' },
    ];
    // Warm-up at the soak's own load (JIT, caches, pool at full size), then the memory baseline.
    await autocannon({ url: base, connections: 50, duration: Math.min(30, Math.max(5, Math.round(SECONDS / 20))), requests });
    const rssStart = rssMb(server.pid);

    const importer = spawn(process.execPath, ['--require', 'tsx/cjs', 'src/plugins/press-import/server/src/cli/press-import.ts', work], {
      cwd: ROOT,
      env: { ...process.env, ...db.env, STRAPI_LOG_LEVEL: 'error', SEED_DEMO_CONTENT: 'false' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let importOut = '';
    importer.stdout.on('data', (d) => (importOut += d));
    const importStarted = Date.now();
    const importDone = new Promise<number>((resolve) => importer.on('exit', () => resolve((Date.now() - importStarted) / 1000)));

    // RSS every tenth of the run, so "flat after warm-up" can be read off, not guessed.
    const samples: Array<{ s: number; mb: number }> = [];
    const every = Math.max(5, Math.round(SECONDS / 10)) * 1000;
    const sampler = setInterval(() => samples.push({ s: Math.round((Date.now() - importStarted) / 1000), mb: rssMb(server.pid) }), every);
    const result = await autocannon({ url: base, connections: 50, duration: SECONDS, requests });
    clearInterval(sampler);
    const rssEnd = rssMb(server.pid);
    const importSeconds = await importDone;
    const summary = importOut.trim().split('\n').pop();

    console.log(`\nbench/soak: ${SECONDS} s at concurrency 50 on ${db.name}, ${os.cpus().length} cores, while importing ${FILES} files\n`);
    printTable([
      {
        requests: result.requests.total,
        'req/s': fmt(result.requests.average),
        '5xx': result['5xx'],
        errors: result.errors,
        timeouts: result.timeouts,
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        'RSS after warm-up MB': fmt(rssStart, 0),
        'RSS at end MB': fmt(rssEnd, 0),
        'import s': fmt(importSeconds),
      },
    ]);
    console.log(`server RSS MB over time: ${samples.map((x) => `${x.s}s=${fmt(x.mb, 0)}`).join(' ')}`);
    console.log(`import summary: ${summary}`);
  } finally {
    await server.stop();
    db.drop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  }
);
