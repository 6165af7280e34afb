import type { StrapiApp } from '@strapi/strapi/admin';
import { contentManagerMessages } from '../lib/admin-labels';

export default {
  config: {
    // Interface languages besides English. Strapi ships Russian; it has no Kazakh
    // admin translation, so Kazakh is offered for content only (see README).
    locales: ['ru'],
    // Russian names of the newsroom's types and fields (English ones are the Content
    // Manager's labels, seeded by src/bootstrap/content-manager.ts).
    translations: { ru: { ...contentManagerMessages('ru'), User: 'Пользователь' } },
  },
  bootstrap(_app: StrapiApp) {},
};
