import { sameName, wordKey } from './name-key';

/** A speaker already in the CMS: every name it is known by, in every locale. */
export type KnownSpeaker = { documentId: string; names: string[] };
/** An institution already in the CMS: its names in every locale and its abbreviations. */
export type KnownInstitution = { documentId: string; names: string[]; abbreviations: string[] };

export type MatchDecision =
  | { kind: 'match'; documentId: string; matchedName: string; newAliases: string[] }
  | { kind: 'new' }
  | { kind: 'ambiguous'; candidates: string[] };

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/**
 * Decides whether a speaker found in a press file is someone the CMS already knows.
 * A match on the name or any alias, across spellings and scripts; spellings the CMS
 * does not have yet are returned as `newAliases`. Two known people who both match
 * make the decision `ambiguous`: the importer then creates nobody's alias and flags it.
 */
export function matchSpeaker(
  candidate: { name: string; aliases: string[] },
  known: KnownSpeaker[]
): MatchDecision {
  const spellings = uniq([candidate.name, ...candidate.aliases].filter(Boolean));
  const hits = known
    .map((k) => ({ k, name: k.names.find((n) => spellings.some((s) => sameName(s, n))) }))
    .filter((h): h is { k: KnownSpeaker; name: string } => Boolean(h.name));
  const ids = uniq(hits.map((h) => h.k.documentId));
  if (ids.length === 0) return { kind: 'new' };
  if (ids.length > 1) return { kind: 'ambiguous', candidates: ids };
  const [{ k, name }] = hits;
  const knownExact = new Set(k.names.map((n) => n.trim().toLowerCase()));
  return {
    kind: 'match',
    documentId: k.documentId,
    matchedName: name,
    newAliases: spellings.filter((s) => !knownExact.has(s.trim().toLowerCase())),
  };
}

/** "MFA RK", "M.F.A. RK" and "mfa rk" are one abbreviation; Cyrillic stays Cyrillic. */
export const abbreviationKey = (abbr: string) => abbr.replace(/[\s.]/g, '').toUpperCase();

/** A whole institution name as a key, insensitive to case, script and spelling. */
export const institutionNameKey = (name: string) =>
  name
    .split(/[\s\u00a0]+/)
    .map(wordKey)
    .filter((w) => w && !['the', 'of', 'imeni', 'named', 'after'].includes(w))
    .join(' ');

/**
 * An institution matches by its name (any locale) or by an abbreviation they share
 * (KazNU = КазНУ = ҚазҰУ once the CMS lists them together). `otherNames` are the
 * candidate's names in other languages when they are known (from the gazetteer), so a
 * Kazakh file finds an institution the CMS has only in English.
 */
export function matchInstitution(
  candidate: { name: string; abbreviations: string[]; otherNames?: string[] },
  known: KnownInstitution[]
): MatchDecision {
  const nameKeys = new Set([candidate.name, ...(candidate.otherNames ?? [])].map(institutionNameKey));
  const abbrs = new Set(candidate.abbreviations.map(abbreviationKey).filter(Boolean));
  // A name can be an abbreviation too ("UNESCO").
  abbrs.add(abbreviationKey(candidate.name));
  const hits = known.filter(
    (k) =>
      k.names.some((n) => nameKeys.has(institutionNameKey(n))) ||
      k.abbreviations.some((a) => abbrs.has(abbreviationKey(a)))
  );
  const ids = uniq(hits.map((h) => h.documentId));
  if (ids.length === 0) return { kind: 'new' };
  if (ids.length > 1) return { kind: 'ambiguous', candidates: ids };
  const known0 = hits[0];
  const have = new Set(known0.abbreviations.map(abbreviationKey));
  return {
    kind: 'match',
    documentId: known0.documentId,
    matchedName: known0.names[0],
    newAliases: uniq(candidate.abbreviations.filter((a) => !have.has(abbreviationKey(a)))),
  };
}

/**
 * For a translation of a known article: names that spelling cannot connect
 * ("Jiang Wei" / "Цзян Вэй") are paired with the original's speakers nobody matched,
 * in order of appearance, but only when both sides have the same number left over.
 */
export function alignWithOriginal<T extends { name: string; aliases: string[] }>(
  decided: Array<{ parsed: T; decision: MatchDecision }>,
  originalSpeakerIds: string[]
): Array<{ parsed: T; decision: MatchDecision }> {
  const matched = new Set(decided.flatMap((d) => (d.decision.kind === 'match' ? [d.decision.documentId] : [])));
  const leftOriginals = originalSpeakerIds.filter((id) => !matched.has(id));
  const leftParsed = decided.filter((d) => d.decision.kind === 'new');
  if (leftParsed.length === 0 || leftParsed.length !== leftOriginals.length) return decided;
  const pairing = new Map(leftParsed.map((d, i) => [d, leftOriginals[i]]));
  return decided.map((d) => {
    const documentId = pairing.get(d);
    if (!documentId) return d;
    return {
      parsed: d.parsed,
      decision: { kind: 'match', documentId, matchedName: d.parsed.name, newAliases: [d.parsed.name, ...d.parsed.aliases] },
    };
  });
}
