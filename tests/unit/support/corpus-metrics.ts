import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import type { PressLocale, PressParseResult, PressSpeaker } from '../../../src/plugins/press-import/server/src/parser';

/**
 * Quote-quality metrics of the parser against the hand-written fixture corpus
 * (tests/fixtures/press/README.md says how the expectations are written) and against the
 * real-text set described by bench/real-manifest.json (see real-manifest.ts). Shared by the
 * corpus test, which asserts thresholds, and bench/parse-quality.ts, which prints them.
 */

export interface ExpectedQuote {
  /** The whole quote (fixtures), or only its first words when `match` is `prefix` (real set). */
  text: string;
  speaker: string | null;
  match?: 'text' | 'prefix';
}

/** What the quote scorer reads: the fixtures' `.expected.json` and the manifest both give it. */
export interface QuoteExpectation {
  locale: PressLocale;
  quotes: ExpectedQuote[];
  speakers: PressSpeaker[];
  /** Fixtures: a reported quote may not equal one. Real set (`notQuoteMatch: 'prefix'`): may not start with one. */
  notQuotes: string[];
  notQuoteMatch?: 'exact' | 'prefix';
  /** Opening words of quotes that neither count nor cost: cut by an excerpt's end, or optional. */
  ignoredQuotes?: string[];
}

