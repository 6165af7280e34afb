/**
 * A new editor's day in the admin panel, in English and in Russian, in a real browser:
 * import a press release with its photo, read the history, open the article (quotes
 * named by their text), publish it (no false "relations will not be published" warning),
 * and find the Content Manager speaking Russian to a Russian-speaking editor.
 *
 *   npx jest --selectProjects browser --runInBand --runTestsByPath tests/browser/admin-day.browser.test.ts
 *
 * Screenshots go to tests/.artifacts/admin-day-*.png (gitignored).
 */
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import type { Page } from 'playwright-core';
import { expectLocator, logIn, ROOT, startBrowserStack, watchPages, type BrowserStack, type PageWatch } from '../helpers/browser';

jest.setTimeout(180_000);

const ARTICLE = 'api::article.article';
const SAMPLE = path.join(ROOT, 'tests', 'fixtures', 'press', 'en-kaznu-30-years-of-diplomacy.txt');
const TITLE = '30 years of Kazakh diplomacy';
// A long name, as press services name their files: it must not widen the History table.
const TEXT_NAME = 'en-kaznu-30-years-of-foreign-policy-and-diplomacy-of-sovereign-kazakhstan-achievements-challenges-prospects.txt';
const PHOTO_NAME = TEXT_NAME.replace(/\.txt$/, '.png');
const STRAY_PHOTO = 'campus-2025.png';

