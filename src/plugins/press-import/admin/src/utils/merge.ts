import type { MergeEntry, MergeType } from '../types';

/** The entry's name to show first: English, else its first locale's. */
export const entryName = (entry: MergeEntry) => entry.names.en ?? Object.values(entry.names)[0] ?? entry.documentId;

/** Its names in the other locales, as "kk: …". */
export const otherNames = (entry: MergeEntry) =>
  Object.entries(entry.names)
    .filter(([, name]) => name !== entryName(entry))
    .map(([locale, name]) => `${locale}: ${name}`);

/** All documents linked to the entry, whatever the relation. */
export const linkTotal = (entry: MergeEntry) => Object.values(entry.links).reduce((sum, n) => sum + n, 0);

/** The entry an editor most likely keeps: the most linked, then published in most locales, then the oldest listed. */
export const likelyKeep = (entries: MergeEntry[]) =>
  [...entries].sort((a, b) => linkTotal(b) - linkTotal(a) || b.published.length - a.published.length || b.locales.length - a.locales.length)[0];

/** The relations shown for each type, in order. */
export const LINK_COLUMNS: Record<MergeType, string[]> = {
  speaker: ['quotes', 'articles'],
  institution: ['speakers', 'articles', 'children'],
};
