/**
 * What the admin panel asks the server while an editor works in the Content Manager:
 * the view configuration (labels, entry titles, list columns), relation pickers, the
 * Home page's recent entries and the count of draft relations behind the publish dialog.
 */
import path from 'path';
import { useStrapi } from '../helpers/harness';
import { adminWithRole, ROLE_CODES } from '../helpers/admin';
import { CONTENT_TYPE_LABELS } from '../../src/lib/admin-labels';

const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });
const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const SPEAKER = 'api::speaker.speaker';
const INSTITUTION = 'api::institution.institution';

let jwt = '';
const get = (url: string) => t.http().get(url).set('Authorization', `Bearer ${jwt}`);
const configuration = async (uid: string) => (await get(`/content-manager/content-types/${uid}/configuration`).expect(200)).body.data.contentType;

/** A draft article in `locale` with a quote by a new speaker of a new institution (nothing published). */
async function draftStory(locale: string, title: string) {
  const inst = await t.docs(INSTITUTION).create({ locale, data: { name: `${title} institute` } });
  const speaker = await t.docs(SPEAKER).create({ locale, data: { fullName: `${title} speaker`, institution: inst.documentId } });
  const article = await t.docs(ARTICLE).create({ locale, data: { title, speakers: [speaker.documentId], institutions: [inst.documentId] } });
  const quote = await t.docs(QUOTE).create({
    locale,
    data: { text: `${title}: we train diplomats.`, order: 0, speaker: speaker.documentId, article: article.documentId },
  });
  return { inst: inst.documentId, speaker: speaker.documentId, article: article.documentId, quote: quote.documentId };
}

beforeAll(async () => {
  jwt = await adminWithRole(t.app(), ROLE_CODES.superAdmin, 'views-admin@example.com');
});

describe('Content Manager view configuration', () => {
  test('a quote is named by its text; speakers, institutions and articles by their name or title', async () => {
    expect((await configuration(QUOTE)).settings.mainField).toBe('text');
    expect((await configuration(SPEAKER)).settings.mainField).toBe('fullName');
    expect((await configuration(INSTITUTION)).settings.mainField).toBe('name');
    expect((await configuration(ARTICLE)).settings.mainField).toBe('title');
    // Relation fields pointing at quotes show the quote's text.
    expect((await configuration(ARTICLE)).metadatas.quotes.edit.mainField).toBe('text');
    expect((await configuration(SPEAKER)).metadatas.quotes.edit.mainField).toBe('text');
    expect((await configuration(QUOTE)).metadatas.speaker.edit.mainField).toBe('fullName');
  });

  test('every field has an English label, not its raw name', async () => {
    for (const uid of [ARTICLE, QUOTE, SPEAKER, INSTITUTION]) {
      const { metadatas } = await configuration(uid);
      for (const [field, label] of Object.entries(CONTENT_TYPE_LABELS[uid].fields)) {
        if (!metadatas[field]) continue;
        expect({ field, edit: metadatas[field].edit?.label ?? label.en }).toEqual({ field, edit: label.en });
        expect({ field, list: metadatas[field].list.label }).toEqual({ field, list: label.en });
      }
    }
    expect((await configuration(ARTICLE)).metadatas.eventDate.edit.label).toBe('Event date');
    const seo = (await get('/content-manager/components/shared.seo/configuration').expect(200)).body.data.component;
    expect(seo.metadatas.metaTitle.edit.label).toBe('Meta title');
  });

  test('the speaker and institution lists show "needs review"', async () => {
    expect((await configuration(SPEAKER)).layouts.list).toEqual(['fullName', 'needsReview', 'position', 'institution']);
    expect((await configuration(INSTITUTION)).layouts.list).toContain('needsReview');
  });

  test('what an administrator changes in "Configure the view" survives a restart', async () => {
    const cm = t.app().plugin('content-manager').service('content-types');
    const model = cm.findContentType(SPEAKER);
    const current = await cm.findConfiguration(model);
    current.metadatas.position.edit.label = 'Job title';
    current.layouts.list = ['fullName', 'needsReview'];
    await cm.updateConfiguration(model, { settings: current.settings, metadatas: current.metadatas, layouts: current.layouts });
    await t.reboot();
    jwt = await adminWithRole(t.app(), ROLE_CODES.superAdmin, 'views-admin-2@example.com');
    const after = await configuration(SPEAKER);
    expect(after.metadatas.position.edit.label).toBe('Job title');
    expect(after.layouts.list).toEqual(['fullName', 'needsReview']);
    expect(after.metadatas.fullName.edit.label).toBe('Full name');
  });

  test('relation pickers and the Home page name quotes by their text', async () => {
    const story = await draftStory('en', 'Picker story');
    const linked = await get(`/content-manager/relations/${ARTICLE}/${story.article}/quotes?locale=en&status=draft`).expect(200);
    expect(linked.body.results.map((q: any) => q.text)).toEqual(['Picker story: we train diplomats.']);
    const available = await get(`/content-manager/relations/${SPEAKER}/quotes?locale=en`).expect(200);
    expect(available.body.results.map((q: any) => q.text)).toContain('Picker story: we train diplomats.');

    const recent = await get('/content-manager/homepage/recent-documents?action=update').expect(200);
    const quote = recent.body.data.find((d: any) => d.documentId === story.quote);
    expect(quote?.title).toBe('Picker story: we train diplomats.');
  });
});

