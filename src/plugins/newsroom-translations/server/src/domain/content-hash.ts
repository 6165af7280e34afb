import { createHash } from 'crypto';

/**
 * The fingerprint of what a translator translates in one locale version of an article.
 *
 * Only the localized words count: title, lead, body, dateline, sourceLine and the SEO
 * texts. Shared facts (eventDate, cover), the slug (derived from the title) and
 * relations are left out, so editing them never makes a translation outdated.
 */
export const HASHED_FIELDS = ['title', 'lead', 'body', 'dateline', 'sourceLine', 'seo'] as const;

export type HashableVersion = Partial<Record<(typeof HASHED_FIELDS)[number], unknown>>;

/**
 * The value with empty parts dropped: null, undefined, blank strings, and objects or
 * arrays left with nothing in them. A field cleared in the form then hashes like a
 * field never filled, and an SEO component with two empty texts like no component.
 */
function prune(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    // Positions matter in a list (paragraph order), so empty items stay as null.
    const items = value.map((item) => prune(item) ?? null);
    return items.every((item) => item === null) ? undefined : items;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([key, v]) => [key, prune(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}

/**
 * JSON with object keys sorted at every level: PostgreSQL's jsonb reorders keys, so the
 * same body must serialise the same whatever the database gave back.
 */
export function canonicalJson(value: unknown): string {
  const pruned = prune(value);
  const write = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(write).join(',')}]`;
    if (v && typeof v === 'object') {
      const keys = Object.keys(v as object).sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${write((v as Record<string, unknown>)[k])}`).join(',')}}`;
    }
    return JSON.stringify(v ?? null);
  };
  return write(pruned);
}

/** The SEO component without its row id (a new component row is made on every save). */
const seoTexts = (seo: unknown) =>
  seo && typeof seo === 'object'
    ? { metaTitle: (seo as any).metaTitle, metaDescription: (seo as any).metaDescription }
    : undefined;

/** sha256 (hex) of the localized text fields of one locale version. */
export function contentHash(version: HashableVersion): string {
  const texts = {
    title: version.title,
    lead: version.lead,
    body: version.body,
    dateline: version.dateline,
    sourceLine: version.sourceLine,
    seo: seoTexts(version.seo),
  };
  return createHash('sha256').update(canonicalJson(texts)).digest('hex');
}
