/**
 * Builders for precise delivery tests: localized documents created through the
 * Document Service (so slugs, cascade publishing and relations behave as in the admin).
 */
type Docs = (uid: string) => any;

export const ARTICLE = 'api::article.article';
export const QUOTE = 'api::quote.quote';
export const SPEAKER = 'api::speaker.speaker';
export const INSTITUTION = 'api::institution.institution';

/**
 * Creates one document with a version per key of `versions` (the first key first),
 * then publishes the locales listed in `publish` (default: all of them).
 */
export async function localized(
  docs: Docs,
  uid: string,
  versions: Record<string, Record<string, unknown>>,
  publish: string[] = Object.keys(versions)
): Promise<string> {
  const [first, ...rest] = Object.keys(versions);
  const created = await docs(uid).create({ locale: first, data: versions[first] });
  for (const locale of rest) await docs(uid).update({ documentId: created.documentId, locale, data: versions[locale] });
  for (const locale of publish) await docs(uid).publish({ documentId: created.documentId, locale });
  return created.documentId;
}

/** Published slug of a document in a locale. */
export async function slugOf(docs: Docs, uid: string, documentId: string, locale: string): Promise<string> {
  const doc = await docs(uid).findOne({ documentId, locale, status: 'published', fields: ['slug'] });
  if (!doc?.slug) throw new Error(`${uid} ${documentId} has no published ${locale} version`);
  return doc.slug;
}

const LOCALES = ['en', 'kk', 'ru'] as const;
type L = (typeof LOCALES)[number];
const per = <T>(values: Record<L, T>) => values;

/** The texts of the three-locale fixture below, for assertions. */
export const FIXTURE = {
  article: {
    title: per({ en: 'Thirty years of diplomacy', kk: 'Дипломатияға отыз жыл', ru: 'Тридцать лет дипломатии' }),
    lead: per({ en: 'A conference opened at KazNU.', kk: 'ҚазҰУ-да конференция ашылды.', ru: 'В КазНУ открылась конференция.' }),
    sourceLine: per({ en: 'KazNU press service', kk: 'ҚазҰУ баспасөз қызметі', ru: 'Пресс-служба КазНУ' }),
    dateline: per({ en: 'Almaty', kk: 'Алматы', ru: 'Алматы' }),
  },
  // Created in the order 2, 0, 1: the page must sort them by `order`.
  quotes: [
    { order: 2, speaker: 'un', text: per({ en: 'Education is the foundation.', kk: 'Білім – іргетас.', ru: 'Образование – основа.' }) },
    { order: 0, speaker: 'rector', text: per({ en: 'Thirty years of a multi-vector policy.', kk: 'Көпвекторлы саясатқа отыз жыл.', ru: 'Тридцать лет многовекторной политики.' }) },
    { order: 1, speaker: 'rector', text: per({ en: 'We train diplomats.', kk: 'Біз дипломаттар даярлаймыз.', ru: 'Мы готовим дипломатов.' }) },
  ],
  speakers: {
    rector: { institution: 'kaznu', fullName: per({ en: 'Zhanseit Tuimebayev', kk: 'Жансеит Түймебаев', ru: 'Жансеит Туймебаев' }), position: per({ en: 'Rector', kk: 'Ректор', ru: 'Ректор' }) },
    un: { institution: 'un', fullName: per({ en: 'Michaela Friberg-Story', kk: 'Микаэла Фриберг-Стори', ru: 'Микаэла Фриберг-Стори' }), position: per({ en: 'UN Resident Coordinator', kk: 'БҰҰ үйлестірушісі', ru: 'Координатор ООН' }) },
  },
  institutions: {
    kaznu: { website: 'https://www.kaznu.kz', abbreviations: 'KazNU\nҚазҰУ\nКазНУ', name: per({ en: 'Al-Farabi Kazakh National University', kk: 'Әл-Фараби атындағы ҚазҰУ', ru: 'КазНУ имени аль-Фараби' }) },
    un: { website: 'https://www.un.org', abbreviations: 'UN\nБҰҰ\nООН', name: per({ en: 'United Nations', kk: 'Біріккен Ұлттар Ұйымы', ru: 'Организация Объединённых Наций' }) },
  },
  cover: { url: '/uploads/hall_abc.jpg', width: 1200, height: 630, alternativeText: 'The main hall' },
} as const;

/**
 * One article in en, kk and ru with everything a page shows: a cover, SEO, three quotes
 * by two speakers from two institutions. Everything published (by the article's
 * cascade). The cover is a file record only (no bytes needed).
 */
export async function createArticleFixture(app: any, docs: Docs) {
  const F = FIXTURE;
  const cover = await app.db.query('plugin::upload.file').create({
    data: { name: 'hall.jpg', hash: 'hall_abc', ext: '.jpg', mime: 'image/jpeg', size: 12.5, provider: 'local', ...F.cover },
  });
  const byLocale = (make: (l: L) => Record<string, unknown>) => Object.fromEntries(LOCALES.map((l) => [l, make(l)]));

  const institutions: Record<string, string> = {};
  for (const [key, inst] of Object.entries(F.institutions)) {
    institutions[key] = await localized(docs, INSTITUTION, byLocale((l) => ({ name: inst.name[l], ...(l === 'en' && { website: inst.website, abbreviations: inst.abbreviations, kind: 'university' }) })), []);
  }
  const speakers: Record<string, string> = {};
  for (const [key, sp] of Object.entries(F.speakers)) {
    speakers[key] = await localized(docs, SPEAKER, byLocale((l) => ({ fullName: sp.fullName[l], position: sp.position[l], institution: institutions[sp.institution] })), []);
  }
  const articleId = await localized(
    docs,
    ARTICLE,
    byLocale((l) => ({
      title: F.article.title[l],
      lead: F.article.lead[l],
      sourceLine: F.article.sourceLine[l],
      dateline: F.article.dateline[l],
      body: [{ type: 'paragraph', children: [{ type: 'text', text: F.article.lead[l] }] }],
      seo: { metaTitle: F.article.title[l], metaDescription: F.article.lead[l] },
      speakers: Object.values(speakers),
      institutions: Object.values(institutions),
      ...(l === 'en' && { cover: cover.id }),
    })),
    []
  );
  for (const q of F.quotes) {
    const first = await docs(QUOTE).create({ locale: 'en', data: { text: q.text.en, order: q.order, speaker: speakers[q.speaker], article: articleId } });
    for (const l of ['kk', 'ru'] as const) {
      await docs(QUOTE).update({ documentId: first.documentId, locale: l, data: { text: q.text[l], speaker: speakers[q.speaker], article: articleId } });
    }
  }
  for (const l of LOCALES) await docs(ARTICLE).publish({ documentId: articleId, locale: l });
  const slugs = Object.fromEntries(await Promise.all(LOCALES.map(async (l) => [l, await slugOf(docs, ARTICLE, articleId, l)]))) as Record<L, string>;
  return { articleId, speakers, institutions, slugs };
}
