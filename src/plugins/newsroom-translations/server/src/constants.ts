export const PLUGIN_ID = 'newsroom-translations';

export const UIDS = {
  article: 'api::article.article',
  quote: 'api::quote.quote',
  speaker: 'api::speaker.speaker',
  institution: 'api::institution.institution',
} as const;

export const PERMISSIONS = {
  read: `plugin::${PLUGIN_ID}.read`,
} as const;

/** Content Manager actions the write endpoints re-check, so this plugin never widens a role's rights. */
export const CM_ACTIONS = {
  create: 'plugin::content-manager.explorer.create',
  update: 'plugin::content-manager.explorer.update',
} as const;

/** Roles that get `read` on a new database (the Super Admin gets every action anyway). */
export const DEFAULT_ROLE_CODES = ['strapi-editor', 'strapi-author'] as const;

/** The tracking attributes of the article; written only by this plugin, through the query engine. */
export const TRACKING_FIELDS = ['contentHash', 'translatedFrom'] as const;

/**
 * Where a locale version is opened for editing. `plugins[i18n][locale]` is how the
 * Content Manager picks the locale of the edit view.
 */
export const contentManagerUrl = (documentId: string, locale: string) =>
  `/admin/content-manager/collection-types/${UIDS.article}/${encodeURIComponent(documentId)}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;
