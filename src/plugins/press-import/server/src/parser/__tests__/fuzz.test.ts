import fc from 'fast-check';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { pressParseResultSchema } from '../contract-schema';
import { parsePressText } from '../parse';

// Whatever the bytes, the parser returns a contract-shaped object and never throws.

const FIXTURES = path.resolve(__dirname, '../../../../../../../tests/fixtures/press');
const fixtures = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(path.join(FIXTURES, name)));

const QUOTE_MARKS = ['"', '“', '”', '„', '«', '»', '‹', '›', '‘', '’', '-', '—', '–', ':', '\n', '\n\n'].map((mark) =>
  Buffer.from(mark, 'utf8'),
);

function expectContractShape(bytes: Uint8Array): void {
  let result: unknown;
  expect(() => {
    result = parsePressText(bytes, { file: 'fuzz.txt' });
  }).not.toThrow();
  const parsed = pressParseResultSchema.safeParse(result);
  if (!parsed.success)
    throw new Error(`${parsed.error.message}\nfor input ${JSON.stringify(Buffer.from(bytes).toString('latin1').slice(0, 200))}`);
}

type Mutation =
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'swapQuote'; at: number; mark: number }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('swapQuote' as const), at: fc.nat(), mark: fc.nat({ max: QUOTE_MARKS.length - 1 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(source: Buffer, mutations: Mutation[]): Buffer {
  let bytes = Buffer.from(source);
  for (const change of mutations) {
    const at = bytes.length === 0 ? 0 : change.at % bytes.length;
    switch (change.kind) {
      case 'insert':
        bytes = Buffer.concat([bytes.subarray(0, at), change.bytes, bytes.subarray(at)]);
        break;
      case 'delete':
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + change.length)]);
        break;
      case 'flip':
        if (bytes.length) bytes[at] ^= 1 << change.bit;
        break;
      case 'swapQuote': {
        // Replace the next quotation mark (or any byte) with another mark: unbalanced, mixed, nested.
        const text = bytes.toString('utf8');
        const position = text.slice(at).search(/["“”„«»‹›‘’]/);
        const index = position === -1 ? at : Buffer.byteLength(text.slice(0, at + position));
        bytes = Buffer.concat([bytes.subarray(0, index), QUOTE_MARKS[change.mark], bytes.subarray(index + 1)]);
        break;
      }
      case 'truncate':
        bytes = bytes.subarray(0, at);
        break;
    }
  }
  return bytes;
}

describe('parsePressText under fuzzing', () => {
  it('Given random bytes, when parsed, then the result has the contract shape', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => expectContractShape(bytes)),
      { numRuns: 1000 },
    );
  });

  it('Given random text in the scripts of the corpus, when parsed, then the result has the contract shape', () => {
    const pieces = fc.constantFrom(
      'Ректор',
      ' сказал',
      ' «',
      '»',
      ', — ',
      '"',
      '“',
      '”',
      '\n\n',
      '\n',
      '- ',
      'Қазақ',
      ' деді',
      ' said',
      ' Mr. ',
      'Ivanov',
      ' (UN)',
      'KazNU',
      '. ',
      ':',
      '22.12.2023',
      'Press Service',
      '  ',
      '\t',
      '\u00a0',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 120 }), (parts) => expectContractShape(Buffer.from(parts.join(''), 'utf8'))),
      { numRuns: 1000 },
    );
  });

  it('Given fixtures with inserted, deleted and flipped bytes, swapped quote marks or cut short, when parsed, then the result has the contract shape', () => {
    fc.assert(
      fc.property(fc.nat({ max: fixtures.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (index, mutations) => {
        expectContractShape(mutate(fixtures[index], mutations));
      }),
      { numRuns: 400 },
    );
  });
});
