import type { Core } from '@strapi/strapi';
import { createAccess } from './access';
import { createImporter } from './importer';
import { createLocalizer } from './localizer';
import { createMerger } from './merger';

export default {
  importer: ({ strapi }: { strapi: Core.Strapi }) => createImporter({ strapi }),
  localizer: ({ strapi }: { strapi: Core.Strapi }) => createLocalizer({ strapi }),
  merger: ({ strapi }: { strapi: Core.Strapi }) => createMerger({ strapi }),
  access: ({ strapi }: { strapi: Core.Strapi }) => createAccess({ strapi }),
};
