import finiteVerbs from './data/finite-verbs.json';
import honorifics from './data/honorifics.json';
import pronouns from './data/pronouns.json';
import roles from './data/roles.json';
import speechVerbs from './data/speech-verbs.json';
import stopwords from './data/stopwords.json';
import titleCues from './data/title-cues.json';
import { prefixKey, type Token } from './tokens';
import type { PressLocale } from './types';

/**
 * Word lists (kept as JSON data) turned into fast matchers. Every language's list is
 * consulted for every text: English press texts quote Russian-style, Russian texts carry
 * Kazakh names and words, and the cost is a few Set look-ups per token.
 */

export type Gender = 'm' | 'f' | 'any';

const LOCALES: PressLocale[] = ['en', 'ru', 'kk'];

// --- Speech verbs --------------------------------------------------------------------

const SPEECH_WORDS = new Set<string>([...speechVerbs.en.words, ...speechVerbs.kk.words]);
const SPEECH_PREFIXES = new Set(speechVerbs.ru.prefixes);
const SPEECH_PREFIX_LENGTHS = [...new Set(speechVerbs.ru.prefixes.map((prefix) => prefix.length))].sort((a, b) => a - b);

function hasSpeechPrefix(word: string): boolean {
  for (const length of SPEECH_PREFIX_LENGTHS) {
    if (length > word.length) break;
    if (SPEECH_PREFIXES.has(word.slice(0, length))) return true;
  }
  return false;
}
const SPEECH_PHRASES: string[][] = [...speechVerbs.en.phrases, ...speechVerbs.ru.phrases, ...speechVerbs.kk.phrases];
const FEMALE_VERB_ENDINGS = speechVerbs.ru.female;
/** `that`, `что`: reported speech may run on into a quotation after them. */
export const REPORTED_THAT = new Set<string>([...speechVerbs.reportedThat.en, ...speechVerbs.reportedThat.ru, ...speechVerbs.reportedThat.kk]);

/** Number of tokens of a speech verb or phrase starting at `tokens[i]`, or 0. */
const PHRASE_STARTS = new Set(SPEECH_PHRASES.map((phrase) => phrase[0]));

export function speechVerbAt(tokens: Token[], i: number): number {
  const word = tokens[i].lower;
  if (PHRASE_STARTS.has(word)) {
    for (const phrase of SPEECH_PHRASES) {
      if (phrase[0] !== word || i + phrase.length > tokens.length) continue;
      if (phrase.every((part, k) => tokens[i + k].lower === part)) return phrase.length;
    }
  }
  if (SPEECH_WORDS.has(word)) return 1;
  if (word.charCodeAt(0) >= 0x400 && hasSpeechPrefix(word)) return 1;
  return 0;
}

export function containsSpeechVerb(tokens: Token[]): boolean {
  return tokens.some((_, i) => speechVerbAt(tokens, i) > 0);
}

/** Gender told by a Russian past-tense verb (`сказала` → f, `сказал` → m), else 'any'. */
export function verbGender(word: string): Gender {
  const lower = word.toLowerCase();
  if (!/[\u0400-\u04ff]/.test(lower)) return 'any';
  if (FEMALE_VERB_ENDINGS.some((ending) => lower.endsWith(ending) && lower.length > ending.length + 3)) return 'f';
  if (lower.endsWith('л') || lower.endsWith('лся')) return 'm';
  return 'any';
}

// --- Pronouns ------------------------------------------------------------------------

const SUBJECT_PRONOUNS = new Map<string, Gender>();
const POSSESSIVE_PRONOUNS = new Map<string, Gender>();
for (const locale of LOCALES) {
  for (const [word, gender] of Object.entries(pronouns.subject[locale])) SUBJECT_PRONOUNS.set(word, gender as Gender);
  for (const [word, gender] of Object.entries(pronouns.possessive[locale])) POSSESSIVE_PRONOUNS.set(word, gender as Gender);
}

export function subjectPronounGender(word: string): Gender | null {
  return SUBJECT_PRONOUNS.get(word.toLowerCase()) ?? null;
}

export function possessivePronounGender(word: string): Gender | null {
  return POSSESSIVE_PRONOUNS.get(word.toLowerCase()) ?? null;
}

/** Third-person words that show the narrator talking *about* someone (ends unmarked speech). */
const NARRATOR_WORDS = new Set([
  'he',
  'she',
  'his',
  'her',
  'him',
  'они',
  'он',
  'она',
  'его',
  'её',
  'ее',
  'ему',
  'ей',
  'ол',
  'оның',
  'оған',
]);
export const isNarratorWord = (word: string): boolean => NARRATOR_WORDS.has(word.toLowerCase());

// --- Honorifics ----------------------------------------------------------------------

const HONORIFIC_BEFORE = new Map<string, Gender>(Object.entries(honorifics.before) as [string, Gender][]);
const HONORIFIC_AFTER = new Map<string, Gender>(Object.entries(honorifics.after) as [string, Gender][]);

/** `honorificBefore` for a word already in lower case (the hot path: every token is checked). */
export const honorificBeforeLower = (lower: string): Gender | null => HONORIFIC_BEFORE.get(lower) ?? null;

export function honorificBefore(word: string): Gender | null {
  const direct = HONORIFIC_BEFORE.get(word);
  if (direct !== undefined) return direct;
  const lower = word.toLowerCase();
  return HONORIFIC_BEFORE.get(lower) ?? null;
}

export function honorificAfter(word: string): Gender | null {
  return HONORIFIC_AFTER.get(word.toLowerCase()) ?? null;
}

// --- Role nouns ----------------------------------------------------------------------

export interface RoleDefinition {
  key: string;
  generic: boolean;
}

