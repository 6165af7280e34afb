/**
 * Merging duplicate speakers on the "Press import" page, in a real browser: a real
 * Strapi (compiled app + built admin panel) on a throw-away SQLite database, driven by
 * Debian's chromium through playwright-core.
 *
 *   npx jest --selectProjects browser --runInBand --runTestsByPath tests/browser/merge.browser.test.ts
 *
 * Screenshots go to tests/.artifacts/merge-*.png (gitignored).
 */
import type { Page } from 'playwright-core';
import { expectLocator, logIn, startBrowserStack, watchPages, type BrowserStack, type PageWatch } from '../helpers/browser';

jest.setTimeout(180_000);

const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const SPEAKER = 'api::speaker.speaker';

describe('Merge duplicates (browser)', () => {
  let stack: BrowserStack;
  let watched: PageWatch;
  let page: Page;
  const ids: Record<string, string> = {};
  const started = Date.now();

  const docs = (uid: string) => stack.app.documents(uid as any) as any;
  const speakerOf = async (quote: string, status: 'draft' | 'published') =>
    (await docs(QUOTE).findOne({ documentId: quote, locale: 'en', status, populate: ['speaker'] }))?.speaker?.documentId;

  beforeAll(async () => {
    stack = await startBrowserStack();
    // "Arman Bekov" is quoted in two published articles; "Bekov Arman" (en and ru) in one.
    ids.arman = (await docs(SPEAKER).create({ locale: 'en', data: { fullName: 'Arman Bekov', position: 'Dean of the Faculty of Law' } })).documentId;
    ids.bekov = (await docs(SPEAKER).create({ locale: 'en', data: { fullName: 'Bekov Arman', aliases: 'A. Bekov' } })).documentId;
    await docs(SPEAKER).update({ documentId: ids.bekov, locale: 'ru', data: { fullName: 'Беков Арман', position: 'Декан юридического факультета' } });
    ids.galymkair = (await docs(SPEAKER).create({ locale: 'en', data: { fullName: 'Galymkair Mutanov', position: 'Rector' } })).documentId;
    ids.galym = (await docs(SPEAKER).create({ locale: 'en', data: { fullName: 'Galym Mutanov' } })).documentId;
    const article = async (title: string, speaker: string) => {
      const { documentId } = await docs(ARTICLE).create({ locale: 'en', data: { title, speakers: [speaker] } });
      const quote = await docs(QUOTE).create({ locale: 'en', data: { text: `${title}: a quote.`, order: 0, speaker, article: documentId } });
      await docs(ARTICLE).publish({ documentId, locale: 'en' });
      return quote.documentId as string;
    };
    await article('Law school opens', ids.arman);
    await article('Moot court final', ids.arman);
    ids.bekovQuote = await article('Students visit the court', ids.bekov);
    ids.galymQuote = await article('New campus', ids.galym);

    watched = watchPages(stack, 'merge');
    page = await watched.open();
  }, 600_000);

  afterAll(async () => {
    await stack?.close();
    watched?.report();
    process.stderr.write(`[browser] total ${Date.now() - started} ms\n`);
  });

  const group = () => page.getByTestId('merge-group').filter({ hasText: 'Bekov Arman' });

  test('the "Merge duplicates" tab lists Arman Bekov and Bekov Arman as likely duplicates', async () => {
    await logIn(page, stack.baseUrl, stack.credentials);
    await page.getByRole('link', { name: 'Press import' }).first().click();
    await page.waitForURL(/\/admin\/plugins\/press-import/);
    await page.getByTestId('press-tab-merge').click();
    await page.waitForURL(/tab=merge/);
    await expectLocator(group()).toHaveCount(1);
    await expectLocator(group().getByTestId('merge-entry')).toHaveCount(2);
    await expectLocator(group()).toContainText('ru: Беков Арман');
    await expectLocator(group()).toContainText('Aliases: A. Bekov');
    // The Mutanovs' names do not share their words: they are not proposed.
    await expectLocator(page.getByTestId('merge-group')).toHaveCount(1);
    await watched.shot(page, '1-duplicates');
  });

  test('the confirmation says what will happen and proposes to keep the most quoted entry', async () => {
    await group().getByTestId('merge-group-button').click();
    const dialog = page.getByTestId('merge-dialog');
    await dialog.waitFor();
    await expectLocator(dialog.getByRole('radio', { name: /^Arman Bekov/ })).toHaveAttribute('aria-checked', 'true');
    await expectLocator(dialog.getByTestId('merge-summary')).toContainText('‘Bekov Arman’ will be merged into ‘Arman Bekov’');
    await expectLocator(dialog.getByTestId('merge-summary')).toContainText('1 quote and 1 article will name ‘Arman Bekov’ instead');
    await expectLocator(dialog.getByTestId('merge-summary')).toContainText('Its spellings (Bekov Arman, Беков Арман, A. Bekov) become aliases of ‘Arman Bekov’');
    await expectLocator(dialog.getByTestId('merge-summary')).toContainText('‘Bekov Arman’ is then deleted. This cannot be undone.');
    await watched.shot(page, '2-confirm');
  });

  test('merging moves the quote, keeps the spellings and deletes the duplicate', async () => {
    await page.getByTestId('merge-confirm').click();
    const done = page.getByTestId('merge-done');
    await expectLocator(done).toContainText('‘Bekov Arman’ merged into ‘Arman Bekov’: 1 quote and 1 article moved, 3 aliases added.');
    await expectLocator(page.getByTestId('merge-group')).toHaveCount(0);
    await page.getByText('No likely duplicates found.').waitFor();
    expect(await speakerOf(ids.bekovQuote, 'draft')).toBe(ids.arman);
    expect(await speakerOf(ids.bekovQuote, 'published')).toBe(ids.arman);
    expect(await stack.app.db.query(SPEAKER as any).count({ where: { documentId: ids.bekov } })).toBe(0);
    const kept = await docs(SPEAKER).findOne({ documentId: ids.arman, locale: 'ru', status: 'draft' });
    expect(kept).toMatchObject({ fullName: 'Беков Арман', aliases: 'Bekov Arman\nБеков Арман\nA. Bekov' });
    await watched.shot(page, '3-done');
  });

  test('two entries picked by name: Galym Mutanov into Galymkair Mutanov', async () => {
    const pick = async (testId: string, text: string, option: string) => {
      const input = page.getByTestId(testId);
      await input.click();
      await input.fill(text);
      await page.getByRole('option', { name: option }).click();
    };
    await pick('merge-pick-keep', 'Galymkair', 'Galymkair Mutanov');
    await pick('merge-pick-merge', 'Galym Mut', 'Galym Mutanov');
    await expectLocator(page.getByTestId('merge-pick-keep')).toHaveValue('Galymkair Mutanov');
    await expectLocator(page.getByTestId('merge-pick-merge')).toHaveValue('Galym Mutanov');
    // Both picked entries are shown side by side before merging.
    await expectLocator(page.getByTestId('merge-entry')).toHaveCount(2);
    await watched.shot(page, '4-picked');
    await page.getByTestId('merge-pick-button').click();
    const dialog = page.getByTestId('merge-dialog');
    await expectLocator(dialog.getByRole('radio', { name: /^Galymkair Mutanov/ })).toHaveAttribute('aria-checked', 'true');
    await page.getByTestId('merge-confirm').click();
    await expectLocator(page.getByTestId('merge-done')).toContainText('‘Galym Mutanov’ merged into ‘Galymkair Mutanov’: 1 quote and 1 article moved, 1 alias added.');
    expect(await speakerOf(ids.galymQuote, 'published')).toBe(ids.galymkair);
    // The merged entry is gone: the pickers are empty again and show no entry to merge again.
    const picker = page.locator('section[aria-labelledby="merge-pick-title"]');
    await expectLocator(page.getByTestId('merge-pick-keep')).toHaveValue('');
    await expectLocator(page.getByTestId('merge-pick-merge')).toHaveValue('');
    await expectLocator(picker.getByTestId('merge-entry')).toHaveCount(0);
    await expectLocator(page.getByTestId('merge-pick-button')).toBeDisabled();
    await watched.shot(page, '5-picked-done');
  });

  test('an entry deleted meanwhile: a readable message, no id, and the pickers start over', async () => {
    const gone = (await docs(SPEAKER).create({ locale: 'en', data: { fullName: 'Galym Mutanuly' } })).documentId as string;
    const pick = async (testId: string, text: string, option: string) => {
      const input = page.getByTestId(testId);
      await input.click();
      await input.fill(text);
      await page.getByRole('option', { name: option }).click();
    };
    await pick('merge-pick-keep', 'Galymkair', 'Galymkair Mutanov');
    await pick('merge-pick-merge', 'Mutanuly', 'Galym Mutanuly');
    await docs(SPEAKER).delete({ documentId: gone, locale: '*' });
    await page.getByTestId('merge-pick-button').click();
    await page.getByTestId('merge-confirm').click();
    const toast = page.locator('[role="alert"], [role="status"]').filter({ hasText: 'The merge failed' }).first();
    await expectLocator(toast).toContainText('no longer exists');
    expect(await toast.innerText()).not.toContain(gone);
    await expectLocator(page.getByTestId('merge-dialog')).toHaveCount(0);
    await expectLocator(page.getByTestId('merge-pick-merge')).toHaveValue('');
    await watched.shot(page, '6-gone');
  });

  test('no page errors and no failed requests', () => {
    expect(watched.pageErrors).toEqual([]);
    // The one refused request is the merge of the entry deleted meanwhile.
    expect(watched.failedRequests).toEqual([expect.stringMatching(/^400 POST \/press-import\/merge/)]);
  });
});
