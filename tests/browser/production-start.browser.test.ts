/**
 * Production mode through the real npm scripts, as an operator runs them:
 *
 *   NODE_ENV=production npm run build && NODE_ENV=production npm start
 *
 * `npm run build` (prebuild compiles the local plugins, then `strapi build`), then
 * `npm start` (prestart checks the environment, then `strapi start`) as real child
 * processes on a throw-away SQLite file and a free port, every secret from the
 * environment (random values made here; the repo's .env is not consulted), and the
 * development-admin variables set to show that production ignores them. Then: no demo
 * content, no admin account, the built admin panel shows the first-admin form in
 * Debian's chromium, SIGTERM leaves no process behind; and a start with a secret missing
 * stops at once with a one-line reason naming it, not a stack trace.
 *
 *   npx jest --selectProjects browser --runInBand -- tests/browser/production-start
 *
 * Screenshot: tests/.artifacts/production-start-register-admin.png (gitignored).
 */
import { spawn, type ChildProcess } from 'child_process';
import crypto from 'crypto';
import fs from 'fs';
import http from 'http';
import net from 'net';
import os from 'os';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, BUILD_INDEX, BUILD_LOCK, ROOT, expectLocator, freePort, launchChromium, screenshot } from '../helpers/browser';

const { SECRET_KEYS } = require('../../scripts/env-keys') as { SECRET_KEYS: string[] };

jest.setTimeout(180_000);

const BUILD_TIMEOUT = 900_000;
const START_TIMEOUT = 120_000;

/** A random secret as `openssl rand -base64 32` gives (APP_KEYS: four of them). */
const secret = () => crypto.randomBytes(32).toString('base64');
const secrets = (): Record<string, string> =>
  Object.fromEntries(SECRET_KEYS.map((key) => [key, key === 'APP_KEYS' ? [secret(), secret(), secret(), secret()].join(',') : secret()]));

/**
 * The environment of an operator's shell: this one (PATH, npm's own variables) less
 * everything the app reads, plus NODE_ENV=production and `env`.
 */
function productionEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  const appKeys = new Set([...SECRET_KEYS, 'HOST', 'PORT', 'PUBLIC_URL', 'SEED_DEMO_CONTENT', 'ENV_FILE', 'ENV_PATH']);
  for (const key of Object.keys(base)) if (appKeys.has(key) || /^(DATABASE_|DEV_ADMIN_|STRAPI_)/.test(key)) delete base[key];
  return { ...base, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true', STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true', BROWSER: 'none', ...env };
}

type Run = {
  child: ChildProcess;
  /** The process group (npm is its leader: it was spawned detached). */
  pgid: number;
  stdout: () => string;
  stderr: () => string;
  /** npm's own exit. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
};

const runs: Run[] = [];

/** `npm <args>` in the app's root, in a process group of its own, output captured. */
function npm(args: string[], env: NodeJS.ProcessEnv): Run {
  const child = spawn('npm', args, { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  // Keep the last 256 KiB of each stream (a build prints a lot).
  const keep = (name: 'stdout' | 'stderr') => (chunk: Buffer) => {
    out[name] = (out[name] + chunk.toString('utf8')).slice(-256 * 1024);
  };
  child.stdout!.on('data', keep('stdout'));
  child.stderr!.on('data', keep('stderr'));
  const run: Run = {
    child,
    pgid: child.pid!,
    stdout: () => out.stdout,
    stderr: () => out.stderr,
    exit: undefined,
    exited: new Promise((resolve) =>
      child.on('exit', (code, signal) => {
        run.exit = { code, signal };
        resolve(run.exit);
      }),
    ),
  };
  runs.push(run);
  return run;
}

const tail = (run: Run, lines = 60) =>
  `--- stdout (tail) ---\n${run.stdout().split('\n').slice(-lines).join('\n')}\n--- stderr (tail) ---\n${run.stderr().split('\n').slice(-lines).join('\n')}`;

/** Processes of group `pgid` still running (zombies waiting to be reaped do not count). */
function liveMembers(pgid: number): string[] {
  const live: string[] = [];
  for (const pid of fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // "pid (comm) state ppid pgrp ...": comm may contain spaces and parentheses.
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) !== pgid || state === 'Z' || state === 'X') continue;
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      live.push(`${pid} ${cmd}`);
    } catch {
      // The process ended while being read.
    }
  }
  return live;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitUntilGone(pgid: number, timeout: number) {
  for (const deadline = Date.now() + timeout; Date.now() < deadline; await sleep(100)) {
    if (liveMembers(pgid).length === 0) return true;
  }
  return liveMembers(pgid).length === 0;
}

const signalGroup = (pgid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(-pgid, signal);
  } catch {
    // No process left in the group.
  }
};

