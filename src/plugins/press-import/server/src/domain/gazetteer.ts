import gazetteer from '../parser/data/institutions.json';
import facts from './data/institution-facts.json';
import { abbreviationKey, institutionNameKey } from './match';

type Entry = {
  id: string;
  names: Record<string, string[]>;
  abbreviations: Record<string, string[]>;
};

export type InstitutionFacts = { kind?: string; country?: string; website?: string };

export type KnownOrganisation = {
  id: string;
  /** Full names per locale, the first one the preferred. */
  names: Record<string, string[]>;
  /** Every abbreviation in every script (KazNU, КазНУ, ҚазҰУ). */
  abbreviations: string[];
  facts: InstitutionFacts;
};

const entries = (gazetteer as { institutions: Entry[] }).institutions;
const factsById = (facts as { facts: Record<string, InstitutionFacts> }).facts;

// One index for names and abbreviations in all three languages.
const byKey = new Map<string, Entry>();
for (const entry of entries) {
  for (const list of Object.values(entry.names)) for (const n of list) byKey.set(`n:${institutionNameKey(n)}`, entry);
  for (const list of Object.values(entry.abbreviations)) for (const a of list) byKey.set(`a:${abbreviationKey(a)}`, entry);
}

/**
 * The well-known organisation (the parser's gazetteer) an institution found in a file
 * is, by any of its names or abbreviations in any language; null for one the
 * gazetteer does not know (it was learnt from "Full Name (ABBR)" in the text).
 */
export function findKnownOrganisation(candidate: { name: string; abbreviations: string[] }): KnownOrganisation | null {
  const entry =
    byKey.get(`n:${institutionNameKey(candidate.name)}`) ??
    byKey.get(`a:${abbreviationKey(candidate.name)}`) ??
    candidate.abbreviations.map((a) => byKey.get(`a:${abbreviationKey(a)}`)).find(Boolean);
  if (!entry) return null;
  return {
    id: entry.id,
    names: entry.names,
    abbreviations: [...new Set(Object.values(entry.abbreviations).flat())],
    facts: factsById[entry.id] ?? {},
  };
}
