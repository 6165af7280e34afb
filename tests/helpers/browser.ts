/**
 * What a browser test of the admin panel needs: the admin built, a real Strapi listening
 * on a free port, Debian's chromium driven by playwright-core, a login, and polling
 * assertions on locators (playwright-core ships no test runner).
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { bootStrapi, createTestDatabase, stopStrapi, type TestDatabase } from './strapi';

export const ROOT = path.join(__dirname, '..', '..');
export const ARTIFACTS = path.join(ROOT, 'tests', '.artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BUILD_INDEX = path.join(ROOT, 'dist', 'build', 'index.html');
/** Held (a directory, made atomically) by whoever runs `strapi build`. */
export const BUILD_LOCK = path.join(ROOT, 'dist', '.admin-build.lock');

/** Newest modification time (ms) of the files under `paths` (missing paths count as 0). */
function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) if (entry !== 'node_modules' && entry !== 'dist') visit(path.join(p, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/** The admin panel's sources: the app's customisation and every local plugin's admin. */
function adminSources() {
  const plugins = path.join(ROOT, 'src', 'plugins');
  const pluginAdmins = fs.existsSync(plugins) ? fs.readdirSync(plugins).map((p) => path.join(plugins, p, 'admin', 'src')) : [];
  // admin-labels.ts is shared with the server: the admin bundle imports its Russian names.
  return [path.join(ROOT, 'src', 'admin'), path.join(ROOT, 'src', 'lib', 'admin-labels.ts'), path.join(ROOT, 'config', 'admin.ts'), ...pluginAdmins];
}

const isStale = () => newestMtime(adminSources()) > (fs.existsSync(BUILD_INDEX) ? fs.statSync(BUILD_INDEX).mtimeMs : 0);

/**
 * Runs `strapi build` when an admin source is newer than dist/build/index.html. Test files
 * run in parallel workers: a lock directory keeps two of them from building at once.
 */
export async function ensureAdminBuilt() {
  fs.mkdirSync(path.dirname(BUILD_LOCK), { recursive: true });
  for (;;) {
    if (!isStale()) return;
    try {
      fs.mkdirSync(BUILD_LOCK);
    } catch {
      await new Promise((r) => setTimeout(r, 1000));
      continue;
    }
    try {
      if (!isStale()) return;
      const started = Date.now();
      execFileSync('npx', ['strapi', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
      process.stderr.write(`[browser] strapi build: ${Date.now() - started} ms\n`);
      return;
    } finally {
      fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
    }
  }
}

import { freePort } from './test-env';

export { freePort };

/** Debian's headless chromium (CHROMIUM_PATH to use another), with no traffic of its own. */
export const launchChromium = () =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });

export type BrowserStack = {
  app: Core.Strapi;
  db: TestDatabase;
  browser: Browser;
  baseUrl: string;
  /** The super admin bootStrapi's environment made the app create (testSecrets()). */
  credentials: { email: string; password: string };
  close: () => Promise<void>;
};

/** A throw-away Strapi listening on a free port, and chromium. */
export async function startBrowserStack(env: Record<string, string> = {}): Promise<BrowserStack> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await ensureAdminBuilt();
  const db = await createTestDatabase();
  const port = await freePort();
  const app = await bootStrapi(db, { SEED_DEMO_CONTENT: 'false', HOST: '127.0.0.1', PORT: String(port), ...env });
  app.config.set('server.logger.startup.enabled', false);
  await app.listen();
  // Without a browser nothing can run: stop what was started, or the test run never exits.
  const browser = await launchChromium().catch(async (error) => {
    await stopStrapi(app);
    await db.drop();
    throw error;
  });
  return {
    app,
    db,
    browser,
    baseUrl: `http://127.0.0.1:${port}`,
    credentials: { email: process.env.DEV_ADMIN_EMAIL!, password: process.env.DEV_ADMIN_PASSWORD! },
    close: async () => {
      await browser.close().catch(() => undefined);
      await stopStrapi(app);
      await db.drop();
    },
  };
}

/** Logs in on the admin's login page and waits for the main navigation. */
export async function logIn(page: Page, baseUrl: string, { email, password }: { email: string; password: string }) {
  await page.goto(`${baseUrl}/admin`);
  await page.locator('input[name="email"]').fill(email, { timeout: 60_000 });
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });
  await page.getByRole('navigation').first().waitFor({ timeout: 60_000 });
  // The first visit of a super admin may open the guided tour: close it if it is there.
  const skip = page.getByRole('button', { name: /skip|close|got it/i }).first();
  if (await skip.isVisible().catch(() => false)) await skip.click();
}

/**
 * Screenshot of the whole page. The admin scrolls inside its layout, not the window, so
 * the viewport is made as tall as the tallest scrolled content for the shot.
 */
