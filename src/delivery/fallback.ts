/**
 * Locale fallback for the front-end sites: `?locale=kk&fallback=ru,en` serves each
 * document in Kazakh, or else in the first of Russian, English that is published.
 */

export const MAX_FALLBACK_LOCALES = 3;

export type FallbackChain = { requested: string; fallback: string[]; chain: string[] };

export class FallbackError extends Error {}

/**
 * Parses the `fallback` query value (comma-separated locale codes) into the chain of
 * locales to try, requested first. Throws a FallbackError with a message meant for the
 * API client on anything but a short list of distinct, known codes.
 */
export function parseFallbackChain(requested: string, raw: unknown, knownLocales: readonly string[]): FallbackChain {
  if (raw === undefined || raw === '') return { requested, fallback: [], chain: [requested] };
  if (typeof raw !== 'string') throw new FallbackError('fallback must be a comma-separated list of locale codes, e.g. fallback=ru,en');
  const codes = raw.split(',').map((code) => code.trim());
  if (codes.some((code) => code === '')) throw new FallbackError('fallback must not contain empty locale codes');
  if (codes.length > MAX_FALLBACK_LOCALES) {
    throw new FallbackError(`fallback accepts at most ${MAX_FALLBACK_LOCALES} locales, got ${codes.length}`);
  }
  const unknown = codes.filter((code) => !knownLocales.includes(code));
  if (unknown.length) {
    throw new FallbackError(`Unknown fallback locale(s) ${unknown.map((c) => `"${c}"`).join(', ')}. Available locales: ${knownLocales.join(', ')}`);
  }
  const chain = [requested, ...codes];
  if (new Set(chain).size !== chain.length) {
    throw new FallbackError('fallback must list distinct locales, different from the requested locale');
  }
  return { requested, fallback: codes, chain };
}

/** The version of a document to serve: the one whose locale comes first in the chain. */
export function pickServedLocale(available: Iterable<string>, chain: readonly string[]): string | null {
  const have = new Set(available);
  return chain.find((locale) => have.has(locale)) ?? null;
}

/**
 * Given the published versions of many documents, the locale each document is served
 * in (documents with no version in the chain are left out).
 */
export function servedLocaleByDocument(
  versions: Iterable<{ documentId: string; locale: string }>,
  chain: readonly string[]
): Map<string, string> {
  const rank = new Map(chain.map((locale, i) => [locale, i]));
  const best = new Map<string, string>();
  for (const { documentId, locale } of versions) {
    const r = rank.get(locale);
    if (r === undefined) continue;
    const current = best.get(documentId);
    if (current === undefined || r < rank.get(current)!) best.set(documentId, locale);
  }
  return best;
}