interface RoleForm {
  key: string;
  generic: boolean;
  words: string[];
  /** Cyrillic forms are stems that match inflected tokens. */
  stem: boolean;
}

const ROLE_FORMS: RoleForm[] = [];
for (const role of roles.roles) {
  const generic = Boolean((role as { generic?: boolean }).generic);
  for (const locale of LOCALES) {
    for (const form of (role as unknown as Record<PressLocale, string[]>)[locale]) {
      ROLE_FORMS.push({ key: role.key, generic, words: form.split(' '), stem: locale !== 'en' });
    }
  }
}
// Longest forms first, so "first vice-rector" wins over "rector".
ROLE_FORMS.sort((a, b) => b.words.length - a.words.length);
const ROLES_BY_FIRST_WORD = new Map<number, RoleForm[]>();
for (const form of ROLE_FORMS) {
  const key = prefixKey(form.words[0]);
  const list = ROLES_BY_FIRST_WORD.get(key) ?? [];
  list.push(form);
  ROLES_BY_FIRST_WORD.set(key, list);
}
const OFFICES = new Set(roles.roles.filter((role) => (role as { office?: boolean }).office).map((role) => role.key));

/** A post one person holds at a time (rector, minister, akim). */
export const isOffice = (key: string): boolean => OFFICES.has(key);
const FEMALE_ROLE_FORMS = new Set([...roles.femaleForms.ru, ...roles.femaleForms.en]);

/** Plural endings after a role stem ("ректоров", "студенттер") name groups, not a person. Final -ы/-и stay: in Kazakh they are the possessive of one person (директоры). */
const PLURAL_AFTER_STEM = /^(?:ов|ев|ам|ям|ами|ями|ах|ях|ые|ых|ым|ыми|ков|кам|ками)$|^(?:лар|лер|дар|дер|тар|тер)/;

function roleWordMatches(formWord: string, token: string, stem: boolean, allowPlural = false): boolean {
  if (!stem)
    return token === formWord || token === `${formWord}'s` || token === `${formWord}’s` || (allowPlural && token === `${formWord}s`);
  return token.startsWith(formWord) && (allowPlural || !PLURAL_AFTER_STEM.test(token.slice(formWord.length)));
}

export interface RoleMatch extends RoleDefinition {
  length: number;
  gender: Gender;
}

/**
 * A role noun starting at `tokens[i]` ("rector", "first vice-rector", "декана", "қонақ").
 * Plural forms ("студенттер", "students") name a group, not a person, and only match with `allowPlural`.
 */
export function roleAt(tokens: Token[], i: number, allowPlural = false): RoleMatch | null {
  const token = tokens[i].lower;
  const candidates = ROLES_BY_FIRST_WORD.get(prefixKey(token));
  if (!candidates) return null;
  for (const form of candidates) {
    if (i + form.words.length > tokens.length) continue;
    if (form.words.every((word, k) => roleWordMatches(word, tokens[i + k].lower, form.stem, allowPlural))) {
      const gender: Gender = FEMALE_ROLE_FORMS.has(token) ? 'f' : 'any';
      return { key: form.key, generic: form.generic, length: form.words.length, gender };
    }
  }
  return null;
}

/** Role keys named anywhere in a position phrase ("Chairman of the Board – Rector" → chairman, rector). */
export function rolesIn(tokens: Token[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const match = roleAt(tokens, i);
    if (!match) continue;
    found.add(match.key);
    i += match.length - 1;
  }
  return found;
}

// --- Title cues ----------------------------------------------------------------------

const TITLE_WORDS_EN = new Set(titleCues.en);
const TITLE_STEMS = [...titleCues.ru, ...titleCues.kk].filter((stem) => !stem.includes(' '));

/** A noun that announces a name in quotes: "the conference «…»", "«…» атты жоба". */
export function isTitleCue(token: Token): boolean {
  const word = token.lower;
  if (/[a-z]/.test(word)) {
    const singular = word.replace(/(?:'s|’s)$/, '').replace(/s$/, '');
    return TITLE_WORDS_EN.has(word) || TITLE_WORDS_EN.has(singular);
  }
  return TITLE_STEMS.some((stem) => word.startsWith(stem) || (stem.length >= 5 && word.includes(stem)));
}

// --- Question nouns ------------------------------------------------------------------

/** "To the question «…?»", "на вопрос студента «…?»", "«…?» деген сұраққа". */
export function isQuestionNoun(token: Token): boolean {
  const word = token.lower;
  return word === 'question' || word.startsWith('вопрос') || word.startsWith('сұрақ') || word.startsWith('сұрағ');
}

// --- Function words ------------------------------------------------------------------

const FUNCTION_WORDS = new Set([...stopwords.en, ...stopwords.ru, ...stopwords.kk]);

/** Very frequent words of any of the three languages ("the", "и", "ол"): never part of a name. */
export const isFunctionWord = (lower: string): boolean => FUNCTION_WORDS.has(lower);

// --- Finite verbs --------------------------------------------------------------------

const FINITE_EN = new Set(finiteVerbs.en);
const FINITE_RU = finiteVerbs.ruStems;
const NOT_FINITE_EN = new Set(finiteVerbs.enNotVerbs);

/**
 * A lower-case finite verb (`received`, `встретился`, `said`): the narrator's clause, not a
 * job title. Role nouns never count (`заведующий` is a title).
 */
export function isFiniteVerb(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  const word = token.lower;
  if (word !== token.text || roleAt(tokens, i) !== null) return false;
  if (speechVerbAt(tokens, i) > 0) return true;
  if (/^[a-z]+$/.test(word)) return FINITE_EN.has(word) || (word.length > 4 && word.endsWith(finiteVerbs.enSuffix) && !NOT_FINITE_EN.has(word));
  return FINITE_RU.some((stem) => word.startsWith(stem));
}
