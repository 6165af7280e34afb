import names from './data/person-names.json';
import type { Gender } from './lexicon';
import { editDistance, memoizeWord } from './tokens';

/**
 * Knowledge about how personal names are written: given names, family-name endings, the
 * nominative of Russian case forms (`Марата Иванова` → `Марат Иванов`), Kazakh case
 * suffixes (`Сұлтанбековпен` → `Сұлтанбеков`) and a script-independent key for comparing
 * spellings (`Friberg-Stori` ~ `Friberg-Story`, `Карабулов` ~ `Karabulov`).
 */

const FIRST_NAMES = new Map<string, Gender>();
for (const name of names.firstNames.m) FIRST_NAMES.set(name, 'm');
for (const name of names.firstNames.f) FIRST_NAMES.set(name, FIRST_NAMES.has(name) ? 'any' : 'f');

const SURNAME_ENDINGS: Array<{ ending: string; gender: Gender }> = [
  ...names.surnameEndings.f.map((ending) => ({ ending, gender: 'f' as Gender })),
  ...names.surnameEndings.m.map((ending) => ({ ending, gender: 'm' as Gender })),
  ...names.surnameEndings.any.map((ending) => ({ ending, gender: 'any' as Gender })),
].sort((a, b) => b.ending.length - a.ending.length);

export function firstNameGender(word: string): Gender | null {
  return FIRST_NAMES.get(word.toLowerCase()) ?? null;
}

export const isKnownFirstName = (word: string): boolean => FIRST_NAMES.has(word.toLowerCase());

/** Gender marked by a family-name ending (`-ova`, `-қызы` → f; `-ov`, `-ұлы` → m), or null. */
export const surnameGender = memoizeWord((word: string): Gender | null => {
  const lower = word.toLowerCase();
  if (lower.length < 5) return null;
  for (const { ending, gender } of SURNAME_ENDINGS) if (lower.endsWith(ending)) return gender;
  return null;
});

export const hasNameShape = (word: string): boolean => isKnownFirstName(word) || surnameGender(word) !== null;

// ---------------------------------------------------------------------------------------
// Kazakh: the case suffix sits on the last word of the name only.

const KAZAKH_CASE_SUFFIXES = [
  'тың',
  'тің',
  'дың',
  'дің',
  'ның',
  'нің',
  'пен',
  'бен',
  'мен',
  'нда',
  'нде',
  'тан',
  'тен',
  'дан',
  'ден',
  'нан',
  'нен',
  'қа',
  'ке',
  'ға',
  'ге',
  'ты',
  'ті',
  'ды',
  'ді',
  'ны',
  'ні',
  'та',
  'те',
  'да',
  'де',
  'а',
  'е',
  'н',
  // Latin-script Kazakh (2018 and 2021 alphabets).
  'tyń',
  'tiń',
  'dyń',
  'diń',
  'nyń',
  'niń',
  'tyŋ',
  'tıŋ',
  'dyŋ',
  'dıŋ',
  'nyŋ',
  'nıŋ',
  'pen',
  'ben',
  'men',
  'ǵa',
  'ge',
  'qa',
  'ke',
  'ǧa',
  'ty',
  'ti',
  'dy',
  'di',
  'ny',
  'ni',
  'tı',
  'dı',
  'nı',
];

/** `Сұлтанбековпен` → `Сұлтанбеков`, `Ольганың` → `Ольга`; unchanged when no name is left. */
export const stripKazakhCase = memoizeWord((word: string): string => {
  if (hasNameShape(word)) return word;
  const lower = word.toLowerCase();
  for (const suffix of KAZAKH_CASE_SUFFIXES) {
    if (!lower.endsWith(suffix)) continue;
    const base = word.slice(0, word.length - suffix.length);
    if (base.length >= 3 && hasNameShape(base)) return base;
  }
  return word;
});

/**
 * The word is a name with a Kazakh case suffix that Russian does not have (`Dosaevtyń`,
 * `Сұлтанбековпен`): the suffix sits on the last word of a name, so the name ends here.
 */
export const endsWithKazakhCase = memoizeWord((word: string): boolean => {
  const base = stripKazakhCase(word);
  if (base === word) return false;
  const suffix = word.slice(base.length).toLowerCase();
  return suffix.length >= 3 || /[ңғқńŋǵǧ]/.test(suffix);
});

