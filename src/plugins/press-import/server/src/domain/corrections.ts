import type { PressParseSuccess, PressQuote, PressSpeaker } from '../parser/types';
import type { Corrections } from '../validation';

/** A correction that does not fit the file's parse (unknown quote index, speaker, institution). */
export class CorrectionError extends Error {}

export type CorrectedParse = {
  /** The parse as the editor confirmed it: speakers edited, quotes reassigned or dropped. */
  parse: PressParseSuccess;
  /** Detected speakers (by their corrected name) that are an existing speaker: name → documentId. */
  pointedSpeakers: Map<string, string>;
  /** Quotes (by their index in the corrected parse) given to an existing speaker: index → documentId. */
  quoteSpeakers: Map<number, string>;
};

/** documentIds of the existing speakers the corrections name (for the read check). */
export const correctedSpeakerIds = (corrections: Corrections | undefined): string[] => [
  ...new Set([
    ...(corrections?.speakers ?? []).flatMap((c) => (c.documentId ? [c.documentId] : [])),
    ...(corrections?.quotes ?? []).flatMap((c) => (c.speakerDocumentId ? [c.speakerDocumentId] : [])),
  ]),
];

/**
 * Applies an editor's corrections to a parse, before matching and writing, so the import
 * writes exactly what the editor confirmed. Speakers are named by the name the parse
 * gave them, quotes by their index in the parse. A corrected name replaces the detected
 * one (the detected spelling is not kept as an alias: the editor said it is wrong); the
 * file's other spellings of the speaker stay aliases. Dropped quotes are left out and the
 * others keep their order, numbered again from 0. Throws a CorrectionError for anything
 * that does not fit the parse.
 */
export function applyCorrections(parse: PressParseSuccess, corrections: Corrections | undefined): CorrectedParse {
  const pointedSpeakers = new Map<string, string>();
  const quoteSpeakers = new Map<number, string>();
  if (!corrections) return { parse, pointedSpeakers, quoteSpeakers };

  const detected = new Set(parse.speakers.map((s) => s.name));
  const institutions = new Set(parse.institutions.map((i) => i.name));
  const bySpeaker = new Map<string, NonNullable<Corrections['speakers']>[number]>();
  for (const c of corrections.speakers ?? []) {
    if (!detected.has(c.name)) throw new CorrectionError(`speakers: the file has no detected speaker "${c.name}"`);
    if (bySpeaker.has(c.name)) throw new CorrectionError(`speakers: "${c.name}" is corrected twice`);
    if (typeof c.institution === 'string' && !institutions.has(c.institution)) {
      throw new CorrectionError(`speakers: "${c.name}": the file mentions no institution "${c.institution}"`);
    }
    bySpeaker.set(c.name, c);
  }

  const renamed = new Map<string, string>();
  const speakers: PressSpeaker[] = parse.speakers.map((s) => {
    const c = bySpeaker.get(s.name);
    if (!c) return s;
    const name = c.fullName ?? s.name;
    renamed.set(s.name, name);
    if (c.documentId) pointedSpeakers.set(name, c.documentId);
    return {
      name,
      aliases: name === s.name ? s.aliases : s.aliases.filter((a) => a !== name),
      position: c.position !== undefined ? c.position || null : s.position,
      institution: c.institution !== undefined ? c.institution : s.institution,
    };
  });
  if (new Set(speakers.map((s) => s.name)).size !== speakers.length) {
    throw new CorrectionError('speakers: two speakers would have the same name');
  }

  const byQuote = new Map<number, NonNullable<Corrections['quotes']>[number]>();
  for (const c of corrections.quotes ?? []) {
    if (c.index >= parse.quotes.length) throw new CorrectionError(`quotes: the file has no quote ${c.index} (it has ${parse.quotes.length})`);
    if (byQuote.has(c.index)) throw new CorrectionError(`quotes: quote ${c.index} is corrected twice`);
    if (typeof c.speaker === 'string' && !detected.has(c.speaker)) {
      throw new CorrectionError(`quotes: quote ${c.index}: the file has no detected speaker "${c.speaker}"`);
    }
    byQuote.set(c.index, c);
  }
  const quotes: PressQuote[] = [];
  parse.quotes.forEach((quote, index) => {
    const c = byQuote.get(index);
    if (c?.drop) return;
    let speaker = c && c.speaker !== undefined ? c.speaker : quote.speaker;
    if (c?.speakerDocumentId) {
      quoteSpeakers.set(quotes.length, c.speakerDocumentId);
      speaker = null;
    }
    quotes.push({ ...quote, speaker: speaker === null ? null : (renamed.get(speaker) ?? speaker) });
  });

  return { parse: { ...parse, speakers, quotes }, pointedSpeakers, quoteSpeakers };
}
