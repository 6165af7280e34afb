/**
 * End-to-end check of the "Press import" admin page in a real browser: a real Strapi
 * (compiled app + built admin panel) on a throw-away SQLite database, listening on a
 * free port, driven by Debian's chromium through playwright-core.
 *
 *   npx jest --selectProjects browser tests/browser      (or: npm run test:browser)
 *
 * Screenshots go to tests/.artifacts/ (gitignored).
 */
import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { bootStrapi, createTestDatabase, stopStrapi, type TestDatabase } from '../helpers/strapi';
import { ensureAdminBuilt, expectLocator, freePort } from '../helpers/browser';

const ROOT = path.join(__dirname, '..', '..');
const ARTIFACTS = path.join(ROOT, 'tests', '.artifacts');
const SAMPLE = path.join(ROOT, 'tests', 'fixtures', 'press', 'en-kaznu-30-years-of-diplomacy.txt');
const SAMPLE_NAME = path.basename(SAMPLE);
const TITLE = '30 years of Kazakh diplomacy';
const SAMPLE_KK = path.join(ROOT, 'tests', 'fixtures', 'press', 'kk-kaznu-30-years-of-diplomacy.txt');
const SAMPLE_KK_NAME = path.basename(SAMPLE_KK);
const TITLE_KK = 'Қазақстан дипломатиясына 30 жыл';
const QUOTED_SPEAKERS_KK = ['Жансеит Түймебаев', 'Руслан Қарабұлов', 'Микаэла Фриберг-Стори'];
const SAMPLE_RU = path.join(ROOT, 'tests', 'fixtures', 'press', 'ru-kaznu-30-years-of-diplomacy.txt');
const QUOTED_SPEAKERS = ['Zhanseit Tuimebayev', 'Ruslan Karabulov', 'Michaela Friberg-Stori'];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

jest.setTimeout(180_000);

