import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import type { PressLocale, PressParseResult, PressSpeaker } from '../../../src/plugins/press-import/server/src/parser';

/**
 * Quote-quality metrics of the parser against the hand-written fixture corpus
 * (tests/fixtures/press/README.md says how the expectations are written). Shared by the
 * corpus test, which asserts thresholds, and bench/parse-quality.ts, which prints them.
 */

export interface ExpectedQuote {
  text: string;
  speaker: string | null;
}

export interface CorpusExpectation {
  locale: PressLocale;
  encoding: string;
  title: string;
  signature: string | null;
  publishedAt: string | null;
  paragraphCount: number;
  quotes: ExpectedQuote[];
  speakers: PressSpeaker[];
  institutions: Array<{ name: string; abbreviations: string[] }>;
  notQuotes: string[];
  warnings: string[];
}

export interface CorpusFile {
  name: string;
  file: string;
  bytes: Buffer;
  expected: CorpusExpectation;
}

export function loadCorpus(directory: string): CorpusFile[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const file = path.join(directory, name);
      const expected = JSON.parse(readFileSync(file.replace(/\.txt$/, '.expected.json'), 'utf8')) as CorpusExpectation;
      return { name, file, bytes: readFileSync(file), expected };
    });
}

const QUOTE_MARKS = /["“”„«»‹›‘’‚]/g;

/** The fixture README's normalisation: NFC, NBSP → space, no quote marks, collapsed spaces, no trailing `, ; : – — -`. */
export function normalizeQuoteText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00a0/g, ' ')
    .replace(QUOTE_MARKS, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,;:–—-]+$/u, '')
    .toLowerCase();
}

/** Same text, or one contains the other and covers at least 80% of it. */
export function quoteTextsMatch(found: string, expected: string): boolean {
  const a = normalizeQuoteText(found);
  const b = normalizeQuoteText(expected);
  if (a === b) return true;
  if (!(a.includes(b) || b.includes(a))) return false;
  return Math.min(a.length, b.length) / Math.max(a.length, b.length) >= 0.8;
}

const sameName = (a: string, b: string): boolean => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();

/** Right speaker: both null, or the same person by canonical name or an alias on either side. */
export function speakersAgree(
  found: string | null,
  expected: string | null,
  foundSpeakers: PressSpeaker[],
  expectedSpeakers: PressSpeaker[],
): boolean {
  if (found === null || expected === null) return found === expected;
  if (sameName(found, expected)) return true;
  const foundEntry = foundSpeakers.find((speaker) => sameName(speaker.name, found));
  if (foundEntry?.aliases.some((alias) => sameName(alias, expected))) return true;
  const expectedEntry = expectedSpeakers.find((speaker) => sameName(speaker.name, expected));
  return expectedEntry?.aliases.some((alias) => sameName(alias, found)) ?? false;
}

export interface FileScore {
  found: number;
  expected: number;
  matched: number;
  rightSpeaker: number;
  /** Reported quotes equal to a `notQuotes` entry. */
  notQuoteViolations: string[];
  unmatchedFound: string[];
  unmatchedExpected: string[];
  wrongSpeaker: Array<{ text: string; found: string | null; expected: string | null }>;
}

/** Matches found quotes to expected ones in reading order, one to one. */
export function scoreFile(result: PressParseResult, expected: CorpusExpectation): FileScore {
  const quotes = result.ok ? result.quotes : [];
  const speakers = result.ok ? result.speakers : [];
  const used = new Set<number>();
  const score: FileScore = {
    found: quotes.length,
    expected: expected.quotes.length,
    matched: 0,
    rightSpeaker: 0,
    notQuoteViolations: [],
    unmatchedFound: [],
    unmatchedExpected: [],
    wrongSpeaker: [],
  };
  const notQuotes = new Set(expected.notQuotes.map(normalizeQuoteText));
  for (const quote of quotes) {
    if (notQuotes.has(normalizeQuoteText(quote.text))) score.notQuoteViolations.push(quote.text);
    const index = expected.quotes.findIndex((candidate, i) => !used.has(i) && quoteTextsMatch(quote.text, candidate.text));
    if (index === -1) {
      score.unmatchedFound.push(quote.text);
      continue;
    }
    used.add(index);
    score.matched++;
    const wanted = expected.quotes[index].speaker;
    if (speakersAgree(quote.speaker, wanted, speakers, expected.speakers)) score.rightSpeaker++;
    else score.wrongSpeaker.push({ text: quote.text, found: quote.speaker, expected: wanted });
  }
  expected.quotes.forEach((quote, i) => {
    if (!used.has(i)) score.unmatchedExpected.push(quote.text);
  });
  return score;
}

export interface LanguageScore {
  files: number;
  found: number;
  expected: number;
  matched: number;
  rightSpeaker: number;
  precision: number;
  recall: number;
  attribution: number;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export function summarise(scores: Array<{ locale: PressLocale; score: FileScore }>): Record<PressLocale, LanguageScore> {
  const empty = (): LanguageScore => ({
    files: 0,
    found: 0,
    expected: 0,
    matched: 0,
    rightSpeaker: 0,
    precision: 1,
    recall: 1,
    attribution: 1,
  });
  const byLocale: Record<PressLocale, LanguageScore> = { en: empty(), ru: empty(), kk: empty() };
  for (const { locale, score } of scores) {
    const total = byLocale[locale];
    total.files++;
    total.found += score.found;
    total.expected += score.expected;
    total.matched += score.matched;
    total.rightSpeaker += score.rightSpeaker;
  }
  for (const total of Object.values(byLocale)) {
    total.precision = ratio(total.matched, total.found);
    total.recall = ratio(total.matched, total.expected);
    total.attribution = ratio(total.rightSpeaker, total.matched);
  }
  return byLocale;
}
