import { containsSpeechVerb, isNarratorWord, isQuestionNoun, isTitleCue, REPORTED_THAT, speechVerbAt } from './lexicon';
import { closeAtNestedAttribution, isStrayOpening, scanQuoteMarks, type MarkFamily, type MarkSpan } from './quote-marks';
import { firstLetter, isLowerLetter, lowerBound, TextIndex, tokenize, type Token } from './tokens';

/**
 * Direct speech in the body: quoted passages (any quotation marks, nested, unbalanced,
 * spanning paragraphs, interrupted by their attribution) and unmarked dash speech
 * (`— …, — сказал декан.`). Titles of events, films, programmes… in quotation marks are
 * told apart from speech and kept aside as `titles`.
 */

export interface TextRange {
  paragraph: number;
  start: number;
  end: number;
}

export type QuoteKind = 'marked' | 'dash' | 'continuation';

export interface QuoteCandidate {
  kind: QuoteKind;
  /** Paragraph where the quote starts and offset of its first character there. */
  paragraph: number;
  start: number;
  /** Paragraph where it ends and offset just after its last character there. */
  endParagraph: number;
  end: number;
  text: string;
  /** The opening mark was never closed: the quote was cut at the end of its paragraph. */
  unbalanced: boolean;
  /** Marked text that is a title, a name or a fragment of the narrator's sentence. */
  isQuote: boolean;
  /** A question put by someone in the audience ("To the question «…?»"). */
  question: boolean;
  /** Narrator's words before the quote in its sentence, if any. */
  before: TextRange | null;
  /** Narrator's words after the quote up to the end of the attribution, if any. */
  after: TextRange | null;
  /** Parts of one interrupted quote share a group number. */
  group: number;
}

export interface QuoteExtraction {
  quotes: QuoteCandidate[];
  titles: QuoteCandidate[];
}

const DASH_START = /^[-–—]\s+/;
/** `. — `: a sentence ends and speech (or the narrator) starts. */
const SENTENCE_DASH = /[.!?…]\s+[-–—]\s+/gu;
/** `…, — сказал он. — …` inside speech: punctuation, dash, then the narrator in lower case. */
const INSERTION_START = /([,!?…])\s+[-–—]\s+(?=\p{Ll})/gu;
/**
 * End of the narrator's insertion and the speech resumes: `. — Это…` starts a new sentence,
 * `, — новый кампус…` carries on the same one.
 */
