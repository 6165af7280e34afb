import type { Core } from '@strapi/strapi';

/**
 * Two Content Manager writes that stock Strapi checks against the entry it WRITES, not
 * the one it READS (found by the third attacker run, issue 11):
 * - `clone` (and `auto-clone`) of another user's entry: the caller only needed `create`,
 *   so an Author copied anyone's draft, text and all, into an entry of their own;
 * - `update` of a locale the document does not have yet (how the admin adds a language
 *   version): the caller only needed `create` in that locale, so an Author added a
 *   version to someone else's article and the answer carried every other version in
 *   full (`localizations`), drafts included.
 * Both now also need that the caller may READ at least one existing version of the
 * document (with the role's conditions and locales, as the Content Manager checks a
 * read); otherwise 403 and nothing is written. A translator who reads the English
 * version still adds the Kazakh one.
 *
 * A create may not name its `documentId` (that added a version to anyone's document and
 * overwrote its shared fields: fourth attacker run).
 *
 * And a create or update may only link entries the caller may read: stock Strapi checks
 * a relation's targets exist, so an Author linked their quote into another user's draft
 * article (it would go live when that article is published) and then saw the others'
 * documentIds and status through the relation lists.
 */
export function guardContentManagerWrites(strapi: Core.Strapi) {
  const checkerOf = (ctx: any, model: string) =>
    strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ctx.state.userAbility, model });
  const versionsOf = (model: string, documentId: string): Promise<any[]> =>
    strapi.db.query(model as any).findMany({ where: { documentId }, populate: ['createdBy'] } as any);

  /** false: the caller may read none of the document's versions; null: no such document. */
  async function mayReadSome(ctx: any, model: string, documentId: string): Promise<boolean | null> {
    if (typeof documentId !== 'string' || !strapi.getModel(model as any)) return null;
    const versions = await versionsOf(model, documentId);
    if (versions.length === 0) return null;
    const checker = checkerOf(ctx, model);
    return versions.some((version) => checker.can.read(version));
  }

  /** documentIds (or row ids) a relation value of the Content Manager's body links. */
  const linkedIn = (value: unknown): Array<{ documentId?: string; id?: number }> => {
    if (value == null) return [];
    if (typeof value === 'string') return [{ documentId: value }];
    if (typeof value === 'number') return [{ id: value }];
    if (Array.isArray(value)) return value.flatMap(linkedIn);
    if (typeof value === 'object') {
      const v = value as Record<string, unknown>;
      if ('connect' in v || 'set' in v) return [...linkedIn(v.connect), ...linkedIn(v.set)];
      if (typeof v.documentId === 'string') return [{ documentId: v.documentId }];
      if (typeof v.id === 'number') return [{ id: v.id }];
    }
    return [];
  };

  /** The first relation target in `body` the caller may not read, or null. */
  async function unreadableLink(ctx: any, model: string, body: unknown): Promise<{ field: string; target: string } | null> {
    if (!body || typeof body !== 'object') return null;
    const attributes = strapi.getModel(model as any)?.attributes ?? {};
    for (const [field, value] of Object.entries(body as Record<string, unknown>)) {
      const attribute = attributes[field] as any;
      if (attribute?.type !== 'relation' || !attribute.target?.startsWith('api::')) continue;
      for (const link of linkedIn(value)) {
        let documentId = link.documentId;
        if (!documentId && link.id !== undefined) {
          documentId = (await strapi.db.query(attribute.target).findOne({ where: { id: link.id }, select: ['documentId'] } as any))?.documentId;
        }
        if (documentId && (await mayReadSome(ctx, attribute.target, documentId)) === false) return { field, target: attribute.target };
      }
    }
    return null;
  }

  const refuseLink = (ctx: any, link: { field: string; target: string }) =>
    ctx.forbidden(`You may not link "${link.field}" to an entry you cannot read`, { field: link.field, subject: link.target });

  strapi.get('controllers').extend('plugin::content-manager.collection-types', (controller: any) => {
    const guardedClone = (name: 'clone' | 'autoClone') => async (ctx: any) => {
      const { model, sourceId } = ctx.params;
      if ((await mayReadSome(ctx, model, sourceId)) === false) return ctx.forbidden('You may not copy an entry you cannot read');
      return controller[name](ctx);
    };
    return Object.assign(Object.create(controller), {
      clone: guardedClone('clone'),
      autoClone: guardedClone('autoClone'),
      async create(ctx: any) {
        // A `documentId` in the body made the create a new language version of THAT
        // document, past the read check of the update below, and its shared fields were
        // copied over every other version (fourth attacker run). The admin never sends one:
        // it adds a language version with an update of the document.
        if (ctx.request.body && typeof ctx.request.body === 'object' && 'documentId' in ctx.request.body) {
          return ctx.badRequest('documentId cannot be chosen when creating an entry; to add a language version, edit the entry in that language');
        }
        const link = await unreadableLink(ctx, ctx.params.model, ctx.request.body);
        if (link) return refuseLink(ctx, link);
        return controller.create(ctx);
      },
      async update(ctx: any) {
        const { model, id } = ctx.params;
        const link = await unreadableLink(ctx, model, ctx.request.body);
        if (link) return refuseLink(ctx, link);
        const locale = ctx.request.body?.locale ?? ctx.query?.locale;
        if (typeof locale === 'string' && strapi.getModel(model as any)?.pluginOptions?.i18n?.localized) {
          const versions = await versionsOf(model, id);
          const adding = versions.length > 0 && !versions.some((v) => v.locale === locale);
          if (adding && (await mayReadSome(ctx, model, id)) === false) {
            return ctx.forbidden('You may not add a language version to an entry you cannot read');
          }
        }
        return controller.update(ctx);
      },
    });
  });
}
