import type { Core } from '@strapi/strapi';
import { UIDS } from '../constants';
import { nameForLocale } from '../domain/transliterate';
import { createNewsroomRepository, splitLines, type NewsroomRepository } from '../repositories/newsroom';
import { findKnownOrganisation } from '../domain/gazetteer';

/**
 * Makes the entries an article links exist in another locale. Strapi 5 drops a
 * relation whose target has no version in the article's locale, so before a kk or ru
 * version of an article links a speaker or institution known only in English, that
 * locale version is created here: a speaker's name transliterated
 * (Karabulov → Карабулов), its position copied; an institution's name copied (names of
 * organisations are translated, not transliterated). Versions made here carry
 * `needsReview: true` for the translators. Used by the importer and the translators'
 * workspace.
 */
export const createLocalizer = ({ strapi, repo = createNewsroomRepository({ strapi }) }: { strapi: Core.Strapi; repo?: NewsroomRepository }) => {
  /** Makes sure `documentId` has a version in `locale`; returns true when it created one. */
  /**
   * Adds the `locale` version of a speaker or institution when it has none. With
   * `spelledInText` (the name comes from a text written in that language), a version this
   * importer made automatically (transliterated, still marked for review) takes the
   * text's spelling: "Каират" made from "Kairat" becomes "Қайрат" when a Kazakh release
   * spells it so. A version an editor reviewed is left as it is.
   */
  async function ensureLocaleVersion(
    uid: string,
    documentId: string,
    locale: string,
    data: Record<string, unknown>,
    /** `existing`: the draft in `locale` (its needsReview and name) when the caller has read it already, null when there is none. */
    { spelledInText = false, existing: known }: { spelledInText?: boolean; existing?: Record<string, unknown> | null } = {}
  ) {
    const nameField = uid === UIDS.institution ? 'name' : 'fullName';
    const existing = known !== undefined ? known : await repo.findDraft(uid, documentId, locale, { fields: ['id', 'needsReview', nameField] });
    if (existing) {
      const spelling = data[nameField];
      if (!spelledInText || existing.needsReview !== true || typeof spelling !== 'string' || existing[nameField] === spelling) return false;
      await repo.upsertLocale(uid, documentId, locale, { [nameField]: spelling });
      return true;
    }
    await repo.upsertLocale(uid, documentId, locale, { ...data, needsReview: true });
    return true;
  }

  async function ensureInstitutions(institutionIds: string[], locale: string) {
    for (const documentId of institutionIds) {
      const source = await repo.findAnyVersion(UIDS.institution, documentId);
      if (!source) continue;
      // A well-known organisation has its name in every language; others are copied
      // for the translator.
      const known = findKnownOrganisation({ name: source.name, abbreviations: splitLines(source.abbreviations) });
      await ensureLocaleVersion(UIDS.institution, documentId, locale, { name: known?.names[locale]?.[0] ?? source.name });
    }
  }

  async function ensureSpeakers(speakerIds: string[], locale: string) {
    for (const documentId of speakerIds) {
      const source = await repo.findAnyVersion(UIDS.speaker, documentId);
      if (!source) continue;
      await ensureLocaleVersion(UIDS.speaker, documentId, locale, {
        fullName: nameForLocale(source.fullName, locale),
        position: source.position,
      });
    }
  }

  /** Speakers (of the article and of its quotes) and institutions in `locale`. */
  async function ensureLinksInLocale(speakerIds: string[], institutionIds: string[], locale: string) {
    await ensureInstitutions(institutionIds, locale);
    await ensureSpeakers(speakerIds, locale);
  }

  return { ensureLocaleVersion, ensureLinksInLocale };
};

export type Localizer = ReturnType<typeof createLocalizer>;
