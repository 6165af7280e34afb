/**
 * Word tokens with offsets, and sentence boundaries. Shared by the stages that look at
 * words around a position (quotes, attribution, speakers, institutions).
 */

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const OTHER_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Letters, digits and combining marks. Latin, Cyrillic and Greek ranges are tested by code
 * (the tokenizer is the hottest loop of the parser); anything else falls back to Unicode
 * property classes.
 */
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0x400 && code <= 0x52f) return code < 0x482 || code > 0x489; // Cyrillic letters, not signs
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code === 0xa0 || (code >= 0x2000 && code <= 0x206f) || code === 0xab || code === 0xbb) return false;
  return OTHER_WORD_CHAR.test(String.fromCharCode(code));
}

const isJoiner = (code: number): boolean => code === 45 || code === 39 || code === 0x2019; // - ' ’

/** Letters/digits joined by inner hyphens or apostrophes (`Friberg-Stori`, `Kazakhstan's`, `ҚазҰУ-дың`). */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      break;
    }
    const word = text.slice(start, i);
    tokens.push({ text: word, lower: word.toLowerCase(), start: start + offset, end: i + offset });
  }
  return tokens;
}

/**
 * 1 for an upper-case letter, -1 for a lower-case one, 0 otherwise. Basic Latin and
 * Cyrillic (with the Kazakh letters) are decided from the code; other scripts ask the
 * engine, which is slower but rare in these texts.
 */
export function letterCase(code: number): number {
  if (code >= 65 && code <= 90) return 1;
  if (code >= 97 && code <= 122) return -1;
  if (code >= 0x410 && code <= 0x42f) return 1;
  if (code >= 0x430 && code <= 0x44f) return -1;
  if (code >= 0x400 && code <= 0x40f) return 1;
  if (code >= 0x450 && code <= 0x45f) return -1;
  if ((code >= 0x460 && code <= 0x481) || (code >= 0x48a && code <= 0x4bf) || (code >= 0x4d0 && code <= 0x52f))
    return code % 2 === 0 ? 1 : -1;
  if (code < 0x80) return 0;
  const ch = String.fromCharCode(code);
  const lower = ch.toLowerCase();
  if (lower !== ch) return 1;
  return ch.toUpperCase() !== ch ? -1 : 0;
}

export const isUpperLetter = (ch: string | undefined): boolean => ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
export const isLowerLetter = (ch: string | undefined): boolean => ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();

export function firstLetter(text: string): string | undefined {
  const m = /\p{L}/u.exec(text);
  return m ? m[0] : undefined;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'acad',
  'assoc',
  'г',
  'гг',
  'им',
  'т',
  'др',
  'проф',
  'акад',
  'доц',
  'ул',
  'пр',
  'тел',
  'руб',
  'тыс',
  'млн',
  'млрд',
  'см',
  'стр',
  'д',
  'н',
  'э',
  'ж',
  'жж',
  'б',
  'т.б',
  'т.с.с',
  'ш',
  'мыс',
  'қ',
  'млн',
  'млрд',
  'тг',
]);

const TERMINATOR_CODES = new Set([...'.!?…'].map((ch) => ch.charCodeAt(0)));
const CLOSER_CODES = new Set([...'"»”“’\')›'].map((ch) => ch.charCodeAt(0)));

/** Word immediately before `index` (letters and dots), lower-cased. */
function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && (isWordChar(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 46)) start--;
  return text.slice(start, index).toLowerCase().replace(/^\.+/, '');
}

export function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!TERMINATOR_CODES.has(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < text.length && (TERMINATOR_CODES.has(text.charCodeAt(end)) || CLOSER_CODES.has(text.charCodeAt(end)))) end++;
    if (end >= text.length) break;
    // These three tests give the same answer for every mark of the run up to `end`: skip
    // the run (a line of a million dots is one pass, not a million).
    if (text.charCodeAt(end) !== 32) {
      i = end - 1;
      continue;
    }
    const next = text[end + 1];
    if (next === undefined || !(isUpperLetter(next) || /[\d"«“„\-–—‹]/.test(next))) {
      i = end - 1;
      continue;
    }
    // `«…?» — спросила она`: a dash and a lower-case word continue the same sentence.
    if (/[-–—]/.test(next) && isLowerLetter(text.slice(end + 2, end + 6).trimStart()[0])) {
      i = end - 1;
      continue;
    }
    if (text.charCodeAt(i) === 46) {
      // After another full stop the word ends in `.`, and no abbreviation does.
      const word = text.charCodeAt(i - 1) === 46 ? '' : wordBefore(text, i);
      if (ABBREVIATIONS.has(word)) continue;
      if (i >= 1 && isUpperLetter(text[i - 1]) && (i < 2 || !isWordChar(text.charCodeAt(i - 2)))) continue; // an initial
    }
    ranges.push([start, end]);
    start = end + 1;
    i = end;
  }
  if (start < text.length) ranges.push([start, text.length]);
  return ranges;
}

/**
 * One paragraph with its tokens and sentence ranges, computed once and shared by every
 * stage, so the whole parse stays a few linear passes over the text.
 */
export class TextIndex {
  private tokenCache: Token[] | null = null;
  private sentenceCache: Array<[number, number]> | null = null;

  constructor(readonly text: string) {}

  get tokens(): Token[] {
    this.tokenCache ??= tokenize(this.text);
    return this.tokenCache;
  }

  get sentences(): Array<[number, number]> {
    this.sentenceCache ??= sentenceRanges(this.text);
    return this.sentenceCache;
  }

  /** Index of the first token starting at or after `offset`. */
  firstTokenFrom(offset: number): number {
    const tokens = this.tokens;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Tokens lying entirely within [start, end). */
  tokensBetween(start: number, end: number): Token[] {
    const tokens = this.tokens;
    const from = this.firstTokenFrom(start);
    let to = from;
    while (to < tokens.length && tokens[to].end <= end) to++;
    return tokens.slice(from, to);
  }

  /** The sentence [start, end) around `position`. */
  sentenceAt(position: number): [number, number] {
    const sentences = this.sentences;
    return sentences.length ? sentences[rangeIndexAt(sentences, position)] : [0, this.text.length];
  }
}

/** The first index in [0, length) where the monotone `reached(i)` holds, or `length`. */
export function lowerBound(length: number, reached: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the range that contains `position` (ranges sorted, non-overlapping). */
export function rangeIndexAt(ranges: Array<[number, number]>, position: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (position < ranges[mid][0]) hi = mid - 1;
    else if (position >= ranges[mid][1] + 1) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(ranges.length - 1, lo));
}

/** Levenshtein distance, bounded: returns `limit + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (current[j] < rowMin) rowMin = current[j];
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/**
 * Memoises a pure function of one word. Press texts repeat the same names and words, so
 * this turns repeated dictionary and spelling work into a map look-up; the cache is
 * cleared when it grows large, so memory stays bounded on any input.
 */
export function memoizeWord<T>(compute: (word: string) => T, limit = 20000): (word: string) => T {
  const cache = new Map<string, T>();
  return (word: string): T => {
    const cached = cache.get(word);
    if (cached !== undefined || cache.has(word)) return cached as T;
    if (cache.size >= limit) cache.clear();
    const value = compute(word);
    cache.set(word, value);
    return value;
  };
}

/** A number made of a word's first two characters: a map key that needs no string allocation. */
export const prefixKey = (word: string): number => word.charCodeAt(0) * 0x10000 + (word.length > 1 ? word.charCodeAt(1) : 0);
