import fs from 'fs';
import path from 'path';
import { useStrapi } from '../helpers/harness';

const t = useStrapi();

const counts = async () => {
  const app = t.app();
  const count = (uid: string) => app.db.query(uid as any).count();
  return {
    locales: await count('plugin::i18n.locale'),
    articles: await count('api::article.article'),
    quotes: await count('api::quote.quote'),
    speakers: await count('api::speaker.speaker'),
    institutions: await count('api::institution.institution'),
    permissions: await count('plugin::users-permissions.permission'),
    admins: await count('admin::user'),
  };
};

describe('bootstrap', () => {
  test('creates en (default), kk and ru', async () => {
    const locales = t.app().plugin('i18n').service('locales');
    const codes = (await locales.find()).map((l: any) => l.code).sort();
    expect(codes).toEqual(['en', 'kk', 'ru']);
    expect(await locales.getDefaultLocale()).toBe('en');
  });

  test('creates the local admin from DEV_ADMIN_EMAIL outside production', async () => {
    const admin = await t.app().db.query('admin::user').findOne({ where: { email: process.env.DEV_ADMIN_EMAIL } });
    expect(admin).toBeTruthy();
    expect(admin.isActive).toBe(true);
  });

  test('a second boot on the same database creates nothing and keeps a hand-added locale', async () => {
    const locales = t.app().plugin('i18n').service('locales');
    await locales.create({ code: 'de', name: 'German (de)' });
    const before = await counts();

    await t.reboot();

    const after = await counts();
    expect(after).toEqual(before);
    const codes = (await t.app().plugin('i18n').service('locales').find()).map((l: any) => l.code);
    expect(codes).toContain('de');
    expect(await t.app().plugin('i18n').service('locales').getDefaultLocale()).toBe('en');
  });
});

describe('demo content', () => {
  test('GET /api/articles?locale=kk&populate=* returns the demo article in Kazakh', async () => {
    const res = await t
      .http()
      .get('/api/articles?locale=kk&populate[quotes][populate]=speaker&populate[speakers]=true&populate[institutions]=true')
      .expect(200);
    expect(res.body.data).toHaveLength(1);
    const [article] = res.body.data;
    expect(article.locale).toBe('kk');
    expect(article.title).toBe('Қазақстан дипломатиясына 30 жыл');
    expect(article.slug).toBe('kazakstan-diplomatiyasyna-30-zhyl');
    expect(article.sourceLine).toMatch(/баспасөз қызметі$/);
    expect(article.quotes.length).toBeGreaterThanOrEqual(5);
    const star = await t.http().get('/api/articles?locale=kk&populate=*').expect(200);
    expect(star.body.data.map((a: any) => [a.title, a.quotes.length, a.speakers.length > 0])).toEqual([
      [article.title, article.quotes.length, true],
    ]);
    const quoted = [...new Set(article.quotes.map((q: any) => q.speaker?.fullName))].sort();
    expect(quoted).toEqual(['Жансеит Түймебаев', 'Микаэла Фриберг-Стори', 'Руслан Қарабұлов'].sort());
    expect(article.speakers.map((s: any) => s.fullName)).toEqual(expect.arrayContaining(quoted));
    expect(article.institutions.map((i: any) => i.name)).toEqual(
      expect.arrayContaining(['Әл-Фараби атындағы Қазақ ұлттық университеті'])
    );
  });

  test.each(['en', 'ru'])('is published in %s with quotes linked to their speakers', async (locale) => {
    const res = await t
      .http()
      .get(`/api/quotes?locale=${locale}&populate[speaker]=true&populate[article]=true&sort=order`)
      .expect(200);
    expect(res.body.data.length).toBeGreaterThanOrEqual(5);
    for (const quote of res.body.data) {
      expect(quote.locale).toBe(locale);
      expect(quote.speaker?.fullName).toBeTruthy();
      expect(quote.article?.locale).toBe(locale);
    }
    // In reading order. The order is shared by a quote's language versions, so a language
    // with a quote fewer (ru: one reported-speech quote the English has) skips its place.
    const orders = res.body.data.map((q: any) => q.order);
    expect(orders.every((order: number, i: number) => i === 0 || order > orders[i - 1])).toBe(true);
  });

  test('came through the press importer: one history record per file', async () => {
    const records = await t.app().db.query('plugin::press-import.import-record').findMany({ orderBy: { id: 'asc' } });
    expect(records.map((r: any) => [r.locale, r.status, r.source])).toEqual([
      ['en', 'imported', 'seed'],
      ['kk', 'imported', 'seed'],
      ['ru', 'imported', 'seed'],
    ]);
  });

  test('the three articles are one document in three locales', async () => {
    const ids = new Set<string>();
    for (const locale of ['en', 'kk', 'ru']) {
      const res = await t.http().get(`/api/articles?locale=${locale}`).expect(200);
      expect(res.body.data).toHaveLength(1);
      ids.add(res.body.data[0].documentId);
    }
    expect(ids.size).toBe(1);
  });
});

describe("the browser's automatic requests", () => {
  test('GET /favicon.ico answers the icon in public/, not a 500', async () => {
    const res = await t.http().get('/favicon.ico').buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/x-icon');
    expect((res.body as Buffer).equals(fs.readFileSync(path.join(__dirname, '..', '..', 'public', 'favicon.ico')))).toBe(true);
  });
});
