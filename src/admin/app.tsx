import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Interface languages besides English. Strapi ships Russian; it has no Kazakh
    // admin translation, so Kazakh is offered for content only (see README).
    locales: ['ru'],
  },
  bootstrap(_app: StrapiApp) {},
};
