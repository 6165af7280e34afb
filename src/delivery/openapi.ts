import type { Core } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';

/**
 * OpenAPI description of the delivery routes (src/api/<type>/routes/01-custom-*.ts),
 * registered with the documentation plugin's override service. Paths are relative to
 * the API prefix, like the generated ones.
 */

const locale = (description: string) => ({
  name: 'locale',
  in: 'query',
  required: false,
  description,
  schema: { type: 'string', example: 'kk' },
});

const fallback = {
  name: 'fallback',
  in: 'query',
  required: false,
  description:
    'Comma-separated locales (at most 3, distinct, known) to serve a document in when it is not published in `locale`, e.g. `ru,en`. Each item then carries `servedLocale`; filters, sort and pagination apply to the merged list.',
  schema: { type: 'string', example: 'ru,en' },
};

const slug = { name: 'slug', in: 'path', required: true, description: 'Slug in the requested locale (or in a fallback locale).', schema: { type: 'string' } };

const pageParams = (name: string) => [
  { name: `${name}Page`, in: 'query', required: false, description: `Page of ${name} (from 1).`, schema: { type: 'integer', minimum: 1, default: 1 } },
  { name: `${name}PageSize`, in: 'query', required: false, description: `${name} per page (at most API_MAX_LIMIT).`, schema: { type: 'integer', minimum: 1, default: 25 } },
];

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const pagination = {
  type: 'object',
  properties: { page: { type: 'integer' }, pageSize: { type: 'integer' }, pageCount: { type: 'integer' }, total: { type: 'integer' } },
};
const localizations = {
  type: 'array',
  description: 'The locales (and slugs) the document is published in, for hreflang links.',
  items: { type: 'object', properties: { locale: { type: 'string' }, slug: { type: 'string' } } },
};
const jsonObject = { type: 'object', additionalProperties: true };

const feed = (format: 'rss' | 'atom') => ({
  get: {
    tags: ['Feeds'],
    operationId: `get/feeds/{locale}.${format}`,
    summary: format === 'rss' ? 'RSS 2.0 feed of the latest articles in a locale' : 'Atom feed of the latest articles in a locale',
    security: [],
    parameters: [{ name: 'locale', in: 'path', required: true, schema: { type: 'string', example: 'kk' } }],
    responses: {
      200: {
        description: 'The feed (links point to PUBLIC_SITE_URL/<locale>/news/<slug>). Has Last-Modified and ETag.',
        content: { [format === 'rss' ? 'application/rss+xml' : 'application/atom+xml']: { schema: { type: 'string' } } },
      },
      304: { description: 'Not modified (If-None-Match matched the ETag).' },
      404: errorResponse('Unknown locale'),
    },
  },
});

export const deliveryOpenApi = {
  tags: [
    { name: 'Delivery', description: 'Reads made for the front-end sites: one request per page, published content only.' },
    { name: 'Feeds', description: 'RSS and Atom feeds per locale.' },
  ],
  paths: {
    '/articles/by-slug/{slug}': {
      get: {
        tags: ['Delivery'],
        operationId: 'get/articles/by-slug/{slug}',
        summary: 'Article page by slug, with cover, SEO, quotes (in order, with speakers), speakers and institutions',
        security: [],
        parameters: [slug, locale('Locale of the page (default: the default locale).'), fallback],
        responses: {
          200: {
            description: 'The article (`data`, with `servedLocale`); `meta.locale`, `meta.localizations`, `meta.jsonLd` (schema.org NewsArticle).',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    data: { $ref: '#/components/schemas/Article' },
                    meta: {
                      type: 'object',
                      properties: {
                        locale: { type: 'object', properties: { requested: { type: 'string' }, fallback: { type: 'array', items: { type: 'string' } }, served: { type: 'string' }, matched: { type: 'string' } } },
                        localizations,
                        jsonLd: jsonObject,
                      },
                    },
                  },
                },
              },
            },
          },
          304: { description: 'Not modified (If-None-Match matched the ETag).' },
          400: errorResponse('Bad locale, fallback or slug'),
          404: errorResponse('No published article with this slug in these locales'),
        },
      },
    },
    '/articles/by-slug/{slug}/jsonld': {
      get: {
        tags: ['Delivery'],
        operationId: 'get/articles/by-slug/{slug}/jsonld',
        summary: 'schema.org NewsArticle (JSON-LD) of an article page, safe to embed in a script element',
        security: [],
        parameters: [slug, locale('Locale of the page.'), fallback],
        responses: {
          200: { description: 'JSON-LD', content: { 'application/ld+json': { schema: jsonObject } } },
          404: errorResponse('No published article with this slug in these locales'),
        },
      },
    },
    '/speakers/by-slug/{slug}': {
      get: {
        tags: ['Delivery'],
        operationId: 'get/speakers/by-slug/{slug}',
        summary: "Speaker page: the speaker with institution, their latest quotes (with the article's title and slug) and articles, each list paged",
        security: [],
        parameters: [slug, locale('Locale of the page.'), ...pageParams('quotes'), ...pageParams('articles')],
        responses: {
          200: {
            description: '`data` = the speaker with `quotes` and `articles`; `meta.quotes.pagination`, `meta.articles.pagination`, `meta.localizations`.',
            content: { 'application/json': { schema: { type: 'object', properties: { data: jsonObject, meta: { type: 'object', properties: { quotes: { type: 'object', properties: { pagination } }, articles: { type: 'object', properties: { pagination } }, localizations } } } } } },
          },
          400: errorResponse('Bad locale, page or slug'),
          404: errorResponse('No published speaker with this slug in this locale'),
        },
      },
    },
    '/institutions/by-slug/{slug}': {
      get: {
        tags: ['Delivery'],
        operationId: 'get/institutions/by-slug/{slug}',
        summary: 'Institution page: the institution (parent, children), its speakers and the articles mentioning it, each list paged',
        security: [],
        parameters: [slug, locale('Locale of the page.'), ...pageParams('speakers'), ...pageParams('articles')],
        responses: {
          200: {
            description: '`data` = the institution with `speakers` and `articles`; `meta.speakers.pagination`, `meta.articles.pagination`, `meta.localizations`.',
            content: { 'application/json': { schema: { type: 'object', properties: { data: jsonObject, meta: { type: 'object', properties: { speakers: { type: 'object', properties: { pagination } }, articles: { type: 'object', properties: { pagination } }, localizations } } } } } },
          },
          400: errorResponse('Bad locale, page or slug'),
          404: errorResponse('No published institution with this slug in this locale'),
        },
      },
    },
    '/feeds/{locale}.rss': feed('rss'),
    '/feeds/{locale}.atom': feed('atom'),
  },
};

