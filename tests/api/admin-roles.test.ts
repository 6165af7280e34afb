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
