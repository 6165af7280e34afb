/**
 * Shared helpers of the benchmark scripts: fresh databases, running a command under
 * `/usr/bin/time -v`, and printing figures. Benchmarks print numbers; they assert nothing.
 */
import { spawn, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { testSecrets } from '../tests/helpers/test-env';

export const ROOT = path.join(__dirname, '..');

export type Db = { name: string; env: Record<string, string>; drop: () => void };

export const safeLabel = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 30);

export function freshSqlite(label: string): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${safeLabel(label)}-`));
  return {
    name: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
    drop: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

const PG_ADMIN = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function pgAvailable(): boolean {
  return spawnSync('pg_isready', ['-h', new URL(PG_ADMIN).hostname, '-q']).status === 0;
}

export function freshPostgres(label: string): Db {
  const name = `bench_${safeLabel(label)}_${Date.now().toString(36)}`;
  const psql = (sql: string) => {
    const r = spawnSync('psql', [PG_ADMIN, '-qAtc', sql], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  };
  psql(`CREATE DATABASE "${name}"`);
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  return {
    name: 'postgres',
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    drop: () => psql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export type Measured = { seconds: number; maxRssMb: number; status: number; stdout: string; stderr: string };

/** Runs a command under GNU time and returns wall-clock seconds and peak resident memory. */
export function timed(cmd: string, args: string[], env: Record<string, string>): Measured {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], {
    cwd: ROOT,
    env: { ...process.env, STRAPI_LOG_LEVEL: 'error', SEED_DEMO_CONTENT: 'false', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const field = (label: string) => new RegExp(`${label}: (.+)`).exec(r.stderr)?.[1]?.trim() ?? '';
  const wall = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)')
    .split(':')
    .reduce((acc, part) => acc * 60 + Number(part), 0);
  return {
    seconds: wall,
    maxRssMb: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024,
    status: r.status ?? 1,
    stdout: r.stdout,
    stderr: r.stderr,
  };
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);

export function printTable(rows: Array<Record<string, string | number>>) {
  if (rows.length === 0) return;
  const keys = Object.keys(rows[0]);
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(keys));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(keys.map((k) => String(r[k]))));
}

/** A TCP port that is free right now. */
import { freePort } from '../tests/helpers/test-env';

export { freePort };

/** The value after `--name` on the command line, or `fallback`. */
export const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

/** Random secrets for a throw-away production-mode boot. */
/** Random secrets for a throw-away app (the same generator as the tests'). */
export const benchSecrets = (): Record<string, string> => testSecrets();

export type RunningApp = { url: string; pid: number; stop: () => Promise<void> };

/**
 * Starts the compiled app (dist/, see scripts/compile.js) as a child process listening
 * on a free port, in production mode, and waits for `/_health`.
 */
export async function startApp(env: Record<string, string>, { timeoutMs = 60_000, pollMs = 250 } = {}): Promise<RunningApp> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-e', `require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(ROOT)}, distDir: ${JSON.stringify(path.join(ROOT, 'dist'))} }).start()`], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', STRAPI_LOG_LEVEL: 'error', SEED_DEMO_CONTENT: 'false', STRAPI_TELEMETRY_DISABLED: 'true', HOST: '127.0.0.1', ...benchSecrets(), ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}):\n${stderr.slice(-2000)}`);
    try {
      if ((await fetch(`${url}/_health`)).status === 204) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the app did not start within ${timeoutMs} ms:\n${stderr.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

/** Strapi-style query string (`populate[quotes][populate][speaker]=true`). */
export function toQuery(params: Record<string, unknown>): string {
  const out: string[] = [];
  const walk = (value: unknown, key: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${key}[${i}]`));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${key}[${k}]`);
    else out.push(`${encodeURIComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(String(value))}`);
  };
  for (const [k, v] of Object.entries(params)) walk(v, k);
  return out.join('&');
}

/** Resident memory of a process in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}
