import request from 'supertest';
import { useStrapi } from '../helpers/harness';
import { adminWithRole, ROLE_CODES } from '../helpers/admin';

const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });
const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const SPEAKER = 'api::speaker.speaker';
const INSTITUTION = 'api::institution.institution';

let admin: string;

beforeAll(async () => {
  admin = await adminWithRole(t.app(), ROLE_CODES.superAdmin, 'super@kaznu.test');
});

const coverage = (query: Record<string, string | number>, token: string | null = admin) => {
  const req = t.http().get('/newsroom-translations/coverage').query(query);
  return token ? req.set('Authorization', `Bearer ${token}`) : req;
};
const post = (path: string, body: unknown, token: string | null = admin) => {
  const req = t.http().post(`/newsroom-translations${path}`).send(body as object);
  return token ? req.set('Authorization', `Bearer ${token}`) : req;
};

/** An article written in `locale`, with its other-locale versions created as translations. */
async function article(locale: string, data: Record<string, unknown>, translations: Record<string, Record<string, unknown>> = {}) {
  const created = await t.docs(ARTICLE).create({ locale, data });
  for (const [other, text] of Object.entries(translations)) {
    await t.docs(ARTICLE).update({ documentId: created.documentId, locale: other, data: text });
  }
  return created.documentId as string;
}

/** The state of one article in each locale, from the coverage endpoint. */
async function stateOf(documentId: string) {
  const res = await coverage({ pageSize: 100 }).expect(200);
  const entry = res.body.results.find((r: any) => r.documentId === documentId);
  if (!entry) throw new Error(`${documentId} not in coverage`);
  return Object.fromEntries(Object.entries(entry.locales).map(([l, c]: [string, any]) => [l, c.state]));
}

const trackingOf = (documentId: string, locale: string) =>
  t.app().db.query(ARTICLE as any).findOne({ select: ['contentHash', 'translatedFrom'], where: { documentId, locale, publishedAt: null } });

describe('coverage of articles per locale', () => {
  // Three articles on days of their own (January 2001): the totals of that range are exact.
  let a: string; // en source, published; kk draft; no ru
  let b: string; // en draft only
  let c: string; // written in kk and published; ru draft; no en

  beforeAll(async () => {
    a = await article('en', { title: 'Open day', eventDate: '2001-01-03' }, { kk: { title: 'Ашық есік күні' } });
    await t.docs(ARTICLE).publish({ documentId: a, locale: 'en' });
    b = await article('en', { title: 'Winter school', eventDate: '2001-01-02' });
    c = await article('kk', { title: 'Наурыз мерекесі', eventDate: '2001-01-01' }, { ru: { title: 'Праздник Наурыз' } });
    await t.docs(ARTICLE).publish({ documentId: c, locale: 'kk' });
  });

  test('answers every article with its state in en, kk and ru, and totals per locale and state', async () => {
    const res = await coverage({ from: '2001-01-01', to: '2001-01-31' }).expect(200);
    expect(res.body.locales.map((l: any) => l.code)).toEqual(['en', 'kk', 'ru']);
    expect(res.body.results.map((r: any) => r.documentId)).toEqual([a, b, c]); // newest first
    const [ra, rb, rc] = res.body.results;
    expect(ra).toMatchObject({
      title: 'Open day',
      sourceLocale: 'en',
      date: '2001-01-03',
      locales: { en: { state: 'published', source: true }, kk: { state: 'draft', translatedFrom: 'en', title: 'Ашық есік күні' }, ru: { state: 'missing' } },
    });
    expect(ra.locales.kk.url).toBe(`/admin/content-manager/collection-types/api::article.article/${a}?plugins[i18n][locale]=kk`);
    expect(ra.locales.ru.url).toBeNull();
    expect(rb.locales).toMatchObject({ en: { state: 'draft' }, kk: { state: 'missing' }, ru: { state: 'missing' } });
    expect(rc).toMatchObject({
      title: 'Наурыз мерекесі',
      sourceLocale: 'kk',
      locales: { en: { state: 'missing' }, kk: { state: 'published', source: true }, ru: { state: 'draft', translatedFrom: 'kk' } },
    });
    expect(res.body.totals).toEqual({
      en: { missing: 1, draft: 1, published: 1, outdated: 0 },
      kk: { missing: 1, draft: 1, published: 1, outdated: 0 },
      ru: { missing: 2, draft: 1, published: 0, outdated: 0 },
    });
    expect(res.body.articles).toBe(3);
    expect(res.body.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 3 });
  });

  test('filters by locale and state, by state in any locale, and pages', async () => {
    const range = { from: '2001-01-01', to: '2001-01-31' };
    const lackingKk = await coverage({ ...range, locale: 'kk', state: 'missing' }).expect(200);
    expect(lackingKk.body.results.map((r: any) => r.documentId)).toEqual([b]);
    // Totals keep counting every state of the range, whatever the state filter.
    expect(lackingKk.body.totals.kk).toEqual({ missing: 1, draft: 1, published: 1, outdated: 0 });

    const publishedAnywhere = await coverage({ ...range, state: 'published' }).expect(200);
    expect(publishedAnywhere.body.results.map((r: any) => r.documentId)).toEqual([a, c]);

    const page2 = await coverage({ ...range, page: 2, pageSize: 2 }).expect(200);
    expect(page2.body.results.map((r: any) => r.documentId)).toEqual([c]);
    expect(page2.body.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 2, total: 3 });

    const oneDay = await coverage({ from: '2001-01-02', to: '2001-01-02' }).expect(200);
    expect(oneDay.body.results.map((r: any) => r.documentId)).toEqual([b]);
    expect(oneDay.body.totals.en).toEqual({ missing: 0, draft: 1, published: 0, outdated: 0 });
  });
});

