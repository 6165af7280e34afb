import type { Core } from '@strapi/strapi';
import { createAccess } from './access';
import { createImporter } from './importer';
import { createLocalizer } from './localizer';
import { createParsePool } from './parse-pool';
import { DEFAULT_CONFIG, PLUGIN_ID, type PressImportConfig } from '../constants';
import { createMerger } from './merger';

export default {
  importer: ({ strapi }: { strapi: Core.Strapi }) => createImporter({ strapi }),
  localizer: ({ strapi }: { strapi: Core.Strapi }) => createLocalizer({ strapi }),
  merger: ({ strapi }: { strapi: Core.Strapi }) => createMerger({ strapi }),
  access: ({ strapi }: { strapi: Core.Strapi }) => createAccess({ strapi }),
  parsePool: ({ strapi }: { strapi: Core.Strapi }) =>
    createParsePool(() => {
      const config: PressImportConfig = { ...DEFAULT_CONFIG, ...(strapi.config.get(`plugin::${PLUGIN_ID}`) as object) };
      return { threads: config.parseThreads, maxQueue: config.parseQueue, timeoutMs: config.parseTimeoutMs };
    }),
};
