import type { PressParseSuccess } from '../parser/types';

export type OriginalCandidate = {
  documentId: string;
  locale: string;
  title: string;
  eventDate?: string | null;
  lead?: string | null;
  speakers?: Array<{ documentId: string }>;
};

/** Why an article is suggested: speakers in common, the same date, numbers in common. */
export type SuggestionEvidence = { speakers: number; sameDate: boolean; numbers: string[] };

export type OriginalSuggestion = {
  documentId: string;
  locale: string;
  title: string;
  score: number;
  /** The evidence in English words (API clients); the admin words `evidence` in its own language. */
  reasons: string[];
  evidence: SuggestionEvidence;
};

/** An article that already has a version in the file's language and that the file otherwise matches. */
export type ExistingVersion = { documentId: string; locale: string; title: string; evidence: SuggestionEvidence };

export const reasonsOf = (evidence: SuggestionEvidence) => [
  ...(evidence.speakers > 0 ? [`${evidence.speakers} speaker${evidence.speakers === 1 ? '' : 's'} in common`] : []),
  ...(evidence.sameDate ? ['same date'] : []),
  ...(evidence.numbers.length > 0 ? [`numbers in common: ${evidence.numbers.join(', ')}`] : []),
];

/** Numbers that survive translation: years, counts, percentages ("186", "2010", "30"). */
export const numbersIn = (text: string) => new Set(text.match(/\d+(?:[.,]\d+)?/g) ?? []);

/**
 * The article in another locale that this file most likely translates: it shares the
 * date, the (matched) speakers and the numbers. Returns null unless two of the three
 * agree, so a routine mention of the same rector does not make every release a
 * "translation".
 */
export function suggestOriginal(
  parse: PressParseSuccess,
  locale: string,
  speakerIds: string[],
  candidates: OriginalCandidate[],
  /** Every language each candidate has a version in (a version without these speakers too). */
  versions: Map<string, Set<string>> = new Map()
): OriginalSuggestion | null {
  const fileNumbers = numbersIn([parse.title, ...parse.paragraphs].join(' '));
  const locales = localesOf(candidates, versions);

  let best: OriginalSuggestion | null = null;
  for (const c of candidates) {
    if (locales.get(c.documentId)?.has(locale)) continue; // already has this translation
    const { score, evidence } = scoreCandidate(parse, speakerIds, fileNumbers, c);
    if (score >= 2 && (!best || score > best.score)) {
      best = { documentId: c.documentId, locale: c.locale, title: c.title, score, reasons: reasonsOf(evidence), evidence };
    }
  }
  return best;
}

function scoreCandidate(parse: PressParseSuccess, speakerIds: string[], fileNumbers: Set<string>, c: OriginalCandidate) {
  let score = 0;
  const shared = new Set((c.speakers ?? []).map((s) => s.documentId).filter((id) => speakerIds.includes(id))).size;
  const evidence: SuggestionEvidence = { speakers: 0, sameDate: false, numbers: [] };
  if (shared > 0 && shared >= Math.min(2, speakerIds.length)) {
    score += 1;
    evidence.speakers = shared;
  }
  if (parse.publishedAt && c.eventDate && parse.publishedAt === c.eventDate) {
    score += 1;
    evidence.sameDate = true;
  }
  const theirNumbers = numbersIn(`${c.title} ${c.lead ?? ''}`);
  const common = [...theirNumbers].filter((n) => fileNumbers.has(n));
  if (common.length > 0 && common.length >= Math.min(2, theirNumbers.size)) {
    score += 1;
    evidence.numbers = common.slice(0, 5);
  }
  return { score, evidence };
}

/**
 * The article that already has a version in `locale` and that the file matches as
 * `suggestOriginal` would (two of the three agree): importing the file would make a
 * second, separate article of the same news (a translator may have started that version).
 */
export function findExistingVersion(
  parse: PressParseSuccess,
  locale: string,
  speakerIds: string[],
  candidates: OriginalCandidate[],
  versions: Map<string, Set<string>> = new Map()
): ExistingVersion | null {
  const fileNumbers = numbersIn([parse.title, ...parse.paragraphs].join(' '));
  const locales = localesOf(candidates, versions);
  let best: (ExistingVersion & { score: number }) | null = null;
  for (const c of candidates) {
    if (!locales.get(c.documentId)?.has(locale)) continue;
    const { score, evidence } = scoreCandidate(parse, speakerIds, fileNumbers, c);
    // The title of the version compared (the one the caller may read), to name the article.
    if (score >= 2 && (!best || score > best.score)) best = { documentId: c.documentId, locale, title: c.title, evidence, score };
  }
  if (!best) return null;
  const { score: _score, ...existing } = best;
  return existing;
}

function localesOf(candidates: OriginalCandidate[], versions: Map<string, Set<string>>) {
  const locales = new Map<string, Set<string>>();
  for (const c of candidates) {
    locales.set(c.documentId, new Set([...(locales.get(c.documentId) ?? []), ...(versions.get(c.documentId) ?? []), c.locale]));
  }
  return locales;
}
