/**
 * What one imported press file may create. The parser bounds its own work (paragraphs,
 * 300 people), but not what a file asks the database to write: a 1.7 MB text of 1,990
 * paragraphs with eight quotes each parsed into 15,920 quotes, and importing it held a
 * SQLite server for minutes (third attacker run). A press release has tens of quotes and
 * people; a file over these limits is refused as a whole, before anything is written,
 * in the preview as well as in the import.
 */
export type ImportLimits = { maxQuotes: number; maxSpeakers: number; maxInstitutions: number };
export type ImportLimitCode = 'TOO_MANY_QUOTES' | 'TOO_MANY_SPEAKERS' | 'TOO_MANY_INSTITUTIONS';

type Counted = { ok: true; file: string; quotes: unknown[]; speakers: unknown[]; institutions: unknown[] };
type Refused = { file: string; ok: false; error: { code: ImportLimitCode; message: string } };

export function withinImportLimits<P extends { ok: boolean; file: string }>(parse: P, limits: ImportLimits): P | Refused {
  if (!parse.ok) return parse;
  const counted = parse as unknown as Counted;
  const checks: Array<[ImportLimitCode, number, number, string]> = [
    ['TOO_MANY_QUOTES', counted.quotes.length, limits.maxQuotes, 'quotes'],
    ['TOO_MANY_SPEAKERS', counted.speakers.length, limits.maxSpeakers, 'speakers'],
    ['TOO_MANY_INSTITUTIONS', counted.institutions.length, limits.maxInstitutions, 'institutions'],
  ];
  for (const [code, count, max, what] of checks) {
    if (count > max) {
      return { file: parse.file, ok: false, error: { code, message: `${count} ${what}, more than the ${max} one press release may have: nothing was imported from this file` } };
    }
  }
  return parse;
}
