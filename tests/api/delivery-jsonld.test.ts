import { useStrapi } from '../helpers/harness';
import { ARTICLE, FIXTURE, QUOTE, SPEAKER, INSTITUTION, createArticleFixture, localized, slugOf } from '../helpers/newsroom-docs';

const SITE = 'https://news.kaznu.test';
const MEDIA = 'https://cms.kaznu.test';
const t = useStrapi({ SEED_DEMO_CONTENT: 'false', PUBLIC_SITE_URL: SITE, PUBLIC_MEDIA_URL: MEDIA });

let fx: Awaited<ReturnType<typeof createArticleFixture>>;
let nastyArticle: string;

beforeAll(async () => {
  fx = await createArticleFixture(t.app(), t.docs);
  const inst = await localized(t.docs, INSTITUTION, { en: { name: 'Test Institute', website: 'https://ti.example', abbreviations: 'TI\nТИ' } });
  const speaker = await localized(t.docs, SPEAKER, { en: { fullName: 'Dana Test', honorific: 'Dr', position: 'Director', institution: inst } });
  nastyArticle = await localized(t.docs, ARTICLE, { en: { title: 'No cover', speakers: [speaker], institutions: [inst] } }, []);
  await t.docs(QUOTE).create({ locale: 'en', data: { text: 'We said </script><script>alert(1)</script> & left', order: 0, article: nastyArticle, speaker } });
  await t.docs(ARTICLE).publish({ documentId: nastyArticle, locale: 'en' });
});

describe('GET /api/articles/by-slug/:slug/jsonld', () => {
  test.each(['en', 'kk', 'ru'] as const)('schema.org NewsArticle of the article in %s', async (locale) => {
    const slug = fx.slugs[locale];
    const res = await t.http().get(`/api/articles/by-slug/${slug}/jsonld?locale=${locale}`).expect(200);
    expect(res.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    const ld = JSON.parse(res.text);
    const page = (await t.http().get(`/api/articles/by-slug/${slug}?locale=${locale}`).expect(200)).body;

    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      url: `${SITE}/${locale}/news/${slug}`,
      mainEntityOfPage: `${SITE}/${locale}/news/${slug}`,
      headline: FIXTURE.article.title[locale],
      description: FIXTURE.article.lead[locale],
      inLanguage: locale,
      datePublished: page.data.publishedAt,
    });
    expect(Date.parse(ld.dateModified)).toBeGreaterThanOrEqual(Date.parse(ld.datePublished));
    expect(ld.author).toEqual([{ '@type': 'Organization', name: FIXTURE.article.sourceLine[locale], url: 'https://www.kaznu.kz' }]);
    expect(ld.publisher).toEqual(ld.author[0]);

    const people = ld.mentions.filter((m: any) => m['@type'] === 'Person');
    const orgs = ld.mentions.filter((m: any) => m['@type'] === 'Organization');
    expect(people.map((p: any) => [p.name, p.jobTitle, p.affiliation.name]).sort()).toEqual(
      Object.values(FIXTURE.speakers).map((s) => [s.fullName[locale], s.position[locale], FIXTURE.institutions[s.institution].name[locale]]).sort()
    );
    expect(orgs.map((o: any) => o.name).sort()).toEqual(Object.values(FIXTURE.institutions).map((i) => i.name[locale]).sort());

    expect(ld.image).toEqual([{ '@type': 'ImageObject', url: `${MEDIA}${FIXTURE.cover.url}`, width: 1200, height: 630, caption: 'The main hall' }]);
    expect(ld.dateline).toBe(FIXTURE.article.dateline[locale]);
    expect(ld.hasPart).toHaveLength(3);
    const inOrder = [...FIXTURE.quotes].sort((a, b) => a.order - b.order);
    expect(ld.hasPart.map((q: any) => [q['@type'], q.text, q.creator['@type'], q.creator.name])).toEqual(
      inOrder.map((q) => ['Quotation', q.text[locale], 'Person', FIXTURE.speakers[q.speaker].fullName[locale]])
    );
    // The by-slug answer embeds the same document.
    expect(page.meta.jsonLd).toEqual(ld);
  });

  test('people with honorific, title and affiliation; safe to embed; no image without a cover', async () => {
    const slug = await slugOf(t.docs, ARTICLE, nastyArticle, 'en');
    const res = await t.http().get(`/api/articles/by-slug/${slug}/jsonld`).expect(200);
    // A quote holding "</script>" cannot close the page's script element.
    expect(res.text).not.toMatch(/<\/script/i);
    const ld = JSON.parse(res.text);
    expect(ld).not.toHaveProperty('image');
    const dana = { '@type': 'Person', name: 'Dana Test', honorificPrefix: 'Dr', jobTitle: 'Director', affiliation: { '@type': 'Organization', name: 'Test Institute', url: 'https://ti.example', alternateName: ['TI', 'ТИ'] } };
    expect(ld.mentions).toEqual([dana, dana.affiliation]);
    expect(ld.hasPart).toEqual([{ '@type': 'Quotation', text: 'We said </script><script>alert(1)</script> & left', creator: dana }]);
    // No source line: the organisation of the locale.
    expect(ld.author[0].name).toBe('Al-Farabi Kazakh National University');
  });

  test('unknown slug: 404 JSON error', async () => {
    const res = await t.http().get('/api/articles/by-slug/nothing-here/jsonld?locale=kk').expect(404);
    expect(res.body.error.name).toBe('NotFoundError');
  });
});
