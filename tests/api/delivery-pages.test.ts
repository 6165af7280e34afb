import { useStrapi } from '../helpers/harness';
import { ARTICLE, FIXTURE, INSTITUTION, QUOTE, SPEAKER, createArticleFixture, localized, slugOf } from '../helpers/newsroom-docs';

const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });
let fx: Awaited<ReturnType<typeof createArticleFixture>>;

let aigerim: string;
let lab: string;
const articleIds: string[] = [];

beforeAll(async () => {
  // The three-locale article (quotes by the rector of KazNU and by a UN speaker)...
  fx = await createArticleFixture(t.app(), t.docs);
  // ...and a lab with speakers and articles of its own.
  lab = await localized(t.docs, INSTITUTION, { en: { name: 'Physics Lab' }, kk: { name: 'Физика зертханасы' } });
  aigerim = await localized(t.docs, SPEAKER, { en: { fullName: 'Aigerim Sapar', institution: lab }, kk: { fullName: 'Әйгерім Сапар', institution: lab } });
  for (const name of ['Bolat Ermek', 'Askar Zhan']) await localized(t.docs, SPEAKER, { en: { fullName: name, institution: lab } });
  await localized(t.docs, SPEAKER, { en: { fullName: 'Draft Only Person', institution: lab } }, []);

  // Three articles quoting her, published one after the other (en and kk), then one
  // that only mentions her, and a draft that quotes her.
  for (const n of [1, 2, 3]) {
    const id = await localized(t.docs, ARTICLE, { en: { title: `Lab news ${n}`, institutions: [lab] }, kk: { title: `Зертхана жаңалығы ${n}`, institutions: [lab] } }, []);
    for (const locale of ['en', 'kk']) {
      await t.docs(QUOTE).create({ locale, data: { text: `${locale} words ${n}`, order: 0, article: id, speaker: aigerim } });
    }
    await t.docs(ARTICLE).publish({ documentId: id, locale: 'en' });
    await t.docs(ARTICLE).publish({ documentId: id, locale: 'kk' });
    articleIds.push(id);
  }
  await localized(t.docs, ARTICLE, { en: { title: 'Mentions only', speakers: [aigerim] } });
  const draft = await localized(t.docs, ARTICLE, { en: { title: 'Secret draft article' } }, []);
  await t.docs(QUOTE).create({ locale: 'en', data: { text: 'Unreleased words', article: draft, speaker: aigerim } });
  // A pending edit of the published speaker.
  await t.docs(SPEAKER).update({ documentId: aigerim, locale: 'en', data: { position: 'EMBARGOED position' } });
});

