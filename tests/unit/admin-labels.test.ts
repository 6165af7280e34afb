/**
 * Every name the admin shows for the project's types, fields and plugin texts exists in
 * every interface language: a missing one is English in the Russian admin (and a
 * MISSING_TRANSLATION error in the console of `strapi develop`).
 */
import fs from 'fs';
import path from 'path';
import adminApp from '../../src/admin/app';
import { COMPONENT_LABELS, CONTENT_TYPE_LABELS, contentManagerMessages } from '../../src/lib/admin-labels';

const ROOT = path.join(__dirname, '..', '..');
const schema = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const TYPES: Record<string, string> = {
  'api::article.article': 'src/api/article/content-types/article/schema.json',
  'api::quote.quote': 'src/api/quote/content-types/quote/schema.json',
  'api::speaker.speaker': 'src/api/speaker/content-types/speaker/schema.json',
  'api::institution.institution': 'src/api/institution/content-types/institution/schema.json',
};

test('every field the Content Manager shows has an English and a Russian label', () => {
  for (const [uid, file] of Object.entries(TYPES)) {
    const { attributes, info } = schema(file);
    const labels = CONTENT_TYPE_LABELS[uid];
    expect(labels.displayName).toBe(info.displayName);
    const shown = Object.keys(attributes).filter((name) => attributes[name].visible !== false);
    for (const field of shown) expect({ uid, field, label: labels.fields[field] }).toEqual({ uid, field, label: expect.objectContaining({ en: expect.any(String), ru: expect.any(String) }) });
  }
  const seo = schema('src/components/shared/seo.json');
  expect(Object.keys(COMPONENT_LABELS['shared.seo'].fields).sort()).toEqual(Object.keys(seo.attributes).sort());
});

test('the admin panel gets the Russian names under the keys the Content Manager looks up', () => {
  const ru = (adminApp.config as any).translations.ru as Record<string, string>;
  expect(ru).toMatchObject(contentManagerMessages('ru'));
  expect(ru['content-manager.content-types.api::article.article.eventDate']).toBe('Дата события');
  expect(ru['content-manager.components.shared.seo.metaTitle']).toBe('Мета-заголовок');
  expect(ru.Speaker).toBe('Спикер');
});

test.each(['press-import', 'newsroom-translations'])('the %s plugin has every English text in Russian and Kazakh', (plugin) => {
  const dir = path.join(ROOT, 'src', 'plugins', plugin, 'admin', 'src', 'translations');
  const en = JSON.parse(fs.readFileSync(path.join(dir, 'en.json'), 'utf8'));
  for (const language of ['ru', 'kk']) {
    const other = JSON.parse(fs.readFileSync(path.join(dir, `${language}.json`), 'utf8'));
    expect({ language, missing: Object.keys(en).filter((key) => !other[key]) }).toEqual({ language, missing: [] });
  }
});
