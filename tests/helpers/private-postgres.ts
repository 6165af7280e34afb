/**
 * A PostgreSQL server of a test's own: a new cluster in a temp directory on a free port,
 * made with the machine's PostgreSQL binaries (initdb, pg_ctl). A test may stop and
 * start it at will, which it must never do to the shared server on 5432 that the other
 * test files are using.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { freePort } from './test-env';

export type PrivatePostgres = {
  url: (database?: string) => string;
  port: number;
  start: () => void;
  /** `pg_ctl stop -m fast`: running transactions are aborted and their connections closed. */
  stop: () => void;
  destroy: () => void;
};

const SERVER_TOOLS = ['initdb', 'pg_ctl'];

/** Where PostgreSQL server binaries may be: Debian's /usr/lib/postgresql/<version>/bin (newest first), then PATH. */
function candidateDirs(): string[] {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  return [...versions.map((v) => path.join(root, v, 'bin')), ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean)];
}

/** The first directory holding both initdb and pg_ctl, or null when this machine has no PostgreSQL server. */
export function postgresBinDir(dirs: string[] = candidateDirs()): string | null {
  return dirs.find((dir) => SERVER_TOOLS.every((tool) => fs.existsSync(path.join(dir, tool)))) ?? null;
}

/** Why a private PostgreSQL cannot be made here (a sentence naming what is missing), or null when it can. */
export function privatePostgresUnavailable(dirs?: string[]): string | null {
  if (postgresBinDir(dirs)) return null;
  return `no PostgreSQL server binaries (${SERVER_TOOLS.join(', ')}) under /usr/lib/postgresql/*/bin or on PATH: install Debian's postgresql package`;
}

function binDir(): string {
  const dir = postgresBinDir();
  if (!dir) throw new Error(privatePostgresUnavailable()!);
  return dir;
}

export async function createPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = binDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'private-pg-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  const port = await freePort();
  // PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const run = (tool: string, args: string[]) => {
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
    try {
      execFileSync(cmd as string, argv as string[], { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
    } catch (error: any) {
      const serverLog = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-2000) : '';
      throw new Error(`${tool} ${args.join(' ')} failed: ${error.stderr ?? error.message}\n${serverLog}`);
    }
  };
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  // Sockets in the cluster's own directory; no fsync: the data is thrown away anyway.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  const start = () => run('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', '-o', options, 'start']);
  const stop = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
  start();
  return {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start,
    stop,
    destroy: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