export async function screenshot(page: Page, name: string) {
  // Notification toasts would hide the top of the page: close them (new ones may still slide in).
  // (The admin's toasts put their close button right after the role="status"/"alert" message.)
  const close = page.locator('[role="status"] + button, [role="alert"] + button');
  for (let deadline = Date.now() + 5000; Date.now() < deadline; ) {
    const buttons = await close.all();
    if (buttons.length === 0) break;
    for (const button of buttons) await button.click({ timeout: 1000 }).catch(() => undefined);
    await page.waitForTimeout(300);
  }
  const height = await page.evaluate(() =>
    Math.max(...Array.from(document.querySelectorAll('main, main *, body')).map((e) => e.scrollHeight)),
  );
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height, viewport.height), 6000) });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  await page.setViewportSize(viewport);
}

/** Web-first assertions on a locator: polls until the condition holds or the timeout passes. */
export function expectLocator(locator: Locator) {
  const poll = async (describe: string, check: () => Promise<boolean>, timeout = 30_000) => {
    const deadline = Date.now() + timeout;
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        if (await check()) return;
      } catch (error) {
        last = error;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`Timed out waiting for ${locator} ${describe}${last ? ` (${last})` : ''}`);
  };
  return {
    toHaveCount: (n: number, o?: { timeout?: number }) => poll(`to have count ${n}`, async () => (await locator.count()) === n, o?.timeout),
    toBeVisible: (o?: { timeout?: number }) => poll('to be visible', () => locator.isVisible(), o?.timeout),
    toHaveAttribute: (name: string, value: string, o?: { timeout?: number }) =>
      poll(`to have ${name}="${value}"`, async () => (await locator.getAttribute(name, { timeout: 1000 })) === value, o?.timeout),
    toHaveValue: (value: string, o?: { timeout?: number }) =>
      poll(`to have value "${value}"`, async () => (await locator.inputValue({ timeout: 1000 })) === value, o?.timeout),
    toHaveText: (text: string, o?: { timeout?: number }) =>
      poll(`to have text "${text}"`, async () => ((await locator.textContent({ timeout: 1000 })) ?? '').trim() === text, o?.timeout),
    toBeDisabled: (o?: { timeout?: number }) => poll('to be disabled', () => locator.isDisabled({ timeout: 1000 }), o?.timeout),
    toContainText: (text: string, o?: { timeout?: number }) =>
      poll(`to contain "${text}"`, async () => ((await locator.textContent({ timeout: 1000 })) ?? '').includes(text), o?.timeout),
  };
}

export type AdminLanguage = 'en' | 'ru';

/**
 * What a browser test watches on its pages, for its assertions and its log: uncaught page
 * errors, failed requests (4xx/5xx, paths relative to the app) and console warnings and
 * errors. Also opens pages the same way for every test and names their screenshots.
 */
export type PageWatch = {
  pageErrors: string[];
  failedRequests: string[];
  consoleMessages: string[];
  /** Starts watching a page (returned for chaining). */
  watch: (page: Page) => Page;
  /**
   * A watched page in a new browser context: 1440×900, reduced motion, 30 s default
   * timeout, the admin in `language` (the admin keeps the choice in localStorage).
   */
  open: (options?: { language?: AdminLanguage }) => Promise<Page>;
  /** screenshot() named `<prefix>-<name>` (tests/.artifacts/<prefix>-<name>.png). */
  shot: (page: Page, name: string) => Promise<void>;
  /** Writes what was seen to stderr (for afterAll). */
  report: () => void;
};

export function watchPages(stack: Pick<BrowserStack, 'browser' | 'baseUrl'>, prefix: string): PageWatch {
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const consoleMessages: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.request().method()} ${response.url().replace(stack.baseUrl, '')}`);
    });
    page.on('console', (message) => {
      if (['warning', 'error'].includes(message.type())) consoleMessages.push(message.text());
    });
    return page;
  };
  return {
    pageErrors,
    failedRequests,
    consoleMessages,
    watch,
    open: async ({ language = 'en' } = {}) => {
      const context = await stack.browser.newContext({
        viewport: { width: 1440, height: 900 },
        locale: language === 'ru' ? 'ru-RU' : 'en-US',
        reducedMotion: 'reduce',
      });
      context.setDefaultTimeout(30_000);
      if (language !== 'en') await context.addInitScript((lang) => window.localStorage.setItem('strapi-admin-language', lang), language);
      return watch(await context.newPage());
    },
    shot: (page, name) => screenshot(page, `${prefix}-${name}`),
    report: () => {
      if (pageErrors.length > 0) process.stderr.write(`[browser] ${prefix}: page errors:\n  ${pageErrors.join('\n  ')}\n`);
      if (failedRequests.length > 0) process.stderr.write(`[browser] ${prefix}: failed requests:\n  ${failedRequests.join('\n  ')}\n`);
    },
  };
}
