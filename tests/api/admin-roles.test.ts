import { useStrapi } from '../helpers/harness';
import { adminWithRole, ROLE_CODES } from '../helpers/admin';

const t = useStrapi();

describe('default editorial roles on a new database', () => {
  test('an Editor can open and edit the article in every locale through the Content Manager', async () => {
    const token = await adminWithRole(t.app(), ROLE_CODES.editor, 'editor@roles.test');
    const [article] = await t.docs('api::article.article').findMany({ locale: 'en', status: 'draft' });
    for (const locale of ['en', 'kk', 'ru']) {
      const path = `/content-manager/collection-types/api::article.article/${article.documentId}?locale=${locale}`;
      const read = await t.http().get(path).set('Authorization', `Bearer ${token}`);
      expect({ locale, status: read.status }).toEqual({ locale, status: 200 });
      const update = await t.http().put(path).set('Authorization', `Bearer ${token}`).send({ lead: `Lead ${locale}` });
      expect({ locale, status: update.status }).toEqual({ locale, status: 200 });
    }
  });

  test('the set-up runs once: locales an administrator chose are kept on the next start', async () => {
    const role = await t.app().db.query('admin::role').findOne({ where: { code: ROLE_CODES.author } });
    const [permission] = await t.app().db.query('admin::permission').findMany({ where: { role: role.id, subject: 'api::article.article' } });
    await t.app().db.query('admin::permission').update({ where: { id: permission.id }, data: { properties: { ...permission.properties, locales: ['kk'] } } });
    await t.reboot();
    const after = await t.app().db.query('admin::permission').findOne({ where: { id: permission.id } });
    expect(after.properties.locales).toEqual(['kk']);
  });
});

describe('the Editor publishes', () => {
  test('an Editor imports with publish and deletes an article (Strapi creates the role without publish and delete)', async () => {
    const token = await adminWithRole(t.app(), ROLE_CODES.editor, 'publisher@roles.test');
    const imported = await t
      .http()
      .post('/press-import/import')
      .set('Authorization', `Bearer ${token}`)
      .attach('files', require('path').join(__dirname, '..', 'fixtures', 'press', 'en-kaznu-qs-ranking.txt'))
      .field('options', JSON.stringify({ publish: true }));
    expect(imported.status).toBe(200);
    expect(imported.body.results[0]).toMatchObject({ status: 'imported' });
    const documentId = imported.body.results[0].articleDocumentId;
    expect(await t.app().db.query('api::article.article').count({ where: { documentId, publishedAt: { $notNull: true } } })).toBe(1);

    const removed = await t.http().delete(`/content-manager/collection-types/api::article.article/${documentId}?locale=en`).set('Authorization', `Bearer ${token}`);
    expect(removed.status).toBe(200);
  });

  test('an administrator who takes publish away from Editors keeps it so after a restart', async () => {
    const role = await t.app().db.query('admin::role').findOne({ where: { code: ROLE_CODES.editor } });
    const where = { role: role.id, action: 'plugin::content-manager.explorer.publish', subject: 'api::quote.quote' };
    expect(await t.app().db.query('admin::permission').count({ where })).toBe(1);
    await t.app().db.query('admin::permission').deleteMany({ where });
    await t.reboot();
    expect(await t.app().db.query('admin::permission').count({ where })).toBe(0);
  });
});
