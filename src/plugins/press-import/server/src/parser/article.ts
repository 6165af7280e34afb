import { attributeQuotes } from './attribution';
import { findInstitutions } from './institutions';
import { extractQuotes, type QuoteCandidate } from './quotes';
import { findPeople, toSpeakers } from './speakers';
import type { ArticleStructure } from './structure';
import { lowerBound, TextIndex } from './tokens';
import type { PressInstitution, PressLocale, PressQuote, PressSpeaker, PressWarning } from './types';

/**
 * The content analysis of one article: quotes, who said them, the people and the
 * organisations named. Pure: structure in, contract fields out.
 */

export interface ArticleAnalysis {
  quotes: PressQuote[];
  speakers: PressSpeaker[];
  institutions: PressInstitution[];
  warnings: PressWarning[];
  /** Quoted titles and names that were not taken as speech (for previews and debugging). */
  titles: string[];
}

/** Is a position inside one of the quotes? Names there are the speaker's words, not the narrator's. */
function insideQuotes(quotes: QuoteCandidate[]): (paragraph: number, position: number) => boolean {
  const byParagraph = new Map<number, Array<[number, number]>>();
  for (const quote of quotes) {
    for (let p = quote.paragraph; p <= quote.endParagraph; p++) {
      const start = p === quote.paragraph ? quote.start : 0;
      const end = p === quote.endParagraph ? quote.end : Number.MAX_SAFE_INTEGER;
      const list = byParagraph.get(p) ?? [];
      list.push([start, end]);
      byParagraph.set(p, list);
    }
  }
  // Each paragraph's ranges as a sorted union of disjoint ranges: a binary search per look-up.
  const merged = new Map<number, Array<[number, number]>>();
  for (const [paragraph, list] of byParagraph) {
    const union: Array<[number, number]> = [];
    for (const [start, end] of list.filter(([s, e]) => s < e).sort((a, b) => a[0] - b[0])) {
      const last = union[union.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else union.push([start, end]);
    }
    merged.set(paragraph, union);
  }
  return (paragraph, position) => {
    const union = merged.get(paragraph);
    if (!union) return false;
    const k = lowerBound(union.length, (i) => union[i][0] > position) - 1;
    return k >= 0 && position < union[k][1];
  };
}

const round = (value: number): number => Math.round(value * 100) / 100;

export function analyseArticle(
  structure: ArticleStructure,
  locale: PressLocale,
  indexes: TextIndex[] = structure.paragraphs.map((text) => new TextIndex(text)),
): ArticleAnalysis {
  const { quotes: candidates, titles } = extractQuotes(indexes);
  const institutions = findInstitutions(indexes, locale, structure.title, structure.signature ?? '');
  const scan = findPeople(indexes, locale, insideQuotes(candidates), institutions.mentions, institutions.host, structure.title);
  const attributions = attributeQuotes(candidates, indexes, scan);

  const warnings: PressWarning[] = [];
  const quotes: PressQuote[] = candidates.map((candidate, i) => {
    const { person, confidence } = attributions[i];
    if (candidate.unbalanced) {
      warnings.push({
        code: 'UNBALANCED_QUOTE',
        message: 'A quotation mark is never closed; the quote was cut at the end of its paragraph.',
        paragraph: candidate.paragraph,
      });
    }
    if (person === null && !candidate.question) {
      warnings.push({
        code: 'UNATTRIBUTED_QUOTE',
        message: `Nobody could be named with confidence as the speaker of "${candidate.text.slice(0, 60)}".`,
        paragraph: candidate.paragraph,
      });
    }
    return {
      text: candidate.text,
      speaker: person === null ? null : scan.people[person].name,
      paragraph: candidate.paragraph,
      confidence: round(person === null ? (candidate.question ? 0.5 : 0) : confidence),
    };
  });
  const quoted = new Set(attributions.map((attribution) => attribution.person).filter((person): person is number => person !== null));
  return {
    quotes,
    speakers: toSpeakers(scan.people, quoted),
    institutions: institutions.institutions,
    warnings,
    titles: titles.map((title) => title.text),
  };
}
