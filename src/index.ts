import type { Core } from '@strapi/strapi';
import { ensureLocales } from './bootstrap/locales';
import { ensurePublicPermissions } from './bootstrap/public-permissions';
import { ensureDevAdmin } from './bootstrap/dev-admin';
import { ensureEditorialRoleLocales, grantPressImportPermissions } from './bootstrap/admin-roles';
import { CMS_LOCALES } from './lib/newsroom-types';
import { loadDemoContent, shouldSeedDemo } from './bootstrap/demo-content';
import { ensureContentManagerViews } from './bootstrap/content-manager';
import { mayReadDrafts, publishedOnlyMiddleware } from './document-middlewares/published-only';
import { registerPublishedRelations } from './delivery/published-relations';
import { costLimits } from './delivery/settings';
import { createSlugService, slugMiddleware } from './document-middlewares/slugs';
import { cascadeAwareDraftCounts, cascadePublishMiddleware } from './document-middlewares/cascade-publish';
import { linkOwnershipMiddleware } from './document-middlewares/link-ownership';
import { registerDeliveryDocumentation } from './delivery/openapi';
import { registerGraphqlPublicArgs } from './delivery/graphql-public-args';
import { registerGraphqlLimits } from './delivery/graphql-limits';
import { registerGraphqlLocaleCheck } from './delivery/graphql-locale';
import { contentVersionMiddleware, ensureContentVersion, versionOnUploadChanges } from './delivery/content-version';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // First: it must wrap the others (see content-version.ts).
    strapi.documents.use(contentVersionMiddleware({ strapi }));
    strapi.documents.use(publishedOnlyMiddleware({ strapi }));
    registerPublishedRelations(
      strapi,
      (requestCtx) => mayReadDrafts(requestCtx, strapi.config.get('plugin::graphql.endpoint', '/graphql')),
      () => {
        const limits = costLimits(strapi);
        return {
          maxRelations: limits.filterRelations,
          maxToMany: limits.filterToMany,
          maxConditions: limits.filterConditions,
          maxValueLength: limits.filterValueLength,
        };
      },
    );
    strapi.documents.use(slugMiddleware({ strapi })(createSlugService({ strapi })));
    strapi.documents.use(cascadePublishMiddleware({ strapi }));
    // The CM's "related drafts will not be published" warning counts only what the cascade leaves out.
    cascadeAwareDraftCounts(strapi);
    // Publishing a speaker, institution or quote keeps the published links that the
    // other side decides (an article's unpublished edit stays unpublished).
    strapi.documents.use(linkOwnershipMiddleware({ strapi }));
    registerDeliveryDocumentation(strapi);
    registerGraphqlPublicArgs(strapi);
    registerGraphqlLimits(strapi);
    registerGraphqlLocaleCheck(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensureContentVersion(strapi);
    versionOnUploadChanges(strapi);
    await ensurePublicPermissions(strapi);
    await grantPressImportPermissions(strapi);
    await ensureEditorialRoleLocales(strapi, CMS_LOCALES.map((l) => l.code));
    // After the admin's bootstrap (which creates the Editor and Author roles).
    await strapi.plugin('newsroom-translations').service('roles').grantDefaultRoles();
    await ensureDevAdmin(strapi);
    // After the Content Manager's bootstrap (which generates the view configurations).
    await ensureContentManagerViews(strapi);
    if (shouldSeedDemo(process.env)) await loadDemoContent(strapi);
  },
};