// ---------------------------------------------------------------------------------------
// Russian: both the given name and the family name decline.

/** Candidate nominatives of a declined Russian given name, most likely first. */
function givenNameNominatives(word: string): string[] {
  const out: string[] = [];
  const cut = (n: number, add = ''): string => word.slice(0, word.length - n) + add;
  if (/ом$/.test(word)) out.push(cut(2));
  if (/ем$/.test(word)) out.push(cut(2, 'й'), cut(2, 'ь'));
  if (/ой$/.test(word)) out.push(cut(2, 'а'));
  if (/ей$/.test(word)) out.push(cut(2, 'я'));
  if (/[ауе]$/.test(word)) out.push(cut(1), cut(1, 'а'));
  if (/[ыи]$/.test(word)) out.push(cut(1, 'а'), cut(1, 'я'));
  if (/[яюи]$/.test(word)) out.push(cut(1, 'й'), cut(1, 'я'), cut(1, 'ь'));
  return out.filter((candidate) => candidate.length >= 2);
}

export interface NominativeName {
  tokens: string[];
  gender: Gender;
}

/** Words before a name that put it in an oblique case: `декана`, `у`, `с`, `по словам`. */
const OBLIQUE_TRIGGER =
  /^(?:у|для|от|без|до|из|с|со|к|ко|о|об|при|словам|мнению|имени|вместе|встреч[аеиу]|[\p{L}-]+(?:ора|ера|ана|ента|ента|ста|ика|ата|ира|ача|ура|ьера|ого|его|ому|ему|ым|им|ом|ем))$/u;

/**
 * The nominative of a Russian name seen in any case, using the given name to tell
 * `Ольга Иванова` (f, nominative) from `Марата Иванова` (m, genitive).
 */
export function russianNominative(tokens: string[], previousWord: string | null): NominativeName {
  if (tokens.length === 0 || !/[\u0400-\u04ff]/.test(tokens[tokens.length - 1])) return { tokens, gender: 'any' };
  const surname = tokens[tokens.length - 1];
  const given = tokens.length > 1 ? tokens[0] : null;
  const givenKnown = given ? firstNameGender(given) : null;
  const givenOblique = given && !givenKnown ? givenNameNominatives(given).find((candidate) => firstNameGender(candidate)) : undefined;
  const givenObliqueGender = givenOblique ? firstNameGender(givenOblique) : null;
  const trigger = previousWord !== null && OBLIQUE_TRIGGER.test(previousWord.toLowerCase());
  const withGiven = (nominativeSurname: string, gender: Gender, useOblique: boolean): NominativeName => {
    const first = given ? (useOblique && givenOblique ? givenOblique : given) : null;
    return { tokens: first ? [first, ...tokens.slice(1, -1), nominativeSurname] : [nominativeSurname], gender };
  };
  const lower = surname.toLowerCase();
  const stem = (n: number, add = ''): string => surname.slice(0, surname.length - n) + add;

  if (/(?:ов|ев|ёв|ин)ым$/.test(lower)) return withGiven(stem(2), 'm', true);
  if (/(?:ов|ев|ёв|ин)ой$/.test(lower)) return withGiven(stem(2, 'а'), 'f', true);
  if (/(?:ск|цк)ой$/.test(lower)) return withGiven(stem(2, 'ая'), 'f', true);
  if (/(?:ск|цк)(?:ого|ому|им)$/.test(lower)) return withGiven(stem(lower.endsWith('им') ? 2 : 3, 'ий'), 'm', true);
  if (/(?:ов|ев|ёв|ин)е$/.test(lower)) return withGiven(stem(1), 'm', true);
  if (/(?:ов|ев|ёв|ин)у$/.test(lower)) {
    const female = givenObliqueGender === 'f' || givenKnown === 'f';
    return female ? withGiven(stem(1, 'а'), 'f', true) : withGiven(stem(1), 'm', true);
  }
  if (/(?:ов|ев|ёв|ин)а$/.test(lower)) {
    // Nominative feminine, or genitive/accusative masculine: the given name decides.
    if (givenKnown === 'f') return { tokens, gender: 'f' };
    if (givenObliqueGender === 'm') return withGiven(stem(1), 'm', true);
    if (!given && trigger) return withGiven(stem(1), 'm', false);
    return { tokens, gender: 'f' };
  }
  if (givenOblique && (givenObliqueGender === 'm' || trigger)) return withGiven(surname, givenObliqueGender ?? 'any', true);
  return { tokens, gender: 'any' };
}

