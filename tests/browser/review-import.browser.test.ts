/**
 * Checking a file before importing it, on the "Press import" page in a real browser: a
 * quote given to another detected speaker, a quote given to a speaker already in the CMS
 * (found by name), a new speaker's position edited; the import writes exactly that. Then
 * a detected speaker pointed at a speaker already in the CMS ("Same person as") and
 * another renamed, in English and with the admin in Russian: no new speaker, the quotes
 * linked to the existing one (checked through the Content Manager API), and the imported
 * file's card naming the speakers as written.
 *
 *   npx jest --selectProjects browser --runInBand --runTestsByPath tests/browser/review-import.browser.test.ts
 *
 * Screenshots go to tests/.artifacts/review-*.png (gitignored).
 */
import path from 'path';
import type { Page } from 'playwright-core';
import { adminWithRole, ROLE_CODES } from '../helpers/admin';
import { expectLocator, logIn, ROOT, startBrowserStack, watchPages, type AdminLanguage, type BrowserStack, type PageWatch } from '../helpers/browser';

jest.setTimeout(180_000);

const ARTICLE = 'api::article.article';
const SPEAKER = 'api::speaker.speaker';
const QUOTE = 'api::quote.quote';
const press = (name: string) => path.join(ROOT, 'tests', 'fixtures', 'press', name);
const FILE = press('en-japan-ambassador-visit.txt');
const POSITION = 'Fourth-year student of the Faculty of International Relations';

