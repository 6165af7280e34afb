import stopwords from './data/name-stopwords.json';
import type { InstitutionMention } from './institutions';
import {
  honorificAfter,
  honorificBefore,
  honorificBeforeLower,
  isFiniteVerb,
  possessivePronounGender,
  roleAt,
  rolesIn,
  speechVerbAt,
  verbGender,
  type Gender,
} from './lexicon';
import {
  endsWithKazakhCase,
  FamilyNameIndex,
  firstNameGender,
  givenNameKey,
  hasNameShape,
  isKnownFirstName,
  russianNominative,
  sameFamilyName,
  sameGivenName,
  stripKazakhCase,
  surnameGender,
} from './name-forms';
import { letterCase, lowerBound, memoizeWord, TextIndex, tokenize, type Token } from './tokens';
import type { PressLocale, PressSpeaker } from './types';

/**
 * People named in the body: finding name mentions (with honorifics, initials, case forms),
 * merging the mentions of one person (spelling variants, surname-only, first-name-only,
 * Russian and Kazakh case forms), and reading their positions from appositions.
 */

export interface PersonMention {
  paragraph: number;
  start: number;
  end: number;
  /** Name words in the nominative, initials as single letters. */
  tokens: string[];
  /** Which of `tokens` are initials (`A.` in `A. Seitkali`). */
  initials: boolean[];
  gender: Gender;
  honorific: boolean;
  /** Index into the people list, once merged. */
  person: number;
  /** Token indexes of the first and last name word in the paragraph. */
  firstToken: number;
  lastToken: number;
}

export interface Person {
  name: string;
  aliases: string[];
  tokens: string[];
  gender: Gender;
  position: string | null;
  institution: string | null;
  /** Role keys of the position (rector, dean, …), for "the rector said". */
  roles: Set<string>;
  honorific: boolean;
  mentions: PersonMention[];
}

export interface RoleMention {
  paragraph: number;
  start: number;
  end: number;
  key: string;
  generic: boolean;
  gender: Gender;
}

export interface PeopleScan {
  people: Person[];
  mentions: PersonMention[];
  roleMentions: RoleMention[];
}

/** Ranges of text that belong to quotes: names there are not the narrator's mentions. */
export type Excluded = (paragraph: number, position: number) => boolean;

const LATIN_STOP = new Set(stopwords.latin);
const CYRILLIC_STOP_WORDS = new Set(stopwords.cyrillicWords);
const CYRILLIC_STOP_STEMS = stopwords.cyrillicStems;

const STOP_STEMS = new Set(CYRILLIC_STOP_STEMS);
const STOP_STEM_LENGTHS = [...new Set(CYRILLIC_STOP_STEMS.map((stem) => stem.length))].sort((a, b) => a - b);

function hasStopStem(word: string): boolean {
  for (const length of STOP_STEM_LENGTHS) {
    if (length > word.length) break;
    if (STOP_STEMS.has(word.slice(0, length))) return true;
  }
  return false;
}

const PLACE_SUFFIXES = stopwords.kazakhPlaceSuffixes;

