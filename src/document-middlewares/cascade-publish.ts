import type { Core } from '@strapi/strapi';

const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';
const SPEAKER = 'api::speaker.speaker';
const INSTITUTION = 'api::institution.institution';

type Ref = { documentId: string };

/**
 * Publishing rules of the newsroom, per locale:
 * - publishing an article publishes its quotes, and every linked speaker or
 *   institution that has never been published in that locale (so a published article
 *   never shows a quote without its speaker); entries that are already published keep
 *   their published version: pending edits to a speaker are not pushed live by an
 *   article;
 * - unpublishing an article unpublishes its quotes.
 * Related entries are published before the article so that its published version links
 * to their published versions. Everything runs in one transaction.
 */
export const createCascadePublisher = ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = (uid: string) => strapi.documents(uid as any) as any;

  async function isPublished(uid: string, documentId: string, locale: string) {
    const count = await strapi.db
      .query(uid as any)
      .count({ where: { documentId, locale, publishedAt: { $notNull: true } } });
    return count > 0;
  }

  async function publishIfNeverPublished(uid: string, ref: Ref | null | undefined, locale: string) {
    if (!ref?.documentId) return;
    if (await isPublished(uid, ref.documentId, locale)) return;
    // Only a version that exists in this locale can be published.
    const draft = await docs(uid).findOne({ documentId: ref.documentId, locale, status: 'draft', fields: ['id'] });
    if (draft) await docs(uid).publish({ documentId: ref.documentId, locale });
  }

  async function publishRelated(documentId: string, locale: string) {
    const article = await docs(ARTICLE).findOne({
      documentId,
      locale,
      status: 'draft',
      fields: ['id'],
      populate: {
        quotes: { fields: ['id'], populate: { speaker: { fields: ['id'], populate: { institution: { fields: ['id'] } } } } },
        speakers: { fields: ['id'], populate: { institution: { fields: ['id'] } } },
        institutions: { fields: ['id'] },
      },
    });
    if (!article) return;
    const speakers = [...(article.speakers ?? []), ...(article.quotes ?? []).map((q: any) => q.speaker)].filter(Boolean);
    const institutions = [...(article.institutions ?? []), ...speakers.map((s: any) => s.institution)].filter(Boolean);
    for (const institution of institutions) await publishIfNeverPublished(INSTITUTION, institution, locale);
    for (const speaker of speakers) await publishIfNeverPublished(SPEAKER, speaker, locale);
    for (const quote of article.quotes ?? []) await docs(QUOTE).publish({ documentId: quote.documentId, locale });
  }

  async function unpublishQuotes(documentId: string, locale: string) {
    const article = await docs(ARTICLE).findOne({
      documentId,
      locale,
      status: 'draft',
      fields: ['id'],
      populate: { quotes: { fields: ['id'] } },
    });
    for (const quote of article?.quotes ?? []) {
      if (await isPublished(QUOTE, quote.documentId, locale)) {
        await docs(QUOTE).unpublish({ documentId: quote.documentId, locale });
      }
    }
  }

  async function localesOf(documentId: string, locale: unknown): Promise<string[]> {
    if (typeof locale === 'string' && locale !== '*') return [locale];
    if (Array.isArray(locale)) return locale;
    if (locale === '*') {
      const rows = await strapi.db.query(ARTICLE).findMany({ select: ['locale'], where: { documentId } });
      return [...new Set(rows.map((r: any) => r.locale as string))];
    }
    return [await strapi.plugin('i18n').service('locales').getDefaultLocale()];
  }

  return { publishRelated, unpublishQuotes, localesOf };
};

/**
 * REST POST/PUT (and create/update with `status: 'published'`) publish inside Strapi's
 * repository, past the Document Service middlewares: save the draft, then go through
 * `publish` so the same publishing rules (this cascade, link ownership) apply.
 */
export function saveDraftThenPublish(strapi: Core.Strapi, ctx: any, next: () => Promise<any>) {
  const { uid, params } = ctx;
  return strapi.db.transaction(async () => {
    ctx.params = { ...params, status: 'draft' };
    const draft = await next();
    const documentId = draft?.documentId ?? params.documentId;
    if (!documentId) return draft;
    const locale = draft?.locale ?? params.locale;
    const published = await strapi.documents(uid).publish({ documentId, locale } as any);
    return (published as any)?.entries?.[0] ?? draft;
  });
}

export const cascadePublishMiddleware =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (ctx: any, next: () => Promise<any>) => {
    if (ctx.uid !== ARTICLE) return next();
    const cascade = createCascadePublisher({ strapi });
    const { action, params } = ctx;

    if (action === 'publish') {
      return strapi.db.transaction(async () => {
        for (const locale of await cascade.localesOf(params.documentId, params.locale)) {
          await cascade.publishRelated(params.documentId, locale);
        }
        return next();
      });
    }

    if (action === 'unpublish') {
      return strapi.db.transaction(async () => {
        const result = await next();
        for (const locale of await cascade.localesOf(params.documentId, params.locale)) {
          await cascade.unpublishQuotes(params.documentId, locale);
        }
        return result;
      });
    }

    if ((action === 'create' || action === 'update') && params?.status === 'published') {
      return saveDraftThenPublish(strapi, ctx, next);
    }

    return next();
  };

/** The relations of each type that publishing it publishes too (see createCascadePublisher). */
export const CASCADE_PUBLISHED: Record<string, readonly string[]> = {
  [ARTICLE]: ['quotes', 'speakers', 'institutions'],
};

const NO_DRAFT_RELATIONS = { unpublishedRelations: 0, draftM2mLinks: 0 };

/**
 * The Content Manager asks, before publishing, how many related entries are drafts and
 * warns that those relations "will not be included". The cascade publishes an article's
 * quotes, speakers and institutions with it, so for an article only the relations the
 * cascade does not publish would be left out. It publishes all of an article's relations
 * today: the count is 0. A relation added to the article later and not covered by the
 * cascade gets Strapi's count back (over-warning rather than a silent loss).
 */
export function cascadeAwareDraftCounts(strapi: Core.Strapi) {
  const coversAllRelations = (uid: string) => {
    const covered = CASCADE_PUBLISHED[uid];
    if (!covered) return false;
    const model = strapi.getModel(uid as any);
    const relationOf = (attribute: any): boolean =>
      attribute.type === 'relation' ||
      (attribute.type === 'component' && Object.values(strapi.getModel(attribute.component)?.attributes ?? {}).some(relationOf)) ||
      attribute.type === 'dynamiczone';
    return Object.entries(model.attributes).every(
      ([name, attribute]: [string, any]) =>
        covered.includes(name) || !relationOf(attribute) || ['createdBy', 'updatedBy', 'localizations'].includes(name),
    );
  };
  strapi.get('services').extend('plugin::content-manager.document-manager', (manager: any) =>
    Object.assign(Object.create(manager), {
      countDraftRelations(id: string, uid: string, locale?: string) {
        return coversAllRelations(uid) ? Promise.resolve({ ...NO_DRAFT_RELATIONS }) : manager.countDraftRelations(id, uid, locale);
      },
      countManyEntriesDraftRelations(documentIds: string[], uid: string, locale?: string) {
        return coversAllRelations(uid) ? Promise.resolve(0) : manager.countManyEntriesDraftRelations(documentIds, uid, locale);
      },
    }),
  );
}
