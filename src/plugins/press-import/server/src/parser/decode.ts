import * as buffer from 'buffer';
import * as iconv from 'iconv-lite';

/**
 * Byte → text decoding for press files that arrive from many desks and editors:
 * UTF-8 (with or without BOM), UTF-16 and the legacy Cyrillic single-byte code pages
 * used in Kazakhstan and Russia.
 */

export interface DecodedText {
  /** Lower-case WHATWG/iconv name of what the bytes were decoded from. */
  encoding: string;
  text: string;
  /** True when another single-byte code page scored almost as well and decodes differently. */
  uncertain: boolean;
  /**
   * Set for a file that is UTF-8 except some lines: lines in another code page
   * (a paragraph pasted from an old document) are decoded with it, and stray bytes in
   * otherwise-UTF-8 lines become U+FFFD. `lines` are 1-based.
   */
  mixed?: { lines: number[]; otherEncoding: string; replaced: number };
}

type ByteOrder = 'utf-16le' | 'utf-16be';

/** Single-byte code pages we try, in tie-break order (most common first). */
const CYRILLIC_CANDIDATES = ['windows-1251', 'rk1048', 'pt154', 'koi8-r', 'ibm866'] as const;
const LATIN_CANDIDATE = 'windows-1252';

/** Scoring only needs a representative sample; keeps detection O(1) in the file size. */
const SCORE_SAMPLE_BYTES = 256 * 1024;

export function detectBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Node's native validator (no string is built); absent on very old runtimes. */
const nativeIsUtf8 = (buffer as { isUtf8?: (input: Uint8Array) => boolean }).isUtf8;

export function isValidUtf8(bytes: Uint8Array): boolean {
  if (nativeIsUtf8) return nativeIsUtf8(bytes);
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-16 without a BOM: text in Latin or Cyrillic has one byte of each pair almost
 * always 0x00, 0x04 (Cyrillic block) or 0x20 (punctuation block), and real zeros.
 */
export function sniffUtf16(bytes: Uint8Array): ByteOrder | null {
  const length = Math.min(bytes.length, SCORE_SAMPLE_BYTES) & ~1;
  if (length < 4) return null;
  let zeros = 0;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < length; i += 2) {
    const a = bytes[i];
    const b = bytes[i + 1];
    if (a === 0 || b === 0) zeros++;
    if (a === 0x00 || a === 0x04 || a === 0x20) evenHigh++;
    if (b === 0x00 || b === 0x04 || b === 0x20) oddHigh++;
  }
  const pairs = length / 2;
  if (zeros === 0) return null;
  if (oddHigh / pairs > 0.9 && evenHigh / pairs < 0.6) return 'utf-16le';
  if (evenHigh / pairs > 0.9 && oddHigh / pairs < 0.6) return 'utf-16be';
  return null;
}

// ---------------------------------------------------------------------------
// Scoring of single-byte decodings.

/** Approximate letter frequencies (per cent) in Russian and Kazakh news prose. */
const CYRILLIC_FREQUENCY: Record<string, number> = {
  о: 10.9,
  е: 8.4,
  а: 8.0,
  и: 7.3,
  н: 6.7,
  т: 6.3,
  с: 5.5,
  р: 4.7,
  в: 4.5,
  л: 4.4,
  к: 3.5,
  м: 3.2,
  д: 3.0,
  п: 2.8,
  у: 2.6,
  я: 2.0,
  ы: 1.9,
  ь: 1.7,
  г: 1.7,
  з: 1.7,
  б: 1.6,
  ч: 1.4,
  й: 1.2,
  х: 1.0,
  ж: 0.9,
  ш: 0.7,
  ю: 0.6,
  ц: 0.5,
  щ: 0.4,
  э: 0.3,
  ф: 0.3,
  ъ: 0.05,
  ё: 0.1,
  ә: 2.0,
  і: 3.0,
  қ: 3.0,
  ғ: 1.0,
  ң: 1.0,
  ө: 1.0,
  ұ: 1.5,
  ү: 1.5,
  һ: 0.1,
};

const enum Kind {
  Other = 0,
  CyrLower = 1,
  CyrUpper = 2,
  LatLower = 3,
  LatUpper = 4,
}

interface ByteTable {
  score: Float32Array;
  kind: Uint8Array;
}

