import type { Core } from '@strapi/strapi';
import { CMS_LOCALES, PERMISSIONS, UIDS } from '../constants';

/** The signed-in admin of a request: the Content Manager's ability and the user. */
export type Caller = { userAbility: unknown; user: { id: number; email?: string | null } };

/** What importing one file writes, known from its parse before anything is written. */
export type ImportPlan = {
  fileName: string;
  locale: string;
  /** Content types the file creates entries (or locale versions) of. */
  creates: string[];
  publish: boolean;
  /** The article the file becomes a locale version of. */
  translationOf?: string;
  /** Existing speakers the editor's corrections link (quotes given to them, detected speakers pointed at them). */
  readsSpeakers?: string[];
};

/** Why an import is refused: the message and the missing Content Manager permission. */
export type Refusal = { message: string; details: { action: string; subject: string; locale?: string; fileName?: string; documentId?: string } };

/** A query-engine `where`, or `false` when the caller may read no entry at all. */
export type ReadScope = Record<string, unknown> | false;

export const CM = {
  read: 'plugin::content-manager.explorer.read',
  create: 'plugin::content-manager.explorer.create',
  update: 'plugin::content-manager.explorer.update',
  delete: 'plugin::content-manager.explorer.delete',
  publish: 'plugin::content-manager.explorer.publish',
};

/** One version of a document as the permission check needs it. */
type VersionRef = { locale: string; createdBy?: { id: number } | null };

const LABELS: Record<string, string> = {
  [UIDS.article]: 'articles',
  [UIDS.quote]: 'quotes',
  [UIDS.speaker]: 'speakers',
  [UIDS.institution]: 'institutions',
};

/**
 * What the signed-in admin may do with newsroom content, asked of the Content Manager's
 * own permission checker (the admin RBAC engine): its conditions (Author = only the
 * entries they created) and the i18n `locales` of each permission apply exactly as in
 * the Content Manager. The importer's own permissions (read, import) only open its
 * routes: they never let a role read or write content its Content Manager rights hide.
 */
