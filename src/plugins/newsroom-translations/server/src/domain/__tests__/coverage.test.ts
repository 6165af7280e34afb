import {
  buildReport,
  computeCoverage,
  dayOf,
  isOutdated,
  parseTranslatedFrom,
  pickSourceLocale,
  publishedKey,
  readableOnly,
  stateOf,
  totalsOf,
  versionKey,
  type VersionRow,
} from '../coverage';

const LOCALES = ['en', 'kk', 'ru'];
const from = (locale: string, hash: string) => ({ locale, hash });
const row = (documentId: string, locale: string, extra: Partial<VersionRow> = {}): VersionRow => ({
  documentId,
  locale,
  contentHash: `${documentId}-${locale}-v1`,
  translatedFrom: null,
  createdAt: '2024-05-01T10:00:00.000Z',
  ...extra,
});

describe('parseTranslatedFrom', () => {
  test('accepts the stored object or its JSON text, rejects anything else', () => {
    expect(parseTranslatedFrom({ locale: 'en', hash: 'h' })).toEqual({ locale: 'en', hash: 'h' });
    expect(parseTranslatedFrom('{"locale":"en","hash":"h"}')).toEqual({ locale: 'en', hash: 'h' });
    for (const bad of [null, undefined, 'nope', {}, { locale: 'en' }, { locale: '', hash: 'h' }, 42]) {
      expect(parseTranslatedFrom(bad)).toBeNull();
    }
  });
});

describe('pickSourceLocale', () => {
  test('the only version without translatedFrom is the source', () => {
    const versions = [row('a', 'kk'), row('a', 'en', { translatedFrom: from('kk', 'x') })];
    expect(pickSourceLocale(versions, 'en')).toBe('kk');
  });

  test('among untracked versions: the one translations point at, then the default locale, then the oldest', () => {
    expect(pickSourceLocale([row('a', 'ru'), row('a', 'kk'), row('a', 'en', { translatedFrom: from('ru', 'x') })], 'en')).toBe('ru');
    expect(pickSourceLocale([row('a', 'ru'), row('a', 'en')], 'en')).toBe('en');
    expect(
      pickSourceLocale([row('a', 'ru', { createdAt: '2024-02-01' }), row('a', 'kk', { createdAt: '2024-01-01' })], 'en'),
    ).toBe('kk');
  });

  test('null when every version is a translation (its source locale was deleted) or there is none', () => {
    expect(pickSourceLocale([row('a', 'kk', { translatedFrom: from('en', 'x') })], 'en')).toBeNull();
    expect(pickSourceLocale([], 'en')).toBeNull();
  });
});

describe('isOutdated and stateOf', () => {
  const en = row('a', 'en', { contentHash: 'v2' });
  const byLocale = new Map([['en', en]]);

  test('outdated when the source hash differs from the one translated', () => {
    expect(isOutdated(row('a', 'kk', { translatedFrom: from('en', 'v1') }), byLocale)).toBe(true);
    expect(isOutdated(row('a', 'kk', { translatedFrom: from('en', 'v2') }), byLocale)).toBe(false);
  });

  test('never outdated without translatedFrom, or when the source is gone or not fingerprinted', () => {
    expect(isOutdated(en, byLocale)).toBe(false);
    expect(isOutdated(row('a', 'kk', { translatedFrom: from('ru', 'v1') }), byLocale)).toBe(false);
    const unhashed = new Map([['en', { ...en, contentHash: null }]]);
    expect(isOutdated(row('a', 'kk', { translatedFrom: from('en', 'v1') }), unhashed)).toBe(false);
  });

  test('missing < outdated < published < draft precedence', () => {
    expect(stateOf(false, false, false)).toBe('missing');
    expect(stateOf(true, true, true)).toBe('outdated');
    expect(stateOf(true, true, false)).toBe('published');
    expect(stateOf(true, false, false)).toBe('draft');
  });
});

describe('dayOf', () => {
  test('date columns as they are, timestamps as their UTC day', () => {
    expect(dayOf('2024-03-09')).toBe('2024-03-09');
    expect(dayOf('2024-03-09T23:30:00.000Z')).toBe('2024-03-09');
    expect(dayOf(Date.UTC(2024, 2, 9, 12))).toBe('2024-03-09');
    expect(dayOf(null)).toBeNull();
    expect(dayOf('not a date')).toBeNull();
  });
});