const LATIN_LETTER = /^\p{Script=Latin}$/u;
const PLAIN_PUNCTUATION = new Set([
  '«',
  '»',
  '‹',
  '›',
  '“',
  '”',
  '„',
  '‘',
  '’',
  '‚',
  '–',
  '—',
  '…',
  '№',
  '°',
  '•',
  '\u00a0',
  '©',
  '®',
  '§',
  '±',
  '·',
  '€',
  '™',
  '\u00ad',
]);

function classifyChar(ch: string): { score: number; kind: Kind } {
  const lower = ch.toLowerCase();
  const isUpper = lower !== ch;
  const frequency = CYRILLIC_FREQUENCY[lower];
  if (frequency !== undefined) {
    return { score: 1 + 0.5 * Math.log(frequency), kind: isUpper ? Kind.CyrUpper : Kind.CyrLower };
  }
  if (/^[\u0400-\u04ff]$/.test(ch)) return { score: -4, kind: isUpper ? Kind.CyrUpper : Kind.CyrLower }; // Serbian, Tajik…
  if (LATIN_LETTER.test(ch)) return { score: 0.5, kind: isUpper ? Kind.LatUpper : Kind.LatLower };
  if (PLAIN_PUNCTUATION.has(ch)) return { score: 0, kind: Kind.Other };
  return { score: -5, kind: Kind.Other }; // box drawing, C1 controls, currency signs, U+FFFD
}

const tableCache = new Map<string, ByteTable>();

function byteTable(encoding: string): ByteTable {
  const cached = tableCache.get(encoding);
  if (cached) return cached;
  const score = new Float32Array(256);
  const kind = new Uint8Array(256);
  const high = Buffer.alloc(128);
  for (let i = 0; i < 128; i++) high[i] = 128 + i;
  const decoded = iconv.decode(high, encoding);
  for (let i = 0; i < 256; i++) {
    const ch = i < 128 ? String.fromCharCode(i) : decoded[i - 128];
    const c = /[A-Za-z]/.test(ch) ? { score: 0, kind: ch === ch.toLowerCase() ? Kind.LatLower : Kind.LatUpper } : classifyChar(ch);
    score[i] = i < 128 ? 0 : c.score;
    kind[i] = c.kind;
  }
  const table = { score, kind };
  tableCache.set(encoding, table);
  return table;
}

/**
 * One linear pass: frequent letters score up, rare or foreign symbols down, and words
 * that switch script or case mid-word (the signature of a wrong code page) are penalised.
 */
export function scoreDecoding(bytes: Uint8Array, encoding: string, latinText = false): number {
  const { score, kind } = byteTable(encoding);
  const end = Math.min(bytes.length, SCORE_SAMPLE_BYTES);
  let total = 0;
  let previous: number = Kind.Other;
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    const k = kind[b];
    if (b >= 0x80) total += score[b];
    // In Latin text the few high bytes are punctuation (“ ” – «): a lone Cyrillic letter
    // between spaces means the code page turned a dash or a quote into a letter.
    if (
      latinText &&
      b >= 0x80 &&
      k !== Kind.Other &&
      k <= Kind.CyrUpper &&
      previous === Kind.Other &&
      (i + 1 >= end || kind[bytes[i + 1]] === Kind.Other)
    ) {
      total -= 6;
    }
    if (k !== Kind.Other && previous !== Kind.Other) {
      const prevCyr = previous <= Kind.CyrUpper;
      const curCyr = k <= Kind.CyrUpper;
      if (prevCyr !== curCyr) total -= 3;
      else if ((previous === Kind.CyrLower && k === Kind.CyrUpper) || (previous === Kind.LatLower && k === Kind.LatUpper)) {
        total -= 2;
      }
    }
    previous = k;
  }
  return total;
}

function countHighBytes(bytes: Uint8Array): { high: number; asciiLetters: number } {
  const end = Math.min(bytes.length, SCORE_SAMPLE_BYTES);
  let high = 0;
  let asciiLetters = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b >= 0x80) high++;
    else if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) asciiLetters++;
  }
  return { high, asciiLetters };
}

