import signatures from './data/signatures.json';
import { isViewCounterLine, parseDateLine } from './dates';
import { PressParseError } from './errors';
import { isFunctionWord } from './lexicon';
import { isLowerLetter, isUpperLetter } from './tokens';

/**
 * Layout of a press text: headline, optional date line, body paragraphs and the closing
 * signature block (press service, web address, source, author lines).
 */

export interface ArticleStructure {
  title: string;
  /** The text had no headline (its first line is a paragraph): the title is that paragraph's first sentence. */
  titleFromText?: boolean;
  publishedAt: string | null;
  paragraphs: string[];
  signature: string | null;
}

const compile = (sources: string[]): RegExp[] => sources.map((source) => new RegExp(source, 'iu'));
const PRESS_SERVICE = compile(signatures.pressService);
const SOURCE_LINE = compile(signatures.source);
const BYLINE = compile(signatures.byline);

/** A headline longer than this is a body paragraph that lost its headline. */
const MAX_TITLE_CHARS = 300;
/** Signature blocks are short; never eat more than this many lines of the tail. */
const MAX_SIGNATURE_LINES = 4;

const hasLetters = (line: string): boolean => /\p{L}/u.test(line);

export function isSignatureLine(line: string): boolean {
  if (line.length > 200) return false;
  return [...PRESS_SERVICE, ...SOURCE_LINE, ...BYLINE].some((pattern) => pattern.test(line));
}

/** `Author:` alone on a line, waiting for the name on the next one. */
function isBylineLabel(line: string): boolean {
  return /^[\p{L}\s]{2,30}:$/u.test(line) && BYLINE.some((pattern) => pattern.test(line));
}

/** A reporter's name in capitals (`АЙГЕРІМ НҰРЛАНҚЫЗЫ`). */
function isCapitalisedName(line: string): boolean {
  const words = line.split(' ');
  return words.length >= 1 && words.length <= 4 && /^[\p{Lu}\-.' ]+$/u.test(line) && /\p{Lu}{3}/u.test(line);
}

/** A short `Firstname Lastname` line (the name under an `Author:` label). */
function isShortName(line: string): boolean {
  return /^(?:\p{Lu}[\p{L}'’-]*\.?\s?){1,4}$/u.test(line) && line.length <= 60;
}

/**
 * Splits off the signature block from the end of the lines. Returns the index where the
 * block starts (lines.length when there is none).
 */
export function findSignatureStart(lines: string[]): number {
  let start = lines.length;
  let taken = 0;
  for (let i = lines.length - 1; i >= 0 && taken < MAX_SIGNATURE_LINES; i--) {
    const line = lines[i];
    if (line === '') continue;
    const previous = i > 0 ? lines[i - 1] : '';
    if (isSignatureLine(line) || isCapitalisedName(line) || (parseDateLine(line)?.rest === '' && start < lines.length)) {
      start = i;
      taken++;
    } else if (isShortName(line) && isBylineLabel(previous)) {
      start = i - 1;
      taken += 2;
      i--;
    } else {
      break;
    }
  }
  return start;
}

interface Block {
  lines: string[];
}

function toBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length) blocks.push({ lines: current });
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) blocks.push({ lines: current });
  return blocks;
}

const SPEECH_DASH = /^[-–—]\s/;
const BULLET = /^(?:[•*▪●◦·]|\d{1,2}[.)])\s/;

/**
 * Paragraphs from body lines. With blank-line separated blocks, a single line break inside
 * a block is a stray wrap and is joined, except before dialogue dashes and bullets.
 */
export function bodyParagraphs(lines: string[]): string[] {
  const blocks = toBlocks(lines);
  const blankSeparated = blocks.length > 1 || lines.length === 1;
  const paragraphs: string[] = [];
  for (const block of blocks) {
    if (!blankSeparated) {
      for (const line of block.lines) paragraphs.push(line);
      continue;
    }
    let current = '';
    for (const line of block.lines) {
      if (current && (SPEECH_DASH.test(line) || BULLET.test(line) || current.endsWith(':'))) {
        paragraphs.push(current);
        current = line;
      } else {
        current = current ? `${current} ${line}` : line;
      }
    }
    if (current) paragraphs.push(current);
  }
  return mergeBrokenSentences(paragraphs);
}

/**
 * A paragraph that stops mid-sentence (no closing punctuation, ends in a lower-case word or
 * a comma) and a next paragraph that carries on lower-case are one paragraph broken by a
 * stray empty line.
 */
export function mergeBrokenSentences(paragraphs: string[]): string[] {
  // Each merged paragraph is kept as its parts and joined once: only the end of the last
  // part decides a merge, so a text of thousands of merged paragraphs stays linear.
  const merged: string[][] = [];
  for (const paragraph of paragraphs) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && continuesSentence(tail(previous), paragraph)) previous.push(paragraph);
    else merged.push([paragraph]);
  }
  return merged.map((parts) => parts.join(' '));
}