/**
 * The names no public answer ever carries: every content type's and component's
 * private attributes (schema `private: true`, e.g. contentHash, translatedFrom; admin
 * users' password; config `api.responses.privateAttributes`) and the admin users
 * behind createdBy/updatedBy, which the content API never returns.
 */
export function privateFieldNames(strapi: Core.Strapi): Set<string> {
  const models = [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)];
  return new Set(['createdBy', 'updatedBy', ...models.flatMap((model: any) => contentTypes.getPrivateAttributes(model))]);
}

/** Removes the `hidden` properties from every object schema of the document, however deep. */
function dropProperties(node: any, hidden: Set<string>) {
  if (Array.isArray(node)) return node.forEach((item) => dropProperties(item, hidden));
  if (!node || typeof node !== 'object') return;
  if (node.properties && typeof node.properties === 'object') {
    for (const name of Object.keys(node.properties)) if (hidden.has(name)) delete node.properties[name];
    if (Array.isArray(node.required)) node.required = node.required.filter((name: string) => !hidden.has(name));
  }
  for (const value of Object.values(node)) dropProperties(value, hidden);
}

/**
 * The public document describes what the public may do: read. Write operations (API
 * tokens only) and their `*Request` schemas go, and so do private fields.
 */
export function publicOnly(draft: any, hidden: Set<string>) {
  for (const [path, operations] of Object.entries<any>(draft.paths ?? {})) {
    for (const method of Object.keys(operations)) if (method !== 'get') delete operations[method];
    if (Object.keys(operations).length === 0) delete draft.paths[path];
  }
  for (const name of Object.keys(draft.components?.schemas ?? {})) {
    if (name.endsWith('Request')) delete draft.components.schemas[name];
  }
  dropProperties(draft, hidden);
}

/**
 * Final touches on the generated document: the `fallback` parameter on the stock
 * article list and single read (the override service can only replace whole paths),
 * and no placeholder contact/terms from the plugin's defaults.
 */
export function tidyDocumentation(draft: any) {
  for (const path of ['/articles', '/articles/{id}']) {
    const get = draft.paths?.[path]?.get;
    if (get && !get.parameters?.some((p: any) => p.name === 'fallback')) (get.parameters ??= []).push(fallback);
  }
  if (draft.info) {
    delete draft.info.termsOfService;
    delete draft.info.contact;
  }
}

/** Registers the above with the documentation plugin, when it is enabled. */
export function registerDeliveryDocumentation(strapi: Core.Strapi) {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return;
  documentation.service('override').registerOverride(deliveryOpenApi);
  const config = strapi.config.get('plugin::documentation') as any;
  const userMutate = config?.['x-strapi-config']?.mutateDocumentation;
  if (config?.['x-strapi-config']) {
    config['x-strapi-config'].mutateDocumentation = (draft: any) => {
      tidyDocumentation(draft);
      publicOnly(draft, privateFieldNames(strapi));
      userMutate?.(draft);
    };
  }
}
