import type { StrapiApp } from '@strapi/strapi/admin';
import { contentManagerMessages } from '../lib/admin-labels';
import { STRAPI_RU_GAPS } from './strapi-ru-gaps';

export default {
  config: {
    // Interface languages besides English. Strapi ships Russian; it has no Kazakh
    // admin translation, so Kazakh is offered for content only (see README).
    locales: ['ru'],
    // Russian names of the newsroom's types and fields (English ones are the Content
    // Manager's labels, seeded by src/bootstrap/content-manager.ts), and the everyday
    // Content Manager texts Strapi's own Russian lacks.
    translations: { ru: { ...STRAPI_RU_GAPS, ...contentManagerMessages('ru'), User: 'Пользователь' } },
  },
  bootstrap(_app: StrapiApp) {},
};
