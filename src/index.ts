import type { Core } from '@strapi/strapi';
import { ensureLocales } from './bootstrap/locales';
import { ensurePublicPermissions } from './bootstrap/public-permissions';
import { ensureDevAdmin } from './bootstrap/dev-admin';
import { grantPressImportPermissions } from './bootstrap/admin-roles';
import { loadDemoContent, shouldSeedDemo } from './bootstrap/demo-content';
import { publishedOnlyMiddleware } from './document-middlewares/published-only';
import { createSlugService, slugMiddleware } from './document-middlewares/slugs';
import { cascadePublishMiddleware } from './document-middlewares/cascade-publish';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(publishedOnlyMiddleware({ strapi }));
    strapi.documents.use(slugMiddleware({ strapi })(createSlugService({ strapi })));
    strapi.documents.use(cascadePublishMiddleware({ strapi }));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensurePublicPermissions(strapi);
    await grantPressImportPermissions(strapi);
    await ensureDevAdmin(strapi);
    if (shouldSeedDemo(process.env)) await loadDemoContent(strapi);
  },
};
