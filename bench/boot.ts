/**
 * Start-up after a bulk load (issue 13, item 4): how long the compiled app takes to
 * answer `/_health` on a database whose articles were written without translation
 * fingerprints (bench/api-generate.ts writes rows straight through the query engine, as
 * a bulk load or content from before tracking would), against the same database after
 * the fingerprints exist (the baseline: nothing to backfill), in the same run.
 *
 *   npx tsx bench/boot.ts [--articles 10000] [--reps 3]
 *
 * SQLite only (the backfill's cost is the same work on PostgreSQL). One database is
 * generated; each repetition starts from a byte copy of it, so A (backlog) and B (done)
 * are measured interleaved, A B A B A B. Printed per variant: time to listen (spawn →
 * first 204 from /_health, polled every 20 ms), time until the background backfill has fingerprinted every
 * row (read from the database file, not from the app), the slowest `/_health` answer
 * while it ran, and peak RSS — medians with the spread (min–max) of the repetitions.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFileSync } from 'child_process';
import Database from 'better-sqlite3';
import { arg, fmt, printTable, ROOT, rssMb, startApp, timed } from './support';

const ARTICLES = Number(arg('articles', '10000'));
const REPS = Number(arg('reps', '3'));
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs: number[], digits = 1) => `${fmt(Math.min(...xs), digits)}–${fmt(Math.max(...xs), digits)}`;

/** Rows still without a fingerprint, read from the file (the app may hold a write lock: retried). */
function unfingerprinted(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    return (db.prepare('SELECT count(*) AS n FROM articles WHERE content_hash IS NULL').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

type Run = { listenS: number; backfillS: number; slowestHealthMs: number; peakRssMb: number };

async function boot(file: string): Promise<Run> {
  const started = performance.now();
  const app = await startApp({ DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file }, { timeoutMs: 300_000, pollMs: 20 });
  const listenS = (performance.now() - started) / 1000;
  let slowestHealthMs = 0;
  let peakRssMb = rssMb(app.pid);
  for (;;) {
    const asked = performance.now();
    await fetch(`${app.url}/_health`);
    slowestHealthMs = Math.max(slowestHealthMs, performance.now() - asked);
    peakRssMb = Math.max(peakRssMb, rssMb(app.pid));
    if (unfingerprinted(file) === 0) break;
    if (performance.now() - started > 600_000) throw new Error('the backfill did not finish in 10 minutes');
    await new Promise((r) => setTimeout(r, 20));
  }
  const backfillS = (performance.now() - started) / 1000 - listenS;
  await app.stop();
  return { listenS, backfillS, slowestHealthMs, peakRssMb };
}

async function main() {
  execFileSync('node', ['scripts/compile.js', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-boot-'));
  const backlog = path.join(work, 'backlog.db');
  const gen = timed(TSX, ['bench/api-generate.ts', String(ARTICLES), '--no-fingerprints'], { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: backlog, NODE_ENV: 'development' });
  if (gen.status !== 0) throw new Error(`generation failed:\n${gen.stderr.slice(-2000)}`);
  const rows = unfingerprinted(backlog);
  console.log(`generated ${ARTICLES} articles × 3 locales in ${fmt(gen.seconds)} s: ${rows} article rows without a fingerprint`);

  // The baseline database: the same content after one start has fingerprinted it.
  const done = path.join(work, 'done.db');
  fs.copyFileSync(backlog, done);
  await boot(done);
  console.log(`baseline prepared: ${unfingerprinted(done)} rows without a fingerprint`);

  const results: Record<'backlog' | 'done', Run[]> = { backlog: [], done: [] };
  for (let rep = 0; rep < REPS; rep++) {
    for (const variant of ['backlog', 'done'] as const) {
      const copy = path.join(work, `run-${variant}-${rep}.db`);
      fs.copyFileSync(variant === 'backlog' ? backlog : done, copy);
      results[variant].push(await boot(copy));
      fs.rmSync(copy, { force: true });
    }
  }

  const row = (label: string, runs: Run[]) => ({
    variant: label,
    'listen s (median)': fmt(median(runs.map((r) => r.listenS)), 2),
    'listen spread': spread(runs.map((r) => r.listenS), 2),
    'backfill s after listen': fmt(median(runs.map((r) => r.backfillS)), 2),
    'slowest /_health ms': fmt(median(runs.map((r) => r.slowestHealthMs)), 0),
    'peak RSS MB': fmt(median(runs.map((r) => r.peakRssMb)), 0),
  });
  printTable([row(`${rows} rows to fingerprint`, results.backlog), row('nothing to fingerprint (baseline)', results.done)]);
  const ratio = median(results.backlog.map((r) => r.listenS)) / median(results.done.map((r) => r.listenS));
  console.log(`time to listen, backlog / baseline: ${fmt(ratio, 2)}× (medians of ${REPS} interleaved runs)`);
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
