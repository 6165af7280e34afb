/**
 * Text clean-up that makes later stages simpler: one kind of line ending, one kind of
 * space, no invisible characters, and words in a single script.
 */

export interface NormalizedText {
  text: string;
  /** How many words had Latin/Cyrillic look-alike letters replaced. */
  homoglyphWords: number;
}

/** Spaces that editors paste in from the web or Word: NBSP, thin, figure, ideographic… */
const EXOTIC_SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Characters that are invisible and only break word matching. */
// Also stray C0/C1 control characters and the bidirectional controls (marks,
// embeddings, overrides, isolates): invisible in a press text, and an override can make
// a title display differently from what it says.
const INVISIBLES = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n');
}

export function normalizeSpaces(text: string): string {
  return text.replace(INVISIBLES, '').replace(EXOTIC_SPACES, ' ');
}

/** Trims every line, collapses runs of spaces and drops blank lines at the start and end. */
export function tidyLines(text: string): string {
  const lines = text.split('\n').map((line) => line.replace(/ {2,}/g, ' ').trim());
  let start = 0;
  while (start < lines.length && lines[start] === '') start++;
  let end = lines.length;
  while (end > start && lines[end - 1] === '') end--;
  return lines.slice(start, end).join('\n');
}

// ---------------------------------------------------------------------------
// Homoglyphs: a Cyrillic "с" typed inside a Latin word (or the reverse) breaks name
// matching and language statistics. Each map holds only letters that look identical.

const LATIN_TO_CYRILLIC: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
  I: 'І',
  h: 'һ',
};
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries([
  ...Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
  ['Һ', 'H'],
  ['ј', 'j'],
  ['ѕ', 's'],
  ['Ј', 'J'],
  ['Ѕ', 'S'],
  ['Ү', 'Y'],
]);

const MIXED_SCRIPT_HINT = /[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]/;
const WORD = /[A-Za-z\u0400-\u04ff]+/g;
const isCyrillic = (ch: string): boolean => ch >= '\u0400' && ch <= '\u04ff';

/**
 * Rewrites one word into the script of its unambiguous letters. Words that genuinely mix
 * scripts (both sides have letters without a look-alike) are left as they are.
 */
export function repairWordScript(word: string): string {
  let latinOnly = 0;
  let cyrillicOnly = 0;
  let latinAll = 0;
  let cyrillicAll = 0;
  for (const ch of word) {
    if (isCyrillic(ch)) {
      cyrillicAll++;
      if (!(ch in CYRILLIC_TO_LATIN)) cyrillicOnly++;
    } else {
      latinAll++;
      if (!(ch in LATIN_TO_CYRILLIC)) latinOnly++;
    }
  }
  if (latinAll === 0 || cyrillicAll === 0) return word;
  let target: 'latin' | 'cyrillic' | null = null;
  if (latinOnly > 0 && cyrillicOnly === 0) target = 'latin';
  else if (cyrillicOnly > 0 && latinOnly === 0) target = 'cyrillic';
  else if (latinOnly === 0 && cyrillicOnly === 0 && latinAll !== cyrillicAll) target = latinAll > cyrillicAll ? 'latin' : 'cyrillic';
  if (target === null) return word;
  const map = target === 'latin' ? CYRILLIC_TO_LATIN : LATIN_TO_CYRILLIC;
  let out = '';
  for (const ch of word) out += map[ch] ?? ch;
  return out;
}

export function repairHomoglyphs(text: string): { text: string; repairedWords: number } {
  if (!MIXED_SCRIPT_HINT.test(text)) return { text, repairedWords: 0 };
  let repairedWords = 0;
  const repaired = text.replace(WORD, (word) => {
    if (!MIXED_SCRIPT_HINT.test(word)) return word;
    const fixed = repairWordScript(word);
    if (fixed !== word) repairedWords++;
    return fixed;
  });
  return { text: repaired, repairedWords };
}

export function normalizeText(raw: string): NormalizedText {
  const spaced = tidyLines(normalizeSpaces(normalizeLineEndings(raw)));
  const { text, repairedWords } = repairHomoglyphs(spaced);
  return { text, homoglyphWords: repairedWords };
}