describe('computeCoverage, totals and reports', () => {
  // a: en source published; kk up to date draft; ru outdated (published).
  // b: kk source draft only, with an eventDate.
  // c: ru source published, en translation published.
  const drafts: VersionRow[] = [
    row('a', 'en', { contentHash: 'a2', createdAt: '2024-05-03T08:00:00Z' }),
    row('a', 'kk', { translatedFrom: from('en', 'a2') }),
    row('a', 'ru', { translatedFrom: from('en', 'a1') }),
    row('b', 'kk', { eventDate: '2024-04-20' }),
    row('c', 'ru', { createdAt: '2024-05-01T10:00:00Z' }),
    row('c', 'en', { translatedFrom: from('ru', 'c-ru-v1') }),
  ];
  const published = new Set([publishedKey('a', 'en'), publishedKey('a', 'ru'), publishedKey('c', 'ru'), publishedKey('c', 'en')]);
  const coverage = computeCoverage(drafts, published, LOCALES, 'en');
  const byId = Object.fromEntries(coverage.map((c) => [c.documentId, c]));

  test('the state of every article in every locale', () => {
    expect(Object.fromEntries(Object.entries(byId.a.locales).map(([l, c]) => [l, c.state]))).toEqual({
      en: 'published',
      kk: 'draft',
      ru: 'outdated',
    });
    expect(byId.a.locales.ru).toMatchObject({ published: true, outdated: true, source: false, translatedFrom: 'en' });
    expect(byId.a.locales.en).toMatchObject({ source: true, translatedFrom: null });
    expect(byId.b.sourceLocale).toBe('kk');
    expect(byId.b.locales).toMatchObject({ en: { state: 'missing' }, kk: { state: 'draft', source: true }, ru: { state: 'missing' } });
    expect(byId.c.sourceLocale).toBe('ru');
    expect(byId.c.locales.en.state).toBe('published');
  });

  test('readableOnly keeps the articles with at least one readable version, whole, and counts only them', () => {
    // An Author who created only b; a translator who may read the kk version of a (not its en or ru).
    expect(readableOnly(coverage, new Set([versionKey('b', 'kk')])).map((a) => a.documentId)).toEqual(['b']);
    const translator = readableOnly(coverage, new Set([versionKey('a', 'kk')]));
    expect(translator.map((a) => a.documentId)).toEqual(['a']);
    expect(translator[0]).toBe(byId.a);
    // A key of a locale the article lacks does not open it; nothing readable, nothing shown.
    expect(readableOnly(coverage, new Set([versionKey('b', 'ru')]))).toEqual([]);
    expect(readableOnly(coverage, new Set())).toEqual([]);
    expect(buildReport(readableOnly(coverage, new Set([versionKey('b', 'kk')])), LOCALES, {}, 1, 10)).toMatchObject({ articles: 1, pagination: { total: 1 } });
  });

  test('the day of an article is its eventDate, else the day its source was created', () => {
    expect(byId.a.date).toBe('2024-05-03');
    expect(byId.b.date).toBe('2024-04-20');
    expect(byId.c.date).toBe('2024-05-01');
  });

  test("when locale versions disagree on the shared eventDate, the source's counts", () => {
    const [article] = computeCoverage(
      [row('d', 'kk', { eventDate: '2024-01-02', translatedFrom: from('en', 'x') }), row('d', 'en', { eventDate: '2024-01-01' })],
      new Set(),
      LOCALES,
      'en',
    );
    expect(article.date).toBe('2024-01-01');
  });

  test('totals count every article once per locale', () => {
    expect(totalsOf(coverage, LOCALES)).toEqual({
      en: { missing: 1, draft: 0, published: 2, outdated: 0 },
      kk: { missing: 1, draft: 2, published: 0, outdated: 0 },
      ru: { missing: 1, draft: 0, published: 1, outdated: 1 },
    });
  });

  test('filters by state in a locale, or in any locale; totals ignore the state filter', () => {
    const missingKk = buildReport(coverage, LOCALES, { locale: 'kk', state: 'missing' }, 1, 25);
    expect(missingKk.results.map((r) => r.documentId)).toEqual(['c']);
    expect(missingKk.totals.kk.missing).toBe(1);
    expect(missingKk.totals.kk.draft).toBe(2);
    const outdatedAnywhere = buildReport(coverage, LOCALES, { state: 'outdated' }, 1, 25);
    expect(outdatedAnywhere.results.map((r) => r.documentId)).toEqual(['a']);
  });

  test('the date range applies to results and totals, bounds included', () => {
    const report = buildReport(coverage, LOCALES, { from: '2024-04-20', to: '2024-05-01' }, 1, 25);
    expect(report.results.map((r) => r.documentId)).toEqual(['c', 'b']);
    expect(report.articles).toBe(2);
    expect(report.totals.en).toEqual({ missing: 1, draft: 0, published: 1, outdated: 0 });
  });

  test('pages newest first', () => {
    const first = buildReport(coverage, LOCALES, {}, 1, 2);
    expect(first.results.map((r) => r.documentId)).toEqual(['a', 'c']);
    expect(first.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 2, total: 3 });
    expect(buildReport(coverage, LOCALES, {}, 2, 2).results.map((r) => r.documentId)).toEqual(['b']);
  });
});