const INSERTION_END = /(?:[.:]\s+[-–—]\s+(?=[\p{Lu}\d«"„“])|,\s+[-–—]\s+(?=[\p{L}\d«"„“]))/gu;
/** `"…," the Speaker said. - Our country…`: the narrator, then a dash and speech without marks. */
const AUTHOR_THEN_SPEECH = /^\s*[,.!?…]?\s*(?:[-–—]\s+)?([^"«»“”„.!?]{1,140}?)[.,]\s+[-–—]\s+(?=[\p{Lu}\d])/u;

const MAX_INSERTION_WORDS = 15;
/** An insertion (`, — сказал декан университета, —`) is a few words; longer is narration. */
const MAX_INSERTION_CHARS = 300;
/**
 * The narrator's words looked at around a quote stop this far from it: an attribution is
 * a clause, and a bounded window keeps the work per quote constant on a text with no full stop.
 */
const CONTEXT_CHARS = 400;

const isSpaceCode = (code: number): boolean => code === 32;

/**
 * Drops the trailing `,` `;` `:` and spaced dashes (`…building, —`): a scan from the end,
 * as `/(?:\s*[,;:]|\s+[-–—])+$/` would do, but without retrying from every position.
 */
export function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  for (;;) {
    const code = text.charCodeAt(end - 1);
    let at = end - 1;
    if (code === 44 || code === 59 || code === 58) {
      // `\s*[,;:]`
    } else if (code === 45 || code === 0x2013 || code === 0x2014) {
      if (!isSpaceCode(text.charCodeAt(at - 1))) break; // `\s+[-–—]` needs the space
    } else {
      break;
    }
    while (at > 0 && isSpaceCode(text.charCodeAt(at - 1))) at--;
    end = at;
  }
  return text.slice(0, end);
}

function cleanQuoteText(raw: string): string {
  return trimTrailingPunctuation(raw.replace(/\s+/g, ' ').trim()).trim();
}

function wordCount(text: string): number {
  return tokenize(text).length;
}

function range(paragraph: number, start: number, end: number): TextRange | null {
  return end > start ? { paragraph, start, end } : null;
}

/** Narrator's words before `position`, back to the start of its sentence (or `floor`). */
function beforeRange(context: TextIndex, paragraph: number, position: number, floor = 0): TextRange | null {
  const [sentenceStart] = context.sentenceAt(position);
  return range(paragraph, Math.max(sentenceStart, floor, position - CONTEXT_CHARS), position);
}

/** Narrator's words after `position`, to the end of that sentence (or `ceiling`). */
function afterRange(context: TextIndex, paragraph: number, position: number, ceiling = Infinity): TextRange | null {
  if (position >= context.text.length) return null;
  const [, sentenceEnd] = context.sentenceAt(position);
  return range(paragraph, position, Math.min(sentenceEnd, ceiling, context.text.length, position + CONTEXT_CHARS));
}

// ---------------------------------------------------------------------------------------
// Telling speech from titles.

interface SpanEvidence {
  content: string;
  /** The opening mark is never closed (nor continued in the next paragraph): speech needs a cue next to it. */
  unbalanced?: boolean;
  /** Only a comma or `and` stands between the closing mark and the next opening one. */
  followedByQuote?: boolean;
  before: Token[];
  after: Token[];
  afterText: string;
  beforeText: string;
}

/** The first up to `limit` tokens of `tokens` that stand before punctuation breaking the clause. */
function leadingClauseTokens(text: string, limit: number): Token[] {
  const clause = /^[^.!?;:()«»"“”„]*/u.exec(text)?.[0] ?? '';
  return tokenize(clause).slice(0, limit);
}

function trailingClauseTokens(text: string, limit: number): Token[] {
  const clause = /[^.!?;:()«»"“”„]*$/u.exec(text)?.[0] ?? '';
  return tokenize(clause).slice(-limit);
}

function hasSpeechVerbNear(tokens: Token[], limit: number): boolean {
  return tokens.slice(0, limit).some((_, i, list) => speechVerbAt(list, i) > 0);
}

/** `", - said X`, `," she noted`, `» деп атап өтті`, `"Finally!" he wrote`. */
function speechAfter(evidence: SpanEvidence): boolean {
  const boundary = /[,.!?…]$/.test(evidence.content.trim()) || /^\s*[,.!?…–—-]/.test(evidence.afterText);
  const first = evidence.after[0]?.lower;
  if (first === 'деп' || first === 'деді' || first === 'дейді') return true;
  return boundary && hasSpeechVerbNear(evidence.after, 10);
}

/** `underlined: "…"`, `she noted, "…"`, `Ректор: «…»`. */
function speechBefore(evidence: SpanEvidence): boolean {
  const text = evidence.beforeText.trimEnd();
  if (text.endsWith(':')) return true;
  // Kazakh `деп` ("saying") follows the words it quotes; before a quote it means "as" (`деп «Жапония» … танылды`).
  const tail = trailingClauseTokens(text.replace(/,$/, ''), 3).filter((token) => token.lower !== 'деп' && token.lower !== 'деген');
  return tail.length > 0 && tail.some((_, i) => speechVerbAt(tail, i) > 0);
}

/**
 * `… expressed the hope that "our country will be able to offer …`: reported speech that
 * runs on into the speaker's own words, which start in lower case. Only after `that` /
 * `что` with a speech verb before it in the clause, and only a whole sentence (six words
 * or more, ending as a sentence ends or left open), never a quoted word or name.
 */
function reportedSpeechRunsOn(evidence: SpanEvidence, content: string): boolean {
  const tail = trailingClauseTokens(evidence.beforeText.trimEnd(), 7);
  if (tail.length < 2 || !REPORTED_THAT.has(tail[tail.length - 1].lower)) return false;
  const verbs = tail.slice(0, -1);
  if (!verbs.some((_, i) => speechVerbAt(verbs, i) > 0)) return false;
  return wordCount(content) >= 6 && (hasSentencePunctuation(content) || evidence.afterText.trim() === '');
}

function titleCueNear(evidence: SpanEvidence): boolean {
  // `The motto of the event was "…"`: the cue may stand a few words back.
  const before = trailingClauseTokens(evidence.beforeText, 5);
  const after = leadingClauseTokens(evidence.afterText, 3);
  return before.some(isTitleCue) || after.some(isTitleCue);
}

function isQuestionPrompt(evidence: SpanEvidence): boolean {
  if (!/\?\s*$/.test(evidence.content)) return false;
  return trailingClauseTokens(evidence.beforeText, 5).some(isQuestionNoun) || evidence.after.slice(0, 4).some(isQuestionNoun);
}

function looksTitleCased(content: string): boolean {
  const words = tokenize(content).filter((token) => token.text.length >= 4);
  if (words.length === 0) return true;
  const capitalised = words.filter((token) => !isLowerLetter(token.text[0])).length;
  return capitalised / words.length >= 0.6;
}

function hasSentencePunctuation(content: string): boolean {
  return /[.!?…]\s*$/.test(content) || /[.!?…]\s+\p{Lu}/u.test(content);
}

export type SpanVerdict = { isQuote: boolean; question: boolean };

/**
 * Decides whether quoted text is speech. Strong speech signals (a colon or speech verb
 * right next to the marks) win over title cues; title cues ("the conference «…»",
 * "«…» атты жоба") win over the shape of the text; short capitalised phrases without
 * sentence punctuation are names.
 */
export function judgeSpan(evidence: SpanEvidence): SpanVerdict {
  const content = evidence.content.trim();
  if (!/\p{L}/u.test(content)) return { isQuote: false, question: false };
  if (evidence.beforeText.endsWith('(')) return { isQuote: false, question: false };
  if (isQuestionPrompt(evidence)) return { isQuote: true, question: true };
  const after = speechAfter(evidence);
  if (isLowerLetter(firstLetter(content)) && !after) {
    return { isQuote: reportedSpeechRunsOn(evidence, content), question: false };
  }
  if (after) return { isQuote: true, question: false };
  const words = wordCount(content);
  const sentences = hasSentencePunctuation(content);
  if (evidence.beforeText.trimEnd().endsWith(':')) {
    // `the Address: "Growing Welfare …"`, `events such as: "Day of X", "Day of Y"`: a title or a list of names.
    return { isQuote: !(cueBeforeColon(evidence) || (!sentences && words <= 5 && listOfTitles(evidence))), question: false };
  }
  if (titleCueNear(evidence)) return { isQuote: false, question: false };
  // `об открытии «Академии Абая»`: a short capitalised name, even after a speech verb.
  if (!sentences && words <= 3 && looksTitleCased(content)) return { isQuote: false, question: false };
  if (speechBefore(evidence)) return { isQuote: true, question: false };
  // An opening mark never closed inside the narrator's sentence (after a list of names): a stray mark.
  const midSentence = /\p{L}/u.test(evidence.beforeText);
  if (evidence.unbalanced && midSentence) return { isQuote: false, question: false };
  if (sentences && words >= 3) return { isQuote: true, question: false };
  if (words <= 5 || looksTitleCased(content)) return { isQuote: false, question: false };
  // Words without a sentence's punctuation set inside the narrator's sentence, with no
  // speech verb or colon next to them: the name of an address, an article, a unit.
  return { isQuote: !midSentence, question: false };
}

/** `the Address: "…"`: the word before the colon announces a title. */
function cueBeforeColon(evidence: SpanEvidence): boolean {
  const tail = trailingClauseTokens(evidence.beforeText.trimEnd().replace(/:$/, ''), 1);
  return tail.length === 1 && isTitleCue(tail[0]);
}

/** `"Day of X", "Day of Y" and "Day of Z"`: the quoted item is followed by another one. */
function listOfTitles(evidence: SpanEvidence): boolean {
  return evidence.followedByQuote === true;
}

// ---------------------------------------------------------------------------------------
// Building candidates.

interface Carry {
  paragraph: number;
  start: number;
  family: MarkFamily;
  parts: string[];
  lastParagraph: number;
  lastEnd: number;
  beforeText: string;
  before: TextRange | null;
}

class QuoteCollector {
  readonly candidates: QuoteCandidate[] = [];
  private nextGroup = 0;

  newGroup(): number {
    return this.nextGroup++;
  }

  add(candidate: Omit<QuoteCandidate, 'text'> & { raw: string }): QuoteCandidate | null {
    const { raw, ...rest } = candidate;
    const text = cleanQuoteText(raw);
    if (!/\p{L}/u.test(text)) return null;
    const quote: QuoteCandidate = { ...rest, text };
    this.candidates.push(quote);
    return quote;
  }
}

/**
 * Is a position inside one of the nested spans (children of one quote, in text order)?
 * Closed children do not overlap; an unclosed one runs to the end of its parent.
 */
function insideSpans(nested: MarkSpan[]): (at: number) => boolean {
  const closed = nested.filter((child) => child.close !== -1);
  const unclosedFrom = nested.find((child) => child.close === -1)?.open ?? Infinity;
  return (at) => {
    if (at > unclosedFrom) return true;
    const k = lowerBound(closed.length, (i) => closed[i].open >= at) - 1;
    return k >= 0 && at < closed[k].close;
  };
}

/** Splits `«A, — сказал он. — B»` into its speech parts and the narrator's insertions. */
function splitInsertions(
  text: string,
  start: number,
  end: number,
  nested: MarkSpan[],
): { parts: Array<[number, number]>; insertions: Array<[number, number]> } {
  const parts: Array<[number, number]> = [];
  const insertions: Array<[number, number]> = [];
  const insideNested = insideSpans(nested);
  let cursor = start;
  INSERTION_START.lastIndex = start;
  for (let m = INSERTION_START.exec(text); m !== null && m.index < end; m = INSERTION_START.exec(text)) {
    if (insideNested(m.index)) continue;
    const authorStart = m.index + m[0].length;
    // Only a short stretch can hold the insertion: search that, not the rest of the paragraph.
    const window = text.slice(0, Math.min(text.length, authorStart + MAX_INSERTION_CHARS + 16));
    INSERTION_END.lastIndex = authorStart;
    const found = INSERTION_END.exec(window);
    const stop = found && found.index < end ? found : null;
    // Without a resuming dash the narrator has the last word (`— …, — сказал декан.`).
    const authorEnd = stop ? stop.index : end;
    if (authorEnd - authorStart > MAX_INSERTION_CHARS) continue;
    const author = text.slice(authorStart, authorEnd);
    const authorTokens = tokenize(author);
    if (authorTokens.length > MAX_INSERTION_WORDS || /["«»“”„]/.test(author) || !containsSpeechVerb(authorTokens)) continue;
    const punctuation = m[1];
    parts.push([cursor, punctuation === ',' ? m.index : m.index + 1]);
    insertions.push([authorStart, authorEnd]);
    if (!stop) return { parts, insertions };
    cursor = stop.index + stop[0].length;
    INSERTION_START.lastIndex = cursor;
  }
  parts.push([cursor, end]);
  return { parts, insertions };
}

/** `"We will build," the rector said, "a new campus…"`: a short attribution between two marked halves. */
function resumesAfterAttribution(between: string): boolean {
  const match = /^\s*,?\s*([^.!?"«»“”„]{1,80}),\s*$/u.exec(between);
  return match !== null && containsSpeechVerb(tokenize(match[1])) && tokenize(match[1]).length <= 8;
}

/** Where unmarked speech that resumes after `", the Speaker said. - "` hands back to the narrator. */
function unmarkedSpeechEnd(context: TextIndex, start: number, limit: number): number {
  let end = start;
  const sentences = context.sentences;
  for (let s = lowerBound(sentences.length, (i) => sentences[i][1] > start); s < sentences.length; s++) {
    const [sentenceStart, sentenceEnd] = sentences[s];
    if (sentenceStart >= limit) break;
    const sentence = context.text.slice(Math.max(sentenceStart, start), Math.min(sentenceEnd, limit));
    const tokens = tokenize(sentence);
    const narrator = tokens.some((token) => isNarratorWord(token.text)) || containsSpeechVerb(tokens) || /["«»“”„]/.test(sentence);
    if (narrator && end > start) break;
    if (narrator) return start;
    end = Math.min(sentenceEnd, limit);
  }
  return end;
}

export function extractQuotes(input: Array<string | TextIndex>): QuoteExtraction {
  const collector = new QuoteCollector();
  const contexts: TextIndex[] = input.map((item) => (typeof item === 'string' ? new TextIndex(item) : item));
  const paragraphs = contexts.map((context) => context.text);
  let carry: Carry | null = null;

  const finishCarry = (unbalanced: boolean, endParagraph: number, end: number, closeText: string, after: TextRange | null): void => {
    if (!carry) return;
    const raw = [...carry.parts, closeText].filter((part) => part !== '').join(' ');
    const afterText = after ? paragraphs[after.paragraph].slice(after.start, after.end) : '';
    const verdict = judgeSpan({
      content: raw,
      unbalanced,
      beforeText: carry.beforeText,
      before: tokenize(carry.beforeText),
      afterText,
      after: tokenize(afterText),
    });
    collector.add({
      kind: 'marked',
      paragraph: carry.paragraph,
      start: carry.start,
      endParagraph,
      end,
      raw,
      unbalanced,
      isQuote: verdict.isQuote,
      question: verdict.question,
      before: carry.before,
      after,
      group: collector.newGroup(),
    });
    carry = null;
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p];
    const context = contexts[p];
    const { spans, orphanCloses } = scanQuoteMarks(text);
    const orphans = [...orphanCloses];
    /** Orphans taken as the end of a continuation (step 4); step 5 skips them. */
    const usedOrphans = new Set<number>();

    // 1. A quote left open by the previous paragraph.
    if (carry) {
      const first = spans[0];
      const firstOrphan = orphans[0];
      if (first && first.open === 0 && first.family === carry.family && (!firstOrphan || firstOrphan.at > first.open)) {
        spans.shift();
        if (first.close === -1) closeAtNestedAttribution(text, first);
        if (first.close === -1) {
          carry.parts.push(text.slice(1));
          carry.lastParagraph = p;
          carry.lastEnd = text.length;
          continue; // the whole paragraph is inside the quote
        }
        finishCarry(false, p, first.close, text.slice(1, first.close), afterRange(context, p, first.close + 1));
      } else if (firstOrphan && firstOrphan.family === carry.family && (!first || firstOrphan.at < first.open)) {
        orphans.shift();
        finishCarry(false, p, firstOrphan.at, text.slice(0, firstOrphan.at), afterRange(context, p, firstOrphan.at + 1));
      } else {
        const c: Carry = carry;
        finishCarry(true, c.lastParagraph, c.lastEnd, '', null);
      }
    }

    // 2. Dash speech: `— Текст, — сказал он. — Текст.`
    if (DASH_START.test(text)) {
      addDashSpeech(collector, paragraphs, contexts, p);
      continue;
    }

    // 3. Marked quotes.
    let previousEnd = 0;
    let previousQuote: { close: number; group: number } | null = null;
    for (let s = 0; s < spans.length; s++) {
      const span = spans[s];
      if (span.close === -1) closeAtNestedAttribution(text, span);
      if (isStrayOpening(text, span)) {
        // Its nested quotes are the paragraph's own.
        spans.splice(s, 1, ...span.children);
        s--;
        continue;
      }
      const nextOpen = spans[s + 1]?.open ?? text.length;
      if (span.close === -1) {
        carry = {
          paragraph: p,
          start: span.open + 1,
          family: span.family,
          parts: [text.slice(span.open + 1)],
          lastParagraph: p,
          lastEnd: text.length,
          beforeText: text.slice(beforeRange(context, p, span.open)?.start ?? span.open, span.open),
          before: beforeRange(context, p, span.open, previousEnd),
        };
        break;
      }
      const closeEnd = span.sharedClose ? span.close + 1 : span.close;
      const after = afterRange(context, p, span.close + 1, nextOpen);
      const before = beforeRange(context, p, span.open, previousEnd);
      const beforeText = before ? text.slice(before.start, before.end) : '';
      const afterText = after ? text.slice(after.start, after.end) : '';
      const resumes: boolean = previousQuote !== null && resumesAfterAttribution(text.slice(previousQuote.close + 1, span.open));
      const verdict: SpanVerdict = resumes
        ? { isQuote: true, question: false }
        : judgeSpan({
            content: text.slice(span.open + 1, span.close),
            followedByQuote: nextOpen < text.length && /^\s*[,;]\s*(?:(?:and|и|және)\s+)?$/u.test(text.slice(span.close + 1, nextOpen)),
            beforeText,
            before: tokenize(beforeText),
            afterText,
            after: tokenize(afterText),
          });
      const group: number = resumes && previousQuote ? previousQuote.group : collector.newGroup();
      const { parts, insertions } = verdict.isQuote
        ? splitInsertions(text, span.open + 1, span.close, span.children)
        : { parts: [[span.open + 1, closeEnd]] as Array<[number, number]>, insertions: [] };
      if (parts.length === 1) parts[0][1] = closeEnd;
      parts.forEach(([partStart, partEnd], k) => {
        collector.add({
          kind: 'marked',
          paragraph: p,
          start: partStart,
          endParagraph: p,
          end: partEnd,
          raw: text.slice(partStart, partEnd),
          unbalanced: false,
          isQuote: verdict.isQuote,
          question: verdict.question,
          before: k === 0 ? before : range(p, insertions[k - 1][0], insertions[k - 1][1]),
          after: k < insertions.length ? range(p, insertions[k][0], insertions[k][1]) : after,
          group,
        });
      });
      previousEnd = span.close + 1;
      previousQuote = verdict.isQuote ? { close: span.close, group } : null;

      // 4. `"A," the Speaker said. - B…` where B has no opening mark.
      if (verdict.isQuote) {
        const resumed = AUTHOR_THEN_SPEECH.exec(text.slice(span.close + 1, nextOpen));
        if (resumed && containsSpeechVerb(tokenize(resumed[1]))) {
          const speechStart = span.close + 1 + resumed[0].length;
          const authorStart = span.close + 1 + resumed[0].indexOf(resumed[1]);
          let orphanIndex = lowerBound(orphans.length, (i) => orphans[i].at > speechStart);
          while (usedOrphans.has(orphanIndex)) orphanIndex++;
          if (orphanIndex >= orphans.length || orphans[orphanIndex].at >= nextOpen) orphanIndex = -1;
          let speechEnd: number;
          let closeAt = -1;
          if (orphanIndex !== -1) {
            closeAt = orphans[orphanIndex].at;
            speechEnd = closeAt;
            usedOrphans.add(orphanIndex);
          } else {
            speechEnd = unmarkedSpeechEnd(context, speechStart, nextOpen);
          }
          if (speechEnd > speechStart) {
            collector.add({
              kind: 'continuation',
              paragraph: p,
              start: speechStart,
              endParagraph: p,
              end: speechEnd,
              raw: text.slice(speechStart, speechEnd),
              unbalanced: false,
              isQuote: true,
              question: false,
              before: range(p, authorStart, authorStart + resumed[1].length),
              after: closeAt !== -1 ? afterRange(context, p, closeAt + 1, nextOpen) : null,
              group,
            });
            previousEnd = closeAt !== -1 ? closeAt + 1 : speechEnd;
          }
        }
      }
    }

    // 5. Closing marks whose opening was lost: the quote starts after the last `. — ` or
    //    at the start of the paragraph.
    //    Each stretch of text is judged once: a stretch that would reach back over a closing
    //    mark already judged not to end a quote is not judged again (so a line of closing
    //    marks costs one pass, not one pass per mark).
    const dashes = orphans.length ? [...text.matchAll(SENTENCE_DASH)].map((m) => [m.index!, m.index! + m[0].length]) : [];
    let nextDash = 0;
    let judgedUpTo = -1;
    for (let o = 0; o < orphans.length; o++) {
      const orphan = orphans[o];
      if (usedOrphans.has(o) || carry || orphan.at < previousEnd) continue;
      // The last `. — ` lying between the end of the previous quote and this mark.
      while (nextDash < dashes.length && dashes[nextDash][1] <= orphan.at) nextDash++;
      const dash = nextDash > 0 && dashes[nextDash - 1][0] >= previousEnd ? dashes[nextDash - 1] : null;
      const start = dash ? dash[1] : previousEnd === 0 ? 0 : -1;
      if (start < 0 || start < judgedUpTo) continue;
      const raw = text.slice(start, orphan.at).replace(DASH_START, '');
      const after = afterRange(context, p, orphan.at + 1);
      const afterText = after ? text.slice(after.start, after.end) : '';
      const verdict = judgeSpan({ content: raw, beforeText: '', before: [], afterText, after: tokenize(afterText) });
      if (!verdict.isQuote) {
        judgedUpTo = orphan.at;
        continue;
      }
      collector.add({
        kind: 'marked',
        paragraph: p,
        start,
        endParagraph: p,
        end: orphan.at,
        raw,
        unbalanced: false,
        isQuote: true,
        question: verdict.question,
        before: null,
        after,
        group: collector.newGroup(),
      });
      previousEnd = orphan.at + 1;
    }
  }
  if (carry) {
    const c: Carry = carry;
    finishCarry(true, c.lastParagraph, c.lastEnd, '', null);
  }

  const ordered = collector.candidates.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { quotes: ordered.filter((q) => q.isQuote), titles: ordered.filter((q) => !q.isQuote) };
}

/**
 * Dash speech: the paragraph opens with a dash; the narrator's insertions (`, — сказал он.
 * — `) split it into parts. Accepted when there is an insertion with a speech verb, when
 * the previous paragraph ends with a colon (`Name, role:`), or when it reads as sentences.
 */
function addDashSpeech(collector: QuoteCollector, paragraphs: string[], contexts: TextIndex[], p: number): void {
  const text = paragraphs[p];
  const start = DASH_START.exec(text)![0].length;
  const { parts, insertions } = splitInsertions(text, start, text.length, []);
  const firstPart = text.slice(parts[0][0], parts[0][1]).trim();
  const opensLikeSpeech = /^[\p{Lu}\d«"„“]/u.test(firstPart) && !firstPart.endsWith(';');
  const introduced = p > 0 && paragraphs[p - 1].trimEnd().endsWith(':');
  const sentenceLike = /[.!?…]$/.test(text.trim()) && wordCount(firstPart) >= 3;
  if (!opensLikeSpeech || !(insertions.length > 0 || introduced || sentenceLike)) return;
  // `— Какие программы появятся?` with no narrator: the interviewer's question.
  const question = insertions.length === 0 && /\?\s*$/.test(text);
  const group = collector.newGroup();
  const context = contexts[p];
  parts.forEach(([partStart, partEnd], k) => {
    collector.add({
      kind: 'dash',
      paragraph: p,
      start: partStart,
      endParagraph: p,
      end: partEnd,
      raw: text.slice(partStart, partEnd),
      unbalanced: false,
      isQuote: true,
      question,
      before: k === 0 ? null : range(p, insertions[k - 1][0], insertions[k - 1][1]),
      after: k < insertions.length ? range(p, insertions[k][0], insertions[k][1]) : k === 0 ? null : afterRange(context, p, partEnd),
      group,
    });
  });
}
