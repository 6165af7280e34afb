import type { Corrections } from '../../../server/src/validation';
import type { PressParseSuccess } from '../types';

export type { Corrections };

/** An existing speaker the editor found by name. */
export type FoundSpeaker = { documentId: string; name: string };

/** The editor's choice for one detected quote (unset fields: as detected). */
export type QuoteReview = { speaker?: string | null; existing?: FoundSpeaker; drop?: boolean };
/**
 * The editor's edits of one new speaker (unset fields: as detected), or the existing
 * speaker it is (`existing`; null or unset: a new speaker).
 */
export type SpeakerReview = { fullName?: string; position?: string; institution?: string | null; existing?: FoundSpeaker | null };

/** What the editor changed in a file's preview before importing it. */
export type Review = {
  quotes: Record<number, QuoteReview>;
  speakers: Record<string, SpeakerReview>;
  /** Existing speakers found by search, offered for every quote and every new speaker. */
  found: FoundSpeaker[];
};

export const EMPTY_REVIEW: Review = { quotes: {}, speakers: {}, found: [] };

/** The select value of a quote's speaker: a detected name, none, or an existing speaker. */
export const NO_SPEAKER = 'none';
export const detectedValue = (name: string) => `d:${name}`;
export const existingValue = (documentId: string) => `x:${documentId}`;

/** The name a detected speaker goes by in the review: the existing speaker's, the corrected or the detected one. */
export const reviewedName = (review: Review, name: string) =>
  review.speakers[name]?.existing?.name ?? (review.speakers[name]?.fullName?.trim() || name);

/** The corrections the import request carries: only what differs from the detection. */
export function correctionsOf(parsed: PressParseSuccess, review: Review | undefined): Corrections | undefined {
  if (!review) return undefined;
  const quotes: NonNullable<Corrections['quotes']> = [];
  parsed.quotes.forEach((quote, index) => {
    const r = review.quotes[index];
    if (!r) return;
    if (r.drop) quotes.push({ index, drop: true });
    else if (r.existing) quotes.push({ index, speakerDocumentId: r.existing.documentId });
    else if (r.speaker !== undefined && r.speaker !== quote.speaker) quotes.push({ index, speaker: r.speaker });
  });
  const speakers: NonNullable<Corrections['speakers']> = [];
  for (const s of parsed.speakers) {
    const r = review.speakers[s.name];
    if (!r) continue;
    // The existing speaker is kept as it is: only the link is sent.
    if (r.existing) {
      speakers.push({ name: s.name, documentId: r.existing.documentId });
      continue;
    }
    const fullName = r.fullName?.trim();
    const position = r.position?.trim();
    const c: NonNullable<Corrections['speakers']>[number] = { name: s.name };
    if (fullName && fullName !== s.name) c.fullName = fullName;
    if (r.position !== undefined && (position || null) !== s.position) c.position = position || null;
    if (r.institution !== undefined && r.institution !== s.institution) c.institution = r.institution;
    if (Object.keys(c).length > 1) speakers.push(c);
  }
  if (quotes.length === 0 && speakers.length === 0) return undefined;
  return { ...(quotes.length > 0 && { quotes }), ...(speakers.length > 0 && { speakers }) };
}
