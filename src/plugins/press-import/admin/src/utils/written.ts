import type { EntityDecision, PressParseSuccess, PressQuote } from '../types';
import type { Review } from './review';
import { speakerColors, type QuoteColor } from './speakerColors';

/** One quote as the import will write it; `speaker` is the key of its speaker (null: nobody). */
export type WrittenQuote = { index: number; quote: PressQuote; dropped: boolean; speaker: string | null; speakerName: string | null };

/** One speaker as the import will write it, keyed as the quotes refer to it. */
export type WrittenSpeaker = {
  key: string;
  decision: EntityDecision;
  position: string | null;
  institution: string | null;
  /** The quotes credited to this speaker (dropped ones not counted). */
  quotes: number;
  /** An existing speaker the editor pointed a detected one, or a quote, at. */
  existing: boolean;
};

/** What the import will write: the parse with the editor's review applied. */
export type WrittenView = {
  quotes: WrittenQuote[];
  speakers: WrittenSpeaker[];
  /** Quotes not dropped. */
  quoteCount: number;
  colors: Map<string, QuoteColor>;
};

/** The name the speaker is written under: the existing speaker's when matched. */
const nameOf = (s: WrittenSpeaker) => s.decision.matchedName ?? s.decision.name;

const detectedKey = (name: string) => `d:${name}`;
const existingKey = (documentId: string) => `x:${documentId}`;

/**
 * The one "what will be written" view of a file: each quote's speaker after the editor's
 * reassignments and drops, each speaker as new, matched, or the existing one the editor
 * said it is, the quote counts and the colours. The speakers panel, the highlighted
 * paragraphs and the card header all read it, so they follow the review.
 */
export function writtenView(parsed: PressParseSuccess, decisions: EntityDecision[], review: Review | undefined): WrittenView {
  const byName = new Map(decisions.map((d) => [d.name, d]));
  const rs = review?.speakers ?? {};
  // A detected speaker's key: the existing speaker it was pointed at, the one it matched, or its own.
  const keyOfDetected = (name: string) => {
    const pointed = rs[name]?.existing;
    if (pointed) return existingKey(pointed.documentId);
    const d = byName.get(name);
    return d?.decision === 'matched' && d.documentId ? existingKey(d.documentId) : detectedKey(name);
  };
  const speakers = new Map<string, WrittenSpeaker>();
  for (const s of parsed.speakers) {
    const r = rs[s.name] ?? {};
    const key = keyOfDetected(s.name);
    if (speakers.has(key)) continue;
    if (r.existing) {
      // As the import result lists it: the file's name, matched to the existing speaker.
      speakers.set(key, {
        key,
        decision: { name: s.name, decision: 'matched', documentId: r.existing.documentId, matchedName: r.existing.name },
        position: null,
        institution: null,
        quotes: 0,
        existing: true,
      });
      continue;
    }
    const name = r.fullName?.trim() || s.name;
    const position = r.position !== undefined ? r.position.trim() || null : s.position;
    const institution = r.institution !== undefined ? r.institution : s.institution;
    const detected = byName.get(s.name) ?? { name: s.name, decision: 'new' as const };
    speakers.set(key, { key, decision: { ...detected, name }, position, institution, quotes: 0, existing: false });
  }
  const quotes = parsed.quotes.map((quote, index): WrittenQuote => {
    const r = review?.quotes[index];
    const dropped = Boolean(r?.drop);
    let key: string | null;
    if (r?.existing) {
      key = existingKey(r.existing.documentId);
      if (!speakers.has(key)) {
        speakers.set(key, {
          key,
          decision: { name: r.existing.name, decision: 'matched', documentId: r.existing.documentId },
          position: null,
          institution: null,
          quotes: 0,
          existing: true,
        });
      }
    } else {
      const name = r && r.speaker !== undefined ? r.speaker : quote.speaker;
      key = name ? keyOfDetected(name) : null;
    }
    const speaker = key ? speakers.get(key) : undefined;
    if (speaker && !dropped) speaker.quotes += 1;
    return { index, quote, dropped, speaker: speaker ? key : null, speakerName: speaker ? nameOf(speaker) : null };
  });
  // Colours go to the people quoted in the end, derived from their names (the same in every file).
  const quoted = [...speakers.values()].filter((s) => s.quotes > 0);
  const byColorName = speakerColors(quoted.map(nameOf));
  const colors = new Map(quoted.map((s) => [s.key, byColorName.get(nameOf(s))!]));
  return { quotes, speakers: [...speakers.values()], quoteCount: quotes.filter((q) => !q.dropped).length, colors };
}
