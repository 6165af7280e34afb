import type { Feed as FeedClass } from 'feed';
import { articleUrl, newsIndexUrl } from './urls';

/**
 * RSS 2.0 and Atom feeds of the latest articles of one locale, made with the `feed`
 * package. `feed` writes titles and summaries as CDATA marked (in Atom) `type="html"`,
 * so our plain text is HTML-escaped first: a title with `<script>` reaches a reader as
 * the text "<script>", never as markup.
 */

export type FeedArticle = {
  documentId: string;
  locale: string;
  title: string;
  slug: string;
  lead?: string | null;
  sourceLine?: string | null;
  publishedAt: string | Date;
  updatedAt?: string | Date | null;
};

export type FeedOptions = {
  locale: string;
  title: string;
  description: string;
  siteUrl: string;
  /** Absolute URLs of this feed in both formats (rel="self" links). */
  selfUrls: { rss: string; atom: string };
  organizationName: string;
  articles: FeedArticle[];
};

// Characters XML 1.0 does not allow even as references (C0 controls except tab, LF, CR).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export const xmlSafe = (text: string) => text.replace(INVALID_XML, '');

export const escapeHtml = (text: string) =>
  xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** `urn:` ids stay the same when the site moves, unlike links. */
export const articleGuid = (documentId: string, locale: string) => `urn:kaznu-newsroom:article:${documentId}:${locale}`;

/** The newest change among the items, for `Last-Modified` and the feed's `updated`. */
export function lastModified(articles: FeedArticle[]): Date | null {
  let latest: number | null = null;
  for (const a of articles) {
    for (const value of [a.publishedAt, a.updatedAt]) {
      const t = value ? new Date(value).getTime() : NaN;
      if (!Number.isNaN(t) && (latest === null || t > latest)) latest = t;
    }
  }
  return latest === null ? null : new Date(latest);
}

export function buildFeed(Feed: typeof FeedClass, options: FeedOptions): FeedClass {
  const updated = lastModified(options.articles) ?? new Date(0);
  const feed = new Feed({
    id: newsIndexUrl(options.siteUrl, options.locale),
    title: xmlSafe(options.title),
    description: xmlSafe(options.description),
    link: newsIndexUrl(options.siteUrl, options.locale),
    language: options.locale,
    updated,
    copyright: xmlSafe(options.organizationName),
    generator: 'KazNU Newsroom CMS',
    feedLinks: options.selfUrls,
    author: { name: xmlSafe(options.organizationName), link: options.siteUrl },
  });
  for (const a of options.articles) {
    const published = new Date(a.publishedAt);
    feed.addItem({
      id: articleGuid(a.documentId, a.locale),
      guid: articleGuid(a.documentId, a.locale),
      title: escapeHtml(a.title),
      link: articleUrl(options.siteUrl, a.locale, a.slug),
      description: a.lead ? escapeHtml(a.lead) : undefined,
      // Strapi copies the draft's updatedAt onto the published row, which can be older
      // than publishedAt: an entry is never updated before it was published.
      date: a.updatedAt && new Date(a.updatedAt) > published ? new Date(a.updatedAt) : published,
      published,
      author: [{ name: xmlSafe(a.sourceLine?.trim() || options.organizationName) }],
    });
  }
  return feed;
}