describe('GET /api/speakers/by-slug/:slug', () => {
  test.each(['en', 'kk', 'ru'] as const)('in %s: the rector, his quotes in order with their article, his articles', async (locale) => {
    const slug = await slugOf(t.docs, SPEAKER, fx.speakers.rector, locale);
    const res = await t.http().get(`/api/speakers/by-slug/${slug}?locale=${locale}`).expect(200);
    const { data, meta } = res.body;
    expect(data).toMatchObject({ slug, locale, fullName: FIXTURE.speakers.rector.fullName[locale], position: FIXTURE.speakers.rector.position[locale] });
    expect(data.institution).toMatchObject({ name: FIXTURE.institutions.kaznu.name[locale], website: 'https://www.kaznu.kz' });
    const rectorQuotes = FIXTURE.quotes.filter((q) => q.speaker === 'rector').sort((a, b) => a.order - b.order);
    expect(data.quotes.map((q: any) => [q.text, q.article.title, q.article.slug])).toEqual(
      rectorQuotes.map((q) => [q.text[locale], FIXTURE.article.title[locale], fx.slugs[locale]])
    );
    expect(data.articles.map((a: any) => a.slug)).toEqual([fx.slugs[locale]]);
    expect(data.articles[0].cover.url).toBe(FIXTURE.cover.url);
    expect(meta.localizations.map((l: any) => l.locale)).toEqual(['en', 'kk', 'ru']);
  });

  test('latest quotes first, paged with quotesPage/quotesPageSize; articles paged too', async () => {
    const slug = await slugOf(t.docs, SPEAKER, aigerim, 'en');
    const page1 = await t.http().get(`/api/speakers/by-slug/${slug}?quotesPageSize=2&articlesPageSize=3`).expect(200);
    expect(page1.body.data.quotes.map((q: any) => [q.text, q.article.title])).toEqual([
      ['en words 3', 'Lab news 3'],
      ['en words 2', 'Lab news 2'],
    ]);
    expect(page1.body.meta.quotes.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 2, total: 3 });
    expect(page1.body.data.articles.map((a: any) => a.title)).toEqual(['Mentions only', 'Lab news 3', 'Lab news 2']);
    expect(page1.body.meta.articles.pagination).toEqual({ page: 1, pageSize: 3, pageCount: 2, total: 4 });

    const page2 = await t.http().get(`/api/speakers/by-slug/${slug}?quotesPage=2&quotesPageSize=2&articlesPage=2&articlesPageSize=3`).expect(200);
    expect(page2.body.data.quotes.map((q: any) => q.text)).toEqual(['en words 1']);
    expect(page2.body.data.articles.map((a: any) => a.title)).toEqual(['Lab news 1']);
  });

  test('in Kazakh: the kk version with kk quotes and articles', async () => {
    const slug = await slugOf(t.docs, SPEAKER, aigerim, 'kk');
    const res = await t.http().get(`/api/speakers/by-slug/${slug}?locale=kk`).expect(200);
    expect(res.body.data.fullName).toBe('Әйгерім Сапар');
    expect(res.body.data.quotes.map((q: any) => q.text)).toEqual(['kk words 3', 'kk words 2', 'kk words 1']);
    expect(res.body.data.articles.map((a: any) => a.title)).toEqual(['Зертхана жаңалығы 3', 'Зертхана жаңалығы 2', 'Зертхана жаңалығы 1']);
  });

  test('no drafts: pending edits, draft articles and their quotes stay hidden', async () => {
    const slug = await slugOf(t.docs, SPEAKER, aigerim, 'en');
    const res = await t.http().get(`/api/speakers/by-slug/${slug}?status=draft&quotesPageSize=100`).expect(200);
    expect(JSON.stringify(res.body)).not.toMatch(/EMBARGOED|Unreleased|Secret draft/);
    expect(res.body.meta.quotes.pagination.total).toBe(3);
  });

  test.each([
    ['/api/speakers/by-slug/x?quotesPage=0', /quotesPage must be a positive integer/],
    ['/api/speakers/by-slug/x?articlesPageSize=101', /articlesPageSize is over the maximum of 100/],
    ['/api/speakers/by-slug/x?locale=*', /one locale/],
  ])('%s is a 400', async (url, message) => {
    const res = await t.http().get(url).expect(400);
    expect(res.body.error.message).toMatch(message);
  });

  test('an unknown or draft-only speaker is a 404', async () => {
    await t.http().get('/api/speakers/by-slug/nobody').expect(404);
    await t.http().get('/api/speakers/by-slug/draft-only-person?status=draft').expect(404);
  });
});

describe('GET /api/institutions/by-slug/:slug', () => {
  test.each(['en', 'kk', 'ru'] as const)('KazNU in %s, with its speaker and the article mentioning it', async (locale) => {
    const slug = await slugOf(t.docs, INSTITUTION, fx.institutions.kaznu, locale);
    const res = await t.http().get(`/api/institutions/by-slug/${slug}?locale=${locale}`).expect(200);
    expect(res.body.data).toMatchObject({ locale, name: FIXTURE.institutions.kaznu.name[locale], kind: 'university', parent: null, children: [] });
    expect(res.body.data.speakers.map((s: any) => s.fullName)).toEqual([FIXTURE.speakers.rector.fullName[locale]]);
    expect(res.body.data.articles.map((a: any) => a.title)).toEqual([FIXTURE.article.title[locale]]);
    expect(res.body.meta.localizations).toHaveLength(3);
  });

  test('speakers sorted by name and paged; articles mentioning it; no drafts', async () => {
    const slug = await slugOf(t.docs, INSTITUTION, lab, 'en');
    const page1 = await t.http().get(`/api/institutions/by-slug/${slug}?speakersPageSize=2`).expect(200);
    expect(page1.body.data.speakers.map((s: any) => s.fullName)).toEqual(['Aigerim Sapar', 'Askar Zhan']);
    expect(page1.body.meta.speakers.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 2, total: 3 });
    const page2 = await t.http().get(`/api/institutions/by-slug/${slug}?speakersPage=2&speakersPageSize=2`).expect(200);
    expect(page2.body.data.speakers.map((s: any) => s.fullName)).toEqual(['Bolat Ermek']);
    expect(page1.body.data.articles.map((a: any) => a.title)).toEqual(['Lab news 3', 'Lab news 2', 'Lab news 1']);
    expect(JSON.stringify([page1.body, page2.body])).not.toMatch(/Draft Only Person|EMBARGOED/);
  });
});
