import { abbreviationKey, institutionNameKey } from './match';
import { nameKeys } from './name-key';

/**
 * Pure rules of merging two speakers (or two institutions) that are one: which spellings
 * the kept entry learns, which of its empty fields are filled, which entries look like
 * duplicates. No Strapi here: the merger service reads and writes.
 */

const clean = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** True for a value that counts as "not filled in": null, undefined, '' or spaces. */
export const isEmpty = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * The spellings of `incoming` that `known` lacks, in order, once each. Two spellings are
 * the same when they differ only in case or surrounding spaces (or, with `key`, when their
 * keys are equal: "M.F.A. RK" = "MFA RK" for abbreviations).
 */
export function newSpellings(known: unknown[], incoming: unknown[], key: (s: string) => string = (s) => s.toLowerCase()): string[] {
  const seen = new Set(known.map(clean).filter(Boolean).map(key));
  const added: string[] = [];
  for (const spelling of incoming.map(clean).filter(Boolean)) {
    const k = key(spelling);
    if (seen.has(k)) continue;
    seen.add(k);
    added.push(spelling);
  }
  return added;
}

/** The fields of `source` to copy into `target`: those empty in `target` and filled in `source`. */
export function emptyFieldsToFill(
  target: Record<string, unknown>,
  source: Record<string, unknown>,
  fields: readonly string[],
  emptyIn: (field: string, value: unknown) => boolean = (_f, v) => isEmpty(v),
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    if (emptyIn(field, target[field]) && !emptyIn(field, source[field])) data[field] = source[field];
  }
  return data;
}

/** One name of a speaker as a key: its words (no honorifics, no initials) in sorted order; null for fewer than two words. */
export function speakerNameKey(name: string): string | null {
  const words = nameKeys(name);
  return words.length >= 2 ? [...words].sort().join(' ') : null;
}

export type KeyedEntry = { documentId: string; keys: string[] };

/**
 * Entries that share a key, grouped (a group holds every entry connected through shared
 * keys). Only groups of two or more entries; each group in the entries' order, groups in
 * the order of their first entry.
 */
export function duplicateGroups(entries: KeyedEntry[]): string[][] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let at = id; at !== root; ) {
      const next = parent.get(at)!;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  const byKey = new Map<string, string>();
  for (const { documentId, keys } of entries) {
    if (!parent.has(documentId)) parent.set(documentId, documentId);
    for (const key of keys) {
      const other = byKey.get(key);
      if (other === undefined) byKey.set(key, documentId);
      else parent.set(find(documentId), find(other));
    }
  }
  const groups = new Map<string, string[]>();
  for (const { documentId } of entries) {
    const root = find(documentId);
    const group = groups.get(root) ?? [];
    if (!group.includes(documentId)) group.push(documentId);
    groups.set(root, group);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** Keys of a speaker for `duplicateGroups`: every full name and alias with two words or more. */
export const speakerKeys = (names: string[]) => [...new Set(names.map(speakerNameKey).filter((k): k is string => Boolean(k)))];

/** Keys of an institution: its names (as matching compares them) and its abbreviations. */
export const institutionKeys = (names: string[], abbreviations: string[]) => [
  ...new Set([
    ...names.map((n) => `name:${institutionNameKey(n)}`).filter((k) => k !== 'name:'),
    ...abbreviations.map((a) => `abbr:${abbreviationKey(a)}`).filter((k) => k !== 'abbr:'),
  ]),
];

/**
 * Whether making `parent` the parent of `child` closes a loop: `parentOf` gives the
 * current parent of each institution row (after the other moves of the merge).
 */
export function wouldLoop(parentOf: (id: string) => string | undefined, child: string, parent: string): boolean {
  const seen = new Set<string>();
  for (let at: string | undefined = parent; at !== undefined; at = parentOf(at)) {
    if (at === child) return true;
    if (seen.has(at)) return false; // an existing loop elsewhere: not ours to judge
    seen.add(at);
  }
  return false;
}
