import gazetteer from './data/institutions.json';
import orgWords from './data/organisation-words.json';
import { honorificBefore, isFunctionWord } from './lexicon';
import { letterCase, lowerBound, prefixKey, TextIndex, tokenize, type Token } from './tokens';
import type { PressInstitution, PressLocale } from './types';

/**
 * Organisations named in the body: a gazetteer of well-known names and abbreviations in
 * en/ru/kk (data/institutions.json), `Full Name (ABBR)` pairs learned from the text itself,
 * and organisation-shaped names (`University of Granada`, `Гранада университеті`).
 */

export interface InstitutionMention {
  /** Canonical name in the text's language. */
  name: string;
  paragraph: number;
  start: number;
  end: number;
  /** The abbreviation used at this mention, in its dictionary form. */
  abbreviation: string | null;
}

interface GazetteerEntry {
  id: string;
  names: Record<PressLocale, string[]>;
  abbreviations: Record<PressLocale, string[]>;
}

interface PatternWord {
  text: string;
  /** Match by stem (Cyrillic words inflect) instead of the whole word. */
  stem: boolean;
  /** Abbreviations are case-sensitive (UN ≠ un). */
  caseSensitive: boolean;
}

interface Pattern {
  entry: number;
  words: PatternWord[];
  /** Set for an abbreviation pattern: the form to report. */
  abbreviation: string | null;
}

const ENTRIES = gazetteer.institutions as GazetteerEntry[];
const LOCALES: PressLocale[] = ['en', 'ru', 'kk'];

const isCyrillic = (word: string): boolean => /[\u0400-\u04ff]/.test(word);
const isAllCaps = (word: string): boolean => /\p{Lu}/u.test(word) && word === word.toUpperCase() && /^[\p{L}\d]+$/u.test(word);

/** Stem that tolerates Russian/Kazakh case endings: `Министерство` ~ `Министерства`. */
function wordStem(word: string): string {
  const lower = word.toLowerCase();
  if (!isCyrillic(lower) || lower.length <= 4) return lower;
  return lower.slice(0, Math.max(4, Math.ceil(lower.length * 0.7)));
}

function patternWords(text: string, abbreviation: boolean): PatternWord[] {
  return tokenize(text).map((token) => {
    const caps = isAllCaps(token.text) && token.text.length <= 8;
    const stem = !caps && isCyrillic(token.text);
    return { text: caps ? token.text : stem ? wordStem(token.text) : token.lower, stem, caseSensitive: caps || (abbreviation && caps) };
  });
}

const PATTERNS: Pattern[] = [];
ENTRIES.forEach((entry, index) => {
  for (const locale of LOCALES) {
    for (const name of entry.names[locale]) PATTERNS.push({ entry: index, words: patternWords(name, false), abbreviation: null });
    for (const abbreviation of entry.abbreviations[locale]) {
      PATTERNS.push({ entry: index, words: patternWords(abbreviation, true), abbreviation });
    }
  }
});
const PATTERNS_BY_KEY = new Map<number, Pattern[]>();
for (const pattern of PATTERNS) {
  const key = prefixKey(pattern.words[0].text.toLowerCase());
  const list = PATTERNS_BY_KEY.get(key) ?? [];
  list.push(pattern);
  PATTERNS_BY_KEY.set(key, list);
}

