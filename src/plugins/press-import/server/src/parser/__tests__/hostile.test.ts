import { analyseArticle } from '../article';
import { pressParseResultSchema } from '../contract-schema';
import { DEFAULT_MAX_PARAGRAPHS } from '../errors';
import { FamilyNameIndex, sameFamilyName } from '../name-forms';
import { parsePressText } from '../parse';
import { trimTrailingPunctuation } from '../quotes';
import { hostileShapes } from '../../../../../../../tests/unit/support/hostile-shapes';

/**
 * Hostile shapes (issue 11): answers, not timings. Every shape at the 2 MiB limit gets a
 * contract answer (never a RangeError reported as NOT_TEXT), limits are checked before the
 * analysis, and the pure helpers that replaced quadratic scans agree with what they replaced.
 */

// The real analysis, wrapped so the tests can see whether it ran.
jest.mock('../article', () => {
  const actual = jest.requireActual('../article');
  return { ...actual, analyseArticle: jest.fn(actual.analyseArticle) };
});
const analyse = analyseArticle as jest.Mock;

// Name comparisons, counted: the work of merging mentions into people, not its time.
jest.mock('../name-forms', () => {
  const actual = jest.requireActual('../name-forms');
  return { ...actual, sameFamilyName: jest.fn(actual.sameFamilyName), sameGivenName: jest.fn(actual.sameGivenName) };
});
const nameForms = jest.requireMock('../name-forms');

const MiB = 1024 * 1024;

/** Every shape gets a contract answer; two shapes that overflowed the stack go to the 2 MiB limit. */
const SIZES: Array<[string, number]> = [
  ...hostileShapes.map((shape): [string, number] => [shape.name, 256 * 1024]),
  ['tiny-lines', 2 * MiB],
  ['one-line-words', 2 * MiB],
];

describe('hostile shapes (the bench and tests/api/attacks-parser.test.ts take all of them to 2 MiB)', () => {
  test.each(SIZES)('%s of %d bytes gets a contract answer', (name, size) => {
    const bytes = hostileShapes.find((shape) => shape.name === name)!.build(size);
    const result = parsePressText(bytes, { file: name });
    expect(pressParseResultSchema.safeParse(result).success).toBe(true);
    if (!result.ok) expect(['TOO_MANY_PARAGRAPHS', 'NO_BODY', 'NO_TITLE']).toContain(result.error.code);
  });
});

describe('one very long line', () => {
  const line = (bytes: number) => Buffer.from(`Headline\n\n${'word Word, '.repeat(Math.ceil(bytes / 11))}`.slice(0, bytes));

  test('a 5 MB line parses when the limit allows it (no stack overflow reported as NOT_TEXT)', () => {
    const result = parsePressText(line(5 * MiB), { file: 'line.txt', maxBytes: 6 * MiB });
    expect(result).toMatchObject({ ok: true, title: 'Headline' });
    expect(result.ok && result.paragraphs).toHaveLength(1);
  });

  test('and is refused as TOO_LARGE under the default limit', () => {
    expect(parsePressText(line(5 * MiB), { file: 'line.txt' })).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
  });
});