export const createAccess = ({ strapi }: { strapi: Core.Strapi }) => {
  const checker = (userAbility: unknown, model: string) =>
    strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model });

  /** The Content Manager's read conditions of the caller on `uid`, as a `where`. */
  async function readScope(userAbility: unknown, uid: string = UIDS.article): Promise<ReadScope> {
    const check = checker(userAbility, uid);
    if (check.cannot.read()) return false;
    const { filters } = await check.sanitizedQuery.read({});
    return filters ?? {};
  }

  /**
   * The match decisions of a preview or an import, with the identity of every matched
   * speaker or institution the caller may not read in the Content Manager taken out:
   * they still learn that the name matches an existing entry (the import links it,
   * with no duplicate), not its documentId or how it is spelt there.
   */
  async function redactMatches<D extends { decision: string; documentId?: string; matchedName?: string }>(
    userAbility: unknown,
    uid: string,
    decisions: D[] | undefined,
  ): Promise<D[] | undefined> {
    const ids = (decisions ?? []).flatMap((d) => (d.documentId ? [d.documentId] : []));
    if (!decisions || ids.length === 0) return decisions;
    const scope = await readScope(userAbility, uid);
    const rows = scope === false
      ? []
      : ((await strapi.db.query(uid as any).findMany({ select: ['documentId'], where: { $and: [{ documentId: { $in: ids } }, scope] } })) as Array<{ documentId: string }>);
    const readable = new Set(rows.map((r) => r.documentId));
    return decisions.map((d) => {
      if (!d.documentId || readable.has(d.documentId)) return d;
      // What the CMS has of an entry the caller may not read: its id, name and (import results) details.
      const { documentId: _id, matchedName: _name, position: _position, institution: _institution, ...rest } = d as D & { position?: unknown; institution?: unknown };
      return rest as D;
    });
  }

  /** Both kinds of match decisions of one preview or import result. */
  async function redactResult<R extends { speakers?: any[]; institutions?: any[] }>(userAbility: unknown, result: R): Promise<R> {
    return {
      ...result,
      speakers: await redactMatches(userAbility, UIDS.speaker, result.speakers),
      institutions: await redactMatches(userAbility, UIDS.institution, result.institutions),
    };
  }

  /** documentIds of the articles the caller may read, per locale (from their draft rows). */
  async function readableArticles(userAbility: unknown): Promise<Map<string, string[]>> {
    const scope = await readScope(userAbility);
    const byLocale = new Map<string, string[]>();
    if (scope === false) return byLocale;
    const rows = (await strapi.db
      .query(UIDS.article as any)
      .findMany({ select: ['documentId', 'locale'], where: { $and: [{ publishedAt: null }, scope] } })) as Array<{ documentId: string; locale: string }>;
    for (const { documentId, locale } of rows) byLocale.set(locale, [...(byLocale.get(locale) ?? []), documentId]);
    return byLocale;
  }

  /** May read anyone's articles in every locale (an Editor): then every import record is theirs to see. */
  function readsEveryArticle(userAbility: unknown) {
    const check = checker(userAbility, UIDS.article);
    return CMS_LOCALES.every((locale) => check.can.read({ locale, createdBy: { id: -1, roles: [] } }));
  }

  const refusal = (message: string, details: Refusal['details']): Refusal => ({ message, details });

  return {
    readScope,
    redactResult,

    /**
     * Null when the caller may merge `merge` into `keep`, else why not. As in the
     * Content Manager, with its conditions (an Author: only entries they created) and
     * locales: update every version of the kept entry (its aliases or abbreviations
     * included), create it in the locales it gets from the merged entry, and delete
     * every version of the merged entry.
     */
    mergeRefusal(caller: Caller, uid: string, keep: { documentId: string; versions: VersionRef[] }, merge: { documentId: string; versions: VersionRef[] }): Refusal | null {
      const check = checker(caller.userAbility, uid);
      const label = uid === UIDS.institution ? 'institution' : 'speaker';
      // Press import's "Merge duplicates" permission stands for deleting the merged entry.
      const mayMergeAny = Boolean((caller.userAbility as any)?.can?.(PERMISSIONS.merge));
      const listField = uid === UIDS.institution ? 'abbreviations' : 'aliases';
      // A fresh object per check: CASL tags an object with the first subject type it is checked as.
      const entity = (v: VersionRef) => ({ locale: v.locale, createdBy: v.createdBy ? { id: v.createdBy.id } : null });
      for (const v of keep.versions) {
        if (check.cannot.update(entity(v)) || check.cannot.update(entity(v), listField)) {
          return refusal(`You may not update the ${label} ${keep.documentId} (locale "${v.locale}") that would be kept`, {
            action: CM.update, subject: uid, locale: v.locale, documentId: keep.documentId,
          });
        }
      }
      const creator = keep.versions[0]?.createdBy ?? null;
      const keptLocales = new Set(keep.versions.map((v) => v.locale));
      for (const v of merge.versions) {
        if (!keptLocales.has(v.locale) && (check.cannot.create(entity({ locale: v.locale, createdBy: creator })) || check.cannot.update(entity({ locale: v.locale, createdBy: creator })))) {
          return refusal(`You may not add the locale "${v.locale}" to the ${label} ${keep.documentId} that would be kept`, {
            action: CM.create, subject: uid, locale: v.locale, documentId: keep.documentId,
          });
        }
        if (!mayMergeAny && check.cannot.delete(entity(v))) {
          return refusal(`You may not delete the ${label} ${merge.documentId} (locale "${v.locale}") that would be merged`, {
            action: CM.delete, subject: uid, locale: v.locale, documentId: merge.documentId,
          });
        }
      }
      return null;
    },

    /**
     * Which import records the caller sees: all of them when they may read every article;
     * else those whose article version (the record's article in the record's locale) they
     * may read in the Content Manager, and those they imported themselves (their own
     * failed files included). Null means no restriction.
     */
    async historyScope(caller: Caller): Promise<Record<string, unknown> | null> {
      if (readsEveryArticle(caller.userAbility)) return null;
      const readable = await readableArticles(caller.userAbility);
      const own = caller.user.email ? [{ importedBy: caller.user.email }] : [];
      const byArticle = [...readable.entries()].map(([locale, ids]) => ({ locale, articleDocumentId: { $in: ids } }));
      // An empty $or matches nothing in Strapi's query engine: this id never exists.
      return { $or: [...own, ...byArticle, { id: -1 }] };
    },

    /**
     * Null when the caller may import these files, else why not (the controller answers
     * 403 and writes nothing). The caller must, in the Content Manager,
     * create every kind of entry each file writes in that file's locale, publish the
     * article when the import publishes, and read the article a file translates. The
     * entries are created with the caller as their creator, so an Author's "only their
     * own entries" conditions are checked against that.
     */
    async importRefusal(caller: Caller, plans: ImportPlan[]): Promise<Refusal | null> {
      const { userAbility, user } = caller;
      const articles = checker(userAbility, UIDS.article);
      if (articles.cannot.create()) {
        return refusal('Importing needs the Content Manager permission to create articles', { action: CM.create, subject: UIDS.article });
      }
      for (const plan of plans) {
        // A fresh object per check: CASL tags an object with the first subject type it is checked as.
        const entity = () => ({ locale: plan.locale, createdBy: { id: user.id } });
        for (const uid of plan.creates) {
          if (checker(userAbility, uid).cannot.create(entity())) {
            return refusal(`You may not create ${LABELS[uid] ?? uid} in the locale "${plan.locale}" (file "${plan.fileName}")`, {
              action: CM.create,
              subject: uid,
              locale: plan.locale,
              fileName: plan.fileName,
            });
          }
        }
        if (plan.publish && articles.cannot.publish(entity())) {
          return refusal(`You may not publish articles in the locale "${plan.locale}" (file "${plan.fileName}"): import it as a draft`, {
            action: CM.publish,
            subject: UIDS.article,
            locale: plan.locale,
            fileName: plan.fileName,
          });
        }
        if (plan.translationOf) {
          const scope = await readScope(userAbility);
          const readable =
            scope !== false &&
            (await strapi.db.query(UIDS.article as any).count({ where: { $and: [{ documentId: plan.translationOf }, scope] } })) > 0;
          if (!readable) {
            return refusal(`You may not read the article ${plan.translationOf} that "${plan.fileName}" translates`, {
              action: CM.read,
              subject: UIDS.article,
              documentId: plan.translationOf,
              fileName: plan.fileName,
            });
          }
        }
        if (plan.readsSpeakers?.length) {
          // A speaker the corrections link must be one the caller may read in the Content Manager.
          const scope = await readScope(userAbility, UIDS.speaker);
          const rows = scope === false
            ? []
            : ((await strapi.db.query(UIDS.speaker as any).findMany({ select: ['documentId'], where: { $and: [{ documentId: { $in: plan.readsSpeakers } }, scope] } })) as Array<{ documentId: string }>);
          const readable = new Set(rows.map((r) => r.documentId));
          const hidden = plan.readsSpeakers.find((id) => !readable.has(id));
          if (hidden) {
            return refusal(`You may not read the speaker ${hidden} that the corrections of "${plan.fileName}" name`, {
              action: CM.read,
              subject: UIDS.speaker,
              documentId: hidden,
              fileName: plan.fileName,
            });
          }
        }
      }
      return null;
    },
  };
};

export type Access = ReturnType<typeof createAccess>;