describe('outdated translations', () => {
  let doc: string;

  beforeAll(async () => {
    doc = await article(
      'en',
      { title: 'Rector meets students', lead: 'The rector answered questions.', eventDate: '2002-02-02' },
      { ru: { title: 'Ректор встретился со студентами', lead: 'Ректор ответил на вопросы.' }, kk: { title: 'Ректор студенттермен кездесті' } },
    );
    await t.docs(ARTICLE).publish({ documentId: doc, locale: '*' });
  });

  test('a new locale version records the source text it translates', async () => {
    const en = await trackingOf(doc, 'en');
    expect(en.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(en.translatedFrom).toBeNull();
    expect(await trackingOf(doc, 'ru')).toMatchObject({ translatedFrom: { locale: 'en', hash: en.contentHash } });
    expect(await stateOf(doc)).toEqual({ en: 'published', kk: 'published', ru: 'published' });
  });

  test('editing only shared fields of the source (eventDate) does not make translations outdated', async () => {
    const before = await trackingOf(doc, 'en');
    await t.docs(ARTICLE).update({ documentId: doc, locale: 'en', data: { eventDate: '2002-02-03' } });
    expect((await trackingOf(doc, 'en')).contentHash).toBe(before.contentHash);
    expect(await stateOf(doc)).toEqual({ en: 'published', kk: 'published', ru: 'published' });
  });

  test('editing the text of the en source makes the ru and kk translations outdated', async () => {
    await t.docs(ARTICLE).update({ documentId: doc, locale: 'en', data: { lead: 'The rector answered forty questions.' } });
    expect(await stateOf(doc)).toEqual({ en: 'published', kk: 'outdated', ru: 'outdated' });
    // Editing the translation does not sign it off: only the translator says it is done.
    await t.docs(ARTICLE).update({ documentId: doc, locale: 'ru', data: { lead: 'Ректор ответил на сорок вопросов.' } });
    expect((await stateOf(doc)).ru).toBe('outdated');
  });

  test('mark-up-to-date clears it for that locale only', async () => {
    const res = await post('/mark-up-to-date', { documentId: doc, locale: 'ru' }).expect(200);
    expect(res.body).toMatchObject({ documentId: doc, locale: 'ru', state: 'published' });
    expect(res.body.article.locales.kk.state).toBe('outdated');
    expect(await stateOf(doc)).toEqual({ en: 'published', kk: 'outdated', ru: 'published' });
    const en = await trackingOf(doc, 'en');
    expect(await trackingOf(doc, 'ru')).toMatchObject({ translatedFrom: { locale: 'en', hash: en.contentHash } });
  });

  test('putting the source text back as it was makes the translation current again', async () => {
    await t.docs(ARTICLE).update({ documentId: doc, locale: 'en', data: { lead: 'The rector answered questions.' } });
    const states = await stateOf(doc);
    expect(states.kk).toBe('published');
    expect(states.ru).toBe('outdated'); // it was signed off against the forty-questions text
  });

  test('the source itself cannot be marked up to date (400); unknown versions are 404', async () => {
    const res = await post('/mark-up-to-date', { documentId: doc, locale: 'en' }).expect(400);
    expect(res.body.error.message).toMatch(/source version/);
    await post('/mark-up-to-date', { documentId: 'a'.repeat(24), locale: 'ru' }).expect(404);
  });

  test('publishing keeps updatedAt of draft and published equal (tracking writes do not touch it)', async () => {
    await t.docs(ARTICLE).update({ documentId: doc, locale: 'en', data: { dateline: 'Almaty' } });
    await t.docs(ARTICLE).publish({ documentId: doc, locale: 'en' });
    const rows = await t.app().db.query(ARTICLE as any).findMany({ select: ['publishedAt', 'updatedAt', 'contentHash'], where: { documentId: doc, locale: 'en' } });
    expect(rows).toHaveLength(2);
    expect(new Date(rows[0].updatedAt).getTime()).toBe(new Date(rows[1].updatedAt).getTime());
    expect(rows[0].contentHash).toBe(rows[1].contentHash);
    // So the Content Manager shows it as published, not "modified".
    const cm = await t
      .http()
      .get(`/content-manager/collection-types/${ARTICLE}/${doc}?locale=en`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(cm.body.data.status).toBe('published');
  });

  test('the tracking fields are server-owned: not public, not writable through the Content Manager', async () => {
    const before = await trackingOf(doc, 'kk');
    await t
      .http()
      .put(`/content-manager/collection-types/${ARTICLE}/${doc}?locale=kk`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ title: 'Ректор студенттермен кездесті', contentHash: 'forged', translatedFrom: { locale: 'en', hash: 'forged' } })
      .expect(200);
    expect(await trackingOf(doc, 'kk')).toEqual(before);
    await t.docs(ARTICLE).update({ documentId: doc, locale: 'kk', data: { contentHash: 'forged', translatedFrom: null } });
    expect(await trackingOf(doc, 'kk')).toEqual(before);

    const pub = await t.http().get(`/api/articles/${doc}?locale=en`).expect(200);
    expect(pub.body.data.title).toBe('Rector meets students');
    expect(pub.body.data).not.toHaveProperty('contentHash');
    expect(pub.body.data).not.toHaveProperty('translatedFrom');
    const gql = await t.http().post('/graphql').send({ query: '{ articles { title contentHash } }' });
    expect(gql.body.errors?.[0]?.message).toMatch(/Cannot query field "contentHash"/);
  });

  test('a clone of one translation becomes the source of the new document', async () => {
    const { documentId: copy } = await t.docs(ARTICLE).clone({ documentId: doc, locale: 'ru', data: { title: 'Копия статьи' } });
    const ru = await trackingOf(copy, 'ru');
    expect(ru).toMatchObject({ translatedFrom: null, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const res = await coverage({ pageSize: 100 }).expect(200);
    expect(res.body.results.find((r: any) => r.documentId === copy)).toMatchObject({ sourceLocale: 'ru', locales: { ru: { source: true, state: 'draft' } } });
  });

  test('content written before tracking is fingerprinted at start, its translations taken as current', async () => {
    const legacy = await article('en', { title: 'Old news', eventDate: '2002-03-03' }, { kk: { title: 'Ескі жаңалық' } });
    await t.app().db.query(ARTICLE as any).updateMany({ where: { documentId: legacy }, data: { contentHash: null, translatedFrom: null } });
    expect(await t.app().plugin('newsroom-translations').service('tracker').backfill()).toBe(1);
    const en = await trackingOf(legacy, 'en');
    expect(en.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await trackingOf(legacy, 'kk')).toMatchObject({ translatedFrom: { locale: 'en', hash: en.contentHash } });
    expect(await t.app().plugin('newsroom-translations').service('tracker').backfill()).toBe(0);
  });
});

describe('starting a translation', () => {
  let doc: string;
  let quoted: string;
  let mentioned: string;
  let institution: string;
  let quotes: string[];

  beforeAll(async () => {
    institution = (await t.docs(INSTITUTION).create({ locale: 'en', data: { name: 'Ministry of Foreign Affairs' } })).documentId;
    quoted = (await t.docs(SPEAKER).create({ locale: 'en', data: { fullName: 'Ruslan Karabulov', position: 'Dean' } })).documentId;
    mentioned = (await t.docs(SPEAKER).create({ locale: 'en', data: { fullName: 'Zhanseit Tuimebayev' } })).documentId;
    doc = await article('en', {
      title: '30 years of Kazakh diplomacy',
      lead: 'A conference at KazNU.',
      eventDate: '2003-03-03',
      speakers: [mentioned],
      institutions: [institution],
    });
    quotes = [];
    for (const [order, text] of ['Diplomacy is dialogue.', 'Thirty years of peace.'].entries()) {
      const q = await t.docs(QUOTE).create({ locale: 'en', data: { text, order, context: `ctx ${order}`, speaker: quoted, article: doc } });
      quotes.push(q.documentId);
    }
  });

  test('creates the draft kk version with shared fields, links and quotes in kk, and answers its Content Manager URL', async () => {
    const res = await post('/start', { documentId: doc, locale: 'kk' }).expect(201);
    expect(res.body).toEqual({
      created: true,
      documentId: doc,
      locale: 'kk',
      url: `/admin/content-manager/collection-types/api::article.article/${doc}?plugins[i18n][locale]=kk`,
    });

    const kk = await t.docs(ARTICLE).findOne({
      documentId: doc,
      locale: 'kk',
      status: 'draft',
      populate: { speakers: true, institutions: true, quotes: { populate: ['speaker'] } },
    });
    expect(kk).toMatchObject({ locale: 'kk', title: '30 years of Kazakh diplomacy', eventDate: '2003-03-03', publishedAt: null });
    expect(kk.lead).toBeNull(); // the translator writes it
    expect(kk.speakers.map((s: any) => [s.documentId, s.locale])).toEqual([[mentioned, 'kk']]);
    // Created by press-import's localizer: transliterated to Cyrillic, flagged for review.
    expect(kk.speakers[0]).toMatchObject({ needsReview: true, fullName: expect.stringMatching(/^Жансеит /) });
    expect(kk.institutions.map((i: any) => [i.documentId, i.locale])).toEqual([[institution, 'kk']]);

    const kkQuotes = [...kk.quotes].sort((x: any, y: any) => x.order - y.order);
    expect(kkQuotes.map((q: any) => [q.documentId, q.locale, q.order, q.text, q.context])).toEqual([
      [quotes[0], 'kk', 0, 'Diplomacy is dialogue.', 'ctx 0'],
      [quotes[1], 'kk', 1, 'Thirty years of peace.', 'ctx 1'],
    ]);
    for (const q of kkQuotes) expect(q.speaker).toMatchObject({ documentId: quoted, locale: 'kk', needsReview: true });

    // The English versions are untouched, and the new version is a current translation.
    const en = await t.docs(ARTICLE).findOne({ documentId: doc, locale: 'en', status: 'draft', populate: ['quotes'] });
    expect(en.quotes).toHaveLength(2);
    expect(await stateOf(doc)).toEqual({ en: 'draft', kk: 'draft', ru: 'missing' });
  });

  test('a second start leaves the existing version alone and answers its URL (200)', async () => {
    await t.docs(ARTICLE).update({ documentId: doc, locale: 'kk', data: { title: 'Қазақстан дипломатиясына 30 жыл' } });
    const res = await post('/start', { documentId: doc, locale: 'kk' }).expect(200);
    expect(res.body).toMatchObject({ created: false, url: expect.stringContaining(`${doc}?plugins[i18n][locale]=kk`) });
    const kk = await t.docs(ARTICLE).findOne({ documentId: doc, locale: 'kk', status: 'draft' });
    expect(kk.title).toBe('Қазақстан дипломатиясына 30 жыл');
  });

  test('an unknown article is 404, an unknown locale 400', async () => {
    await post('/start', { documentId: 'z'.repeat(24), locale: 'ru' }).expect(404);
    const res = await post('/start', { documentId: doc, locale: 'de' }).expect(400);
    expect(res.body.error.message).toMatch(/Unknown locale "de"/);
  });
});

describe('access and validation', () => {
  test('anonymous requests are 401', async () => {
    await coverage({}, null).expect(401);
    await post('/start', { documentId: 'a'.repeat(24), locale: 'kk' }, null).expect(401);
    await post('/mark-up-to-date', { documentId: 'a'.repeat(24), locale: 'kk' }, null).expect(401);
  });

  test('Editors and Authors may read the coverage; a role without the permission gets 403', async () => {
    const editor = await adminWithRole(t.app(), ROLE_CODES.editor, 'editor@kaznu.test');
    const author = await adminWithRole(t.app(), ROLE_CODES.author, 'author@kaznu.test');
    await coverage({}, editor).expect(200);
    await coverage({}, author).expect(200);

    const role = await t.app().service('admin::role').create({ name: 'Photographer', description: 'no translations' });
    const password = 'Passw0rd-test';
    await t.app().service('admin::user').create({
      email: 'photo@kaznu.test',
      firstname: 'Photo',
      lastname: 'Grapher',
      password,
      isActive: true,
      roles: [role.id],
    } as any);
    const login = await request(t.app().server.httpServer).post('/admin/login').send({ email: 'photo@kaznu.test', password }).expect(200);
    const token = login.body.data.token;
    await coverage({}, token).expect(403);
    await post('/start', { documentId: 'a'.repeat(24), locale: 'kk' }, token).expect(403);
    await post('/mark-up-to-date', { documentId: 'a'.repeat(24), locale: 'kk' }, token).expect(403);
  });

  test.each([
    [{ state: 'lost' }, /state/],
    [{ locale: 'xx' }, /Unknown locale "xx"/],
    [{ page: 0 }, /page/],
    [{ pageSize: 101 }, /pageSize/],
    [{ from: '2024-13-01' }, /from/],
    [{ from: '2024-02-01', to: '2024-01-01' }, /"from" must not be after "to"/],
    [{ sort: 'title' }, /sort/],
  ])('coverage with %j is 400', async (query, message) => {
    const res = await coverage(query as Record<string, string | number>).expect(400);
    expect(res.body.error.message).toMatch(message);
  });

  test.each([
    ['/start', {}],
    ['/start', { documentId: 'not a document id', locale: 'kk' }],
    ['/mark-up-to-date', { documentId: 'a'.repeat(24) }],
    ['/mark-up-to-date', { documentId: 'a'.repeat(24), locale: 'kk', extra: true }],
  ])('POST %s with %j is 400', async (path, body) => {
    const res = await post(path, body).expect(400);
    expect(res.body.error.name).toBe('ValidationError');
  });
});
