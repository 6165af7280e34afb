/**
 * End-to-end check of the "Translations" admin page in a real browser: a real Strapi
 * (compiled app + built admin panel) on a throw-away SQLite database, driven by Debian's
 * chromium through playwright-core.
 *
 *   npx jest --selectProjects browser -- tests/browser/translations
 *
 * Screenshots go to tests/.artifacts/translations-*.png (gitignored).
 */
import type { Page } from 'playwright-core';
import { expectLocator, logIn, startBrowserStack, watchPages, type BrowserStack, type PageWatch } from '../helpers/browser';

jest.setTimeout(180_000);

const ARTICLE = 'api::article.article';
const TITLE = 'Open day at KazNU';
const TITLE_RU = 'День открытых дверей в КазНУ';
const LEAD = 'Doors open at ten for school leavers and their parents.';
const LEAD_EDITED = 'Doors open at nine for school leavers, their parents and teachers.';

describe('Translations admin page (browser)', () => {
  let stack: BrowserStack;
  let watched: PageWatch;
  let page: Page;
  let documentId: string;
  const started = Date.now();

  const docs = (uid: string) => stack.app.documents(uid as any) as any;
  const row = () => page.locator(`[data-testid="translations-row"][data-document-id="${documentId}"]`);
  const cell = (locale: string) => row().locator(`[data-testid="locale-cell"][data-locale="${locale}"]`);
  const openTranslations = async () => {
    await page.getByRole('link', { name: 'Translations' }).first().click();
    await page.waitForURL(/\/admin\/plugins\/newsroom-translations/);
    await page.getByRole('heading', { name: 'Translations', level: 1 }).waitFor();
    await row().waitFor();
  };

  beforeAll(async () => {
    stack = await startBrowserStack();
    // An English article with a quoted speaker, already translated into Kazakh and published.
    const speaker = await docs('api::speaker.speaker').create({ locale: 'en', data: { fullName: 'Aigerim Nurlanovna', position: 'Vice-rector' } });
    const article = await docs(ARTICLE).create({ locale: 'en', data: { title: TITLE, lead: LEAD, eventDate: '2025-04-12', speakers: [speaker.documentId] } });
    documentId = article.documentId;
    await docs('api::quote.quote').create({ locale: 'en', data: { text: 'Welcome to KazNU.', order: 0, speaker: speaker.documentId, article: documentId } });
    await docs(ARTICLE).update({ documentId, locale: 'kk', data: { title: 'ҚазҰУ-дағы ашық есік күні', lead: 'Есіктер сағат онда ашылады.' } });
    await docs(ARTICLE).publish({ documentId, locale: '*' });

    watched = watchPages(stack, 'translations');
    page = await watched.open();
    process.stderr.write(`[browser] Strapi listening on ${stack.baseUrl} after ${Date.now() - started} ms\n`);
  }, 600_000);

  afterAll(async () => {
    await stack?.close();
    watched?.report();
    process.stderr.write(`[browser] total ${Date.now() - started} ms\n`);
  });

  test('logs in and opens "Translations" from the left menu: every language with its state and totals', async () => {
    await logIn(page, stack.baseUrl, stack.credentials);
    await openTranslations();
    await expectLocator(cell('en')).toHaveAttribute('data-state', 'published');
    await expectLocator(cell('en')).toContainText('Source');
    await expectLocator(cell('kk')).toHaveAttribute('data-state', 'published');
    await expectLocator(cell('ru')).toHaveAttribute('data-state', 'missing');
    await expectLocator(row()).toContainText(TITLE);
    const ruTotal = page.locator('[data-testid="translations-total"][data-locale="ru"]');
    await expectLocator(ruTotal).toContainText('1 article lacks a Russian version');
    await expectLocator(page.locator('[data-testid="translations-total"][data-locale="en"]')).toContainText('Every article has an English version');
    await watched.shot(page, '1-coverage');
  });

  test('"Start translation" creates the ru version and opens it in the Content Manager, where it is written and published', async () => {
    await cell('ru').getByRole('button', { name: /Start the Russian translation/ }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/content-manager/collection-types/${ARTICLE}/${documentId}`));
    expect(new URL(page.url()).searchParams.get('plugins[i18n][locale]')).toBe('ru');
    const title = page.locator('input[name="title"]');
    // The source title is there as a placeholder, so the new version validates.
    await expectLocator(title).toHaveValue(TITLE, { timeout: 60_000 });
    await title.fill(TITLE_RU);
    await page.locator('textarea[name="lead"]').fill('Двери открыты с десяти для выпускников школ и их родителей.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expectLocator(page.getByText('Saved document').first()).toBeVisible();
    await page.getByRole('button', { name: 'Publish' }).click();
    // The ru speaker and quote are drafts, so the Content Manager asks first; the newsroom's
    // publishing rule then publishes them with the article (checked below).
    const confirm = page.getByRole('button', { name: 'Publish without relations' });
    await confirm.or(page.getByText('Published document').first()).first().waitFor();
    if (await confirm.isVisible()) await confirm.click();
    await expectLocator(page.getByText('Published document').first()).toBeVisible();
    await watched.shot(page, '2-content-manager-ru');

    const ru = await docs(ARTICLE).findOne({ documentId, locale: 'ru', status: 'published', populate: { speakers: true, quotes: true } });
    expect(ru).toMatchObject({ title: TITLE_RU, eventDate: '2025-04-12' });
    expect(ru.speakers).toHaveLength(1);
    expect(ru.quotes.map((q: any) => q.text)).toEqual(['Welcome to KazNU.']);
  });

  test('the table shows the new ru version as published', async () => {
    await openTranslations();
    await expectLocator(cell('ru')).toHaveAttribute('data-state', 'published');
    await expectLocator(page.locator('[data-testid="translations-total"][data-locale="ru"]')).toContainText('Every article has a Russian version');
  });

  test('editing the English source text in the Content Manager turns ru (and kk) outdated', async () => {
    await cell('en').getByRole('link', { name: /Open the English version/ }).click();
    const lead = page.locator('textarea[name="lead"]');
    await expectLocator(lead).toHaveValue(LEAD, { timeout: 60_000 });
    await lead.fill(LEAD_EDITED);
    await page.getByRole('button', { name: 'Save' }).click();
    await expectLocator(page.getByText('Saved document').first()).toBeVisible();

    await openTranslations();
    await expectLocator(cell('ru')).toHaveAttribute('data-state', 'outdated');
    await expectLocator(cell('kk')).toHaveAttribute('data-state', 'outdated');
    await expectLocator(cell('en')).toHaveAttribute('data-state', 'published');
    await expectLocator(page.locator('[data-testid="translations-total"][data-locale="ru"]')).toContainText('1 outdated');
    await expectLocator(cell('ru')).toContainText('published'); // still online while outdated
    await watched.shot(page, '3-outdated');
  });

  test('filters by language and state', async () => {
    const filters = page.getByTestId('translations-filters');
    await filters.getByRole('combobox').nth(1).click();
    await page.getByRole('option', { name: 'Outdated' }).click();
    await row().waitFor();
    await filters.getByRole('combobox').nth(0).click();
    await page.getByRole('option', { name: /^English/ }).click();
    await page.getByText('No articles match these filters.').waitFor();
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await row().waitFor();
  });

  test('"Mark as up to date" clears the outdated state of ru only', async () => {
    await cell('ru').getByRole('button', { name: /Mark the Russian version/ }).click();
    await expectLocator(cell('ru')).toHaveAttribute('data-state', 'published');
    await expectLocator(cell('kk')).toHaveAttribute('data-state', 'outdated');
    await watched.shot(page, '4-marked-up-to-date');
  });

  test('speaks Russian to a Russian-speaking editor', async () => {
    const ruPage = await watched.open({ language: 'ru' });
    try {
      await logIn(ruPage, stack.baseUrl, stack.credentials);
      await ruPage.getByRole('link', { name: 'Переводы' }).first().click();
      await ruPage.getByRole('heading', { name: 'Переводы', level: 1 }).waitFor();
      const kkTotal = ruPage.locator('[data-testid="translations-total"][data-locale="kk"]');
      await expectLocator(kkTotal).toContainText('устарели: 1');
      await expectLocator(ruPage.locator(`[data-testid="translations-row"] [data-locale="kk"]`).first()).toContainText('Устарел');
      await watched.shot(ruPage, '5-ru');
    } finally {
      await ruPage.context().close();
    }
  });
});
