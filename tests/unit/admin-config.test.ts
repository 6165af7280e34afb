import adminApp from '../../src/admin/app';

test('the admin panel offers Russian besides English', () => {
  expect(adminApp.config.locales).toContain('ru');
});