export interface CorpusExpectation extends QuoteExpectation {
  encoding: string;
  title: string;
  signature: string | null;
  publishedAt: string | null;
  paragraphCount: number;
  institutions: Array<{ name: string; abbreviations: string[] }>;
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

/** Normalised and without leading dashes or punctuation, for comparing opening words. */
const normalizeOpening = (text: string): string => normalizeQuoteText(text).replace(/^[\s,;:.…–—-]+/u, '');

/** The found quote starts with the expected opening words (after normalisation). */
export function quoteStartsWith(found: string, opening: string): boolean {
  const start = normalizeOpening(opening);
  return start.length > 0 && normalizeOpening(found).startsWith(start);
}

export function quoteMatches(found: string, expected: ExpectedQuote): boolean {
  return expected.match === 'prefix' ? quoteStartsWith(found, expected.text) : quoteTextsMatch(found, expected.text);
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

/** Name, position and institution of one expected quoted speaker, as the parser gave them. */
export interface SpeakerFactMiss {
  name: string;
  field: 'name' | 'position' | 'institution';
  found: string | null;
  expected: string | null;
}

export interface SpeakerFactScore {
  /** Facts compared: three per expected quoted speaker. */
  checked: number;
  right: number;
  misses: SpeakerFactMiss[];
}

const DASHES = /[\u2010-\u2015\u2212-]/g;

/** Name: NFC and collapsed whitespace, compared exactly. */
export const normalizeName = (name: string): string => name.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Position and institution: NFC, one dash, no quote marks, collapsed whitespace, case-insensitive. */
export function normalizeFact(value: string | null): string | null {
  if (value === null) return null;
  return value
    .normalize('NFC')
    .replace(/\u00a0/g, ' ')
    .replace(QUOTE_MARKS, '')
    .replace(DASHES, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Speaker facts of the quoted speakers: the expected speakers that some expected quote is
 * attributed to (by name or alias). Each gives three facts: its name found exactly among the
 * parser's speakers, and that entry's position and institution (null must be null). The entry
 * is looked up by exact name, else by an alias on either side (then the name fact is wrong).
 */
export function scoreSpeakerFacts(found: PressSpeaker[], expected: QuoteExpectation): SpeakerFactScore {
  const quoted = expected.speakers.filter((speaker) =>
    expected.quotes.some((quote) => quote.speaker !== null && speakersAgree(quote.speaker, speaker.name, [], [speaker])),
  );
  const score: SpeakerFactScore = { checked: 0, right: 0, misses: [] };
  for (const wanted of quoted) {
    const exact = found.find((speaker) => normalizeName(speaker.name) === normalizeName(wanted.name));
    const entry =
      exact ??
      found.find(
        (speaker) =>
          speaker.aliases.some((alias) => sameName(alias, wanted.name)) ||
          (wanted.aliases ?? []).some((alias) => sameName(alias, speaker.name)),
      );
    const facts: Array<[SpeakerFactMiss['field'], string | null, string | null, boolean]> = [
      ['name', entry?.name ?? null, wanted.name, exact !== undefined],
      ['position', entry?.position ?? null, wanted.position, entry !== undefined && normalizeFact(entry.position) === normalizeFact(wanted.position)],
      [
        'institution',
        entry?.institution ?? null,
        wanted.institution,
        entry !== undefined && normalizeFact(entry.institution) === normalizeFact(wanted.institution),
      ],
    ];
    for (const [field, got, want, right] of facts) {
      score.checked++;
      if (right) score.right++;
      else score.misses.push({ name: wanted.name, field, found: got, expected: want });
    }
  }
  return score;
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
  /** Reported quotes left out of every count because they start like an `ignoredQuotes` entry. */
  ignored: string[];
  speakerFacts: SpeakerFactScore;
}

/** Matches found quotes to expected ones in reading order, one to one. */
export function scoreFile(result: PressParseResult, expected: QuoteExpectation): FileScore {
  const speakers = result.ok ? result.speakers : [];
  const ignoredStarts = expected.ignoredQuotes ?? [];
  const isIgnored = (text: string): boolean =>
    ignoredStarts.some((start) => quoteStartsWith(text, start)) &&
    !expected.quotes.some((quote) => quoteMatches(text, quote));
  const all = result.ok ? result.quotes : [];
  const quotes = all.filter((quote) => !isIgnored(quote.text));
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
    ignored: all.filter((quote) => isIgnored(quote.text)).map((quote) => quote.text),
    speakerFacts: scoreSpeakerFacts(speakers, expected),
  };
  const notQuotes = new Set(expected.notQuotes.map(normalizeQuoteText));
  const isNotQuote = (text: string): boolean =>
    expected.notQuoteMatch === 'prefix'
      ? expected.notQuotes.some((start) => quoteStartsWith(text, start))
      : notQuotes.has(normalizeQuoteText(text));
  for (const quote of quotes) {
    if (isNotQuote(quote.text)) score.notQuoteViolations.push(quote.text);
    const index = expected.quotes.findIndex((candidate, i) => !used.has(i) && quoteMatches(quote.text, candidate));
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
  speakerFactsChecked: number;
  speakerFactsRight: number;
  precision: number;
  recall: number;
  attribution: number;
  /** Right facts / compared facts (name, position, institution of each quoted speaker). */
  speakerFacts: number;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

/**
 * Totals per group: the locale for the fixtures; for the real set the manifest's language,
 * which also separates `kk-latn` from `kk`. `en`, `ru` and `kk` are always present.
 */
export function summarise(scores: Array<{ locale: string; score: FileScore }>): Record<string, LanguageScore> {
  const empty = (): LanguageScore => ({
    files: 0,
    found: 0,
    expected: 0,
    matched: 0,
    rightSpeaker: 0,
    speakerFactsChecked: 0,
    speakerFactsRight: 0,
    precision: 1,
    recall: 1,
    attribution: 1,
    speakerFacts: 1,
  });
  const byLocale: Record<string, LanguageScore> = { en: empty(), ru: empty(), kk: empty() };
  for (const { locale, score } of scores) {
    const total = (byLocale[locale] ??= empty());
    total.files++;
    total.found += score.found;
    total.expected += score.expected;
    total.matched += score.matched;
    total.rightSpeaker += score.rightSpeaker;
    total.speakerFactsChecked += score.speakerFacts.checked;
    total.speakerFactsRight += score.speakerFacts.right;
  }
  for (const total of Object.values(byLocale)) {
    total.precision = ratio(total.matched, total.found);
    total.recall = ratio(total.matched, total.expected);
    total.attribution = ratio(total.rightSpeaker, total.matched);
    total.speakerFacts = ratio(total.speakerFactsRight, total.speakerFactsChecked);
  }
  return byLocale;
}
