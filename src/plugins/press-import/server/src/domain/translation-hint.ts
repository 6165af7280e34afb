import type { PressParseSuccess } from '../parser/types';

export type OriginalCandidate = {
  documentId: string;
  locale: string;
  title: string;
  eventDate?: string | null;
  lead?: string | null;
  speakers?: Array<{ documentId: string }>;
};

export type OriginalSuggestion = { documentId: string; locale: string; title: string; score: number; reasons: string[] };

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
  candidates: OriginalCandidate[]
): OriginalSuggestion | null {
  const fileNumbers = numbersIn([parse.title, ...parse.paragraphs].join(' '));
  const locales = new Map<string, Set<string>>();
  for (const c of candidates) locales.set(c.documentId, new Set([...(locales.get(c.documentId) ?? []), c.locale]));

  let best: OriginalSuggestion | null = null;
  for (const c of candidates) {
    if (locales.get(c.documentId)?.has(locale)) continue; // already has this translation
    const reasons: string[] = [];
    let score = 0;
    const shared = (c.speakers ?? []).filter((s) => speakerIds.includes(s.documentId)).length;
    if (shared > 0 && shared >= Math.min(2, speakerIds.length)) {
      score += 1;
      reasons.push(`${shared} speaker(s) in common`);
    }
    if (parse.publishedAt && c.eventDate && parse.publishedAt === c.eventDate) {
      score += 1;
      reasons.push('same date');
    }
    const theirNumbers = numbersIn(`${c.title} ${c.lead ?? ''}`);
    const common = [...theirNumbers].filter((n) => fileNumbers.has(n));
    if (common.length > 0 && common.length >= Math.min(2, theirNumbers.size)) {
      score += 1;
      reasons.push(`numbers in common: ${common.slice(0, 5).join(', ')}`);
    }
    if (score >= 2 && (!best || score > best.score)) {
      best = { documentId: c.documentId, locale: c.locale, title: c.title, score, reasons };
    }
  }
  return best;
}
