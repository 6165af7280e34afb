import { fullAccessToken, useStrapi } from '../helpers/harness';
import { adminWithRole, ROLE_CODES } from '../helpers/admin';

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

describe('publishing a speaker, institution or quote (link ownership, issue 11)', () => {
  const linkedTitles = async (uid: string, documentId: string, field: string, status: 'draft' | 'published') => {
    const doc = await t.docs(uid).findOne({ documentId, locale: 'en', status, populate: { [field]: { fields: ['title'] } } });
    return (doc?.[field] ?? []).map((a: any) => a.title).sort();
  };

  test("keeps its draft's links as they were, and the published article's links in their order", async () => {
    const first = await t.docs(SPEAKER).create({ locale: 'en', data: { fullName: 'First of two' } });
    const second = await t.docs(SPEAKER).create({ locale: 'en', data: { fullName: 'Second of two' } });
    const article = await t.docs(ARTICLE).create({ locale: 'en', data: { title: 'Two speakers', speakers: [first.documentId, second.documentId] } });
    await t.docs(ARTICLE).publish({ documentId: article.documentId, locale: 'en' });
    const pending = await t.docs(ARTICLE).create({ locale: 'en', data: { title: 'Pending mention', speakers: [second.documentId] } });

    await t.docs(SPEAKER).update({ documentId: first.documentId, locale: 'en', data: { bio: 'v2' } });
    await t.docs(SPEAKER).publish({ documentId: first.documentId, locale: 'en' });

    const published = await t.docs(ARTICLE).findOne({ documentId: article.documentId, locale: 'en', status: 'published', populate: { speakers: { fields: ['fullName', 'bio'] } } });
    expect(published.speakers.map((s: any) => [s.fullName, s.bio])).toEqual([['First of two', 'v2'], ['Second of two', null]]);
    await t.docs(SPEAKER).publish({ documentId: second.documentId, locale: 'en' });
    expect(await linkedTitles(SPEAKER, second.documentId, 'articles', 'draft')).toEqual(['Pending mention', 'Two speakers']);
    expect(await linkedTitles(SPEAKER, second.documentId, 'articles', 'published')).toEqual(['Two speakers']);
    const draft = await t.docs(ARTICLE).findOne({ documentId: pending.documentId, locale: 'en', status: 'draft', populate: { speakers: { fields: ['fullName'] } } });
    expect(draft.speakers.map((s: any) => s.fullName)).toEqual(['Second of two']);
  });

  test('bulk publish of a parent and its child institution in the Content Manager links the child to its parent', async () => {
    const jwt = await adminWithRole(t.app(), ROLE_CODES.superAdmin, 'bulk@publishing.test');
    const parent = await t.docs(INSTITUTION).create({ locale: 'en', data: { name: 'Parent ministry' } });
    const children = [];
    for (const name of ['Child agency A', 'Child agency B']) {
      children.push((await t.docs(INSTITUTION).create({ locale: 'en', data: { name, parent: parent.documentId } })).documentId);
    }
    await t
      .http()
      .post(`/content-manager/collection-types/${INSTITUTION}/actions/bulkPublish?locale=en`)
      .set('Authorization', `Bearer ${jwt}`)
      .send({ documentIds: [parent.documentId, ...children], locale: 'en' })
      .expect(200);

    const res = await t.http().get(`/api/institutions/${parent.documentId}?populate[children]=true`).expect(200);
    expect(res.body.data.children.map((c: any) => c.name).sort()).toEqual(['Child agency A', 'Child agency B']);
    const draft = await t.docs(INSTITUTION).findOne({ documentId: parent.documentId, locale: 'en', status: 'draft', populate: { children: { fields: ['name'] } } });
    expect(draft.children.map((c: any) => c.name).sort()).toEqual(['Child agency A', 'Child agency B']);
  });
});
