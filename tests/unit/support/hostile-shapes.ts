/**
 * Hostile press texts of any size (issue 11): the shapes that made the parser superlinear
 * or overflow the stack. Shared by bench/parse-shapes.ts and the tests. Each builder
 * returns UTF-8 bytes of at most `size` bytes (within one repeated unit of it).
 */

export type HostileShape = { name: string; build: (size: number) => Buffer };

const TITLE = 'Hostile shape for the parser benchmark';

/** A deterministic pseudo-random sequence (tests and the bench see the same bytes). */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

/** Repeats `unit(i)` while the text stays within `size` bytes. */
function repeat(size: number, head: string, unit: (i: number) => string, tail = ''): Buffer {
  const parts = [head];
  let length = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let i = 0; ; i++) {
    const part = unit(i);
    if (length + Buffer.byteLength(part) > size) break;
    parts.push(part);
    length += Buffer.byteLength(part);
  }
  parts.push(tail);
  return Buffer.from(parts.join(''), 'utf8');
}

const SYLLABLES = ['ka', 'zan', 'bek', 'nur', 'ai', 'ger', 'im', 'sei', 'ta', 'li', 'mar', 'dos', 'ul', 'ova', 'erl', 'an', 'tu', 'rs'];

/** A distinct capitalised made-up word for every `i`. */
function word(i: number, capital = true): string {
  let out = '';
  let n = i + 1;
  while (n > 0) {
    out += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return capital ? out[0].toUpperCase() + out.slice(1) : out;
}

const body = `${TITLE}\n\n`;

/** A headline, a date line and a signature around `unit(i)` repeated: a text the parser takes as a release. */
const release = (unit: (i: number) => string) => (size: number) =>
  repeat(size, `${body}1 December 2026\n\n`, unit, '\n\nPress Service of Al-Farabi Kazakh National University\n');
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
/** `Kzbov Xy17 said,`: a random three-letter given name (the same for the same `i`), and family names that differ only in digits (one family key). */
function namesSaid(i: number): string {
  const next = random(Math.imul(i + 1, 2654435761));
  next();
  const letter = () => LOWER[Math.floor(next() * 26)];
  return `${letter().toUpperCase()}${letter()}${letter()}ov Xy${i} said,`;
}
const line = (unit: (i: number) => string) => (size: number) => repeat(size, body, unit, '\n');
const rnd = random(11);
const MARKS = ['«', '»', '“', '”', '„', '"', "'", '‹', '›', '‘', '’', '‚'];

export const hostileShapes: HostileShape[] = [
  { name: 'tiny-paragraphs', build: (size) => repeat(size, body, () => 'A b.\n\n') },
  { name: 'tiny-lines', build: (size) => repeat(size, body, () => 'Ab.\n') },
  { name: 'empty-lines', build: (size) => repeat(size, `${body}Body.\n`, () => '\n') },
  { name: 'one-line-words', build: line((i) => (i % 7 === 6 ? 'word. ' : 'word ')) },
  { name: 'one-line-no-space', build: line(() => 'x') },
  { name: 'one-line-no-letter', build: line(() => '1') },
  { name: 'quotes-balanced', build: line((i) => `«Мы построим кампус ${i}», — сказал ректор. `) },
  { name: 'quotes-straight', build: line(() => '"a" ') },
  { name: 'quotes-open-only', build: line(() => '«a ') },
  { name: 'quotes-close-only', build: line(() => 'a» ') },
  { name: 'quotes-nested', build: line((i) => ['«a ', '„b ', '‹c ', '“d '][i % 4]) },
  { name: 'quotes-mixed', build: line(() => `${MARKS[Math.floor(rnd() * MARKS.length)]}w${rnd() < 0.5 ? ' ' : ''}`) },
  { name: 'quote-insertions', build: line(() => '«Текст, — сказал он, — ещё, — сказал он. — Дальше ') },
  { name: 'capitalised-words', build: line((i) => `${word(i)} `) },
  { name: 'names-distinct', build: line((i) => `${word(i)} ${word(i + 7)}ov said. `) },
  { name: 'names-honorific', build: line((i) => `Professor ${word(i)} ${word(i * 3)}ova said. `) },
  { name: 'names-paragraphs', build: (size) => repeat(size, body, (i) => `Professor ${word(i)} ${word(i * 3)}ova said.\n\n`) },
  { name: 'names-said', build: release((i) => `${namesSaid(i)} `) },
  { name: 'names-said-paragraphs', build: release((i) => `${namesSaid(i)}${i % 5 === 4 ? '\n\n' : ' '}`) },
  { name: 'abbreviations', build: line((i) => `${word(i)} National University (${word(i)[0]}NU${word(i).slice(1, 3).toUpperCase()}) `) },
  { name: 'dates-lines', build: (size) => repeat(size, body, (i) => `${(i % 28) + 1}.${(i % 12) + 1}.2020\n\n`) },
  { name: 'dates-one-line', build: line((i) => `${(i % 28) + 1} December 2020, `) },
  { name: 'punct-dots', build: line(() => '.') },
  { name: 'punct-questions', build: line(() => '?') },
  { name: 'punct-dashes', build: line(() => ' —') },
  { name: 'punct-mixed', build: line((i) => ['.', '!', '?', ',', '—', '-', ':', ';', '…', ' '][i % 10]) },
  { name: 'lost-question-marks', build: line(() => ' ?Abc ') },
];
