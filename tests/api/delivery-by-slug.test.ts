import { useStrapi } from '../helpers/harness';
import { ARTICLE, FIXTURE, QUOTE, SPEAKER, createArticleFixture, localized, slugOf } from '../helpers/newsroom-docs';

// The demo content is seeded too (one light check below); precise checks use our own.
const t = useStrapi();

const LOCALES = ['en', 'kk', 'ru'] as const;
let fx: Awaited<ReturnType<typeof createArticleFixture>>;
let pendingId: string;
let draftOnlySlug: string;

beforeAll(async () => {
  fx = await createArticleFixture(t.app(), t.docs);

  // Published, then edited (not republished), with a quote added as a draft.
  const speaker = await localized(t.docs, SPEAKER, { en: { fullName: 'Pending Speaker' } });
  pendingId = await localized(t.docs, ARTICLE, { en: { title: 'Visible title', speakers: [speaker] } }, []);
  await t.docs(QUOTE).create({ locale: 'en', data: { text: 'Published words', order: 0, article: pendingId, speaker } });
  await t.docs(ARTICLE).publish({ documentId: pendingId, locale: 'en' });
  await t.docs(ARTICLE).update({ documentId: pendingId, locale: 'en', data: { title: 'EMBARGOED title', lead: 'EMBARGOED lead' } });
  await t.docs(QUOTE).create({ locale: 'en', data: { text: 'Unreleased words', order: 1, article: pendingId, speaker } });

  const draftOnly = await t.docs(ARTICLE).create({ locale: 'en', data: { title: 'Secret draft article' } });
  draftOnlySlug = (await t.docs(ARTICLE).findOne({ documentId: draftOnly.documentId, locale: 'en', status: 'draft' })).slug;
});

describe('GET /api/articles/by-slug/:slug', () => {
  test.each(LOCALES)('in %s: the article with everything its page needs, in one request', async (locale) => {
    const slug = fx.slugs[locale];
    const res = await t.http().get(`/api/articles/by-slug/${slug}?locale=${locale}`).expect(200);
    const { data, meta } = res.body;
    expect(data).toMatchObject({
      documentId: fx.articleId,
      title: FIXTURE.article.title[locale],
      lead: FIXTURE.article.lead[locale],
      slug,
      locale,
      servedLocale: locale,
      seo: { metaTitle: FIXTURE.article.title[locale], metaDescription: FIXTURE.article.lead[locale] },
      cover: { url: FIXTURE.cover.url, width: 1200 },
    });

    // Quotes sorted by `order` (they were created 2, 0, 1), each with its speaker and
    // the speaker's institution, all in the page's locale.
    const byOrder = [...FIXTURE.quotes].sort((a, b) => a.order - b.order);
    expect(data.quotes.map((q: any) => [q.order, q.text, q.speaker.fullName, q.speaker.institution.name])).toEqual(
      byOrder.map((q) => {
        const sp = FIXTURE.speakers[q.speaker];
        return [q.order, q.text[locale], sp.fullName[locale], FIXTURE.institutions[sp.institution].name[locale]];
      })
    );
    expect(data.speakers.map((s: any) => [s.fullName, s.institution.name]).sort()).toEqual(
      Object.values(FIXTURE.speakers).map((s) => [s.fullName[locale], FIXTURE.institutions[s.institution].name[locale]]).sort()
    );
    expect(data.institutions.map((i: any) => i.name).sort()).toEqual(Object.values(FIXTURE.institutions).map((i) => i.name[locale]).sort());

    expect(meta.locale).toEqual({ requested: locale, fallback: [], served: locale, matched: locale });
    expect(meta.localizations).toEqual(LOCALES.map((l) => ({ locale: l, slug: fx.slugs[l] })));
    expect(meta.jsonLd).toMatchObject({ '@type': 'NewsArticle', inLanguage: locale, headline: FIXTURE.article.title[locale] });
  });

  test('the demo article is reachable by its slug in each locale', async () => {
    for (const locale of LOCALES) {
      const list = await t.http().get(`/api/articles?locale=${locale}&filters[documentId][$ne]=${fx.articleId}&sort=id&fields[0]=slug&fields[1]=title`).expect(200);
      const demo = list.body.data[0];
      const res = await t.http().get(`/api/articles/by-slug/${demo.slug}?locale=${locale}`).expect(200);
      expect(res.body.data).toMatchObject({ title: demo.title, locale });
      expect(res.body.data.quotes.length).toBeGreaterThan(0);
    }
  });

  test('without locale, the default locale (en)', async () => {
    const res = await t.http().get(`/api/articles/by-slug/${fx.slugs.en}`).expect(200);
    expect(res.body.data.title).toBe(FIXTURE.article.title.en);
  });

  test('a slug of another locale is a 404 with a clear JSON error', async () => {
    const res = await t.http().get(`/api/articles/by-slug/${fx.slugs.kk}?locale=ru`).expect(404);
    expect(res.body).toEqual({
      data: null,
      error: {
        status: 404,
        name: 'NotFoundError',
        message: `No published article with slug "${fx.slugs.kk}" in ru`,
        details: { slug: fx.slugs.kk, locales: ['ru'] },
      },
    });
    await t.http().get('/api/articles/by-slug/no-such-article').expect(404);
  });

  test('a client populate replaces the default one', async () => {
    const res = await t.http().get(`/api/articles/by-slug/${fx.slugs.ru}?locale=ru&fields[0]=title&populate[speakers][fields][0]=fullName`).expect(200);
    expect(Object.keys(res.body.data).sort()).toEqual(['documentId', 'id', 'servedLocale', 'speakers', 'title']);
    expect(res.body.data.speakers.map((s: any) => s.fullName).sort()).toEqual(Object.values(FIXTURE.speakers).map((s) => s.fullName.ru).sort());
  });

  test('only published content: pending edits, draft quotes and draft-only articles stay hidden', async () => {
    const slug = await slugOf(t.docs, ARTICLE, pendingId, 'en');
    for (const url of [`/api/articles/by-slug/${slug}`, `/api/articles/by-slug/${slug}?status=draft`, `/api/articles/by-slug/${slug}?publicationFilter=modified`]) {
      const res = await t.http().get(url).expect(200);
      expect(res.body.data.title).toBe('Visible title');
      expect(res.body.data.quotes.map((q: any) => q.text)).toEqual(['Published words']);
      expect(JSON.stringify(res.body)).not.toMatch(/EMBARGOED|Unreleased/);
    }
    await t.http().get(`/api/articles/by-slug/${draftOnlySlug}`).expect(404);
    await t.http().get(`/api/articles/by-slug/${draftOnlySlug}?status=draft`).expect(404);
    await t.http().get(`/api/articles/by-slug/${draftOnlySlug}/jsonld?status=draft`).expect(404);
  });

  test.each([
    ['/api/articles/by-slug/x?locale=xx', /Unknown locale "xx"/],
    ['/api/articles/by-slug/x?locale=*', /one locale/],
    ['/api/articles/by-slug/bad%20slug', /slug may contain only/],
    ['/api/articles/by-slug/x?fallback=xx', /Unknown fallback locale/],
  ])('%s is a 400', async (url, message) => {
    const res = await t.http().get(url).expect(400);
    expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    expect(res.body.error.message).toMatch(message);
  });
});
