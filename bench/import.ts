/**
 * Import throughput and memory: N generated press files (default 1,000) imported through
 * the CLI (`press-import.ts`) into a fresh SQLite database and, when a server answers,
 * a fresh PostgreSQL database; the same files written by a plain loop of
 * `strapi.documents().create` calls (bench/import-baseline.ts) in the same run; and the
 * CLI again on a quarter of the files, to show peak memory does not grow with the count.
 *
 *   npx tsx bench/import.ts [--files 1000] [--no-pg]
 *
 * Each run is a separate process under `/usr/bin/time -v` (wall time, peak RSS; the
 * Strapi boot, ~3 s, is included in every figure alike).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFileSync } from 'child_process';
import { makePressCorpus } from './make-press-corpus';
import { arg, fmt, freshPostgres, freshSqlite, pgAvailable, printTable, ROOT, timed, type Db } from './support';

const N = Number(arg('files', '1000'));
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = 'src/plugins/press-import/server/src/cli/press-import.ts';

execFileSync('node', ['scripts/compile.js', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
const all = path.join(work, 'all');
const quarter = path.join(work, 'quarter');
makePressCorpus(all, N);
makePressCorpus(quarter, Math.max(1, Math.floor(N / 4)));

const rows: Array<Record<string, string | number>> = [];
const dbs: Array<(label: string) => Db> = [freshSqlite];
if (!process.argv.includes('--no-pg') && pgAvailable()) dbs.push(freshPostgres);

for (const fresh of dbs) {
  const run = (label: string, cmd: string[], dir: string, files: number) => {
    const db = fresh(label);
    try {
      const m = timed(TSX, [...cmd, dir], db.env);
      if (m.status !== 0) throw new Error(`${label} failed (${m.status}):\n${m.stderr.slice(-2000)}`);
      const row = { db: db.name, run: label, files, seconds: fmt(m.seconds), 'files/s': fmt(files / m.seconds), 'peak RSS MB': fmt(m.maxRssMb, 0) };
      rows.push(row);
      console.error(`[bench] ${JSON.stringify(row)}`);
      return row;
    } finally {
      db.drop();
    }
  };
  const importer = run('press:import (CLI)', [CLI], all, N);
  const baseline = run('plain documents().create loop', ['bench/import-baseline.ts'], all, N);
  run('press:import, 1/4 of the files', [CLI], quarter, Math.floor(N / 4));
  rows.push({
    db: fresh === freshSqlite ? 'sqlite' : 'postgres',
    run: 'ratio importer / plain loop',
    files: '',
    seconds: '',
    'files/s': fmt(Number(importer['files/s']) / Number(baseline['files/s']), 2),
    'peak RSS MB': '',
  });
}
fs.rmSync(work, { recursive: true, force: true });
console.log(`\nbench/import: ${N} generated files, ${os.cpus().length} cores, node ${process.version}\n`);
printTable(rows);
