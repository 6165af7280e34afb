/** Public-site URLs of content, built from PUBLIC_SITE_URL (config/delivery.ts). */

const trimSlash = (url: string) => url.replace(/\/+$/, '');

export function articleUrl(siteUrl: string, locale: string, slug: string): string {
  return `${trimSlash(siteUrl)}/${encodeURIComponent(locale)}/news/${encodeURIComponent(slug)}`;
}

export function newsIndexUrl(siteUrl: string, locale: string): string {
  return `${trimSlash(siteUrl)}/${encodeURIComponent(locale)}/news`;
}
