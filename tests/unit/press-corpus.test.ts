import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { parsePressText } from '../../src/plugins/press-import/server/src/parser';
import type { PressLocale } from '../../src/plugins/press-import/server/src/parser';
import { loadCorpus, scoreFile, summarise, type FileScore } from './support/corpus-metrics';

/**
 * The parser against the hand-written corpus (tests/fixtures/press/README.md): exact
 * layout fields per file, and quote quality per language.
 */

const CORPUS = path.join(__dirname, '..', 'fixtures', 'press');
const BAD = path.join(__dirname, '..', 'fixtures', 'press-bad');

const THRESHOLDS = { precision: 0.95, recall: 0.9, attribution: 0.9 };

const corpus = loadCorpus(CORPUS);
const results = corpus.map((entry) => ({ entry, result: parsePressText(entry.bytes, { file: entry.name }) }));

describe('press corpus: layout of each file', () => {
  it.each(results.map(({ entry, result }) => [entry.name, entry, result] as const))(
    'Given %s, when parsed, then locale, encoding and title are exact',
    (_name, entry, result) => {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect({ locale: result.locale, encoding: result.encoding, title: result.title }).toEqual({
        locale: entry.expected.locale,
        encoding: entry.expected.encoding,
        title: entry.expected.title,
      });
    },
  );

  it.each(results.map(({ entry, result }) => [entry.name, entry, result] as const))(
    'Given %s, when parsed, then date, signature, paragraphs and warnings match',
    (_name, entry, result) => {
      if (!result.ok) throw new Error(result.error.message);
      expect({ publishedAt: result.publishedAt, signature: result.signature, paragraphCount: result.paragraphs.length }).toEqual({
        publishedAt: entry.expected.publishedAt,
        signature: entry.expected.signature,
        paragraphCount: entry.expected.paragraphCount,
      });
      // Expected warnings are a minimum set of codes.
      const codes = new Set(result.warnings.map((warning) => warning.code));
      for (const code of entry.expected.warnings) expect(codes).toContain(code);
    },
  );
});

describe('press corpus: quote quality per language', () => {
  const scores: Array<{ locale: PressLocale; score: FileScore }> = results.map(({ entry, result }) => ({
    locale: entry.expected.locale,
    score: scoreFile(result, entry.expected),
  }));
  const summary = summarise(scores);

  it.each(['en', 'ru', 'kk'] as const)(
    'Given the %s files, when parsed, then precision, recall and attribution reach the thresholds',
    (locale) => {
      const total = summary[locale];

      expect(total.files).toBeGreaterThan(0);
      expect(total.precision).toBeGreaterThanOrEqual(THRESHOLDS.precision);
      expect(total.recall).toBeGreaterThanOrEqual(THRESHOLDS.recall);
      expect(total.attribution).toBeGreaterThanOrEqual(THRESHOLDS.attribution);
    },
  );

  it('Given every file, when parsed, then no title or embedded fragment listed in notQuotes is reported as a quote', () => {
    const violations = scores.flatMap(({ score }, i) => score.notQuoteViolations.map((text) => `${corpus[i].name}: ${text}`));

    expect(violations).toEqual([]);
  });
});

describe('press corpus: bad files', () => {
  const bad = readdirSync(BAD)
    .filter((name) => name.endsWith('.txt'))
    .sort();

  it.each(bad)('Given press-bad/%s, when parsed, then it is rejected with its expected error code', (name) => {
    const expected = JSON.parse(readFileSync(path.join(BAD, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as { code: string };

    const result = parsePressText(readFileSync(path.join(BAD, name)), { file: name });

    expect(result).toMatchObject({ ok: false, error: { code: expected.code } });
  });
});
