/**
 * The "Translator (kk)" role of the README, built through the admin services as the
 * admin UI would, and exercised through the Content Manager admin API: Strapi 5 RBAC
 * limits Content Manager permissions to locales (`properties.locales`) and fields
 * (`properties.fields`).
 */
import { useStrapi } from '../helpers/harness';
import { ALL_LOCALES, CM, translatorPermissions, WRITABLE } from '../helpers/admin';

const t = useStrapi({ SEED_DEMO_CONTENT: 'false' });
const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const SPEAKER = 'api::speaker.speaker';
const INSTITUTION = 'api::institution.institution';

let translator: string;
let article: string;

beforeAll(async () => {
  const app = t.app();
  const role = await app.service('admin::role').create({ name: 'Translator (kk)', description: 'Translates articles into Kazakh' });
  await app.service('admin::role').assignPermissions(role.id, translatorPermissions(app, 'kk'));
  const created = await app.service('admin::user').create({
    email: 'aigerim.translator@kaznu.test',
    firstname: 'Aigerim',
    lastname: 'Translator',
    password: 'Passw0rd-kk',
    isActive: true,
    roles: [role.id],
  } as any);
  expect(created.id).toBeDefined();
  const login = await t.http().post('/admin/login').send({ email: 'aigerim.translator@kaznu.test', password: 'Passw0rd-kk' }).expect(200);
  translator = login.body.data.token;

  const en = await t.docs(ARTICLE).create({ locale: 'en', data: { title: 'Open day', lead: 'Doors open at ten.', eventDate: '2024-04-12' } });
  article = en.documentId;
  await t.docs(ARTICLE).update({ documentId: article, locale: 'kk', data: { title: 'Ашық есік күні' } });
  await t.docs(ARTICLE).update({ documentId: article, locale: 'ru', data: { title: 'День открытых дверей' } });
});

const draft = (documentId: string, locale: string) => t.docs(ARTICLE).findOne({ documentId, locale, status: 'draft' });
const cmUrl = (documentId: string, locale: string) => `/content-manager/collection-types/${ARTICLE}/${documentId}?locale=${locale}`;
const asTranslator = (req: any) => req.set('Authorization', `Bearer ${translator}`);

describe('Translator (kk) role', () => {
  test('the role is stored with its locale conditions', async () => {
    const role = await t.app().db.query('admin::role').findOne({ where: { name: 'Translator (kk)' } });
    const permissions = await t.app().service('admin::permission').findMany({ where: { role: { id: role.id } } });
    const update = permissions.find((p: any) => p.action === CM('update') && p.subject === ARTICLE);
    expect(update.properties).toMatchObject({ locales: ['kk'], fields: WRITABLE[ARTICLE] });
  });

  test('can read the source (en) version', async () => {
    const res = await asTranslator(t.http().get(cmUrl(article, 'en'))).expect(200);
    expect(res.body.data).toMatchObject({ title: 'Open day', lead: 'Doors open at ten.' });
  });

  test('CAN update the kk version through the Content Manager', async () => {
    const res = await asTranslator(t.http().put(cmUrl(article, 'kk')))
      .send({ title: 'Ашық есік күні', lead: 'Есіктер сағат онда ашылады.' })
      .expect(200);
    expect(res.body.data).toMatchObject({ locale: 'kk', lead: 'Есіктер сағат онда ашылады.' });
    expect((await draft(article, 'kk')).lead).toBe('Есіктер сағат онда ашылады.');
  });

  test('CANNOT update the ru version (403), which stays as it was', async () => {
    const res = await asTranslator(t.http().put(cmUrl(article, 'ru')))
      .send({ title: 'Подменённый заголовок', lead: 'Подмена' })
      .expect(403);
    expect(res.body.error.name).toBe('ForbiddenError');
    expect(await draft(article, 'ru')).toMatchObject({ title: 'День открытых дверей', lead: null });
  });

  test('cannot change shared facts from the kk version: eventDate is not among its fields', async () => {
    await asTranslator(t.http().put(cmUrl(article, 'kk')))
      .send({ title: 'Ашық есік күні', eventDate: '1999-01-01' })
      .expect(200);
    for (const locale of ALL_LOCALES) expect((await draft(article, locale)).eventDate).toBe('2024-04-12');
  });

  test('publishes kk but not ru', async () => {
    const publish = (locale: string) =>
      asTranslator(t.http().post(`/content-manager/collection-types/${ARTICLE}/${article}/actions/publish?locale=${locale}`)).send({});
    await publish('kk').expect(200);
    await publish('ru').expect(403);
    const published = await t.app().db.query(ARTICLE as any).findMany({ select: ['locale'], where: { documentId: article, publishedAt: { $notNull: true } } });
    expect(published.map((r: any) => r.locale)).toEqual(['kk']);
  });

  test('the Translations workspace follows the same locale rights', async () => {
    const other = (await t.docs(ARTICLE).create({ locale: 'en', data: { title: 'Graduation', eventDate: '2024-06-20' } })).documentId;
    const start = (locale: string) => asTranslator(t.http().post('/newsroom-translations/start')).send({ documentId: other, locale });
    await start('ru').expect(403);
    expect(await draft(other, 'ru')).toBeNull();
    await start('kk').expect(201);
    expect(await draft(other, 'kk')).toMatchObject({ title: 'Graduation' });

    await t.docs(ARTICLE).update({ documentId: article, locale: 'en', data: { lead: 'Doors open at nine.' } });
    const mark = (locale: string) => asTranslator(t.http().post('/newsroom-translations/mark-up-to-date')).send({ documentId: article, locale });
    await mark('ru').expect(403);
    const res = await mark('kk').expect(200);
    expect(res.body.article.locales).toMatchObject({ kk: { state: 'published' }, ru: { state: 'outdated' } });

    const coverage = await asTranslator(t.http().get('/newsroom-translations/coverage')).expect(200);
    expect(coverage.body.results.map((r: any) => r.documentId).sort()).toEqual([article, other].sort());
  });

  test('creates kk versions and kk articles, but no ru version or ru article (403)', async () => {
    const other = (await t.docs(ARTICLE).create({ locale: 'en', data: { title: 'Sports day', eventDate: '2024-05-15' } })).documentId;
    // Stock Strapi 5.54 checks only "may create in some locale" here; the plugin's policy checks the locale.
    await asTranslator(t.http().put(cmUrl(other, 'ru'))).send({ title: 'День спорта' }).expect(403);
    expect(await draft(other, 'ru')).toBeNull();
    await asTranslator(t.http().post(`/content-manager/collection-types/${ARTICLE}?locale=ru`)).send({ title: 'Новая статья' }).expect(403);
    expect(await t.app().db.query(ARTICLE as any).count({ where: { title: 'Новая статья' } })).toBe(0);

    await asTranslator(t.http().put(cmUrl(other, 'kk'))).send({ title: 'Спорт күні' }).expect(200);
    expect(await draft(other, 'kk')).toMatchObject({ title: 'Спорт күні', eventDate: '2024-05-15' });
    const created = await asTranslator(t.http().post(`/content-manager/collection-types/${ARTICLE}?locale=kk`))
      .send({ title: 'Жаңа мақала' })
      .expect(201);
    expect(created.body.data).toMatchObject({ locale: 'kk', title: 'Жаңа мақала' });
  });
});
