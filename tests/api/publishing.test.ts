import { fullAccessToken, useStrapi } from '../helpers/harness';

const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });
const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const SPEAKER = 'api::speaker.speaker';
const INSTITUTION = 'api::institution.institution';

const isPublished = async (uid: string, documentId: string, locale: string) =>
  (await t.app().db.query(uid as any).count({ where: { documentId, locale, publishedAt: { $notNull: true } } })) > 0;

/** An unpublished article in `locale` with two quotes by a new speaker of a new institution. */
async function draftStory(locale: string, title: string) {
  const inst = await t.docs(INSTITUTION).create({ locale, data: { name: `${title} institute` } });
  const speaker = await t.docs(SPEAKER).create({ locale, data: { fullName: `${title} speaker`, institution: inst.documentId } });
  const article = await t.docs(ARTICLE).create({ locale, data: { title, speakers: [speaker.documentId], institutions: [inst.documentId] } });
  const quotes = [];
  for (const order of [0, 1]) {
    quotes.push(await t.docs(QUOTE).create({ locale, data: { text: `${title} quote ${order}`, order, speaker: speaker.documentId, article: article.documentId } }));
  }
  return { inst: inst.documentId, speaker: speaker.documentId, article: article.documentId, quotes: quotes.map((q) => q.documentId) };
}

describe('publishing an article', () => {
  test('publishes, in its locale, its quotes and never-published speakers and institutions', async () => {
    const story = await draftStory('kk', 'Жаңалық');
    await t.docs(ARTICLE).publish({ documentId: story.article, locale: 'kk' });

    for (const q of story.quotes) expect(await isPublished(QUOTE, q, 'kk')).toBe(true);
    expect(await isPublished(SPEAKER, story.speaker, 'kk')).toBe(true);
    expect(await isPublished(INSTITUTION, story.inst, 'kk')).toBe(true);

    const res = await t.http().get(`/api/articles/${story.article}?locale=kk&populate[quotes][populate]=speaker`).expect(200);
    expect(res.body.data.quotes).toHaveLength(2);
    for (const quote of res.body.data.quotes) expect(quote.speaker.fullName).toBe('Жаңалық speaker');
  });

  test('does not publish other locales', async () => {
    const story = await draftStory('en', 'Locale story');
    await t.docs(ARTICLE).update({ documentId: story.article, locale: 'ru', data: { title: 'Новость' } });
    await t.docs(ARTICLE).publish({ documentId: story.article, locale: 'en' });
    expect(await isPublished(ARTICLE, story.article, 'en')).toBe(true);
    expect(await isPublished(ARTICLE, story.article, 'ru')).toBe(false);
  });

  test('does not push pending edits of an already published speaker live', async () => {
    const story = await draftStory('en', 'Edited speaker');
    await t.docs(SPEAKER).publish({ documentId: story.speaker, locale: 'en' });
    await t.docs(SPEAKER).update({ documentId: story.speaker, locale: 'en', data: { position: 'Pending position' } });
    await t.docs(ARTICLE).publish({ documentId: story.article, locale: 'en' });
    const published = await t.docs(SPEAKER).findOne({ documentId: story.speaker, locale: 'en', status: 'published' });
    expect(published.position).toBeNull();
  });

  test('REST POST (which publishes immediately) cascades too', async () => {
    const story = await draftStory('ru', 'Пост');
    const token = await fullAccessToken(t.app());
    // Re-saving the article through REST publishes it with its related entries.
    const res = await t
      .http()
      .put(`/api/articles/${story.article}?locale=ru`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { lead: 'Лид' } })
      .expect(200);
    expect(res.body.data.lead).toBe('Лид');
    expect(await isPublished(ARTICLE, story.article, 'ru')).toBe(true);
    for (const q of story.quotes) expect(await isPublished(QUOTE, q, 'ru')).toBe(true);
    expect(await isPublished(SPEAKER, story.speaker, 'ru')).toBe(true);
  });
});

describe('unpublishing an article', () => {
  test('unpublishes its quotes in that locale and keeps speakers published', async () => {
    const story = await draftStory('en', 'Withdrawn');
    await t.docs(ARTICLE).publish({ documentId: story.article, locale: 'en' });
    await t.docs(ARTICLE).unpublish({ documentId: story.article, locale: 'en' });

    expect(await isPublished(ARTICLE, story.article, 'en')).toBe(false);
    for (const q of story.quotes) expect(await isPublished(QUOTE, q, 'en')).toBe(false);
    expect(await isPublished(SPEAKER, story.speaker, 'en')).toBe(true);
    const res = await t.http().get('/api/quotes?filters[text][$startsWith]=Withdrawn').expect(200);
    expect(res.body.data).toEqual([]);
  });
});
