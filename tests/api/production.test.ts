import { useStrapi } from '../helpers/harness';

// The same app booted with NODE_ENV=production (DEV_ADMIN_* are set by the harness).
const t = useStrapi({ NODE_ENV: 'production' });

describe('production mode', () => {
  test('creates no development admin account and no demo content', async () => {
    expect(await t.app().db.query('admin::user').count()).toBe(0);
    expect(await t.app().db.query('api::article.article').count()).toBe(0);
  });

  test('still sets up locales and the public read permissions', async () => {
    const codes = (await t.app().plugin('i18n').service('locales').find()).map((l: any) => l.code).sort();
    expect(codes).toEqual(['en', 'kk', 'ru']);
    await t.http().get('/api/articles?locale=kk').expect(200);
  });
});
