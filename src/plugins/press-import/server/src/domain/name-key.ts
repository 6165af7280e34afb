import { cyrillicToLatin } from './transliterate';

/**
 * A spelling-insensitive key of one word of a name, the same for "Friberg-Stori" and
 * "Friberg-Story", "Abdrakhmanov" and "Abdrahmanov", "Tuimebayev" and "Түймебаев".
 * Gendered endings survive (Ivanov ≠ Ivanova), so different people stay apart.
 */
export function wordKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    if (keyCache.size > 50_000) keyCache.clear(); // bounded: a long import run meets many names
    key = computeWordKey(word);
    keyCache.set(word, key);
  }
  return key;
}

// Matching compares every found name with every known one, file after file: the same
// words come back again and again.
const keyCache = new Map<string, string>();

function computeWordKey(word: string): string {
  return cyrillicToLatin(word)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h')
    // "Michaela" is "Микаэла": ch and c as k on both sides (Чернов → chernov → kernov).
    .replace(/ch/g, 'k')
    .replace(/c/g, 'k')
    .replace(/ye/g, 'e')
    .replace(/yo/g, 'e')
    .replace(/[yj]/g, 'i')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/(.)\1+/g, '$1');
}

const HONORIFICS = new Set(
  ['mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sir', 'madam', 'г-н', 'г-жа', 'господин', 'госпожа', 'профессор', 'мырза', 'ханым', 'доктор', 'академик', 'academician']
);

/** The words of a person's name, without honorifics and initials, as keys. */
export function nameKeys(name: string): string[] {
  return name
    .split(/[\s\u00a0]+|(?<=\p{L})-(?=\p{L})/u)
    .map((w) => w.replace(/[.,]/g, ''))
    .filter((w) => w && !HONORIFICS.has(w.toLowerCase()))
    .filter((w) => !/^\p{L}$/u.test(w)) // initials
    .map(wordKey)
    .filter(Boolean);
}

/** True when two word keys are the same word, allowing one substituted letter in long words (typos). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length || a.length < 6) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i] && ++diff > 1) return false;
  return true;
}

/**
 * True when two full names are the same person's: every word of the shorter name
 * matches a different word of the longer one, and at least two words match (a lone
 * surname is never enough to merge people across articles).
 */
export function sameName(a: string, b: string): boolean {
  const [short, long] = [nameKeys(a), nameKeys(b)].sort((x, y) => x.length - y.length);
  if (short.length < 2) return short.length === 1 && long.length === 1 && sameWord(short[0], long[0]);
  const free = [...long];
  for (const word of short) {
    const at = free.findIndex((w) => sameWord(w, word));
    if (at < 0) return false;
    free.splice(at, 1);
  }
  return true;
}
