import type { Core } from '@strapi/strapi';
import { ensureLocales } from './bootstrap/locales';
import { ensurePublicPermissions } from './bootstrap/public-permissions';
import { ensureDevAdmin } from './bootstrap/dev-admin';
import { ensureEditorialRoleLocales, ensureEditorPublishing, grantPressImportPermissions } from './bootstrap/admin-roles';
import { CMS_LOCALES } from './lib/newsroom-types';
import { loadDemoContent, shouldSeedDemo } from './bootstrap/demo-content';
import { ensureContentManagerViews } from './bootstrap/content-manager';
import { mayReadDrafts, publishedOnlyMiddleware } from './document-middlewares/published-only';
import { registerPublishedRelations } from './delivery/published-relations';
import { filterLimits } from './delivery/settings';
import { createSlugService, slugMiddleware } from './document-middlewares/slugs';
import { cascadeAwareDraftCounts, cascadePublishMiddleware } from './document-middlewares/cascade-publish';
import { linkOwnershipMiddleware } from './document-middlewares/link-ownership';
import { registerDeliveryDocumentation } from './delivery/openapi';
import { registerGraphqlPublicArgs } from './delivery/graphql-public-args';
import { registerGraphqlLimits } from './delivery/graphql-limits';
import { registerGraphqlLocaleCheck } from './delivery/graphql-locale';
import { bumpContentVersion, contentVersionMiddleware, ensureContentVersion, versionOnUploadChanges } from './delivery/content-version';
import { invalidateOnAccessChanges } from './delivery/content-state';
import { guardContentManagerWrites } from './admin-guards/content-manager';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // First: it must wrap the others (see content-version.ts).
    strapi.documents.use(contentVersionMiddleware({ strapi }));
    strapi.documents.use(publishedOnlyMiddleware({ strapi }));
    registerPublishedRelations(
      strapi,
      (requestCtx) => mayReadDrafts(requestCtx, strapi.config.get('plugin::graphql.endpoint', '/graphql')),
      () => filterLimits(strapi),
    );
    strapi.documents.use(slugMiddleware({ strapi })(createSlugService({ strapi })));
    strapi.documents.use(cascadePublishMiddleware({ strapi }));
    // The CM's "related drafts will not be published" warning counts only what the cascade leaves out.
    cascadeAwareDraftCounts(strapi);
    // Clone and "add a language version" need read access to the entry (attacker run 3).
    guardContentManagerWrites(strapi);
    // Publishing a speaker, institution or quote keeps the published links that the
    // other side decides (an article's unpublished edit stays unpublished).
    strapi.documents.use(linkOwnershipMiddleware({ strapi }));
    registerDeliveryDocumentation(strapi);
    registerGraphqlPublicArgs(strapi);
    registerGraphqlLimits(strapi);
    registerGraphqlLocaleCheck(strapi);
    // A merge of duplicates (press-import) that changes published rows replaces the content
    // version first, in its transaction, like a publish (see content-version.ts).
    strapi.hook('plugin::press-import.beforePublicChange').register(() => bumpContentVersion(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensureContentVersion(strapi);
    versionOnUploadChanges(strapi);
    invalidateOnAccessChanges(strapi);
    await ensurePublicPermissions(strapi);
    await grantPressImportPermissions(strapi);
    await ensureEditorialRoleLocales(strapi, CMS_LOCALES.map((l) => l.code));
    await ensureEditorPublishing(strapi, CMS_LOCALES.map((l) => l.code));
    // After the admin's bootstrap (which creates the Editor and Author roles).
    await strapi.plugin('newsroom-translations').service('roles').grantDefaultRoles();
    await ensureDevAdmin(strapi);
    // After the Content Manager's bootstrap (which generates the view configurations).
    await ensureContentManagerViews(strapi);
    if (shouldSeedDemo(process.env)) await loadDemoContent(strapi);
  },
};
