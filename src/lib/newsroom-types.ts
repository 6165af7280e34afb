/** The newsroom's content types and the field each one's slug is made from. */
export const SLUG_SOURCES = {
  'api::article.article': 'title',
  'api::speaker.speaker': 'fullName',
  'api::institution.institution': 'name',
} as const;

export type SluggedUid = keyof typeof SLUG_SOURCES;

export const NEWSROOM_UIDS = [
  'api::article.article',
  'api::quote.quote',
  'api::speaker.speaker',
  'api::institution.institution',
] as const;

export type NewsroomUid = (typeof NEWSROOM_UIDS)[number];

export const isSlugged = (uid: string): uid is SluggedUid => uid in SLUG_SOURCES;

export const CMS_LOCALES = [
  { code: 'en', name: 'English (en)' },
  { code: 'kk', name: 'Kazakh (kk)' },
  { code: 'ru', name: 'Russian (ru)' },
] as const;

export const DEFAULT_LOCALE = 'en';