describe('publish dialog: draft relations', () => {
  test('an article whose quotes, speakers and institutions are drafts has no draft relation the cascade leaves out', async () => {
    const story = await draftStory('en', 'Dialog story');
    const one = await get(`/content-manager/collection-types/${ARTICLE}/${story.article}/actions/countDraftRelations?locale=en`).expect(200);
    expect(one.body.data).toEqual({ unpublishedRelations: 0, draftM2mLinks: 0 });
    const many = await get(
      `/content-manager/collection-types/${ARTICLE}/actions/countManyEntriesDraftRelations?documentIds[0]=${story.article}&locale=en`,
    ).expect(200);
    expect(many.body.data).toBe(0);
  });

  test('types the cascade does not publish keep Strapi\'s count (a speaker of a draft institution)', async () => {
    const story = await draftStory('en', 'Speaker dialog');
    const res = await get(`/content-manager/collection-types/${SPEAKER}/${story.speaker}/actions/countDraftRelations?locale=en`).expect(200);
    const { unpublishedRelations, draftM2mLinks } = res.body.data;
    expect(unpublishedRelations + draftM2mLinks).toBeGreaterThan(0);
  });
});

describe('import preview of a translation', () => {
  const FIXTURES = path.join(__dirname, '..', 'fixtures', 'press');
  const sample = (locale: string) => path.join(FIXTURES, `${locale}-kaznu-30-years-of-diplomacy.txt`);
  const preview = async (locale: string) =>
    (await t.http().post('/press-import/preview').set('Authorization', `Bearer ${jwt}`).attach('files', sample(locale)).expect(200)).body.results[0];
  let articleId = '';

  beforeAll(async () => {
    const res = await t.http().post('/press-import/import').set('Authorization', `Bearer ${jwt}`).attach('files', sample('en')).expect(200);
    articleId = res.body.results[0].articleDocumentId;
  });

  test('the imported body goes on after the lead (the first paragraph is not said twice)', async () => {
    const article = await t.docs(ARTICLE).findOne({ documentId: articleId, locale: 'en', status: 'draft' });
    const paragraphs = article.body.map((block: any) => block.children.map((c: any) => c.text).join(''));
    expect(article.lead).toMatch(/^The International scientific-practical conference/);
    expect(paragraphs[0]).toMatch(/^The large-scale event coincided/);
    expect(paragraphs).not.toContain(article.lead);
  });

  test('counts the speakers in common as the preview shows them (after aligning them with the original)', async () => {
    const kk = await preview('kk');
    expect(kk.suggestedOriginal).toMatchObject({ documentId: articleId, locale: 'en' });
    const original = await t.docs(ARTICLE).findOne({ documentId: articleId, locale: 'en', status: 'draft', populate: { speakers: true } });
    const originalIds = new Set(original.speakers.map((s: any) => s.documentId));
    const shown = kk.speakers.filter((s: any) => s.decision === 'matched' && originalIds.has(s.documentId)).length;
    expect(shown).toBeGreaterThanOrEqual(3);
    expect(kk.suggestedOriginal.evidence.speakers).toBe(shown);
    expect(kk.suggestedOriginal.reasons).toContain(`${shown} speakers in common`);
    expect(kk.existingVersion).toBeNull();
  });

  test('warns when the article already has a version in the file\'s language (a translator started it)', async () => {
    // What "Start translation" makes: a kk draft holding the source's title as a placeholder.
    await t.docs(ARTICLE).update({ documentId: articleId, locale: 'kk', data: { title: '30 years of Kazakh diplomacy' } });
    const kk = await preview('kk');
    expect(kk.suggestedOriginal).toBeNull();
    expect(kk.existingVersion).toMatchObject({ documentId: articleId, locale: 'kk' });
    expect(kk.existingVersion.evidence.speakers).toBeGreaterThanOrEqual(2);
    // A file of another language is still offered as that article's translation.
    const ru = await preview('ru');
    expect(ru.suggestedOriginal).toMatchObject({ documentId: articleId });
    expect(ru.existingVersion).toBeNull();
  });
});