// ---------------------------------------------------------------------------------------
// Comparing spellings.

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
};

/**
 * A spelling-tolerant key: transliterated to Latin, accents dropped, and the letter pairs
 * that transliteration systems disagree on folded together (kh/h, y/i, ye/e, q/k, ts/c).
 */
export const nameKey = memoizeWord((word: string): string => {
  const latin = [...word.toLowerCase()].map((ch) => CYRILLIC_TO_LATIN[ch] ?? ch).join('');
  return latin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^ye/, 'e')
    .replace(/kh/g, 'h')
    .replace(/q/g, 'k')
    .replace(/ts/g, 'c')
    .replace(/[yj]/g, 'i')
    .replace(/[^a-z]/g, '');
});

/** Ivanov/Ivanova, Ruslan/Ruslana: one form is the other plus a feminine ending. */
function differByFeminineEnding(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && long.startsWith(short) && /[aя]$/.test(long);
}

/** Family names: equal keys, or one or two letters apart in a long name, never a gender pair. */
export function sameFamilyName(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === y) return true;
  if (differByFeminineEnding(x, y) || (x.endsWith('a') !== y.endsWith('a') && Math.abs(x.length - y.length) <= 1)) return false;
  const length = Math.min(x.length, y.length);
  const allowed = length >= 10 ? 2 : length >= 6 ? 1 : 0;
  return allowed > 0 && editDistance(x, y, allowed) <= allowed;
}

/** Most edits `sameFamilyName` allows, from the length of the shorter key. */
const allowedEdits = (length: number): number => (length >= 10 ? 2 : length >= 6 ? 1 : 0);
/** Spelling tolerance is for names: a longer key only matches exactly (keeps the index small). */
const MAX_FUZZY_KEY = 18;

function addDeletions(key: string, edits: number, into: Set<string>): void {
  into.add(key);
  if (edits > 0) for (let i = 0; i < key.length; i++) addDeletions(key.slice(0, i) + key.slice(i + 1), edits - 1, into);
}

/**
 * Family names that may be the same (`sameFamilyName`) without comparing against every
 * name seen: two keys within k edits share a key with at most k letters deleted from
 * each, so each name is filed under its deletion variants. `candidates` returns every id
 * whose name may match (more, never fewer, for keys up to MAX_FUZZY_KEY letters).
 */
export class FamilyNameIndex {
  private readonly byVariant = new Map<string, number[]>();

  private variants(word: string): Set<string> {
    const key = nameKey(word);
    const variants = new Set<string>();
    addDeletions(key, key.length > MAX_FUZZY_KEY ? 0 : allowedEdits(key.length), variants);
    return variants;
  }

  add(word: string, id: number): void {
    for (const variant of this.variants(word)) {
      const ids = this.byVariant.get(variant);
      if (!ids) this.byVariant.set(variant, [id]);
      else if (ids[ids.length - 1] !== id) ids.push(id);
    }
  }

  /** An upper bound of `candidates(word).length`, without collecting them. */
  estimate(word: string): number {
    let sum = 0;
    for (const variant of this.variants(word)) sum += this.byVariant.get(variant)?.length ?? 0;
    return sum;
  }

  /** Whether `candidates(word)` holds every id `sameFamilyName` matches, whatever the names filed (both keys fuzzy-filed). */
  static complete(word: string): boolean {
    return nameKey(word).length <= MAX_FUZZY_KEY - 2;
  }

  /** Candidate ids in increasing order. */
  candidates(word: string): number[] {
    const found = new Set<number>();
    for (const variant of this.variants(word)) for (const id of this.byVariant.get(variant) ?? []) found.add(id);
    return [...found].sort((a, b) => a - b);
  }
}

/** The key under which `sameGivenName` compares given names. */
export const givenNameKey = (word: string): string => nameKey(word).replace(/^i(?=e)/, '');

/** Given names: equal keys only (Marat and Murat are different people); Yerlan = Erlan. */
export function sameGivenName(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === y) return true;
  return !differByFeminineEnding(x, y) && x.replace(/^i(?=e)/, '') === y.replace(/^i(?=e)/, '');
}
