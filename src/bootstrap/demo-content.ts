import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { CMS_LOCALES, DEFAULT_LOCALE } from '../lib/newsroom-types';

type Localized<T = string> = Partial<Record<string, T>>;

export type DemoContent = {
  institutions: Array<{
    key: string;
    kind: string;
    country?: string;
    website?: string;
    abbreviations: string[];
    name: Localized;
  }>;
  speakers: Array<{
    key: string;
    institution?: string;
    aliases: string[];
    honorific?: Localized;
    fullName: Localized;
    position?: Localized;
  }>;
  article: {
    key: string;
    institutions: string[];
    speakers: string[];
    dateline?: Localized;
    locales: Localized<{ title: string; paragraphs: string[]; sourceLine: string }>;
    quotes: Array<{ speaker: string; text: Localized }>;
  };
};

export const demoContentFile = (strapi: Core.Strapi) =>
  path.join(strapi.dirs.app.root, 'database', 'seed', 'demo-content.json');

const LOCALES = CMS_LOCALES.map((l) => l.code);

/** Strapi blocks for plain paragraphs. */
export const paragraphsToBlocks = (paragraphs: string[]) =>
  paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

/**
 * Loads the demo press release (database/seed/) on an empty database: the article in
 * en, kk and ru, published, with its quotes, speakers and institutions. A database that
 * already has an article is left alone, so a second start adds nothing.
 */
export async function loadDemoContent(strapi: Core.Strapi, file = demoContentFile(strapi)) {
  if ((await strapi.db.query('api::article.article').count()) > 0) return null;
  if (!fs.existsSync(file)) {
    strapi.log.warn(`[newsroom] demo content not found at ${file}`);
    return null;
  }
  const demo: DemoContent = JSON.parse(fs.readFileSync(file, 'utf8'));
  const docs = (uid: string) => strapi.documents(uid as any) as any;

  /** Creates the default-locale version, then the other locales of the same document. */
  async function createLocalized(uid: string, dataFor: (locale: string) => Record<string, unknown> | null) {
    const base = await docs(uid).create({ locale: DEFAULT_LOCALE, data: dataFor(DEFAULT_LOCALE) });
    for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
      const data = dataFor(locale);
      if (data) await docs(uid).update({ documentId: base.documentId, locale, data });
    }
    return base.documentId as string;
  }

  return strapi.db.transaction(async () => {
    const institutionIds = new Map<string, string>();
    for (const inst of demo.institutions) {
      const id = await createLocalized('api::institution.institution', (locale) => ({
        name: inst.name[locale] ?? inst.name[DEFAULT_LOCALE],
        ...(locale === DEFAULT_LOCALE && {
          abbreviations: inst.abbreviations.join('\n'),
          kind: inst.kind,
          country: inst.country,
          website: inst.website,
        }),
      }));
      institutionIds.set(inst.key, id);
    }

    const speakerIds = new Map<string, string>();
    for (const sp of demo.speakers) {
      const id = await createLocalized('api::speaker.speaker', (locale) => ({
        fullName: sp.fullName[locale] ?? sp.fullName[DEFAULT_LOCALE],
        honorific: sp.honorific?.[locale],
        position: sp.position?.[locale],
        institution: sp.institution ? institutionIds.get(sp.institution) : undefined,
        ...(locale === DEFAULT_LOCALE && { aliases: sp.aliases.join('\n') }),
      }));
      speakerIds.set(sp.key, id);
    }

    const { article } = demo;
    const articleId = await createLocalized('api::article.article', (locale) => {
      const version = article.locales[locale];
      if (!version) return null;
      return {
        title: version.title,
        lead: version.paragraphs[0],
        body: paragraphsToBlocks(version.paragraphs),
        sourceLine: version.sourceLine,
        dateline: article.dateline?.[locale],
        seo: { metaTitle: version.title.slice(0, 70), metaDescription: version.paragraphs[0].slice(0, 170) },
        speakers: article.speakers.map((k) => speakerIds.get(k)),
        institutions: article.institutions.map((k) => institutionIds.get(k)),
      };
    });

    for (const [order, quote] of article.quotes.entries()) {
      await createLocalized('api::quote.quote', (locale) =>
        quote.text[locale]
          ? {
              text: quote.text[locale],
              order,
              speaker: speakerIds.get(quote.speaker),
              article: articleId,
            }
          : null
      );
    }

    // Publishing the article publishes its quotes, speakers and institutions (cascade).
    for (const locale of LOCALES.filter((l) => article.locales[l])) {
      await docs('api::article.article').publish({ documentId: articleId, locale });
    }
    strapi.log.info(`[newsroom] demo article loaded (${articleId}) in ${LOCALES.join(', ')}`);
    return { articleId };
  });
}