describe('slug of a translation', () => {
  const slugIn = async (documentId: string, locale: string) =>
    (await t.docs(ARTICLE).findOne({ documentId, locale, status: 'draft', fields: ['slug'] })).slug;
  /** Saves a version as the Content Manager's edit form does: every field, the slug as it was loaded. */
  const saveForm = async (documentId: string, locale: string, title: string) => {
    const loaded = await get(`/content-manager/collection-types/${ARTICLE}/${documentId}?locale=${locale}`).expect(200);
    const res = await t
      .http()
      .put(`/content-manager/collection-types/${ARTICLE}/${documentId}?locale=${locale}`)
      .set('Authorization', `Bearer ${jwt}`)
      .send({ title, slug: loaded.body.data.slug, lead: loaded.body.data.lead })
      .expect(200);
    return res.body.data.slug as string;
  };

  test('a version started from the source follows the title the translator writes, until it is published', async () => {
    const en = await t.docs(ARTICLE).create({ locale: 'en', data: { title: 'Open day at KazNU' } });
    await t.docs(ARTICLE).publish({ documentId: en.documentId, locale: 'en' });
    await t.http().post('/newsroom-translations/start').set('Authorization', `Bearer ${jwt}`).send({ documentId: en.documentId, locale: 'kk' }).expect(201);
    expect(await slugIn(en.documentId, 'kk')).toBe('open-day-at-kaznu');

    expect(await saveForm(en.documentId, 'kk', 'ҚазҰУ-дағы ашық есік күні')).toBe('kazuu-dagy-ashyk-esik-kuni');
    expect(await slugIn(en.documentId, 'kk')).toBe('kazuu-dagy-ashyk-esik-kuni');
    // Now the slug is the translation's own: a later title change keeps it (the slug field can regenerate it).
    expect(await saveForm(en.documentId, 'kk', 'ҚазҰУ-да ашық есік күні')).toBe('kazuu-dagy-ashyk-esik-kuni');
  });

  test('a published translation keeps its slug, even one made from the source title', async () => {
    const en = await t.docs(ARTICLE).create({ locale: 'en', data: { title: 'Science fair' } });
    await t.http().post('/newsroom-translations/start').set('Authorization', `Bearer ${jwt}`).send({ documentId: en.documentId, locale: 'ru' }).expect(201);
    await t.docs(ARTICLE).publish({ documentId: en.documentId, locale: 'ru' });
    expect(await saveForm(en.documentId, 'ru', 'Научная ярмарка')).toBe('science-fair');
  });

  test('a slug typed by hand stays when the title changes', async () => {
    const en = await t.docs(ARTICLE).create({ locale: 'en', data: { title: 'Winter school', slug: 'winter-school-2026' } });
    expect(await saveForm(en.documentId, 'en', 'Winter school of physics')).toBe('winter-school-2026');
  });

  test('the source keeps its slug when its own title changes (the translation gets its own)', async () => {
    const en = await t.docs(ARTICLE).create({ locale: 'en', data: { title: 'Rector meets students' } });
    await t.docs(ARTICLE).update({ documentId: en.documentId, locale: 'ru', data: { title: 'Rector meets students' } });
    // The ru placeholder still holds the English title: the source's own slug stays.
    expect(await saveForm(en.documentId, 'en', 'The rector meets first-year students')).toBe('rector-meets-students');
    expect(await saveForm(en.documentId, 'ru', 'Ректор встретился со студентами')).toBe('rektor-vstretilsya-so-studentami');
  });
});