/** The end of `parts.join(' ')` that `continuesSentence` reads (the last part, or the space before an empty one). */
const tail = (parts: string[]): string => (parts.length > 1 && parts[parts.length - 1] === '' ? ' ' : parts[parts.length - 1]);

const LETTER = /\p{L}/u;

/** The letters at the end of `text` (what `/\p{L}+$/u` matches), read backwards from the end. */
function trailingLetters(text: string): string {
  let start = text.length;
  while (start > 0) {
    const pair = start >= 2 && /[\uDC00-\uDFFF]/.test(text[start - 1]) && /[\uD800-\uDBFF]/.test(text[start - 2]);
    const width = pair ? 2 : 1;
    if (!LETTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return text.slice(start);
}

function continuesSentence(previous: string, next: string): boolean {
  if (SPEECH_DASH.test(next) || BULLET.test(next)) return false;
  const last = previous[previous.length - 1];
  if (/[.!?…:;"»”“)\]]/.test(last)) return false;
  const nextFirst = next[0];
  if (isLowerLetter(nextFirst)) return true;
  const lastWord = trailingLetters(previous).toLowerCase();
  // Words a sentence cannot end with: `…Museum of the` / `Republic of Kazakhstan.`
  return (last === ',' || (lastWord.length <= 5 && isFunctionWord(lastWord))) && (isUpperLetter(nextFirst) || /\d/.test(nextFirst));
}

/** Headline length a title taken from the text is cut to (at a word boundary). */
const DERIVED_TITLE_CHARS = 160;

/**
 * The first sentence of a paragraph, as a title: up to the first sentence end followed by
 * a capital letter (or the end), else cut at a word boundary with an ellipsis.
 */
export function firstSentence(paragraph: string): string {
  const end = /[.!?…](?=\s+[\p{Lu}«"“„(—–-]|\s*$)/u.exec(paragraph.slice(0, DERIVED_TITLE_CHARS + 1));
  if (end && end.index >= 20) return paragraph.slice(0, end.index + (end[0] === '.' ? 0 : 1)).trim();
  const cut = paragraph.slice(0, DERIVED_TITLE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * Reads headline, date, body and signature. Throws NO_TITLE / NO_BODY when the text has
 * no usable headline or nothing under it.
 */
export function splitStructure(text: string): ArticleStructure {
  const lines = text.split('\n');
  let index = lines.findIndex(hasLetters);
  if (index === -1) throw new PressParseError('NO_TITLE', 'The text has no line with letters to use as a headline.');
  let publishedAt: string | null = null;

  // A date line above the headline.
  const dateFirst = parseDateLine(lines[index]);
  if (dateFirst && dateFirst.rest === '') {
    publishedAt = dateFirst.date;
    const next = lines.findIndex((line, i) => i > index && hasLetters(line));
    if (next === -1) throw new PressParseError('NO_TITLE', 'The text holds only a date.');
    index = next;
  }
  let title = lines[index];
  // A first line that is a whole paragraph: the text lost its headline (pasted from a
  // page, an excerpt). Refusing it would lose every quote in it; the title is its first
  // sentence instead, the paragraph stays the first of the body, and a warning says so.
  const titleFromText = title.length > MAX_TITLE_CHARS;
  if (titleFromText) {
    title = firstSentence(title);
    index -= 1; // the line itself is body
  }
  if (isSignatureLine(title) && !lines.slice(index + 1).some(hasLetters)) {
    throw new PressParseError('NO_TITLE', 'The text holds only a signature line.');
  }

  const rest = lines.slice(index + 1);
  // Date and view-counter lines directly under the headline (the date may be glued to the body).
  let checked = 0;
  for (let i = 0; i < rest.length && checked < 2; i++) {
    if (rest[i] === '') continue;
    checked++;
    const date = parseDateLine(rest[i]);
    if (date && publishedAt === null) {
      publishedAt = date.date;
      rest[i] = date.rest;
      if (date.rest !== '') break;
    } else if (isViewCounterLine(rest[i])) {
      rest[i] = '';
    } else {
      break;
    }
  }

  const signatureStart = findSignatureStart(rest);
  const signatureLines = rest.slice(signatureStart).filter((line) => line !== '');
  let bodyLines = rest.slice(0, signatureStart);
  // A date at the very end of the body (`Date: 18.12.2017`) when none was under the headline.
  const lastBody = [...bodyLines].reverse().find((line) => line !== '');
  if (publishedAt === null && lastBody !== undefined) {
    const trailingDate = parseDateLine(lastBody);
    if (trailingDate && trailingDate.rest === '') {
      publishedAt = trailingDate.date;
      bodyLines = bodyLines.slice(0, bodyLines.lastIndexOf(lastBody));
    }
  }
  const paragraphs = bodyParagraphs(bodyLines).filter(hasLetters);
  if (paragraphs.length === 0) throw new PressParseError('NO_BODY');
  return {
    title,
    ...(titleFromText && { titleFromText }),
    publishedAt,
    paragraphs,
    signature: signatureLines.length ? signatureLines.join('\n') : null,
  };
}