describe('too many paragraphs', () => {
  const paragraphs = (count: number) => Buffer.from(`Headline\n\n${'A short paragraph.\n\n'.repeat(count)}`);

  beforeEach(() => analyse.mockClear());

  test('are refused before the analysis runs', () => {
    const result = parsePressText(paragraphs(DEFAULT_MAX_PARAGRAPHS + 1), { file: 'many.txt' });
    expect(result).toEqual({
      file: 'many.txt',
      ok: false,
      error: { code: 'TOO_MANY_PARAGRAPHS', message: `${DEFAULT_MAX_PARAGRAPHS + 1} paragraphs, more than the ${DEFAULT_MAX_PARAGRAPHS} a press release may have` },
    });
    expect(analyse).not.toHaveBeenCalled();
  });

  test('the limit itself is allowed and analysed; a caller may lower it', () => {
    expect(parsePressText(paragraphs(DEFAULT_MAX_PARAGRAPHS), { file: 'many.txt' })).toMatchObject({ ok: true });
    expect(analyse).toHaveBeenCalledTimes(1);
    expect(parsePressText(paragraphs(11), { file: 'many.txt', maxParagraphs: 10 })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_PARAGRAPHS' } });
  });
});

describe('answers on hostile shapes that stay meaningful', () => {
  test('a line of closing marks after real speech still yields the speech', () => {
    const text = `Headline\n\nThe rector spoke. — We will build a new campus,” said Rector Galym Mutanov. ${'a” '.repeat(20000)}`;
    const result = parsePressText(Buffer.from(text), { file: 'marks.txt' });
    expect(result.ok && result.quotes.map((quote) => quote.text)).toEqual(['We will build a new campus']);
  });

  test('at most 300 different people are taken from one text', () => {
    const names = Array.from({ length: 1000 }, (_, i) => `Professor ${String.fromCharCode(65 + (i % 26))}${'abcdefghij'[Math.floor(i / 26) % 10]}${'klmnopqrst'[Math.floor(i / 260)]}ov said.`);
    const result = parsePressText(Buffer.from(`Headline\n\n${names.join(' ')}`), { file: 'names.txt' });
    expect(result.ok && result.speakers.length).toBe(300);
  });
});

describe('names that share a family key (`Abcov Xy1 said, Defov Xy2 said, …`)', () => {
  /** Name comparisons made while parsing the shape at `size` bytes, per name in the text. */
  function comparisonsPerName(shape: string, size: number): number {
    const bytes = hostileShapes.find((s) => s.name === shape)!.build(size);
    const names = bytes.toString().split(' said,').length - 1;
    nameForms.sameFamilyName.mockClear();
    nameForms.sameGivenName.mockClear();
    expect(parsePressText(bytes, { file: shape })).toMatchObject({ ok: true });
    return (nameForms.sameFamilyName.mock.calls.length + nameForms.sameGivenName.mock.calls.length) / names;
  }

  test.each(['names-said', 'names-said-paragraphs'])('%s: each name is compared with a few spellings, not with every name before it', (shape) => {
    const small = comparisonsPerName(shape, 16 * 1024);
    const large = comparisonsPerName(shape, 128 * 1024);
    // Eight times the names, and the comparisons per name do not grow (0.06 → 0.07; comparing by family key alone: 512 → 822).
    expect(large).toBeLessThan(10);
    expect(large).toBeLessThan(small * 1.5);
  });
});

describe('FamilyNameIndex', () => {
  const names = ['Karabulov', 'Karabulova', 'Karabulow', 'Seitkali', 'Seytkali', 'Friberg-Stori', 'Friberg-Story', 'Карабулов', 'Tuimebayev', 'Tuimebaev', 'Ivanov', 'Ivanova', 'Petrov', 'Mutanov', 'Nurlanov'];

  test('finds every name `sameFamilyName` would match (the index never loses a match)', () => {
    const index = new FamilyNameIndex();
    names.forEach((name, id) => index.add(name, id));
    for (const query of [...names, 'Karabulv', 'Seitkaly', 'Mutanova', 'Tuimebaeyv']) {
      const expected = names.flatMap((name, id) => (sameFamilyName(query, name) ? [id] : []));
      const candidates = index.candidates(query);
      for (const id of expected) expect(candidates).toContain(id);
    }
  });

  test('and does not offer names far apart', () => {
    const index = new FamilyNameIndex();
    names.forEach((name, id) => index.add(name, id));
    expect(index.candidates('Abdrakhmanov')).toEqual([]);
  });
});

describe('trimTrailingPunctuation', () => {
  test('cuts what the regex it replaced cuts, on every short mix of the characters involved', () => {
    const regex = /(?:\s*[,;:]|\s+[-–—])+$/u;
    const alphabet = ['a', ' ', ',', ';', ':', '-', '–', '—', '.'];
    let seed = 7;
    const differ: string[] = [];
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let k = (n % 9) + 1; k > 0; k--) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += alphabet[seed % alphabet.length];
      }
      if (trimTrailingPunctuation(text) !== text.replace(regex, '')) differ.push(text);
    }
    expect(differ).toEqual([]);
  });
});