describe('Check before importing (browser)', () => {
  let stack: BrowserStack;
  let watched: PageWatch;
  let page: Page;
  let kenId: string;
  /** An Editor's admin JWT, to check what was written through the Content Manager API. */
  let editorToken: string;

  const docs = (uid: string) => stack.app.documents(uid as any) as any;

  beforeAll(async () => {
    stack = await startBrowserStack();
    kenId = (await docs(SPEAKER).create({ locale: 'en', data: { fullName: 'Ken Takahashi', position: 'Ambassador of Japan' } })).documentId;
    editorToken = await adminWithRole(stack.app, ROLE_CODES.editor, 'checker@review.test');
    watched = watchPages(stack, 'review');
    page = await watched.open();
  }, 600_000);

  afterAll(async () => {
    await stack?.close();
    watched?.report();
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
    await watched.shot(page, '1-preview');
  });

  const speakerItem = (name: string) => page.locator(`[data-testid="press-speakers"] [data-entity-name="${name}"]`);
  const mark = (index: number) => page.locator(`[data-testid="press-paragraphs"] mark[data-quote-index="${index}"]`);
  /** The swatch of a listed speaker and the underline of a highlighted quote, as the browser paints them. */
  const swatchColor = (name: string) => speakerItem(name).locator('[data-swatch]').evaluate((e) => getComputedStyle(e).borderTopColor);
  const markColor = (index: number) => mark(index).evaluate((e) => getComputedStyle(e).borderBottomColor);

  test('dropping a quote: the card header, the speaker count and the highlight leave it out', async () => {
    await expectLocator(page.getByTestId('press-quote-count')).toHaveText('3 quotes');
    await expectLocator(speakerItem('Kairat Sultanbekov').getByTestId('press-entity-note')).toHaveText('1 quote');
    await expectLocator(mark(0)).toHaveCount(1);
    await quoteRow(0).getByRole('checkbox').click();
    await expectLocator(page.getByTestId('press-quote-count')).toHaveText('2 quotes');
    await expectLocator(speakerItem('Kairat Sultanbekov').getByTestId('press-entity-note')).toHaveText('not quoted');
    await expectLocator(mark(0)).toHaveCount(0);
    await watched.shot(page, '1b-dropped');
    await quoteRow(0).getByRole('checkbox').click();
    await expectLocator(page.getByTestId('press-quote-count')).toHaveText('3 quotes');
    await expectLocator(mark(0)).toHaveCount(1);
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
    // The long position is shown whole (it wraps), and so are the names.
    const position = page.getByLabel('Position of Aruzhan Kenzhebekova');
    const fits = (e: HTMLInputElement | HTMLTextAreaElement) => e.scrollWidth <= e.clientWidth + 1 && e.scrollHeight <= e.clientHeight + 1;
    expect(await position.evaluate(fits)).toBe(true);
    for (const name of ['Kenji Takahashi', 'Kairat Sultanbekov', 'Aruzhan Kenzhebekova']) {
      expect(await page.getByLabel(`Name of ${name}`).evaluate(fits)).toBe(true);
      expect(await page.getByLabel(`Position of ${name}`).evaluate(fits)).toBe(true);
    }
    // The speakers panel follows the corrections: quote 3 counted for Kairat, quote 2 for
    // Ken Takahashi (listed as the existing speaker), nothing left for Kenji and Aruzhan;
    // the highlights take the colours of the speakers they now belong to.
    await expectLocator(speakerItem('Kairat Sultanbekov').getByTestId('press-entity-note')).toHaveText('2 quotes');
    await expectLocator(speakerItem('Ken Takahashi').getByTestId('press-entity-note')).toHaveText('1 quote');
    await expectLocator(speakerItem('Ken Takahashi').locator('[data-decision="matched"]')).toHaveCount(1);
    await expectLocator(speakerItem('Kenji Takahashi').getByTestId('press-entity-note')).toHaveText('not quoted');
    await expectLocator(speakerItem('Aruzhan Kenzhebekova').getByTestId('press-entity-note')).toHaveText('not quoted');
    await expectLocator(mark(1)).toHaveAttribute('data-quote-speaker', 'Ken Takahashi');
    await expectLocator(mark(2)).toHaveAttribute('data-quote-speaker', 'Kairat Sultanbekov');
    expect(await markColor(1)).toBe(await swatchColor('Ken Takahashi'));
    expect(await markColor(2)).toBe(await swatchColor('Kairat Sultanbekov'));
    expect(await markColor(2)).toBe(await markColor(0));
    await watched.shot(page, '2-corrected');

    await page.getByTestId('press-import-button').click();
    const result = page.locator('[data-testid="press-import-results"] [data-testid="press-import-result"]');
    await result.first().waitFor({ timeout: 60_000 });
    await expectLocator(result.first()).toHaveAttribute('data-status', 'imported');
    await watched.shot(page, '3-imported');
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
    expect(watched.pageErrors).toEqual([]);
  });

  /** A Content Manager list (admin API, as an Editor): the drafts in English matching `filters`. */
  const cmList = async (uid: string, filters: Record<string, unknown>) => {
    const query = new URLSearchParams({ page: '1', pageSize: '100', locale: 'en' });
    const flatten = (prefix: string, value: unknown) => {
      if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(`${prefix}[${k}]`, v);
      else query.append(prefix, String(value));
    };
    flatten('filters', filters);
    const res = await fetch(`${stack.baseUrl}/content-manager/collection-types/${uid}?${query}`, { headers: { Authorization: `Bearer ${editorToken}` } });
    expect(res.status).toBe(200);
    return ((await res.json()) as { results: any[] }).results;
  };

  /**
   * "Same person as": in `language`, `file`'s new speaker `pointed` is said to be the
   * existing `existing` (found by searching `search`), and the new speaker `renamed[0]`
   * renamed `renamed[1]`; then the file is imported.
   */
  const pointAndImport = async (p: Page, language: AdminLanguage, o: { file: string; pointed: string; existing: string; search: string; renamed: [string, string] }) => {
    await p.goto(`${stack.baseUrl}/admin/plugins/press-import`);
    await p.getByTestId('press-file-input').setInputFiles(press(o.file));
    await p.getByTestId('press-review').waitFor();
    const row = p.locator(`tr[data-speaker-name="${o.pointed}"]`);
    await row.waitFor(); // the preview has them as a new speaker
    const pointedItem = p.locator(`[data-testid="press-speakers"] [data-entity-name="${o.pointed}"]`);
    await expectLocator(pointedItem.locator('[data-decision="new"]')).toHaveCount(1);
    const columnWidths = () => p.getByTestId('press-review').locator('table').last().locator('thead th').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
    const widthsBefore = await columnWidths();
    const find = p.getByTestId('press-review-find-speaker');
    await find.click();
    await find.fill(o.search);
    await p.getByRole('option', { name: new RegExp(`^${o.existing}`) }).click();
    // The row's first combobox is "Same person as" (the name is a text input).
    await row.getByRole('combobox').first().click();
    await p.getByRole('option', { name: new RegExp(`^${o.existing} \\(`) }).click();
    // The existing speaker is kept: the file's name is shown, not editable, position and institution gone.
    await expectLocator(row.locator('[data-testid$="-kept"]')).toContainText(o.existing);
    expect(await row.locator('[data-testid$="-name"]').isDisabled()).toBe(true);
    await expectLocator(row.locator('[data-testid$="-position"]')).toHaveCount(0);
    // The columns stay where they were, and the speakers panel already says "matched".
    expect(await columnWidths()).toEqual(widthsBefore);
    await expectLocator(pointedItem.locator('[data-decision="matched"]')).toHaveCount(1);
    await expectLocator(pointedItem).toContainText(`→ ${o.existing}`);
    // The quotes' speaker selects call the pointed speaker by the existing name.
    await expectLocator(p.locator('tr[data-testid^="press-review-quote-"]').getByRole('combobox').filter({ hasText: o.existing })).toHaveCount(1);
    await p.locator(`tr[data-speaker-name="${o.renamed[0]}"] [data-testid$="-name"]`).fill(o.renamed[1]);
    await watched.shot(p, `4-same-person-${language}`);

    await p.getByTestId('press-import-button').click();
    const card = p.locator(`[data-testid="press-file-card"][data-file-name="${o.file}"]`);
    await expectLocator(card.getByTestId('press-import-result')).toHaveAttribute('data-status', 'imported', { timeout: 60_000 });
    return card;
  };

  const scenarios: Array<{ language: AdminLanguage; file: string; pointed: string; existing: string; search: string; renamed: [string, string]; quotes: string[] }> = [
    {
      language: 'en',
      file: 'en-kaznu-qs-ranking.txt',
      pointed: 'Aizhan Mukanova',
      existing: 'Aizhan Serikova',
      search: 'Serikova',
      renamed: ['Yerlan Bolatuly', 'Yerlan Bolatuly-Sayat'],
      quotes: ['Aizhan Serikova', 'Yerlan Bolatuly-Sayat', 'Yerlan Bolatuly-Sayat'],
    },
    {
      language: 'ru',
      file: 'en-unesco-water-chair.txt',
      pointed: 'Sofia Lindqvist',
      existing: 'Sofia Berg',
      search: 'Berg',
      renamed: ['Zhanar Ibraimova', 'Zhanar Ibraimova-Ospan'],
      quotes: ['Sofia Berg', 'Zhanar Ibraimova-Ospan', 'Timur Zhaksylykov'],
    },
  ];

  test.each(scenarios)('"Same person as" ($language admin): no new speaker, the quotes go to the existing one, the card names the speakers as written', async (o) => {
    const existingId = (await docs(SPEAKER).create({ locale: 'en', data: { fullName: o.existing, position: 'Professor' } })).documentId;
    const p = o.language === 'en' ? page : await watched.open({ language: o.language });
    if (p !== page) await logIn(p, stack.baseUrl, stack.credentials);
    const card = await pointAndImport(p, o.language, o);

    // What was written, through the Content Manager API: no speaker named as the file
    // named the existing one, no speaker under the corrected name's old spelling, the
    // quotes linked to the existing speaker and to the renamed one.
    expect(await cmList(SPEAKER, { fullName: { $eq: o.pointed } })).toEqual([]);
    expect(await cmList(SPEAKER, { fullName: { $eq: o.renamed[0] } })).toEqual([]);
    expect((await cmList(SPEAKER, { fullName: { $eq: o.existing } })).map((s) => s.documentId)).toEqual([existingId]);
    const [article] = await cmList(ARTICLE, { title: { $eq: require(press(o.file.replace(/\.txt$/, '.expected.json'))).title } });
    const quotes = await cmList(QUOTE, { article: { documentId: { $eq: article.documentId } } });
    expect(quotes).toHaveLength(o.quotes.length);
    const linked = await cmList(QUOTE, { speaker: { documentId: { $eq: existingId } } });
    expect(linked.map((q) => q.documentId).sort()).toEqual(quotes.filter((_q, i) => o.quotes[i] === o.existing).map((q) => q.documentId).sort());
    const written = await docs(ARTICLE).findOne({ documentId: article.documentId, locale: 'en', status: 'draft', populate: { quotes: { sort: ['order:asc'], populate: { speaker: true } } } });
    expect(written.quotes.map((q: any) => q.speaker?.fullName)).toEqual(o.quotes);

    // The card lists the speakers as written: the renamed one under the new name, the
    // pointed one matched to the existing speaker.
    const speakers = card.getByTestId('press-speakers');
    await expectLocator(speakers.locator(`[data-entity-name="${o.renamed[1]}"]`)).toHaveCount(1);
    await expectLocator(speakers.locator(`[data-entity-name="${o.renamed[0]}"]`)).toHaveCount(0);
    const pointed = speakers.locator(`[data-entity-name="${o.pointed}"]`);
    await expectLocator(pointed.locator('[data-decision="matched"]')).toHaveCount(1);
    await expectLocator(pointed).toContainText(`→ ${o.existing}`);
    await expectLocator(pointed).toContainText('Professor');
    await watched.shot(p, `5-imported-${o.language}`);
    if (p !== page) await p.context().close();
  });

  /** The "Details" of `file`'s import in the History tab of `p`. */
  const historyCorrections = async (p: Page, file: string) => {
    await p.goto(`${stack.baseUrl}/admin/plugins/press-import`);
    await p.getByTestId('press-tab-history').click();
    const row = p.locator(`[data-testid="press-history-row"][data-file-name="${file}"]`);
    await row.first().waitFor();
    return row.first().getByTestId('press-history-corrections');
  };

  test('the History tab sums up the corrections of each import, in the admin language', async () => {
    await expectLocator(await historyCorrections(page, path.basename(FILE))).toHaveText('Corrected: 2 quotes reassigned, 1 speaker edited');
    await expectLocator(await historyCorrections(page, scenarios[0].file)).toHaveText('Corrected: Aizhan Mukanova = an existing speaker, 1 speaker edited');
    await watched.shot(page, '6-history');
    const ru = await watched.open({ language: 'ru' });
    await logIn(ru, stack.baseUrl, stack.credentials);
    await expectLocator(await historyCorrections(ru, scenarios[1].file)).toHaveText('Исправлено: Sofia Lindqvist = существующий спикер, 1 спикер изменён');
    await watched.shot(ru, '6-history-ru');
    await ru.context().close();
  });

  test('no page error on the way', () => {
    expect(watched.pageErrors).toEqual([]);
  });
});
