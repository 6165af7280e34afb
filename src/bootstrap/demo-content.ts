import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

/** The demo press release, one file per locale; the first is the original. */
export const DEMO_RELEASE = [
  { locale: 'en', file: 'en-kaznu-30-years-of-diplomacy.txt' },
  { locale: 'kk', file: 'kk-kaznu-30-years-of-diplomacy.txt' },
  { locale: 'ru', file: 'ru-kaznu-30-years-of-diplomacy.txt' },
] as const;

/** Demo content on a new database: by default outside production only; SEED_DEMO_CONTENT=true|false decides. */
export const shouldSeedDemo = (env: NodeJS.ProcessEnv) =>
  env.SEED_DEMO_CONTENT ? env.SEED_DEMO_CONTENT === 'true' : env.NODE_ENV !== 'production';

export const demoDir = (strapi: Core.Strapi) => path.join(strapi.dirs.app.root, 'database', 'seed', 'press');

/**
 * Loads the demo press release (database/seed/press/) on an empty database through the
 * press importer, as a newsroom would: the English file, then the Kazakh and Russian
 * files as its translations, then publishes all three (which publishes the quotes,
 * speakers and institutions too). A database that already has an article is left
 * alone, so a second start adds nothing.
 */
export async function loadDemoContent(strapi: Core.Strapi, dir = demoDir(strapi)) {
  if ((await strapi.db.query('api::article.article').count()) > 0) return null;
  const importer = strapi.plugin('press-import').service('importer');
  let articleId: string | undefined;
  for (const { locale, file } of DEMO_RELEASE) {
    const outcome = await importer.importFile({
      fileName: file,
      bytes: fs.readFileSync(path.join(dir, file)),
      locale,
      translationOf: articleId,
      importedBy: 'demo seed',
      source: 'seed',
    });
    if (outcome.status !== 'imported') {
      throw new Error(`demo content: ${file} was not imported (${outcome.status}: ${outcome.error?.message})`);
    }
    articleId ??= outcome.articleDocumentId;
  }
  for (const { locale } of DEMO_RELEASE) {
    await strapi.documents('api::article.article').publish({ documentId: articleId!, locale });
  }
  strapi.log.info(`[newsroom] demo article loaded (${articleId}) in ${DEMO_RELEASE.map((r) => r.locale).join(', ')}`);
  return { articleId };
}
