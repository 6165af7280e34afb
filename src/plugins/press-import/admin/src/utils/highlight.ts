import type { PressQuote } from '../types';

/** A run of a paragraph's text: plain, or the words of one quote. */
export type Segment = { text: string; quoteIndex?: number };

type Normalized = { text: string; map: number[] };

const QUOTE_MARKS = /["«»“”„‟‹›〝〞＂]/;
const APOSTROPHES = /['‘’‚‛`´ʼ]/;
const DASHES = /[-‐‑‒–—―−]/;

/**
 * A comparison form of `text` (whitespace collapsed, quote marks, apostrophes and
 * dashes unified, lower case) with, for each of its characters, the index of the
 * character it came from, so a match can be mapped back onto the original text.
 */
export function normalizeForSearch(text: string): Normalized {
  let out = '';
  const map: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    let ch = text[i];
    if (/\s/.test(ch)) {
      if (lastWasSpace) continue;
      ch = ' ';
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
      if (QUOTE_MARKS.test(ch)) ch = '"';
      else if (APOSTROPHES.test(ch)) ch = "'";
      else if (DASHES.test(ch)) ch = '-';
      else {
        const lower = ch.toLowerCase();
        if (lower.length === 1) ch = lower;
      }
    }
    out += ch;
    map.push(i);
  }
  return { text: out, map };
}

/**
 * Splits `paragraph` into plain runs and the runs of the given quotes (found in the
 * order given, without overlapping). Quotes whose words cannot be found in the
 * paragraph are returned in `unplaced` so the caller can still show them.
 */
export function segmentParagraph(
  paragraph: string,
  quotes: Array<{ quote: PressQuote; index: number }>,
): { segments: Segment[]; unplaced: number[] } {
  const hay = normalizeForSearch(paragraph);
  const placed: Array<{ start: number; end: number; index: number }> = [];
  const unplaced: number[] = [];
  let cursor = 0;

  const overlaps = (start: number, end: number) => placed.some((p) => start < p.end && end > p.start);

  for (const { quote, index } of quotes) {
    const needle = normalizeForSearch(quote.text.trim()).text.trim();
    if (!needle) {
      unplaced.push(index);
      continue;
    }
    let at = hay.text.indexOf(needle, cursor);
    if (at < 0) at = hay.text.indexOf(needle);
    while (at >= 0) {
      const start = hay.map[at];
      const end = hay.map[at + needle.length - 1] + 1;
      if (!overlaps(start, end)) {
        placed.push({ start, end, index });
        cursor = at + needle.length;
        break;
      }
      at = hay.text.indexOf(needle, at + 1);
    }
    if (at < 0) unplaced.push(index);
  }

  placed.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let pos = 0;
  for (const p of placed) {
    if (p.start > pos) segments.push({ text: paragraph.slice(pos, p.start) });
    segments.push({ text: paragraph.slice(p.start, p.end), quoteIndex: p.index });
    pos = p.end;
  }
  if (pos < paragraph.length) segments.push({ text: paragraph.slice(pos) });
  return { segments, unplaced };
}
