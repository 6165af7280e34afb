import { useStrapi } from '../helpers/harness';

const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });

const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const SPEAKER = 'api::speaker.speaker';
const INSTITUTION = 'api::institution.institution';

/** Creates `en`, then the kk and ru versions of the same document, all published. */
async function createInThreeLocales(uid: string, data: Record<string, Record<string, unknown>>) {
  const en = await t.docs(uid).create({ locale: 'en', data: data.en, status: 'published' });
  for (const locale of ['kk', 'ru']) {
    await t.docs(uid).update({ documentId: en.documentId, locale, data: data[locale], status: 'published' });
  }
  return en.documentId as string;
}

describe('content model in en, kk and ru', () => {
  let institutionId: string;
  let speakerId: string;
  let articleId: string;

  beforeAll(async () => {
    institutionId = await createInThreeLocales(INSTITUTION, {
      en: { name: 'Ministry of Science and Higher Education', abbreviations: 'MSHE RK\nМНВО РК', kind: 'ministry', country: 'KZ' },
      kk: { name: 'Ғылым және жоғары білім министрлігі' },
      ru: { name: 'Министерство науки и высшего образования' },
    });
    speakerId = await createInThreeLocales(SPEAKER, {
      en: { fullName: 'Aigerim Nurlanova', position: 'Vice-Minister', aliases: 'Aigerim Nurlanova\nАйгерим Нурланова', institution: institutionId },
      kk: { fullName: 'Әйгерім Нұрланова', position: 'Вице-министр', institution: institutionId },
      ru: { fullName: 'Айгерим Нурланова', position: 'Вице-министр', institution: institutionId },
    });
    articleId = await createInThreeLocales(ARTICLE, {
      en: { title: 'New research grants announced', eventDate: '2026-11-20', speakers: [speakerId], institutions: [institutionId] },
      kk: { title: 'Жаңа ғылыми гранттар жарияланды', speakers: [speakerId], institutions: [institutionId] },
      ru: { title: 'Объявлены новые научные гранты', speakers: [speakerId], institutions: [institutionId] },
    });
    await createInThreeLocales(QUOTE, {
      en: { text: 'Science is our priority.', order: 0, speaker: speakerId, article: articleId },
      kk: { text: 'Ғылым – біздің басымдығымыз.', order: 0, speaker: speakerId, article: articleId },
      ru: { text: 'Наука – наш приоритет.', order: 0, speaker: speakerId, article: articleId },
    });
    // The article decides its published links: a quote published on its own joins the
    // published article when the article is published again (README, "Publishing rules").
    for (const locale of ['en', 'kk', 'ru']) await t.docs(ARTICLE).publish({ documentId: articleId, locale });
  });

  test.each([
    ['en', 'New research grants announced', 'new-research-grants-announced', 'Aigerim Nurlanova'],
    ['kk', 'Жаңа ғылыми гранттар жарияланды', 'zhana-gylymi-granttar-zhariyalandy', 'Әйгерім Нұрланова'],
    ['ru', 'Объявлены новые научные гранты', 'obyavleny-novye-nauchnye-granty', 'Айгерим Нурланова'],
  ])('an article read over REST in %s carries that locale, its slug and populated relations', async (locale, title, slug, speakerName) => {
    const res = await t
      .http()
      .get(`/api/articles/${articleId}?locale=${locale}&populate[speakers][populate]=institution&populate[quotes]=true&populate[institutions]=true`)
      .expect(200);
    const a = res.body.data;
    expect(a).toMatchObject({ locale, title, slug, eventDate: '2026-11-20' });
    expect(a.speakers).toHaveLength(1);
    expect(a.speakers[0]).toMatchObject({ locale, fullName: speakerName });
    expect(a.speakers[0].institution.locale).toBe(locale);
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0].locale).toBe(locale);
    expect(a.institutions[0].locale).toBe(locale);
  });

  test('shared fields are shared: eventDate and aliases are the same in every locale', async () => {
    for (const locale of ['kk', 'ru']) {
      const article = await t.docs(ARTICLE).findOne({ documentId: articleId, locale });
      expect(article.eventDate).toBe('2026-11-20');
      const speaker = await t.docs(SPEAKER).findOne({ documentId: speakerId, locale });
      expect(speaker.aliases).toContain('Айгерим Нурланова');
    }
  });

  test('a speaker lists its quotes and articles (reverse relations); an institution its speakers', async () => {
    const speaker = await t.http().get(`/api/speakers/${speakerId}?locale=ru&populate=*`).expect(200);
    expect(speaker.body.data.quotes.map((q: any) => q.text)).toEqual(['Наука – наш приоритет.']);
    expect(speaker.body.data.articles.map((a: any) => a.title)).toEqual(['Объявлены новые научные гранты']);
    const inst = await t.http().get(`/api/institutions/${institutionId}?locale=kk&populate=speakers`).expect(200);
    expect(inst.body.data.speakers.map((s: any) => s.fullName)).toEqual(['Әйгерім Нұрланова']);
  });

  test('aliases are searchable', async () => {
    // Case-insensitive matching of Cyrillic needs PostgreSQL (SQLite's LOWER() folds ASCII
    // only), so the Cyrillic search here keeps the case of the alias.
    for (const q of ['filters[aliases][$containsi]=nurlanova', 'filters[aliases][$contains]=Нурланова']) {
      const res = await t.http().get(`/api/speakers?${encodeURI(q)}&locale=en`).expect(200);
      expect(res.body.data.map((s: any) => s.documentId)).toEqual([speakerId]);
    }
  });
});

describe('slugs', () => {
  test('every create path fills the slug; equal titles get distinct slugs within a locale', async () => {
    const a = await t.docs(ARTICLE).create({ locale: 'en', data: { title: 'Open day' } });
    const b = await t.docs(ARTICLE).create({ locale: 'en', data: { title: 'Open day' } });
    expect(a.slug).toBe('open-day');
    expect(b.slug).toBe('open-day-2');
  });

  test('the same slug may be used once per locale', async () => {
    const en = await t.docs(ARTICLE).create({ locale: 'en', data: { title: 'Rector meets students' } });
    const kk = await t.docs(ARTICLE).update({ documentId: en.documentId, locale: 'kk', data: { title: 'Rector meets students' } });
    expect(kk.slug).toBe('rector-meets-students');
    const other = await t.docs(ARTICLE).create({ locale: 'kk', data: { title: 'Rector meets students' } });
    expect(other.slug).toBe('rector-meets-students-2');
  });

  test('an update keeps the slug, and publishing keeps it too', async () => {
    const doc = await t.docs(ARTICLE).create({ locale: 'ru', data: { title: '30 лет дипломатии' } });
    expect(doc.slug).toBe('30-let-diplomatii');
    const updated = await t.docs(ARTICLE).update({ documentId: doc.documentId, locale: 'ru', data: { title: 'Другой заголовок' } });
    expect(updated.slug).toBe('30-let-diplomatii');
    const published = await t.docs(ARTICLE).publish({ documentId: doc.documentId, locale: 'ru' });
    expect(published.entries[0].slug).toBe('30-let-diplomatii');
  });

  test('speakers and institutions get slugs from their names', async () => {
    const s = await t.docs(SPEAKER).create({ locale: 'kk', data: { fullName: 'Жансеит Түймебаев' } });
    expect(s.slug).toBe('zhanseit-tuimebaev');
    const i = await t.docs(INSTITUTION).create({ locale: 'en', data: { name: 'UNESCO' } });
    expect(i.slug).toBe('unesco');
  });
});