/** `ҚазҰУ-дың` → `ҚазҰУ`, `UN's` → `UN`. */
function withoutSuffix(token: string): string {
  if (!token.includes('-') && !token.includes("'") && !token.includes('’')) return token;
  return token.replace(/['’]s$/u, '').replace(/^(\p{Lu}[\p{L}\d]*\p{Lu})-\p{Ll}+$/u, '$1');
}

function wordMatches(word: PatternWord, token: Token, bare: string): boolean {
  if (word.caseSensitive) return bare === word.text;
  if (word.stem) return token.lower.startsWith(word.text) && token.lower.length <= word.text.length + 7;
  return token.lower === word.text || bare.toLowerCase() === word.text;
}

/** Longest gazetteer pattern starting at `tokens[i]`, allowing only spaces/commas between words. */
function matchAt(text: string, tokens: Token[], bare: string[], i: number): { pattern: Pattern; length: number } | null {
  const candidates = PATTERNS_BY_KEY.get(prefixKey(bare[i] === tokens[i].text ? tokens[i].lower : bare[i].toLowerCase()));
  if (!candidates) return null;
  let best: { pattern: Pattern; length: number } | null = null;
  for (const pattern of candidates) {
    const n = pattern.words.length;
    if (i + n > tokens.length || (best && best.length >= n)) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      ok = wordMatches(pattern.words[k], tokens[i + k], bare[i + k]);
      if (ok && k > 0 && !/^[\s,.]*$/.test(text.slice(tokens[i + k - 1].end, tokens[i + k].start))) ok = false;
    }
    if (ok) best = { pattern, length: n };
  }
  return best;
}

// ---------------------------------------------------------------------------------------
// Names learned from the text.

const FUNCTION_WORDS = new Set(orgWords.functionWords);
const HEADS_EN = new Set(orgWords.headsEn);
const HEAD_STEMS = [...orgWords.headStemsRu, ...orgWords.headStemsKk];
const SUBUNIT_WORDS = new Set(orgWords.subunitsEn);

/** After a head stem only noun endings may follow (`Центра`, not the adjective `Центральной`). */
const NOUN_REST =
  /^(?:[аеиоуыюяьйіғқңөұүә]{0,3}|ом|ам|ах|ями|ами|ов|ев|ей|ой|ия|ии|ию|ией|ың|ің|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен|мен|пен|бен|сы|сі|ы|і)$/u;

/** Head stems by their first two letters: a cheap filter before the real test. */
const HEAD_STEMS_BY_PREFIX = new Map<number, string[]>();
for (const stem of HEAD_STEMS) HEAD_STEMS_BY_PREFIX.set(prefixKey(stem), [...(HEAD_STEMS_BY_PREFIX.get(prefixKey(stem)) ?? []), stem]);
const HEAD_PREFIXES = new Set([...HEADS_EN, ...HEAD_STEMS].map(prefixKey));

function isHeadLower(lower: string): boolean {
  if (lower.charCodeAt(0) < 0x400) return HEADS_EN.has(lower);
  const stems = HEAD_STEMS_BY_PREFIX.get(prefixKey(lower));
  return stems !== undefined && stems.some((stem) => lower.startsWith(stem) && NOUN_REST.test(lower.slice(stem.length)));
}

const isHeadWord = (token: Token): boolean => isHeadLower(token.lower);

/** Kazakh possessive + case ending on the last word: `агенттігінің` → `агенттігі`. */
export function kazakhBaseForm(word: string): string {
  const match = /^(.{3,}?[іы])(?:ның|нің|на|не|нда|нде|нан|нен|мен|н|ға|ге|да|де)$/u.exec(word);
  return match ? match[1] : word;
}

/**
 * Which tokens before `(ABBR)` spell the abbreviation: initials in order, function words
 * skipped, a word may give up to three letters (КазНУ = Каз-ахский Н-ациональный У-ниверситет)
 * and an inner abbreviation gives all of its letters (ПРООН = П-рограмма Р-азвития ООН).
 */
function acronymStart(tokens: Token[], abbreviation: string): number {
  const letters = abbreviation.toLowerCase().replace(/[^\p{L}]/gu, '');
  const solve = (tokenIndex: number, letterEnd: number): number => {
    if (letterEnd === 0) return tokenIndex + 1;
    if (tokenIndex < 0 || tokens.length - tokenIndex > 14) return -1;
    const word = tokens[tokenIndex].lower;
    if (FUNCTION_WORDS.has(word)) return solve(tokenIndex - 1, letterEnd);
    const caps = isAllCaps(tokens[tokenIndex].text) ? word : null;
    if (caps && letters.slice(0, letterEnd).endsWith(caps)) {
      const result = solve(tokenIndex - 1, letterEnd - caps.length);
      if (result !== -1) return result;
    }
    for (let take = Math.min(3, letterEnd); take >= 1; take--) {
      if (word.startsWith(letters.slice(letterEnd - take, letterEnd))) {
        const result = solve(tokenIndex - 1, letterEnd - take);
        if (result !== -1) return result;
      }
    }
    // Hyphenated words give one letter per part (Co-operation).
    return -1;
  };
  return solve(tokens.length - 1, letters.length);
}

/** The word that says what kind of thing a name is (English and Russian: first noun; Kazakh: last word). */
function isOrganisationName(tokens: Token[], locale: PressLocale): boolean {
  if (tokens.length === 0) return false;
  if (/[a-z]/.test(tokens[0].lower)) {
    const beforePreposition = tokens.findIndex((token, i) => i > 0 && FUNCTION_WORDS.has(token.lower));
    const head = tokens[(beforePreposition === -1 ? tokens.length : beforePreposition) - 1];
    return HEADS_EN.has(head.lower.replace(/s$/, '')) || HEADS_EN.has(head.lower);
  }
  if (locale === 'kk' || /[әғқңөұүһі]/.test(tokens[tokens.length - 1].lower)) {
    return isHeadWord({ ...tokens[tokens.length - 1], lower: kazakhBaseForm(tokens[tokens.length - 1].lower) }) || tokens.some(isHeadWord);
  }
  return tokens.some(isHeadWord);
}

interface LearnedName {
  name: string;
  abbreviation: string;
}

const GAZETTEER_ABBREVIATIONS = new Set(ENTRIES.flatMap((entry) => LOCALES.flatMap((locale) => entry.abbreviations[locale])));

const ABBREVIATION_IN_BRACKETS = /\(([\p{Lu}][\p{L}\d&+-]{1,11})\)/gu;

/** A press release spells out a handful of abbreviations; each learned one is searched for in every paragraph. */
const MAX_LEARNED = 50;

function learnAbbreviations(paragraphs: string[], locale: PressLocale): LearnedName[] {
  const learned: LearnedName[] = [];
  const seen = new Set<string>();
  paragraphs.forEach((text) => {
    ABBREVIATION_IN_BRACKETS.lastIndex = 0;
    for (let m = ABBREVIATION_IN_BRACKETS.exec(text); m !== null && learned.length < MAX_LEARNED; m = ABBREVIATION_IN_BRACKETS.exec(text)) {
      const abbreviation = m[1];
      if (seen.has(abbreviation)) continue;
      if ((abbreviation.match(/\p{Lu}/gu) ?? []).length < 2 || GAZETTEER_ABBREVIATIONS.has(abbreviation)) continue;
      const tokens = tokenize(text.slice(Math.max(0, m.index - 200), m.index));
      const start = acronymStart(tokens, abbreviation);
      if (start < 0 || start >= tokens.length) continue;
      const nameTokens = tokens.slice(start);
      if (!isOrganisationName(nameTokens, locale)) continue;
      const base = text.slice(Math.max(0, m.index - 200), m.index);
      let name = base.slice(nameTokens[0].start, nameTokens[nameTokens.length - 1].end).trim();
      if (locale === 'kk') name = name.replace(/\S+$/u, (word) => kazakhBaseForm(word));
      seen.add(abbreviation);
      learned.push({ name, abbreviation });
    }
  });
  return learned;
}

/** Capitalised words taken before the head word of an organisation's name (`Al-Farabi Kazakh National University`). */
const MAX_NAME_WORDS = 8;
const ORG_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'in', 'under', 'on']);
/** `Шымкенттегі` (in Shymkent) describes where, it is not part of the name. */
const LOCATIVE_ADJECTIVE = /(?:дағы|дегі|тағы|тегі|ндағы|ндегі)$/u;
/** Legal forms after a quoted company name: `«…» АҚ`, `ТОО "…"`. */
const QUOTED_COMPANY =
  /[«"“]([^«»"“”]{2,80})[»"”]\s+(?:АҚ|ЖШС|ЖАҚ|АО|ТОО|ОАО|ЗАО|ПАО|ООО|JSC|LLP|LLC|Ltd)(?![\p{L}])|(?:компани[яиюей]\w*|company|компаниясы)\s+[«"“]?((?:\p{Lu}[\p{L}\d.-]*\s?){1,3})[»"”]?/gu;

/**
 * Organisation-shaped capitalised phrases without a gazetteer entry: `University of Granada`,
 * `Technical University of Munich`, `Университет Гранады`, `Гранада университеті`.
 */
function findShapedNames(text: string, tokens: Token[], locale: PressLocale): Array<{ name: string; start: number; end: number }> {
  const found: Array<{ name: string; start: number; end: number }> = [];
  const capital = (token: Token | undefined): boolean => token !== undefined && letterCase(token.text.charCodeAt(0)) === 1;
  /** Two words of one name: a single space between them. */
  const joined = (a: Token, b: Token): boolean => b.start - a.end === 1 && text.charCodeAt(a.end) === 32;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!HEAD_PREFIXES.has(prefixKey(token.lower))) continue;
    if (!(isHeadWord(token) || isHeadLower(kazakhBaseForm(token.lower))) || SUBUNIT_WORDS.has(token.lower)) continue;
    if (/[a-z]/.test(token.lower)) {
      if (!capital(token)) continue;
      let start = i;
      while (
        start > 0 &&
        start > i - MAX_NAME_WORDS &&
        capital(tokens[start - 1]) &&
        joined(tokens[start - 1], tokens[start]) &&
        tokens[start - 1].lower !== 'the'
      )
        start--;
      let end = i;
      while (end + 2 < tokens.length && ORG_CONNECTORS.has(tokens[end + 1].lower) && joined(tokens[end], tokens[end + 1])) {
        let next = end + 2;
        // `… of Edinburgh and the Technical University …` starts a second name.
        if (tokens[end + 1].lower === 'and' && tokens[next].lower === 'the') break;
        if (tokens[next].lower === 'the' && next + 1 < tokens.length) next++;
        if (!capital(tokens[next]) || !joined(tokens[next - 1], tokens[next])) break;
        end = next;
        while (
          end + 1 < tokens.length &&
          capital(tokens[end + 1]) &&
          joined(tokens[end], tokens[end + 1]) &&
          !honorificBefore(tokens[end + 1].text)
        )
          end++;
      }
      if (end === i && start === i) continue;
      found.push({ name: text.slice(tokens[start].start, tokens[end].end), start: tokens[start].start, end: tokens[end].end });
      i = end;
    } else if (locale === 'kk' || /[әғқңөұүһі]/.test(token.lower)) {
      // Kazakh is head-final: `Мюнхен техникалық университеті(нің)`. The head carries the
      // possessive (-і/-ы); plural heads name groups, not one organisation.
      const base = kazakhBaseForm(token.lower);
      if (!/[іы]$/u.test(base) || /(?:лар|лер|дар|дер|тар|тер)/u.test(base.slice(-6))) continue;
      let start = i;
      while (start > 0 && start > i - 4 && joined(tokens[start - 1], tokens[start])) {
        const word = tokens[start - 1];
        const adjective = /(?:лық|лік|дық|дік|тық|тік)$/u.test(word.lower);
        if (LOCATIVE_ADJECTIVE.test(word.lower) || isFunctionWord(word.lower) || !(capital(word) || adjective)) break;
        start--;
      }
      while (start < i && !capital(tokens[start])) start++;
      if (start === i) continue;
      const name = `${text.slice(tokens[start].start, token.start)}${kazakhBaseForm(token.text)}`;
      found.push({ name, start: tokens[start].start, end: token.end });
    } else if (capital(token)) {
      // Russian: `Университет Гранады` — the head word, then a capitalised genitive.
      const next = tokens[i + 1];
      if (!capital(next) || !joined(token, next)) continue;
      const head = token.text.replace(/(?:а|у|ом|е)$/u, '');
      found.push({ name: `${head} ${next.text}`, start: token.start, end: next.end });
      i++;
    }
  }
  QUOTED_COMPANY.lastIndex = 0;
  for (let m = QUOTED_COMPANY.exec(text); m !== null; m = QUOTED_COMPANY.exec(text)) {
    const name = (m[1] ?? m[2] ?? '').trim();
    if (name) found.push({ name, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

// ---------------------------------------------------------------------------------------

/** Pseudo paragraph numbers for mentions in the headline and the signature. */
const TITLE = -2;
const SIGNATURE = -1;

export interface InstitutionScan {
  institutions: PressInstitution[];
  mentions: InstitutionMention[];
  /** The publishing organisation: the one in the signature, else the university named most. */
  host: string | null;
}

function hostOf(all: InstitutionMention[]): string | null {
  const signed = all.find((mention) => mention.paragraph === SIGNATURE);
  if (signed) return signed.name;
  const counts = new Map<string, number>();
  for (const mention of all) if (/universit|университет/i.test(mention.name)) counts.set(mention.name, (counts.get(mention.name) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** All organisations named in the body paragraphs, one entry each, in order of first mention. */
export function findInstitutions(input: Array<string | TextIndex>, locale: PressLocale, title = '', signature = ''): InstitutionScan {
  const indexes = input.map((item) => (typeof item === 'string' ? new TextIndex(item) : item));
  const paragraphs = indexes.map((index) => index.text);
  const byName = new Map<string, PressInstitution>();
  const mentions: InstitutionMention[] = [];
  const note = (name: string, abbreviation: string | null, paragraph: number, start: number, end: number): void => {
    const entry = byName.get(name) ?? { name, abbreviations: [] };
    byName.set(name, entry);
    if (abbreviation && !entry.abbreviations.includes(abbreviation)) entry.abbreviations.push(abbreviation);
    mentions.push({ name, paragraph, start, end, abbreviation });
  };

  const learned = learnAbbreviations(paragraphs, locale);
  const learnedByAbbreviation = new Map(learned.map((item) => [item.abbreviation, item.name]));

  // The headline and the signature count too (`… meets KazNU students`, `ҚазҰУ баспасөз
  // қызметі`); only body mentions are returned, for attribution.
  [new TextIndex(title), new TextIndex(signature), ...indexes].forEach((textIndex, index) => {
    const paragraph = index === 0 ? TITLE : index === 1 ? SIGNATURE : index - 2;
    const { text, tokens } = textIndex;
    const bare = tokens.map((token) => withoutSuffix(token.text));
    const covered: Array<[number, number]> = [];
    for (let i = 0; i < tokens.length; i++) {
      const match = matchAt(text, tokens, bare, i);
      if (match) {
        const entry = ENTRIES[match.pattern.entry];
        const end = tokens[i + match.length - 1].end;
        note(entry.names[locale][0], match.pattern.abbreviation, paragraph, tokens[i].start, end);
        covered.push([tokens[i].start, end]);
        i += match.length - 1;
        continue;
      }
      const learnedName = learnedByAbbreviation.get(bare[i]);
      if (learnedName) {
        note(learnedName, bare[i], paragraph, tokens[i].start, tokens[i].end);
        covered.push([tokens[i].start, tokens[i].end]);
      }
    }
    const isCovered = (start: number, end: number): boolean => covered.some(([s, e]) => start < e && end > s);
    for (const item of learned) {
      const at = text.indexOf(item.name);
      if (at !== -1 && !isCovered(at, at + item.name.length)) {
        note(item.name, null, paragraph, at, at + item.name.length);
        covered.push([at, at + item.name.length]);
      }
    }
    // The covered ranges as a sorted union: a binary search per shaped name.
    const union: Array<[number, number]> = [];
    for (const [start, end] of covered.filter(([s, e]) => s < e).sort((a, b) => a[0] - b[0])) {
      const last = union[union.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else union.push([start, end]);
    }
    const isInUnion = (start: number, end: number): boolean => {
      const k = lowerBound(union.length, (i) => union[i][0] >= end) - 1;
      return k >= 0 && union[k][1] > start;
    };
    for (const shaped of findShapedNames(text, tokens, locale)) {
      if (isInUnion(shaped.start, shaped.end)) continue;
      note(shaped.name, null, paragraph, shaped.start, shaped.end);
    }
  });
  mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { institutions: [...byName.values()], mentions: mentions.filter((mention) => mention.paragraph >= 0), host: hostOf(mentions) };
}
