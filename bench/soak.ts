/**
 * Soak: public reads at concurrency 50 for a while (default 600 s; `--seconds 60` for a
 * short run) against the compiled app, while a 1,000-file import runs through the CLI
 * into the same database. Prints the number of 5xx responses, latency percentiles,
 * requests per second, and the server's resident memory after warm-up and at the end.
 *
 * A reads-only run of the same shape first (`--baseline`, 60 s) is the baseline the
 * soak's throughput and p99 are compared with.
 *
 *   npx tsx bench/soak.ts [--seconds 600] [--files 1000] [--baseline 60] [--db sqlite|postgres]
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { spawn } from 'child_process';
import autocannon from 'autocannon';
import { makePressCorpus } from './make-press-corpus';
import { arg, fmt, freshPostgres, freshSqlite, printTable, ROOT, rssMb, startApp } from './support';

const SECONDS = Number(arg('seconds', '600'));
const FILES = Number(arg('files', '1000'));
const BASELINE = Number(arg('baseline', '60'));

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
    // Baseline in the same run: the same reads with no import going on.
    const baseline = await autocannon({ url: base, connections: 50, duration: BASELINE, requests });
    const rssStart = rssMb(server.pid);

    const importer = spawn(process.execPath, ['--require', 'tsx/cjs', 'src/plugins/press-import/server/src/cli/press-import.ts', work], {
      cwd: ROOT,
      env: { ...process.env, ...db.env, STRAPI_LOG_LEVEL: 'error', SEED_DEMO_CONTENT: 'false' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let importOut = '';
    importer.stdout.on('data', (d) => (importOut += d));
    const importStarted = Date.now();
    let importSeconds = 0;
    const importDone = new Promise<void>((resolve) =>
      importer.on('exit', () => {
        importSeconds = (Date.now() - importStarted) / 1000;
        resolve();
      })
    );

    // RSS every tenth of the run, so "flat after warm-up" can be read off, not guessed.
    const samples: Array<{ s: number; mb: number }> = [];
    const every = Math.max(5, Math.round(SECONDS / 10)) * 1000;
    const sampler = setInterval(() => samples.push({ s: Math.round((Date.now() - importStarted) / 1000), mb: rssMb(server.pid) }), every);
    // The soak in two phases, so the reads' figures while the import runs can be told
    // apart from the rest: until the import ends, then up to SECONDS in all.
    const during = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon({ url: base, connections: 50, duration: SECONDS, requests }, (error, r) => (error ? reject(error) : resolve(r)));
      importDone.then(() => instance.stop());
    });
    const left = Math.round(SECONDS - (Date.now() - importStarted) / 1000);
    const after = left >= 1 ? await autocannon({ url: base, connections: 50, duration: left, requests }) : null;
    clearInterval(sampler);
    const rssEnd = rssMb(server.pid);
    await importDone; // a short soak may end before the import does
    const summary = importOut.trim().split('\n').pop();

    console.log(`\nbench/soak: ${SECONDS} s at concurrency 50 on ${db.name}, ${os.cpus().length} cores, while importing ${FILES} files\n`);
    const row = (label: string, r: autocannon.Result) => ({
      run: label,
      requests: r.requests.total,
      'req/s': fmt(r.requests.average),
      '5xx': r['5xx'],
      errors: r.errors,
      timeouts: r.timeouts,
      'p50 ms': r.latency.p50,
      'p99 ms': r.latency.p99,
    });
    printTable([
      row(`reads only, ${BASELINE} s (baseline)`, baseline),
      row(`reads while importing, ${fmt(importSeconds)} s`, during),
      ...(after ? [row(`reads after the import, ${left} s`, after)] : []),
    ]);
    const total5xx = during['5xx'] + (after?.['5xx'] ?? 0);
    console.log(
      `while importing / baseline: req/s ${fmt(during.requests.average / baseline.requests.average, 2)}×, p99 ${fmt(during.latency.p99 / baseline.latency.p99, 2)}×` +
        (after ? `; after / baseline: req/s ${fmt(after.requests.average / baseline.requests.average, 2)}×, p99 ${fmt(after.latency.p99 / baseline.latency.p99, 2)}×` : '') +
        `; 5xx during the soak: ${total5xx}\n`
    );
    printTable([
      {
        'RSS after warm-up and baseline MB': fmt(rssStart, 0),
        'RSS at end MB': fmt(rssEnd, 0),
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