describe('Press import admin page (browser)', () => {
  let db: TestDatabase | undefined;
  let app: Core.Strapi | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let baseUrl: string;
  let credentials: { email: string; password: string };
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  let firstArticleHref = '';
  const started = Date.now();

  /**
   * Screenshot of the whole page. The admin scrolls inside its layout, not the window, so
   * the viewport is made as tall as the tallest scrolled content for the shot.
   */
  const shot = async (name: string) => {
    await dismissToasts();
    const height = await page.evaluate(() =>
      Math.max(...Array.from(document.querySelectorAll('main, main *, body')).map((e) => e.scrollHeight)),
    );
    const viewport = page.viewportSize()!;
    await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height, viewport.height), 6000) });
    await page.screenshot({ path: path.join(ARTIFACTS, `press-import-${name}.png`) });
    await page.setViewportSize(viewport);
  };

  /** Closes the admin's notification toasts so they do not hide the page in screenshots. */
  const dismissToasts = async () => {
    const close = page.locator('[role="status"], [role="alert"]').locator('xpath=..').getByRole('button', { name: 'Close' });
    for (const button of await close.all()) await button.click({ timeout: 2000 }).catch(() => undefined);
  };

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await ensureAdminBuilt();

    db = await createTestDatabase();
    const port = await freePort();
    app = await bootStrapi(db, { SEED_DEMO_CONTENT: 'false', HOST: '127.0.0.1', PORT: String(port) });
    app.config.set('server.logger.startup.enabled', false);
    await app.listen();
    baseUrl = `http://127.0.0.1:${port}`;
    // bootStrapi put testSecrets() in the environment; the app created this super admin on boot.
    credentials = { email: process.env.DEV_ADMIN_EMAIL!, password: process.env.DEV_ADMIN_PASSWORD! };

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    // Reduced motion: no transitions half-way through in screenshots.
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', reducedMotion: 'reduce' });
    context.setDefaultTimeout(30_000);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400)
        failedRequests.push(`${response.status()} ${response.request().method()} ${response.url().replace(baseUrl, '')}`);
    });
    process.stderr.write(`[browser] Strapi listening on ${baseUrl} after ${Date.now() - started} ms\n`);
  }, 600_000);

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await stopStrapi(app);
    await db?.drop();
    if (pageErrors.length > 0) process.stderr.write(`[browser] page errors:\n  ${pageErrors.join('\n  ')}\n`);
    if (failedRequests.length > 0) process.stderr.write(`[browser] failed requests:\n  ${failedRequests.join('\n  ')}\n`);
    process.stderr.write(`[browser] total ${Date.now() - started} ms\n`);
  });

  test('logs in to the admin panel', async () => {
    await page.goto(`${baseUrl}/admin`);
    await page.locator('input[name="email"]').fill(credentials.email, { timeout: 60_000 });
    await page.locator('input[name="password"]').fill(credentials.password);
    await page.getByRole('button', { name: /^log ?in$/i }).click();
    await page.getByRole('navigation').first().waitFor({ timeout: 60_000 });
    await page.waitForURL((url) => !url.pathname.includes('/auth/'));
    // The first visit of a super admin may open the guided tour: close it if it is there.
    const skip = page.getByRole('button', { name: /skip|close|got it/i }).first();
    if (await skip.isVisible().catch(() => false)) await skip.click();
  });

  test('opens "Press import" from the left menu', async () => {
    await page.getByRole('link', { name: 'Press import' }).first().click();
    await page.waitForURL(/\/admin\/plugins\/press-import/);
    await page.getByRole('heading', { name: 'Press import', level: 1 }).waitFor();
    await page.getByTestId('press-dropzone').waitFor();
    await shot('1-empty');
  });

  test('refuses a file that is neither .txt nor a photo', async () => {
    await page
      .getByTestId('press-file-input')
      .setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await page
      .getByText(/Only \.txt files and photos \(\.jpg, \.png, \.webp\) can be added\. Skipped: notes\.pdf/)
      .first()
      .waitFor();
    await expectLocator(page.getByTestId('press-file-card')).toHaveCount(0);
  });

  test('previews a dropped file with its quotes highlighted per speaker', async () => {
    // A real drop event on the drop zone, carrying the sample file in a DataTransfer.
    const bytes = fs.readFileSync(SAMPLE).toString('base64');
    const transfer = await page.evaluateHandle(
      ({ name, base64 }) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([data], name, { type: 'text/plain' }));
        return dt;
      },
      { name: SAMPLE_NAME, base64: bytes },
    );
    await page.getByTestId('press-dropzone').dispatchEvent('dragenter', { dataTransfer: transfer });
    await page.getByTestId('press-dropzone').dispatchEvent('drop', { dataTransfer: transfer });

    const card = page.locator(`[data-testid="press-file-card"][data-file-name="${SAMPLE_NAME}"]`);
    await card.getByTestId('press-card-title').filter({ hasText: TITLE }).waitFor();
    await expectLocator(card).toHaveAttribute('aria-busy', 'false');

    const quotes = card.locator('[data-quote-speaker]');
    expect(await quotes.count()).toBeGreaterThanOrEqual(5);
    const attributed = await quotes.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-quote-speaker')));
    for (const name of QUOTED_SPEAKERS) expect(attributed).toContain(name);
    // One colour per speaker: all of a speaker's quotes share it, two speakers differ.
    const colours = await quotes.evaluateAll((marks) =>
      marks.map((m) => [m.getAttribute('data-quote-speaker'), getComputedStyle(m).backgroundColor] as const),
    );
    const bySpeaker = new Map<string, Set<string>>();
    for (const [speaker, colour] of colours) bySpeaker.set(speaker ?? '', new Set([...(bySpeaker.get(speaker ?? '') ?? []), colour]));
    for (const name of QUOTED_SPEAKERS) expect(bySpeaker.get(name)?.size).toBe(1);
    expect(new Set(QUOTED_SPEAKERS.map((n) => [...bySpeaker.get(n)!][0])).size).toBe(3);

    const speakers = card.getByTestId('press-speakers');
    for (const name of QUOTED_SPEAKERS) {
      await expectLocator(speakers.locator(`[data-entity-name="${name}"]`)).toHaveCount(1);
    }
    await expectLocator(speakers.locator('[data-decision="new"]').first()).toBeVisible();
    await expectLocator(card.getByTestId('press-encoding')).toContainText('utf-8');
    await expectLocator(card.getByRole('combobox').first()).toContainText('English');
    await expectLocator(page.getByTestId('press-select-file')).toHaveAttribute('data-state', 'checked');
    await shot('2-preview');
  });

  test('imports the selected file and links to the article', async () => {
    await page.getByTestId('press-import-button').click();
    const result = page.locator('[data-testid="press-import-results"] [data-testid="press-import-result"]');
    await result.first().waitFor({ timeout: 60_000 });
    await expectLocator(result.first()).toHaveAttribute('data-status', 'imported');
    await expectLocator(page.getByTestId('press-import-progress')).toHaveAttribute('data-done', '1');
    await expectLocator(page.getByTestId('press-import-progress')).toHaveAttribute('data-total', '1');
    const link = result.first().getByRole('link', { name: 'Open in Content Manager' });
    const href = await link.getAttribute('href');
    firstArticleHref = href!;
    expect(href).toMatch(/^\/admin\/content-manager\/collection-types\/api::article\.article\/[a-z0-9]+\?plugins\[i18n\]\[locale\]=en$/);
    await shot('3-imported');

    await link.click();
    await page.waitForURL(/\/admin\/content-manager\/collection-types\/api::article\.article\//);
    const title = page.locator('input[name="title"]');
    await expectLocator(title).toHaveValue(TITLE, { timeout: 60_000 });
    await shot('4-content-manager');
  });

  test('the History tab lists the import', async () => {
    await page.goto(`${baseUrl}/admin/plugins/press-import`);
    await page.getByTestId('press-tab-history').click();
    const row = page.locator(`[data-testid="press-history-row"][data-file-name="${SAMPLE_NAME}"]`);
    await row.first().waitFor();
    await expectLocator(row).toHaveCount(1);
    await expectLocator(row.first()).toHaveAttribute('data-status', 'imported');
    await expectLocator(row.first()).toContainText(credentials.email);
    await expectLocator(row.first().getByRole('link', { name: TITLE })).toBeVisible();

    // Filters reach the server: no failed imports yet.
    await page.getByTestId('press-history-filters').getByRole('combobox').first().click();
    await page.getByRole('option', { name: 'Failed' }).click();
    await page.getByText('No imports match these filters.').waitFor();
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await row.first().waitFor();

    // Date filters are the user's calendar days, "to" included.
    const day = (offset: number) =>
      page.evaluate((o) => {
        const d = new Date();
        d.setDate(d.getDate() + o);
        return d.toLocaleDateString('en-US', { month: '2-digit', day: '2-digit', year: 'numeric' });
      }, offset);
    const setDate = async (label: string, value: string) => {
      const input = page.getByTestId('press-history-filters').getByLabel(label, { exact: true });
      await input.fill(value);
      await input.blur(); // the design-system DatePicker commits typed text on blur
    };
    await setDate('From', await day(1));
    await page.getByText('No imports match these filters.').waitFor();
    await setDate('From', await day(0));
    await setDate('To', await day(0));
    await row.first().waitFor();
    await shot('5-history');
  });

  test('offers the Kazakh version as a translation and knows the English file is imported', async () => {
    await page.goto(`${baseUrl}/admin/plugins/press-import`);
    await page.getByTestId('press-file-input').setInputFiles([SAMPLE, SAMPLE_KK]);

    const en = page.locator(`[data-testid="press-file-card"][data-file-name="${SAMPLE_NAME}"]`);
    const kk = page.locator(`[data-testid="press-file-card"][data-file-name="${SAMPLE_KK_NAME}"]`);
    await en.getByTestId('press-already-imported').waitFor();
    await expectLocator(en.getByTestId('press-already-imported').getByRole('link', { name: 'Open in Content Manager' })).toBeVisible();
    await expectLocator(en.getByTestId('press-select-file')).toHaveAttribute('data-state', 'unchecked');

    await kk.getByTestId('press-card-title').filter({ hasText: TITLE_KK }).waitFor();
    await expectLocator(kk).toHaveAttribute('aria-busy', 'false');
    await expectLocator(kk.getByRole('combobox').first()).toContainText('Kazakh');
    const choice = kk.getByTestId('press-translation-choice');
    await expectLocator(choice).toContainText(`Import as the KK version of ‘${TITLE}’`);
    await expectLocator(choice.getByRole('checkbox')).toHaveAttribute('data-state', 'checked');
    expect(await kk.locator('[data-quote-speaker]').count()).toBeGreaterThanOrEqual(5);
    await shot('6-translation-preview');
    // The people quoted in the English article are recognised across scripts.
    for (const name of QUOTED_SPEAKERS_KK) {
      await expectLocator(kk.getByTestId('press-speakers').locator(`[data-entity-name="${name}"] [data-decision="matched"]`)).toHaveCount(
        1,
      );
    }

    await page.getByTestId('press-import-button').click();
    const result = page.locator('[data-testid="press-import-results"] [data-testid="press-import-result"]');
    await result.first().waitFor({ timeout: 60_000 });
    await expectLocator(result).toHaveCount(1);
    await expectLocator(result.first()).toHaveAttribute('data-status', 'imported');
    const href = await result.first().getByRole('link', { name: 'Open in Content Manager' }).getAttribute('href');
    // The same document as the English article, in its kk locale.
    expect(href).toBe(firstArticleHref.replace(/\]=en$/, ']=kk'));
  });

  test('an Author previews files in Russian but cannot import them', async () => {
    const role = await app!.db.query('admin::role').findOne({ where: { code: 'strapi-author' } });
    const author = { email: 'author@kaznu.local', password: `Author-${Date.now()}-1a` };
    await app!.service('admin::user').create({
      ...author,
      firstname: 'Aigerim',
      lastname: 'Author',
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });

    const authorContext = await browser!.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ru-RU', reducedMotion: 'reduce' });
    await authorContext.addInitScript(() => window.localStorage.setItem('strapi-admin-language', 'ru'));
    const authorPage = await authorContext.newPage();
    try {
      await authorPage.goto(`${baseUrl}/admin`);
      await authorPage.locator('input[name="email"]').fill(author.email, { timeout: 60_000 });
      await authorPage.locator('input[name="password"]').fill(author.password);
      await authorPage.locator('button[type="submit"]').click();
      await authorPage.waitForURL((url) => !url.pathname.includes('/auth/'));
      await authorPage.getByRole('link', { name: 'Импорт пресс-релизов' }).first().click();
      await authorPage.getByRole('heading', { name: 'Импорт пресс-релизов', level: 1 }).waitFor();

      await authorPage.getByTestId('press-file-input').setInputFiles(SAMPLE_RU);
      const card = authorPage.locator(`[data-testid="press-file-card"][data-file-name="${path.basename(SAMPLE_RU)}"]`);
      await card.getByTestId('press-card-title').waitFor();
      await expectLocator(card).toHaveAttribute('aria-busy', 'false');
      await expectLocator(authorPage.getByTestId('press-no-import-permission')).toBeVisible();
      await expectLocator(authorPage.getByTestId('press-import-button')).toHaveCount(0);
      await expectLocator(authorPage.getByTestId('press-select-file')).toHaveCount(0);
      await expectLocator(card.getByTestId('press-encoding')).toContainText('Кодировка');

      // Changing the language previews the file again with that language.
      // (Chromium does not expose multipart bodies with files to Playwright, so only the request is awaited.)
      const previewed = authorPage.waitForResponse((response) => response.url().endsWith('/press-import/preview') && response.ok());
      await card.getByRole('combobox').first().click();
      await authorPage.getByRole('option', { name: 'Казахский' }).click();
      await previewed;
      await expectLocator(card).toHaveAttribute('aria-busy', 'false');
      await expectLocator(card.getByRole('combobox').first()).toContainText('Казахский');
      await authorPage.screenshot({ path: path.join(ARTIFACTS, 'press-import-7-author-ru.png') });

      // Text from a file is shown as text, never interpreted as HTML.
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> Rector meets students';
      const body = 'The rector of the university met first-year students on Monday in the main hall of the campus.';
      await authorPage.getByTestId('press-file-input').setInputFiles({
        name: 'hostile.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(`${hostile}\n\n${body}\n\n"We are glad to see you," the rector said. ${body}\n`),
      });
      const hostileCard = authorPage.locator('[data-testid="press-file-card"][data-file-name="hostile.txt"]');
      await expectLocator(hostileCard).toHaveAttribute('aria-busy', 'false');
      await expectLocator(hostileCard.getByTestId('press-card-title')).toContainText('<script>');
      expect(await hostileCard.locator('script, img').count()).toBe(0);
      expect(await authorPage.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    } finally {
      await authorContext.close();
    }
  });
});
