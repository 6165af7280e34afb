/**
 * What the Content Manager shows for the newsroom's types: the English label of every
 * field (seeded into the CM's view configuration by src/bootstrap/content-manager.ts),
 * its Russian translation (given to the admin panel by src/admin/app.tsx under the keys
 * the CM looks up), the field that names an entry in lists and relation pickers, and
 * the list columns. Plain data: the server and the admin bundle both import it.
 * The admin panel has no Kazakh interface, so there are no Kazakh labels.
 */

export type Label = { en: string; ru: string };

export type TypeLabels = {
  /** info.displayName in the schema: the CM uses it as the message id of the type's name. */
  displayName: string;
  name: Label;
  /** The field that names an entry (CM "Entry title"). */
  mainField?: string;
  /** List view columns, when Strapi's default four first fields are not useful. */
  list?: string[];
  fields: Record<string, Label>;
};

/** Fields every content type has; the CM lists them with their raw names. */
const SYSTEM_FIELDS: Record<string, Label> = {
  id: { en: 'ID', ru: 'ID' },
  createdAt: { en: 'Created', ru: 'Создано' },
  updatedAt: { en: 'Updated', ru: 'Изменено' },
  publishedAt: { en: 'Published', ru: 'Опубликовано' },
  createdBy: { en: 'Created by', ru: 'Автор записи' },
  updatedBy: { en: 'Updated by', ru: 'Изменил' },
  locale: { en: 'Language', ru: 'Язык' },
};

const DOCUMENT_ID: Label = { en: 'documentId', ru: 'ID документа' };
const SLUG: Label = { en: 'Slug (web address)', ru: 'Адрес (slug)' };
const NEEDS_REVIEW: Label = { en: 'Needs review', ru: 'Требует проверки' };

export const CONTENT_TYPE_LABELS: Record<string, TypeLabels> = {
  'api::article.article': {
    displayName: 'Article',
    name: { en: 'Article', ru: 'Статья' },
    mainField: 'title',
    fields: {
      ...SYSTEM_FIELDS,
      title: { en: 'Title', ru: 'Заголовок' },
      slug: SLUG,
      lead: { en: 'Lead', ru: 'Лид' },
      body: { en: 'Body', ru: 'Текст' },
      dateline: { en: 'Dateline', ru: 'Место и дата' },
      eventDate: { en: 'Event date', ru: 'Дата события' },
      sourceLine: { en: 'Source line', ru: 'Источник' },
      cover: { en: 'Cover image', ru: 'Обложка' },
      seo: { en: 'SEO', ru: 'SEO' },
      quotes: { en: 'Quotes', ru: 'Цитаты' },
      speakers: { en: 'Speakers', ru: 'Спикеры' },
      institutions: { en: 'Institutions', ru: 'Организации' },
    },
  },
  'api::quote.quote': {
    displayName: 'Quote',
    name: { en: 'Quote', ru: 'Цитата' },
    // No short title field: the quote's own words name it (the CM cuts long ones).
    mainField: 'text',
    list: ['text', 'speaker', 'article', 'order'],
    fields: {
      ...SYSTEM_FIELDS,
      text: { en: 'Quote', ru: 'Цитата' },
      context: { en: 'Context', ru: 'Контекст' },
      order: { en: 'Order in the article', ru: 'Порядок в статье' },
      speaker: { en: 'Speaker', ru: 'Спикер' },
      article: { en: 'Article', ru: 'Статья' },
    },
  },
  'api::speaker.speaker': {
    displayName: 'Speaker',
    name: { en: 'Speaker', ru: 'Спикер' },
    mainField: 'fullName',
    // "Needs review" next to the name: long positions and institution names cannot push it off screen.
    list: ['fullName', 'needsReview', 'position', 'institution'],
    fields: {
      ...SYSTEM_FIELDS,
      fullName: { en: 'Full name', ru: 'Полное имя' },
      slug: SLUG,
      honorific: { en: 'Honorific', ru: 'Обращение' },
      position: { en: 'Position', ru: 'Должность' },
      aliases: { en: 'Other spellings of the name', ru: 'Другие написания имени' },
      photo: { en: 'Photo', ru: 'Фото' },
      bio: { en: 'Biography', ru: 'Биография' },
      needsReview: NEEDS_REVIEW,
      institution: { en: 'Institution', ru: 'Организация' },
      quotes: { en: 'Quotes', ru: 'Цитаты' },
      articles: { en: 'Articles', ru: 'Статьи' },
    },
  },
  'api::institution.institution': {
    displayName: 'Institution',
    name: { en: 'Institution', ru: 'Организация' },
    mainField: 'name',
    list: ['name', 'needsReview', 'kind', 'country'],
    fields: {
      ...SYSTEM_FIELDS,
      name: { en: 'Name', ru: 'Название' },
      slug: SLUG,
      abbreviations: { en: 'Abbreviations', ru: 'Сокращения' },
      kind: { en: 'Kind', ru: 'Тип' },
      country: { en: 'Country (ISO code)', ru: 'Страна (код ISO)' },
      website: { en: 'Website', ru: 'Сайт' },
      logo: { en: 'Logo', ru: 'Логотип' },
      needsReview: NEEDS_REVIEW,
      parent: { en: 'Part of', ru: 'Входит в' },
      children: { en: 'Units', ru: 'Подразделения' },
      speakers: { en: 'Speakers', ru: 'Спикеры' },
      articles: { en: 'Articles', ru: 'Статьи' },
    },
  },
};

export const COMPONENT_LABELS: Record<string, TypeLabels> = {
  'shared.seo': {
    displayName: 'SEO',
    name: { en: 'SEO', ru: 'SEO' },
    fields: {
      metaTitle: { en: 'Meta title', ru: 'Мета-заголовок' },
      metaDescription: { en: 'Meta description', ru: 'Мета-описание' },
    },
  },
};

/**
 * The admin panel's messages in `language` under the ids the Content Manager formats:
 * a type's name under its displayName, a field's label under
 * `content-manager.content-types.<uid>.<field>` (components: `content-manager.components.<uid>.<field>`).
 */
export function contentManagerMessages(language: keyof Label): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [uid, type] of Object.entries(CONTENT_TYPE_LABELS)) {
    messages[type.displayName] = type.name[language];
    for (const [field, label] of Object.entries(type.fields)) messages[`content-manager.content-types.${uid}.${field}`] = label[language];
    // The CM always labels documentId with its name (its configuration endpoint hard-codes it).
    messages[`content-manager.content-types.${uid}.documentId`] = DOCUMENT_ID[language];
  }
  for (const [uid, component] of Object.entries(COMPONENT_LABELS)) {
    for (const [field, label] of Object.entries(component.fields)) messages[`content-manager.components.${uid}.${field}`] = label[language];
  }
  return messages;
}