/** SIGTERM to the whole group, SIGKILL to what is left after `grace` ms. */
async function stopGroup(run: Run, grace = 15_000) {
  if (liveMembers(run.pgid).length === 0) return;
  signalGroup(run.pgid, 'SIGTERM');
  if (await waitUntilGone(run.pgid, grace)) return;
  signalGroup(run.pgid, 'SIGKILL');
  await waitUntilGone(run.pgid, 5000);
}

/** GET with no keep-alive (nothing stays open when the server goes). */
const get = (url: string) =>
  new Promise<{ status: number; body: string; type: string }>((resolve, reject) => {
    const req = http.get(url, { agent: false, timeout: 10_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body, type: String(res.headers['content-type'] ?? '') }));
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${url}: no answer in 10 s`)));
    req.on('error', reject);
  });

const portAcceptsConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** Takes dist/.admin-build.lock (as ensureAdminBuilt does) for the time of `fn`. */
async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(BUILD_LOCK), { recursive: true });
  for (const deadline = Date.now() + 600_000; ; await sleep(1000)) {
    try {
      fs.mkdirSync(BUILD_LOCK);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${BUILD_LOCK} still held after 10 minutes (a stale lock? remove it)`);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

describe('production mode: NODE_ENV=production npm run build && npm start', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-prod-'));
  const database = path.join(tmp, 'prod.db');
  // Neither scripts/check-env.js (ENV_FILE) nor Strapi (ENV_PATH) may read the repo's .env:
  // everything comes from the environment given here.
  const noEnvFile = path.join(tmp, 'no.env');
  const devAdmin = { DEV_ADMIN_EMAIL: 'admin@kaznu.local', DEV_ADMIN_PASSWORD: `Prod-${crypto.randomBytes(6).toString('hex')}-1a` };
  let port: number;
  let baseUrl: string;
  let env: NodeJS.ProcessEnv;
  let server: Run | undefined;
  let browser: Browser | undefined;
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];

  const requireServer = () => {
    if (!server || server.exit) throw new Error('the production server is not running (see the earlier failure)');
    return server;
  };

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    env = productionEnv({
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: database,
      ENV_FILE: noEnvFile,
      ENV_PATH: noEnvFile,
      ...secrets(),
      ...devAdmin,
    });
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    for (const run of runs) await stopGroup(run, 5000);
    const left = runs.flatMap((run) => liveMembers(run.pgid));
    fs.rmSync(tmp, { recursive: true, force: true });
    if (pageErrors.length > 0) process.stderr.write(`[browser] page errors:\n  ${pageErrors.join('\n  ')}\n`);
    if (failedRequests.length > 0) process.stderr.write(`[browser] failed requests:\n  ${failedRequests.join('\n  ')}\n`);
    if (left.length > 0) throw new Error(`processes still running after the test:\n  ${left.join('\n  ')}`);
  });

  test(
    '`npm run build` compiles the plugins, the app and the admin panel',
    async () => {
      const started = Date.now();
      const build = await withBuildLock(async () => {
        const run = npm(['run', 'build'], env);
        const timer = setTimeout(() => signalGroup(run.pgid, 'SIGKILL'), BUILD_TIMEOUT - 30_000);
        try {
          return { run, exit: await run.exited };
        } finally {
          clearTimeout(timer);
        }
      });
      const ms = Date.now() - started;
      process.stderr.write(`[browser] NODE_ENV=production npm run build: ${ms} ms\n`);
      if (build.exit.code !== 0) throw new Error(`npm run build exited with ${JSON.stringify(build.exit)}\n${tail(build.run)}`);
      // The admin panel and the app, written by this build (not left from an earlier one).
      for (const file of [BUILD_INDEX, path.join(ROOT, 'dist', 'src', 'index.js'), path.join(ROOT, 'dist', 'config', 'server.js')]) {
        expect({ file, fresh: fs.existsSync(file) && fs.statSync(file).mtimeMs >= started - 1000 }).toEqual({ file, fresh: true });
      }
      // The local plugins' servers (tsc is incremental: an unchanged file is not rewritten).
      for (const plugin of ['press-import', 'newsroom-translations']) {
        const file = path.join(ROOT, 'src', 'plugins', plugin, 'dist', 'server', 'index.js');
        expect({ file, exists: fs.existsSync(file) }).toEqual({ file, exists: true });
      }
    },
    BUILD_TIMEOUT,
  );

  test(
    '`npm start` answers /_health with 204',
    async () => {
      const started = Date.now();
      server = npm(['start'], env);
      let last = '';
      for (const deadline = Date.now() + START_TIMEOUT; ; await sleep(500)) {
        if (server.exit) throw new Error(`npm start exited with ${JSON.stringify(server.exit)} before answering\n${tail(server)}`);
        if (Date.now() > deadline) throw new Error(`no 204 from /_health after ${START_TIMEOUT} ms (last: ${last})\n${tail(server)}`);
        try {
          const res = await get(`${baseUrl}/_health`);
          last = `${res.status}`;
          if (res.status === 204) break;
        } catch (error) {
          last = String((error as Error).message);
        }
      }
      process.stderr.write(`[browser] NODE_ENV=production npm start: /_health 204 after ${Date.now() - started} ms\n`);
    },
    START_TIMEOUT + 30_000,
  );

  test('serves no demo content', async () => {
    requireServer();
    const res = await get(`${baseUrl}/api/articles?locale=en`);
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body);
    expect(body.data.map((article: { title: string }) => article.title)).toEqual([]);
    expect(body.meta.pagination.total).toBe(0);
  });

  test('creates no development admin although DEV_ADMIN_EMAIL and DEV_ADMIN_PASSWORD are set', async () => {
    requireServer();
    const res = await get(`${baseUrl}/admin/init`);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).data.hasAdmin).toBe(false);
    expect(server!.stdout() + server!.stderr()).not.toContain(devAdmin.DEV_ADMIN_PASSWORD);
  });

  test('serves the built admin panel: the first-admin registration form in chromium', async () => {
    requireServer();
    // The production bundle: the HTML of dist/build, not Vite's development server.
    const html = await get(`${baseUrl}/admin`);
    expect(html.status).toBe(200);
    expect(html.type).toMatch(/text\/html/);
    expect(html.body).not.toContain('@vite/client');

    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', reducedMotion: 'reduce' });
    context.setDefaultTimeout(30_000);
    const page: Page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.request().method()} ${response.url().replace(baseUrl, '')}`);
    });
    await page.goto(`${baseUrl}/admin`);
    // With no admin yet, the admin sends the first visitor to the registration form.
    await page.waitForURL(/\/admin\/auth\/register-admin/, { timeout: 60_000 });
    await page.locator('input[name="firstname"]').waitFor({ timeout: 60_000 });
    await expectLocator(page.getByRole('heading', { name: /Welcome to Strapi/i }).first()).toBeVisible();
    for (const name of ['lastname', 'email', 'password', 'confirmPassword']) {
      await expectLocator(page.locator(`input[name="${name}"]`)).toBeVisible();
    }
    await screenshot(page, 'production-start-register-admin');
    await context.close();
    expect(pageErrors).toEqual([]);
  });

  test('stops on SIGTERM to its process group and leaves nothing running', async () => {
    const run = requireServer();
    expect(liveMembers(run.pgid).length).toBeGreaterThan(0);
    signalGroup(run.pgid, 'SIGTERM');
    const gone = await waitUntilGone(run.pgid, 30_000);
    expect({ left: gone ? [] : liveMembers(run.pgid) }).toEqual({ left: [] });
    await run.exited;
    expect(await portAcceptsConnections(port)).toBe(false);
  });

  test('refuses to start with a secret missing: one line naming it, no stack trace', async () => {
    const started = Date.now();
    // An empty value counts as missing (scripts/check-env.js); ENV_FILE points nowhere.
    const run = npm(['start'], { ...env, APP_KEYS: '', PORT: String(await freePort()) });
    const timer = setTimeout(() => signalGroup(run.pgid, 'SIGKILL'), 60_000);
    const exit = await run.exited;
    clearTimeout(timer);
    await waitUntilGone(run.pgid, 5000);
    const ms = Date.now() - started;
    process.stderr.write(`[browser] NODE_ENV=production npm start without APP_KEYS: exit ${exit.code} after ${ms} ms\n`);
    expect(exit.signal).toBeNull();
    expect(exit.code).not.toBe(0);
    expect(ms).toBeLessThan(30_000);
    expect(run.stderr()).toContain('Cannot start in production: missing environment variable APP_KEYS.');
    expect(run.stderr()).not.toMatch(/^\s+at /m);
    expect(run.stdout()).not.toMatch(/^\s+at /m);
    // Strapi itself never started.
    expect(run.stdout() + run.stderr()).not.toMatch(/strapi start|Server started|Welcome back/i);
  });
});
