/**
 * schema.org `NewsArticle` for an article page, built from the by-slug answer (the
 * article with its cover, quotes and their speakers, speakers and institutions).
 */

type Media = { url?: string | null; width?: number | null; height?: number | null; alternativeText?: string | null } | null | undefined;
type Institution = { documentId?: string; name?: string | null; website?: string | null; abbreviations?: string | null } | null | undefined;
type Speaker = {
  documentId?: string;
  fullName?: string | null;
  honorific?: string | null;
  position?: string | null;
  institution?: Institution;
} | null | undefined;

export type JsonLdArticle = {
  documentId: string;
  title: string;
  lead?: string | null;
  dateline?: string | null;
  sourceLine?: string | null;
  locale: string;
  publishedAt?: string | Date | null;
  updatedAt?: string | Date | null;
  cover?: Media;
  quotes?: Array<{ text?: string | null; speaker?: Speaker } | null> | null;
  speakers?: Speaker[] | null;
  institutions?: Institution[] | null;
};

export type JsonLdOptions = {
  /** Canonical page of the article on the public site. */
  articleUrl: string;
  /** Origin that relative media URLs (local uploads) are served from. */
  mediaOrigin: string;
  /** Used when the article has no source line. */
  organizationName: string;
  organizationUrl: string;
};

/** Google shows at most 110 characters of a headline. */
export const HEADLINE_MAX = 110;

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : undefined);

/**
 * The later of two dates. Strapi copies the draft's updatedAt onto the published row, so
 * a fresh publish has updatedAt < publishedAt; a page is never modified before it was
 * published.
 */
const later = (a: string | Date | null | undefined, b: string | Date | null | undefined) => {
  if (!a) return b ?? undefined;
  if (!b) return a;
  return new Date(a).getTime() >= new Date(b).getTime() ? a : b;
};

/** Drops undefined, null, empty strings and empty arrays, so the output has no noise. */
function compact<T extends Record<string, unknown>>(obj: T): T {
  return Object.fromEntries(
    Object.entries(obj).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
  ) as T;
}

export function absoluteUrl(url: string | null | undefined, origin: string): string | undefined {
  if (!url) return undefined;
  if (/^https?:\/\//i.test(url)) return url;
  return `${origin.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
}

export function headline(title: string): string {
  if (title.length <= HEADLINE_MAX) return title;
  const cut = title.slice(0, HEADLINE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > HEADLINE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const lines = (text: string | null | undefined) =>
  (text ?? '').split('\n').map((s) => s.trim()).filter(Boolean);

export function organization(inst: NonNullable<Institution>) {
  return compact({
    '@type': 'Organization',
    name: inst.name ?? undefined,
    url: inst.website ?? undefined,
    alternateName: lines(inst.abbreviations),
  });
}

export function person(speaker: NonNullable<Speaker>) {
  return compact({
    '@type': 'Person',
    name: speaker.fullName ?? undefined,
    honorificPrefix: speaker.honorific ?? undefined,
    jobTitle: speaker.position ?? undefined,
    affiliation: speaker.institution?.name ? organization(speaker.institution) : undefined,
  });
}

export function newsArticleJsonLd(article: JsonLdArticle, options: JsonLdOptions) {
  const source = compact({
    '@type': 'Organization',
    name: article.sourceLine?.trim() || options.organizationName,
    url: options.organizationUrl,
  });
  const cover = article.cover?.url
    ? compact({
        '@type': 'ImageObject',
        url: absoluteUrl(article.cover.url, options.mediaOrigin),
        width: article.cover.width ?? undefined,
        height: article.cover.height ?? undefined,
        caption: article.cover.alternativeText ?? undefined,
      })
    : undefined;

  // Everyone the article names or quotes, once each.
  const people = new Map<string, ReturnType<typeof person>>();
  const addPerson = (s: Speaker) => {
    if (!s?.fullName) return;
    const key = s.documentId ?? s.fullName;
    if (!people.has(key)) people.set(key, person(s));
  };
  (article.speakers ?? []).forEach(addPerson);
  (article.quotes ?? []).forEach((q) => addPerson(q?.speaker));
  const organizations = (article.institutions ?? []).filter((i) => i?.name).map((i) => organization(i!));

  const quotations = (article.quotes ?? [])
    .filter((q) => q?.text)
    .map((q) => compact({ '@type': 'Quotation', text: q!.text!, creator: q!.speaker?.fullName ? person(q!.speaker) : undefined }));

  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${options.articleUrl}#article`,
    url: options.articleUrl,
    mainEntityOfPage: options.articleUrl,
    headline: headline(article.title),
    name: article.title,
    description: article.lead ?? undefined,
    dateline: article.dateline ?? undefined,
    inLanguage: article.locale,
    datePublished: iso(article.publishedAt),
    dateModified: iso(later(article.updatedAt, article.publishedAt)),
    image: cover ? [cover] : undefined,
    author: [source],
    publisher: source,
    mentions: [...people.values(), ...organizations],
    // The quotes are parts of the article; each names its speaker as creator.
    hasPart: quotations,
  });
}

/**
 * JSON that can be pasted as is into `<script type="application/ld+json">`: `<`, `>`
 * and `&` are written as \u escapes (same value once parsed), so a quote containing
 * `</script>` cannot end the script element.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