/** Picks the best single-byte code page for bytes that are not valid UTF-8. */
export function detectSingleByteEncoding(bytes: Uint8Array): { encoding: string; uncertain: boolean } {
  const { high, asciiLetters } = countHighBytes(bytes);
  const latinText = asciiLetters > 8 * high;
  // Ties (English with only “ ” – …, Russian without Kazakh letters) go to windows-1251,
  // the ANSI code page of Russian and Kazakh Windows where these files come from.
  const candidates: string[] = [...CYRILLIC_CANDIDATES, LATIN_CANDIDATE];
  let best = candidates[0];
  let bestScore = -Infinity;
  let runnerUp = -Infinity;
  for (const candidate of candidates) {
    const s = scoreDecoding(bytes, candidate, latinText);
    if (s > bestScore) {
      runnerUp = bestScore;
      bestScore = s;
      best = candidate;
    } else if (s > runnerUp) {
      runnerUp = s;
    }
  }
  // An exact tie means the pages agree on every byte present (e.g. Russian-only text
  // in 1251 vs RK1048): nothing is uncertain about the text then.
  const margin = bestScore - runnerUp;
  return { encoding: best, uncertain: margin > 0 && margin < 3 };
}

export interface EncodingGuess {
  encoding: string;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
  uncertain: boolean;
}

/** Chooses the encoding: BOM → UTF-16 sniff → strict UTF-8 → best-scoring code page. */
export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  const bom = detectBom(bytes);
  if (bom) return { encoding: bom.encoding, bomLength: bom.length, uncertain: false };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { encoding: utf16, bomLength: 0, uncertain: false };
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', bomLength: 0, uncertain: false };
  return { ...detectSingleByteEncoding(bytes), bomLength: 0 };
}

/**
 * Well-formed UTF-8 multi-byte sequences and stray high bytes. Text in a single-byte
 * code page almost never forms valid sequences by chance, so a file with many of
 * them is UTF-8, even when some lines are not.
 */
export function utf8Evidence(bytes: Uint8Array): { sequences: number; stray: number } {
  let sequences = 0;
  let stray = 0;
  const end = Math.min(bytes.length, SCORE_SAMPLE_BYTES);
  for (let i = 0; i < end; ) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need === 0) {
      i += 1;
      continue;
    }
    let ok = need > 0 && i + need < end + 1;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      sequences += 1;
      i += need + 1;
    } else {
      stray += 1;
      i += 1;
    }
  }
  return { sequences, stray };
}

/** Decodes a mostly-UTF-8 file line by line (see `DecodedText.mixed`). */
function decodeMixed(body: Buffer): DecodedText {
  const lines: Buffer[] = [];
  for (let start = 0; start <= body.length; ) {
    const nl = body.indexOf(0x0a, start);
    const end = nl === -1 ? body.length : nl + 1;
    lines.push(body.subarray(start, end));
    if (nl === -1) break;
    start = end;
  }
  const foreign = lines.map((line, i) => ({ line, i })).filter(({ line }) => !isValidUtf8(line) && utf8Evidence(line).sequences === 0);
  const other = foreign.length ? detectSingleByteEncoding(Buffer.concat(foreign.map((f) => f.line))).encoding : 'windows-1251';
  const foreignSet = new Set(foreign.map((f) => f.i));
  let replaced = 0;
  const text = lines
    .map((line, i) => {
      if (foreignSet.has(i)) return iconv.decode(line, other, { stripBOM: false });
      const decoded = line.toString('utf8');
      if (!isValidUtf8(line)) replaced += (decoded.match(/\uFFFD/g) ?? []).length;
      return decoded;
    })
    .join('');
  const badLines = lines.flatMap((line, i) => (isValidUtf8(line) ? [] : [i + 1]));
  return { encoding: 'utf-8', text, uncertain: false, mixed: { lines: badLines, otherEncoding: other, replaced } };
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const guess = detectEncoding(buffer);
  if (guess.encoding !== 'utf-8' && !guess.bomLength && !guess.encoding.startsWith('utf-16')) {
    const { sequences, stray } = utf8Evidence(buffer);
    // Mostly UTF-8: decode it as such, line by line, rather than as mojibake.
    if (sequences >= 3 && sequences >= stray) return decodeMixed(buffer);
  }
  const body = buffer.subarray(guess.bomLength);
  const text = guess.encoding === 'utf-8' ? body.toString('utf8') : iconv.decode(body, guess.encoding, { stripBOM: false });
  return { encoding: guess.encoding, text, uncertain: guess.uncertain };
}

/**
 * Share of characters that do not occur in text (C0/C1 controls other than layout
 * whitespace, NUL, U+FFFD). Used to reject binaries that happen to decode.
 */
export function controlCharacterRatio(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
  }
  return bad / text.length;
}

export function containsNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}