/** A small real PNG (a blue-to-teal gradient), made here so no image fixture is needed. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x += 1) row.set([40, 90 + Math.round((120 * x) / width), 160 + Math.round((60 * y) / height)], 1 + x * 3);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe("An editor's day in the admin (browser, English and Russian)", () => {
  let stack: BrowserStack;
  let watched: PageWatch;
  let page: Page;
  let ruPage: Page;
  let articleHref = '';
  let documentId = '';
  const started = Date.now();
  const ruEditor = { email: 'redaktor@kaznu.local', password: `Redaktor-${Date.now()}-1a` };

  const docs = (uid: string) => stack.app.documents(uid as any) as any;

  beforeAll(async () => {
    stack = await startBrowserStack();
    // A Russian-speaking Editor: the admin's language is hers (saved by the admin in the browser).
    const role = await stack.app.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    await stack.app.service('admin::user').create({
      ...ruEditor,
      firstname: 'Айгерим',
      lastname: 'Редактор',
      isActive: true,
      preferedLanguage: 'ru',
      roles: [role.id],
    } as any);
    watched = watchPages(stack, 'admin-day');
    page = await watched.open();
    ruPage = await watched.open({ language: 'ru' });
    process.stderr.write(`[browser] Strapi listening on ${stack.baseUrl} after ${Date.now() - started} ms\n`);
  }, 600_000);

  afterAll(async () => {
    await stack?.close();
    watched?.report();
    process.stderr.write(`[browser] total ${Date.now() - started} ms\n`);
  });

  test('the import page takes a photo with its text and shows which text it goes with', async () => {
    await logIn(page, stack.baseUrl, stack.credentials);
    await page.goto(`${stack.baseUrl}/admin/plugins/press-import`);
    await page.getByTestId('press-file-input').setInputFiles([
      { name: TEXT_NAME, mimeType: 'text/plain', buffer: fs.readFileSync(SAMPLE) },
      { name: PHOTO_NAME, mimeType: 'image/png', buffer: png(320, 200) },
      { name: STRAY_PHOTO, mimeType: 'image/png', buffer: png(64, 40) },
    ]);
    const card = page.locator(`[data-testid="press-file-card"][data-file-name="${TEXT_NAME}"]`);
    await card.getByTestId('press-card-title').filter({ hasText: TITLE }).waitFor();
    await expectLocator(card).toHaveAttribute('aria-busy', 'false');
    const photo = card.locator(`[data-testid="press-photo"][data-photo-name="${PHOTO_NAME}"]`);
    await expectLocator(photo).toBeVisible();
    await expectLocator(photo).toContainText('cover');
    expect(await photo.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
    await expectLocator(card.locator(`[data-photo-name="${STRAY_PHOTO}"]`)).toHaveCount(0);
    await expectLocator(page.getByTestId('press-unmatched-photos')).toContainText(STRAY_PHOTO);
    await watched.shot(page, '1-import-preview-with-photo');
  });

  test('after the import the card says what was created and the language is settled', async () => {
    await page.getByTestId('press-import-button').click();
    const result = page.locator('[data-testid="press-import-results"] [data-testid="press-import-result"]');
    await expectLocator(result.first()).toHaveAttribute('data-status', 'imported', { timeout: 60_000 });
    articleHref = (await result.first().getByRole('link', { name: 'Open in Content Manager' }).getAttribute('href'))!;
    documentId = decodeURIComponent(articleHref.split('/').pop()!.split('?')[0]);

    const card = page.locator(`[data-testid="press-file-card"][data-file-name="${TEXT_NAME}"]`);
    await expectLocator(card.locator('[data-decision="created"]').first()).toBeVisible();
    await expectLocator(card.locator('[data-decision="new"]')).toHaveCount(0);
    await expectLocator(card.getByRole('combobox')).toHaveCount(0);
    const article = await docs(ARTICLE).findOne({ documentId, locale: 'en', status: 'draft', populate: { cover: true } });
    expect(article.cover?.name).toBe(PHOTO_NAME);
    await watched.shot(page, '2-imported');
  });

  test('the History table fits a 1440 px screen', async () => {
    await page.getByTestId('press-tab-history').click();
    const row = page.locator(`[data-testid="press-history-row"][data-file-name="${TEXT_NAME}"]`);
    await row.waitFor();
    const widths = await page.getByTestId('press-history-table').evaluate((table) => {
      const scroller = table.parentElement!;
      return { table: table.scrollWidth, room: scroller.clientWidth, page: document.documentElement.scrollWidth };
    });
    expect(widths.table).toBeLessThanOrEqual(widths.room);
    expect(widths.page).toBeLessThanOrEqual(1440);
    await watched.shot(page, '3-history');
  });

  test('the article names its quotes by their text, and publishes without a false warning', async () => {
    await page.goto(`${stack.baseUrl}${articleHref}`);
    await expectLocator(page.locator('input[name="title"]')).toHaveValue(TITLE, { timeout: 60_000 });
    const quotes = await docs('api::quote.quote').findMany({ locale: 'en', status: 'draft', filters: { article: { documentId } }, sort: 'order' });
    // Relation lists cut long texts: the start of the first quote is there, "Untitled" is not.
    await expectLocator(page.getByText(quotes[0].text.slice(0, 12)).first()).toBeVisible();
    await expectLocator(page.getByText('Untitled')).toHaveCount(0);

    await page.getByRole('button', { name: 'Publish' }).click();
    await expectLocator(page.getByText('Published document').first()).toBeVisible();
    await expectLocator(page.getByRole('button', { name: 'Publish without relations' })).toHaveCount(0);
    await expectLocator(page.getByText(/will not be published|related to \d+ draft/)).toHaveCount(0);
    expect(await docs(ARTICLE).findOne({ documentId, locale: 'en', status: 'published' })).toBeTruthy();
    await watched.shot(page, '4-published');
  });

  test('the speaker list shows who needs review', async () => {
    await page.goto(`${stack.baseUrl}/admin/content-manager/collection-types/api::speaker.speaker`);
    // (The design system's table gives its header cells the role "gridcell".)
    const headers = page.locator('thead th');
    await expectLocator(headers.filter({ hasText: /^Full name$/i })).toBeVisible();
    await expectLocator(headers.filter({ hasText: /^Needs review$/i })).toBeVisible();
    const box = await headers.filter({ hasText: /^Needs review$/i }).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1440); // on screen, not scrolled off to the right
    await watched.shot(page, '5-speakers');
  });

  test('in Russian: type and field names, lists and the import page speak Russian', async () => {
    await logIn(ruPage, stack.baseUrl, ruEditor);
    await ruPage.goto(`${stack.baseUrl}${articleHref}`);
    await expectLocator(ruPage.locator('input[name="title"]')).toHaveValue(TITLE, { timeout: 60_000 });
    for (const label of ['Заголовок', 'Лид', 'Дата события', 'Источник', 'Цитаты', 'Спикеры', 'Организации']) {
      await expectLocator(ruPage.locator('label').filter({ hasText: new RegExp(`^${label}`) }).first()).toBeVisible();
    }
    for (const raw of ['eventDate', 'sourceLine', 'dateline']) await expectLocator(ruPage.locator('label').filter({ hasText: raw })).toHaveCount(0);
    // Strapi's own Russian lacks these everyday texts: the app adds them.
    await expectLocator(ruPage.getByRole('tab', { name: /^черновик$/i })).toBeVisible();
    await expectLocator(ruPage.getByText('Настроить предпросмотр')).toBeVisible();
    await watched.shot(ruPage, '6-ru-article');

    await ruPage.goto(`${stack.baseUrl}/admin/content-manager/collection-types/api::speaker.speaker`);
    await ruPage.getByRole('heading', { name: 'Спикер', level: 1 }).waitFor();
    await expectLocator(ruPage.locator('thead th').filter({ hasText: /^Требует проверки$/i })).toBeVisible();
    await expectLocator(ruPage.getByRole('link', { name: 'Статья' }).first()).toBeVisible();
    await watched.shot(ruPage, '7-ru-speakers');

    await ruPage.goto(`${stack.baseUrl}/admin/plugins/press-import`);
    await ruPage.getByText('Перетащите сюда файлы пресс-релизов .txt вместе с фото').waitFor();
    await ruPage.getByTestId('press-file-input').setInputFiles([
      { name: 'kk-30-years.txt', mimeType: 'text/plain', buffer: fs.readFileSync(SAMPLE.replace('/en-', '/kk-')) },
      { name: 'kk-30-years.webp', mimeType: 'image/webp', buffer: Buffer.from('RIFF\0\0\0\0WEBPVP8 ') },
    ]);
    const card = ruPage.locator('[data-testid="press-file-card"][data-file-name="kk-30-years.txt"]');
    await expectLocator(card).toHaveAttribute('aria-busy', 'false');
    const photo = card.locator('[data-testid="press-photo"][data-photo-name="kk-30-years.webp"]');
    await expectLocator(photo).toContainText('обложка');
    // Not a real WebP: a neutral tile rather than a broken image (the import would report it).
    await expectLocator(photo.getByTestId('press-photo-unreadable')).toBeVisible();
    // The suggestion's evidence is worded in Russian, with the count of speakers the card shows as matched.
    const choice = card.getByTestId('press-translation-choice');
    await expectLocator(choice).toContainText('Предполагаемый оригинал (EN): общих спикеров: 8');
    await watched.shot(ruPage, '8-ru-import');
  });

  test("the project's plugins leave no deprecation warning in the console", () => {
    const ours = watched.consoleMessages.filter((w) => /Press import|Translations|press-import|newsroom-translations/.test(w) && /deprecat/i.test(w));
    expect(ours).toEqual([]);
  });
});
