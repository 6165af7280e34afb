/**
 * Checking a file before importing it, on the "Press import" page in a real browser: a
 * quote given to another detected speaker, a quote given to a speaker already in the CMS
 * (found by name), a new speaker's position edited; the import writes exactly that.
 *
 *   npx jest --selectProjects browser --runInBand --runTestsByPath tests/browser/review-import.browser.test.ts
 *
 * Screenshots go to tests/.artifacts/review-*.png (gitignored).
 */
import path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { expectLocator, logIn, ROOT, screenshot, startBrowserStack, type BrowserStack } from '../helpers/browser';

jest.setTimeout(180_000);

const ARTICLE = 'api::article.article';
const SPEAKER = 'api::speaker.speaker';
const FILE = path.join(ROOT, 'tests', 'fixtures', 'press', 'en-japan-ambassador-visit.txt');
const POSITION = 'Fourth-year student of the Faculty of International Relations';

describe('Check before importing (browser)', () => {
  let stack: BrowserStack;
  let context: BrowserContext;
  let page: Page;
  let kenId: string;
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];

  const docs = (uid: string) => stack.app.documents(uid as any) as any;

  beforeAll(async () => {
    stack = await startBrowserStack();
    kenId = (await docs(SPEAKER).create({ locale: 'en', data: { fullName: 'Ken Takahashi', position: 'Ambassador of Japan' } })).documentId;
    context = await stack.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', reducedMotion: 'reduce' });
    context.setDefaultTimeout(30_000);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.request().method()} ${response.url().replace(stack.baseUrl, '')}`);
    });
  }, 600_000);

  afterAll(async () => {
    await stack?.close();
    if (pageErrors.length > 0) process.stderr.write(`[browser] page errors:\n  ${pageErrors.join('\n  ')}\n`);
    if (failedRequests.length > 0) process.stderr.write(`[browser] failed requests:\n  ${failedRequests.join('\n  ')}\n`);
  });

  const quoteRow = (index: number) => page.getByTestId(`press-review-quote-${index}`);

  test('the preview shows each quote with its speaker and the new speakers, editable', async () => {
    await logIn(page, stack.baseUrl, stack.credentials);
    await page.getByRole('link', { name: 'Press import' }).first().click();
    await page.waitForURL(/\/admin\/plugins\/press-import/);
    await page.getByTestId('press-file-input').setInputFiles(FILE);
    await page.getByTestId('press-review').waitFor();
    await expectLocator(page.locator('tr[data-testid^="press-review-quote-"]')).toHaveCount(3);
    await expectLocator(quoteRow(2).getByRole('combobox')).toContainText('Aruzhan Kenzhebekova');
    expect(await page.getByLabel('Position of Aruzhan Kenzhebekova').inputValue()).toMatch(/^fourth-year student$/i);
    await screenshot(page, 'review-1-preview');
  });

  test('the editor reassigns two quotes and edits a position, then imports', async () => {
    // Quote 3 goes to another detected speaker.
    await quoteRow(2).getByRole('combobox').click();
    await page.getByRole('option', { name: 'Kairat Sultanbekov' }).click();
    await expectLocator(quoteRow(2).getByRole('combobox')).toContainText('Kairat Sultanbekov');
    // Quote 2 goes to a speaker already in the CMS, found by name.
    const find = page.getByTestId('press-review-find-speaker');
    await find.click();
    await find.fill('Ken Tak');
    await page.getByRole('option', { name: /Ken Takahashi/ }).click();
    await quoteRow(1).getByRole('combobox').click();
    await page.getByRole('option', { name: 'Ken Takahashi (already in the CMS)' }).click();
    await expectLocator(quoteRow(1).getByRole('combobox')).toContainText('Ken Takahashi (already in the CMS)');
    // A new speaker's position.
    await page.getByLabel('Position of Aruzhan Kenzhebekova').fill(POSITION);
    await screenshot(page, 'review-2-corrected');

    await page.getByTestId('press-import-button').click();
    const result = page.locator('[data-testid="press-import-results"] [data-testid="press-import-result"]');
    await result.first().waitFor({ timeout: 60_000 });
    await expectLocator(result.first()).toHaveAttribute('data-status', 'imported');
    await screenshot(page, 'review-3-imported');
  });

  test('the CMS has what the editor confirmed', async () => {
    const [article] = await docs(ARTICLE).findMany({
      locale: 'en',
      status: 'draft',
      populate: { quotes: { sort: ['order:asc'], populate: { speaker: true } } },
    });
    expect(article.quotes.map((q: any) => q.speaker?.fullName)).toEqual(['Kairat Sultanbekov', 'Ken Takahashi', 'Kairat Sultanbekov']);
    expect(article.quotes[1].speaker.documentId).toBe(kenId);
    const aruzhan = await stack.app.db.query(SPEAKER).findOne({ where: { fullName: 'Aruzhan Kenzhebekova' } });
    expect(aruzhan.position).toBe(POSITION);
    // The existing speaker given a quote stays one entry.
    expect(await stack.app.db.query(SPEAKER).count({ where: { documentId: kenId } })).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