const isStopText = memoizeWord((text: string): boolean => {
  const lower = text.toLowerCase();
  if (PLACE_SUFFIXES.some((suffix) => lower.length > suffix.length + 2 && lower.endsWith(suffix))) return true;
  const word = lower.endsWith('s') ? lower.replace(/['’]s$/, '') : lower;
  if (word.charCodeAt(0) < 0x400) return LATIN_STOP.has(word);
  if (CYRILLIC_STOP_WORDS.has(word)) return true;
  return hasStopStem(word) && !hasNameShape(text) && !hasNameShape(stripKazakhCase(text));
});

const isStopWord = (token: Token): boolean => isStopText(token.text);

const isUpperAt = (text: string, i: number): boolean => i < text.length && letterCase(text.charCodeAt(i)) === 1;
const isLowerAt = (text: string, i: number): boolean => i < text.length && letterCase(text.charCodeAt(i)) === -1;

/** Capitalised word with no capitals inside except after a hyphen (`Friberg-Stori`, not `KazNU`). */
function isNameWord(token: Token): boolean {
  const text = token.text;
  if (text.length < 2 || !isUpperAt(text, 0)) return false;
  let hasLower = false;
  const from = text.startsWith('Mac') ? 3 : text.startsWith('Mc') ? 2 : 1;
  for (let i = 1; i < text.length; i++) {
    if (isLowerAt(text, i)) hasLower = true;
    else if (i >= from && isUpperAt(text, i) && isLowerAt(text, i - 1)) return false;
  }
  return hasLower;
}

function isInitial(text: string, token: Token): boolean {
  return token.text.length === 1 && text[token.end] === '.' && isUpperAt(token.text, 0);
}

/** Only spaces, or the full stop after an initial, may stand between two words of a name. */
function adjacent(text: string, a: Token, b: Token, aIsInitial: boolean): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || (aIsInitial && (gap === '.' || gap === '. '));
}

interface RawMention {
  paragraph: number;
  start: number;
  end: number;
  words: Token[];
  initials: boolean[];
  honorificGender: Gender | null;
  /** Index of the first name word in the paragraph's tokens. */
  firstIndex: number;
  lastIndex: number;
}

/** Drops the words of a run from `at` on; false when no full word is left. */
function cutBefore(raw: RawMention, at: number): boolean {
  let keep = raw.words.length;
  while (keep > 0 && raw.words[keep - 1].end > at) keep--;
  if (!raw.initials.slice(0, keep).some((initial) => !initial)) return false;
  raw.lastIndex -= raw.words.length - keep;
  raw.words = raw.words.slice(0, keep);
  raw.initials = raw.initials.slice(0, keep);
  raw.end = raw.words[keep - 1].end;
  return true;
}

/** Runs of name words, split at stop words and honorifics. */
function nameRuns(text: string, tokens: Token[], paragraph: number): RawMention[] {
  const runs: RawMention[] = [];
  let current: RawMention | null = null;
  /** Gender of an honorific standing right before the current token. */
  let pendingHonorific: Gender | null = null;
  const close = (): void => {
    if (current && current.initials.some((initial) => !initial)) runs.push(current);
    current = null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const honorific = honorificBeforeLower(token.lower);
    if (honorific === null && !isUpperAt(token.text, 0)) {
      // Most words are lower case: they only end a run.
      close();
      pendingHonorific = null;
      continue;
    }
    if (honorific !== null) {
      close();
      pendingHonorific = honorific;
      continue;
    }
    const initial = isInitial(text, token);
    const roleWord = roleAt(tokens, i) !== null && !isKnownFirstName(token.text);
    if ((isNameWord(token) && !isStopWord(token) && !roleWord) || initial) {
      const previous = tokens[i - 1];
      const joined = current !== null && adjacent(text, previous, token, current.initials[current.initials.length - 1]);
      if (!joined) {
        close();
        current = {
          paragraph,
          start: token.start,
          end: token.end,
          words: [],
          initials: [],
          honorificGender: pendingHonorific,
          firstIndex: i,
          lastIndex: i,
        };
      }
      current!.words.push(token);
      current!.initials.push(initial);
      current!.end = token.end;
      current!.lastIndex = i;
      // `Erbolat Dosaevtyń Naýryzbaı aýdany`: a case suffix ends the name.
      if (!initial && endsWithKazakhCase(token.text)) close();
    } else {
      close();
    }
    pendingHonorific = null;
  }
  close();
  return runs;
}

// ---------------------------------------------------------------------------------------
// Evidence around a run.

function roleBefore(tokens: Token[], text: string, index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 15; i--) {
    if (/[,;:()«»"]/.test(text.slice(tokens[i].end, tokens[i + 1].start))) return false;
    if (roleAt(tokens, i)) return true;
  }
  return false;
}

function appositionAfter(tokens: Token[], text: string, lastIndex: number): boolean {
  const next = tokens[lastIndex + 1];
  if (!next || !/^\s*[,–—-]\s*$/.test(text.slice(tokens[lastIndex].end, next.start))) return false;
  for (let i = lastIndex + 1; i <= lastIndex + 4 && i < tokens.length; i++) if (roleAt(tokens, i)) return true;
  return false;
}

function speechNear(tokens: Token[], firstIndex: number, lastIndex: number): boolean {
  for (let i = lastIndex + 1; i <= lastIndex + 2 && i < tokens.length; i++) if (speechVerbAt(tokens, i)) return true;
  for (let i = firstIndex - 1; i >= firstIndex - 2 && i >= 0; i--) if (speechVerbAt(tokens, i)) return true;
  return false;
}

/** Gender told by the words right after a name: `X in her speech`, `Иванова поздравила`. */
function genderFromContext(tokens: Token[], text: string, lastIndex: number): Gender {
  for (let i = lastIndex + 1; i < tokens.length && i <= lastIndex + 8; i++) {
    if (/[.!?;]/.test(text.slice(tokens[i - 1].end, tokens[i].start))) break;
    if (isNameWord(tokens[i]) && i > lastIndex + 1) break;
    const possessive = possessivePronounGender(tokens[i].text);
    if (possessive) return possessive;
    if (i <= lastIndex + 3 && /^\p{Ll}/u.test(tokens[i].text)) {
      const gender = verbGender(tokens[i].text);
      if (gender !== 'any' && /(?:л|ла|лась|лся)$/u.test(tokens[i].lower)) return gender;
    }
  }
  return 'any';
}

function combineGender(genders: Array<Gender | null>): Gender {
  const known = genders.filter((gender): gender is Gender => gender !== null && gender !== 'any');
  if (known.length === 0) return 'any';
  const female = known.filter((gender) => gender === 'f').length;
  return female * 2 >= known.length ? (female === known.length ? 'f' : known[0]) : 'm';
}

// ---------------------------------------------------------------------------------------

function normaliseMention(raw: RawMention, tokens: Token[], locale: PressLocale): { words: string[]; gender: Gender } {
  // `Seitkali's teachers`: the possessive is not part of the name.
  let words = raw.words.map((token) => token.text.replace(/['’]s$/u, ''));
  let gender: Gender = 'any';
  if (locale === 'ru') {
    const previous = tokens[raw.firstIndex - 1]?.text ?? null;
    const nominative = russianNominative(words, previous);
    words = nominative.tokens;
    gender = nominative.gender;
  } else if (locale === 'kk' || /[әғқңөұүһіǵńŋǧı]/i.test(words.join(''))) {
    words = [...words.slice(0, -1), stripKazakhCase(words[words.length - 1])];
  }
  return { words, gender };
}

/** Russian adjectives (`Китайской Народной`, `Соединенных`) are not names unless name-shaped. */
const RUSSIAN_ADJECTIVE = /(?:ой|ых|их|ий|ый|ая|яя|ое|ее|ым|им|ую|юю)$/u;

function acceptMention(raw: RawMention, tokens: Token[], text: string, words: string[]): boolean {
  const fullWords = words.filter((_, k) => !raw.initials[k]);
  if (fullWords.length === 0 || fullWords.length > 4) return false;
  if (fullWords.some((word) => /[\u0400-\u04ff]/.test(word) && RUSSIAN_ADJECTIVE.test(word) && !hasNameShape(word))) return false;
  const honorific = raw.honorificGender !== null || honorificAfter(tokens[raw.lastIndex + 1]?.text ?? '') !== null;
  const shaped = fullWords.some(hasNameShape);
  if (fullWords.length >= 2 || raw.initials.some(Boolean)) {
    return (
      shaped ||
      honorific ||
      roleBefore(tokens, text, raw.firstIndex) ||
      appositionAfter(tokens, text, raw.lastIndex) ||
      speechNear(tokens, raw.firstIndex, raw.lastIndex)
    );
  }
  return honorific || shaped || speechNear(tokens, raw.firstIndex, raw.lastIndex) || roleBefore(tokens, text, raw.firstIndex);
}

// ---------------------------------------------------------------------------------------
// Merging mentions into people.

function sameName(a: PersonMention, b: PersonMention): boolean {
  const fullA = a.tokens.filter((_, k) => !a.initials[k]);
  const fullB = b.tokens.filter((_, k) => !b.initials[k]);
  if (fullA.length === 0 || fullB.length === 0) return false;
  if (a.gender !== 'any' && b.gender !== 'any' && a.gender !== b.gender) return false;
  // Align from the family name backwards: `Romero Ortega` ⊂ `Lucía Romero Ortega`.
  const shorter = fullA.length <= fullB.length ? a : b;
  const longer = shorter === a ? b : a;
  const sFull = shorter.tokens.filter((_, k) => !shorter.initials[k]);
  const lFull = longer.tokens.filter((_, k) => !longer.initials[k]);
  for (let k = 1; k <= sFull.length; k++) {
    const x = sFull[sFull.length - k];
    const y = lFull[lFull.length - k];
    const isGiven = k === sFull.length && sFull.length > 1 && k === lFull.length;
    if (!(isGiven ? sameGivenName(x, y) : sameFamilyName(x, y))) return false;
  }
  // Initials must agree with the given name: `A. Seitkali` = `Aigerim Seitkali`.
  const shorterInitials = shorter.tokens.filter((_, k) => shorter.initials[k]);
  if (shorterInitials.length > 0 && lFull.length > sFull.length) {
    const given = lFull[0];
    if (given[0].toLowerCase() !== shorterInitials[0].toLowerCase()) return false;
  }
  return true;
}

/** A one-word mention: the family name, the given name (`Dias said`), or a variant spelling. */
function matchesSingle(word: string, person: Person): boolean {
  const full = person.tokens;
  if (full.length === 0) return false;
  const family = full[full.length - 1];
  if (sameFamilyName(word, family)) return true;
  return full.length > 1 && sameGivenName(word, full[0]);
}

function fullWordCount(mention: PersonMention): number {
  return mention.initials.filter((initial) => !initial).length;
}

function surface(mention: PersonMention): string {
  return mention.tokens
    .map((word, k) => (mention.initials[k] ? `${word}.` : word))
    .join(' ')
    .replace(/\. (?=\p{Lu}\.)/gu, '. ');
}

/** Other spellings of the canonical name written in the text (not case forms, initials or first names). */
function aliasOf(mention: PersonMention, person: Person): string | null {
  if (mention.initials.some(Boolean)) return null;
  const words = mention.tokens;
  const canonical = person.tokens;
  const offset = canonical.length - words.length;
  if (offset < 0) return null;
  // The same words as the end of the canonical name (`Karabulov`), or the given name alone (`Dias`).
  if (words.every((word, k) => word === canonical[offset + k])) return null;
  if (words.length === 1 && words[0] === canonical[0]) return null;
  return words.join(' ');
}

/** A text naming more people than this is a list, not a press release: later new names are not taken. */
const MAX_PEOPLE = 300;
/** Spellings of one person kept for comparing (the first ones; enough for any real text). */
const MAX_FORMS = 30;


const fullWords = (mention: PersonMention): string[] => mention.tokens.filter((_, k) => !mention.initials[k]);

const lastFullWord = (mention: PersonMention): string | undefined => fullWords(mention).pop();

/**
 * Multi-word spellings filed by every full word, counted from the end, per number of full
 * words. `sameName` compares the k-th word from the end of two spellings for every k up to
 * the shorter one's length (the first words of two spellings of equal length as given names,
 * all other pairs as family names), so any such position narrows the spellings to compare.
 * `candidates` looks up the position with the fewest filed spellings: thousands of names that
 * share a family key (`Xy1`, `Xy2` … are all `xi`) no longer compare each one with all the
 * others. It holds every spelling `sameName` matches when the words are short enough for
 * the fuzzy index to be complete; otherwise it answers null and the caller looks up the
 * family name alone, as before.
 */
class SpellingIndex {
  private readonly byLength = new Map<number, { family: FamilyNameIndex[]; given: Map<string, number[]> }>();

  add(full: string[], id: number): void {
    let filed = this.byLength.get(full.length);
    if (!filed) {
      filed = { family: full.map(() => new FamilyNameIndex()), given: new Map() };
      this.byLength.set(full.length, filed);
    }
    full.forEach((word, i) => filed!.family[full.length - 1 - i].add(word, id));
    const given = givenNameKey(full[0]);
    const ids = filed.given.get(given);
    if (ids) ids.push(id);
    else filed.given.set(given, [id]);
  }

  candidates(full: string[]): number[] | null {
    if (full.length === 0) return [];
    if (!full.every(FamilyNameIndex.complete)) return null;
    const found: number[] = [];
    for (const [length, filed] of this.byLength) {
      const shared = Math.min(length, full.length);
      let best: { size: number; ids: () => number[] } | null = null;
      for (let k = 1; k <= shared; k++) {
        const word = full[full.length - k];
        const family = filed.family[k - 1];
        const lookup =
          k === shared && shared > 1 && length === full.length
            ? { size: filed.given.get(givenNameKey(word))?.length ?? 0, ids: () => filed.given.get(givenNameKey(word)) ?? [] }
            : { size: family.estimate(word), ids: () => family.candidates(word) };
        if (!best || lookup.size < best.size) best = lookup;
      }
      if (best && best.size > 0) found.push(...best.ids());
    }
    return found;
  }
}

const formKey = (mention: PersonMention): string => mention.tokens.map((word, k) => (mention.initials[k] ? `${word}.` : word)).join(' ');

function buildPeople(mentions: PersonMention[]): Person[] {
  const people: Person[] = [];
  /** Distinct spellings per person: comparing against these keeps merging linear in the text. */
  const forms: PersonMention[][] = [];
  /** A spelling already placed goes to the same person without comparing again. */
  const exactForm = new Map<string, number>();
  /** Multi-word spellings (`forms`) by family name, and people by family and given name. */
  const formIndex = new FamilyNameIndex();
  const spellings = new SpellingIndex();
  const formEntries: Array<{ person: number; mention: PersonMention }> = [];
  const familyIndex = new FamilyNameIndex();
  const givenIndex = new Map<string, number[]>();
  const aliasSets: Array<Set<string>> = [];
  const ordered = [...mentions].sort((a, b) => fullWordCount(b) - fullWordCount(a) || a.paragraph - b.paragraph || a.start - b.start);
  const multi = ordered.filter((mention) => fullWordCount(mention) >= 2);
  // Canonical names come from the first full mention in reading order.
  multi.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  for (const mention of [...multi, ...ordered.filter((m) => fullWordCount(m) < 2)]) {
    let index = exactForm.get(formKey(mention)) ?? -1;
    if (index !== -1 && mention.gender !== 'any' && people[index].gender !== 'any' && people[index].gender !== mention.gender) index = -1;
    if (index !== -1) {
      // The same spelling again: nothing new to compare.
    } else if (fullWordCount(mention) >= 2 || mention.initials.some(Boolean)) {
      // The first person with a spelling that is the same name (only spellings with a close family name can be).
      const family = lastFullWord(mention);
      const entry = (spellings.candidates(fullWords(mention)) ?? (family === undefined ? [] : formIndex.candidates(family)))
        .sort((a, b) => formEntries[a].person - formEntries[b].person || a - b)
        .find((id) => sameName(mention, formEntries[id].mention));
      index = entry === undefined ? -1 : formEntries[entry].person;
    } else {
      const word = mention.tokens[mention.tokens.length - 1];
      const possible = new Set([...familyIndex.candidates(word), ...(givenIndex.get(givenNameKey(word)) ?? [])]);
      const candidates = [...possible]
        .sort((a, b) => a - b)
        .map((i) => ({ person: people[i], i }))
        .filter(
          ({ person }) =>
            matchesSingle(word, person) && (mention.gender === 'any' || person.gender === 'any' || person.gender === mention.gender),
        );
      index = candidates.length ? candidates[candidates.length - 1].i : -1;
      if (candidates.length > 1) {
        const exact = candidates.filter(({ person }) => person.tokens.includes(word));
        if (exact.length) index = exact[0].i;
      }
      if (index === -1 && !mention.honorific) continue;
    }
    if (index === -1) {
      if (people.length >= MAX_PEOPLE) continue;
      people.push({
        name: surface(mention),
        aliases: [],
        tokens: mention.tokens.filter((_, k) => !mention.initials[k]),
        gender: mention.gender,
        position: null,
        institution: null,
        roles: new Set(),
        honorific: mention.honorific,
        mentions: [],
      });
      forms.push([]);
      aliasSets.push(new Set());
      index = people.length - 1;
      const created = people[index];
      if (created.tokens.length) familyIndex.add(created.tokens[created.tokens.length - 1], index);
      if (created.tokens.length > 1) {
        const given = givenNameKey(created.tokens[0]);
        givenIndex.set(given, [...(givenIndex.get(given) ?? []), index]);
      }
    }
    const person = people[index];
    if (!exactForm.has(formKey(mention)) && forms[index].length < MAX_FORMS) {
      forms[index].push(mention);
      exactForm.set(formKey(mention), index);
      const family = lastFullWord(mention);
      if (fullWordCount(mention) >= 2 && family !== undefined) {
        formIndex.add(family, formEntries.length);
        spellings.add(fullWords(mention), formEntries.length);
        formEntries.push({ person: index, mention });
      }
    }
    mention.person = index;
    person.mentions.push(mention);
    person.honorific ||= mention.honorific;
    if (person.gender === 'any') person.gender = mention.gender;
    const alias = aliasOf(mention, person);
    if (alias && alias !== person.name && !aliasSets[index].has(alias)) {
      aliasSets[index].add(alias);
      person.aliases.push(alias);
    }
  }
  for (const person of people) person.mentions.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return people;
}

// ---------------------------------------------------------------------------------------
// Positions.

const CLAUSE_BREAK = /[,;:()«»"“”.!?]/;
/** A job title is a few words; a clause running on longer is cut there. */
const MAX_POSITION_WORDS = 40;

/**
 * A role word in the plural (`experts`, `эксперты`, `преподаватели`), or after a plural
 * adjective (`известные`, `ведущие`). Kazakh plurals (-лар/-лер/-дар/-тар…) too.
 */
function isPluralRole(tokens: Token[], index: number): boolean {
  const word = tokens[index].lower;
  const before = index > 0 ? tokens[index - 1].lower : '';
  if (/^[a-z-]+[^s]s$/.test(word) && word.length > 4) return true;
  if (/[а-яё]{3,}[ыи]$/.test(word) || /[а-яё]{2,}(?:ые|ие)$/.test(before)) return true;
  return /[а-яёәғқңөұүһі]{2,}(?:лар|лер|дар|дер|тар|тер)(?:ы|і)?$/.test(word);
}

/** `…, A, said …`: a comma and a speech verb after the name (the name is itself an apposition of what comes before). */
function saidAfterComma(text: string, tokens: Token[], lastIndex: number): boolean {
  const next = tokens[lastIndex + 1];
  return next !== undefined && /^\s*,\s*$/.test(text.slice(tokens[lastIndex].end, next.start)) && speechVerbAt(tokens, lastIndex + 1) > 0;
}

/** `Zhanseit Tuimebayev, Chairman of the Board - Rector of …,` */
function positionAfter(text: string, tokens: Token[], lastIndex: number, isNameToken: (index: number) => boolean): [number, number] | null {
  const next = tokens[lastIndex + 1];
  if (!next || !/^\s*(?:,|[–—])\s*$/.test(text.slice(tokens[lastIndex].end, next.start))) return null;
  // `The head of the chair, Prof. A, said the chair will …`: what follows is what A said.
  if (saidAfterComma(text, tokens, lastIndex)) return null;
  let first = lastIndex + 1;
  if (['the', 'a', 'an'].includes(tokens[first].lower)) first++;
  // `…, a visiting professor of …`, `— Чрезвычайным и Полномочным Послом`: a few describing words may come first.
  const roleIndex = [first, first + 1, first + 2, first + 3].find((i) => i < tokens.length && roleAt(tokens, i) !== null);
  if (roleIndex === undefined || CLAUSE_BREAK.test(text.slice(tokens[first].end, tokens[roleIndex].start))) return null;
  // `г-жа B, известные эксперты в сфере …, представители …`: a plural is the next item of a
  // list of guests, not one person's title.
  if (isPluralRole(tokens, roleIndex)) return null;
  let last = first;
  while (last + 1 < tokens.length && last < first + MAX_POSITION_WORDS && !CLAUSE_BREAK.test(text.slice(tokens[last].end, tokens[last + 1].start)))
    last++;
  // `A, Ambassador of … B, Consul …`: a list of people, each titled before the name.
  for (let i = first; i <= last; i++) if (isNameToken(i)) return null;
  // `Mr. A, UN Resident Coordinator in Kazakhstan Ms. B`: the phrase runs into the next
  // person's honorific (and name): it is that person's title, not an apposition of A's.
  if (honorificBefore(tokens[last].text) !== null) return null;
  if (last + 1 < tokens.length && isNameToken(last + 1) && /^\s*$/.test(text.slice(tokens[last].end, tokens[last + 1].start))) return null;
  return [tokens[first].start, tokens[last].end];
}

/**
 * An apposition that starts with its role word (after at most one word: `UN Resident
 * Coordinator`) and that a comma closes within a job title's length: `A, Deputy Head of
 * Mission of …, in his speech`. Not a clause that runs to the sentence's end
 * (`По словам A, студенты в течение года …`) nor one whose role word comes late
 * (`A, выступая от имени Представительства`).
 */
function isClosedApposition(text: string, tokens: Token[], nameEnd: number, span: [number, number]): boolean {
  let first = nameEnd + 1;
  if (['the', 'a', 'an'].includes(tokens[first]?.lower)) first++;
  if (!(roleAt(tokens, first) || roleAt(tokens, first + 1))) return false;
  if (!/^\s*,/.test(text.slice(span[1]))) return false;
  let words = 0;
  for (let i = first; i < tokens.length && tokens[i].end <= span[1]; i++) words++;
  return words <= 20;
}

/**
 * `… was attended by the Deputy Head of … Mr. Ruslan Karabulov`: from the first role word of
 * the clause before the name. Honorifics next to the name (`Prof.`, `профессор`) are skipped,
 * and after them the clause may reach back over a comma (`проректоры, профессор Лусия …`).
 * Another person's name ends the search.
 */
function positionBefore(
  text: string,
  tokens: Token[],
  firstIndex: number,
  isNameToken: (index: number) => boolean,
  overComma = false,
): [number, number] | null {
  let end = firstIndex - 1;
  while (end >= 0 && honorificBefore(tokens[end].text) !== null) end--;
  if (end < 0) return null;
  // `The head of the new chair, Prof. A, said …`: the name between commas names the phrase before it.
  const gap = text.slice(tokens[end].end, tokens[end + 1].start);
  if (CLAUSE_BREAK.test(gap) && !(overComma && /^\s*,\s*$/.test(gap))) return null;
  let start = end;
  let firstRole = -1;
  while (start >= 0 && start > firstIndex - 25 && !isNameToken(start)) {
    // `The head of state received rector of … A`: the title starts after the narrator's verb.
    if (isFiniteVerb(tokens, start)) break;
    if (roleAt(tokens, start)) firstRole = start;
    if (start === 0 || CLAUSE_BREAK.test(text.slice(tokens[start - 1].end, tokens[start].start))) break;
    start--;
  }
  if (firstRole === -1) return null;
  return [tokens[firstRole].start, tokens[end].end];
}

/** `декана факультета` → `декан факультета`: the role word itself in the nominative. */
function nominativeRoleWord(position: string): string {
  return position.replace(/^(\p{L}+?(?:ор|ан|ент|тр|ол|ер|ик|ат|ир))(?:а|у|ом|е)(?=\s|$)/u, '$1');
}

const ACADEMIC_ROLES = new Set([
  'rector',
  'vice-rector',
  'dean',
  'professor',
  'lecturer',
  'student',
  'researcher',
  'engineer',
  'coach',
  'captain',
  'head',
  'director',
  'deputy',
  'chairman',
]);

/** The first organisation (in text order) that ends right before `at`, only spaces between. */
function adjoiningOrganisation(organisations: InstitutionMention[], text: string, at: number): InstitutionMention | undefined {
  const byEnd = organisationsByEnd(organisations);
  let first: number | undefined;
  for (let end = at; end >= 0 && (end === at || /\s/.test(text[end])); end--) {
    const index = byEnd.get(end);
    if (index !== undefined && (first === undefined || index < first)) first = index;
  }
  return first === undefined ? undefined : organisations[first];
}

const endIndexes = new WeakMap<InstitutionMention[], Map<number, number>>();

/** Index of the first organisation ending at each offset. */
function organisationsByEnd(organisations: InstitutionMention[]): Map<number, number> {
  let byEnd = endIndexes.get(organisations);
  if (!byEnd) {
    byEnd = new Map();
    for (let i = organisations.length - 1; i >= 0; i--) byEnd.set(organisations[i].end, i);
    endIndexes.set(organisations, byEnd);
  }
  return byEnd;
}

/**
 * Positions and institutions from the first mention that has a title. A university job
 * (rector, dean, student…) with no organisation in the phrase belongs to the publishing
 * university.
 */
function assignPositions(
  people: Person[],
  indexes: TextIndex[],
  institutionsByParagraph: Map<number, InstitutionMention[]>,
  mentionTokens: Map<number, Set<number>>,
  hostUniversity: string | null,
): void {
  for (const person of people) {
    // A closed apposition after the name (`A, Deputy Head of Mission of …, in his
    // speech`) is how a text introduces a person; a title before the name is often a
    // shortened one in a list of guests. So any mention's closed apposition comes first,
    // then each mention in order, its apposition or else the title before it.
    const tries = [
      ...person.mentions.map((mention) => ({ mention, how: 'closed' as const })),
      ...person.mentions.map((mention) => ({ mention, how: 'any' as const })),
    ];
    for (const { mention, how } of tries) {
      const { text, tokens } = indexes[mention.paragraph];
      const names = mentionTokens.get(mention.paragraph) ?? new Set<number>();
      const isOtherName = (index: number): boolean => names.has(index) && (index < mention.firstToken || index > mention.lastToken);
      const after = positionAfter(text, tokens, mention.lastToken, isOtherName);
      const span =
        how === 'closed'
          ? after && isClosedApposition(text, tokens, mention.lastToken, after)
            ? after
            : null
          : after ?? positionBefore(text, tokens, mention.firstToken, isOtherName, saidAfterComma(text, tokens, mention.lastToken));
      if (!span) continue;
      const organisations = institutionsByParagraph.get(mention.paragraph) ?? [];
      const inside: InstitutionMention[] = [];
      for (let k = lowerBound(organisations.length, (i) => organisations[i].start >= span[0]); k < organisations.length && organisations[k].start <= span[1]; k++) {
        if (organisations[k].end <= span[1]) inside.push(organisations[k]);
      }
      let [start, end] = span;
      // An organisation at either edge of the phrase is the institution, not the job title.
      const last = inside[inside.length - 1];
      if (last && /^[\s.,]*$/.test(text.slice(last.end, end))) {
        end = last.start;
        const cut = /\s+(?:of(?:\s+the)?|at|in)\s*$/.exec(text.slice(start, end));
        if (cut) end = start + cut.index;
      }
      const first = inside[0];
      if (first && first.start === start) start = first.end;
      let position = nominativeRoleWord(text.slice(start, end))
        .replace(/^[\s,\-–—]+|[\s,\-–—]+$/gu, '')
        .replace(/^(?:-\p{Ll}+)\s+/u, '');
      if (!position) continue;
      // `UN Resident Coordinator …`: an organisation right before the position is the employer too,
      const adjoining = adjoiningOrganisation(organisations, text, span[0]);
      // and an acronym there is part of the title as written.
      const acronym = adjoining && start === span[0] ? text.slice(adjoining.start, adjoining.end) : '';
      if (/^\p{Lu}{2,6}$/u.test(acronym)) position = `${acronym} ${position}`;
      person.position = position;
      person.roles = rolesIn(tokenize(position));
      const named = inside[0] ?? adjoining;
      person.institution = named?.name ?? ([...person.roles].some((role) => ACADEMIC_ROLES.has(role)) ? hostUniversity : null);
      break;
    }
  }
}

// ---------------------------------------------------------------------------------------

function collectRoleMentions(indexes: TextIndex[], excluded: Excluded, mentionTokens: Map<number, Set<number>>): RoleMention[] {
  const found: RoleMention[] = [];
  indexes.forEach(({ tokens }, paragraph) => {
    const names = mentionTokens.get(paragraph) ?? new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      if (names.has(i) || excluded(paragraph, tokens[i].start)) continue;
      const match = roleAt(tokens, i);
      if (!match) continue;
      // A role right before a name is that name's title, already counted with the name.
      const end = i + match.length;
      if (![end, end + 1, end + 2].some((k) => names.has(k))) {
        found.push({
          paragraph,
          start: tokens[i].start,
          end: tokens[end - 1].end,
          key: match.key,
          generic: match.generic,
          gender: match.gender,
        });
      }
      i = end - 1;
    }
  });
  return found;
}

function groupByParagraph<T extends { paragraph: number }>(items: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const list = groups.get(item.paragraph) ?? [];
    list.push(item);
    groups.set(item.paragraph, list);
  }
  return groups;
}

export function findPeople(
  input: Array<string | TextIndex>,
  locale: PressLocale,
  excluded: Excluded,
  institutionMentions: InstitutionMention[],
  hostInstitution: string | null = null,
  headline: string | null = null,
): PeopleScan {
  // The headline (often the dateline lead: `ASTANA. Head of State A B received Rector C D`)
  // names people in full whom the body calls `A.B`: it is read as paragraph -1.
  const body = input.map((item) => (typeof item === 'string' ? new TextIndex(item) : item));
  const shift = headline ? 1 : 0;
  const indexes = headline ? [new TextIndex(headline), ...body] : body;
  const isExcluded: Excluded = (paragraph, position) => paragraph >= shift && excluded(paragraph - shift, position);
  const institutionsByParagraph = groupByParagraph(institutionMentions.map((mention) => (shift ? { ...mention, paragraph: mention.paragraph + shift } : mention)));
  const mentions: PersonMention[] = [];
  indexes.forEach(({ text, tokens }, paragraph) => {
    // Runs and organisations are both in text order: a run lies inside an organisation's
    // name when one starting at or before it reaches its end.
    const organisations = institutionsByParagraph.get(paragraph) ?? [];
    let nextOrganisation = 0;
    let organisationsReach = -1;
    for (const raw of nameRuns(text, tokens, paragraph)) {
      while (nextOrganisation < organisations.length && organisations[nextOrganisation].start <= raw.start) {
        organisationsReach = Math.max(organisationsReach, organisations[nextOrganisation++].end);
      }
      if (isExcluded(paragraph, raw.start)) continue;
      if (organisationsReach >= raw.end) continue;
      // `Саясат Нұрбек Назарбаев Университетінің …`: the name stops where an organisation's begins.
      const inner = organisations[lowerBound(organisations.length, (k) => organisations[k].start > raw.start)];
      if (inner && inner.start < raw.end && !cutBefore(raw, inner.start)) continue;
      const { words, gender: caseGender } = normaliseMention(raw, tokens, locale);
      if (!acceptMention(raw, tokens, text, words)) continue;
      const full = words.filter((_, k) => !raw.initials[k]);
      const gender = combineGender([
        raw.honorificGender,
        honorificAfter(tokens[raw.lastIndex + 1]?.text ?? ''),
        caseGender,
        full.length > 1 || isKnownFirstName(full[0]) ? firstNameGender(full[0]) : null,
        surnameGender(full[full.length - 1]),
        genderFromContext(tokens, text, raw.lastIndex),
      ]);
      mentions.push({
        paragraph,
        start: raw.start,
        end: raw.end,
        tokens: words,
        initials: raw.initials,
        gender,
        honorific: raw.honorificGender !== null || honorificAfter(tokens[raw.lastIndex + 1]?.text ?? '') !== null,
        person: -1,
        firstToken: raw.firstIndex,
        lastToken: raw.lastIndex,
      });
    }
  });
  const people = buildPeople(mentions);
  for (const person of people) person.gender = combineGender(person.mentions.map((mention) => mention.gender));
  const kept = mentions.filter((mention) => mention.person >= 0).sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const mentionTokens = new Map<number, Set<number>>();
  for (const mention of kept) {
    const set = mentionTokens.get(mention.paragraph) ?? new Set<number>();
    for (let t = mention.firstToken; t <= mention.lastToken; t++) set.add(t);
    mentionTokens.set(mention.paragraph, set);
  }
  assignPositions(people, indexes, institutionsByParagraph, mentionTokens, hostInstitution);
  const roleMentions = collectRoleMentions(indexes, isExcluded, mentionTokens).filter((role) => role.paragraph >= shift);
  if (shift) {
    for (const mention of kept) mention.paragraph -= shift;
    for (const role of roleMentions) role.paragraph -= shift;
  }
  return { people, mentions: kept, roleMentions };
}

/** The contract's speaker entries: people who are quoted or named with a role or title. */
export function toSpeakers(people: Person[], quoted: Set<number>): PressSpeaker[] {
  return people
    .map((person, index) => ({ person, index }))
    .filter(({ person, index }) => quoted.has(index) || person.position !== null || person.honorific)
    .map(({ person }) => ({ name: person.name, aliases: person.aliases, position: person.position, institution: person.institution }));
}
