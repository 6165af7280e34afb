import type { PressParseResult, PressSpeaker } from '../../src/plugins/press-import/server/src/parser';
import { scoreFile, scoreSpeakerFacts, summarise, type QuoteExpectation } from './support/corpus-metrics';
import { expectationOf, manifestSchema, readManifest } from './support/real-manifest';

/** The scorer itself: speaker facts, opening-word matching and the real-set manifest. */

const speaker = (name: string, position: string | null, institution: string | null, aliases: string[] = []): PressSpeaker => ({
  name,
  aliases,
  position,
  institution,
});

const parsed = (quotes: Array<{ text: string; speaker: string | null }>, speakers: PressSpeaker[]): PressParseResult => ({
  file: 'x.txt',
  ok: true,
  sha256: '0'.repeat(64),
  encoding: 'utf-8',
  locale: 'en',
  title: 'T',
  lead: '',
  paragraphs: [],
  signature: null,
  publishedAt: null,
  quotes: quotes.map((quote) => ({ ...quote, paragraph: 0, confidence: 1 })),
  speakers,
  institutions: [],
  warnings: [],
});

const expectation: QuoteExpectation = {
  locale: 'en',
  quotes: [
    { text: 'We will open a branch', speaker: 'Aigerim Sadykova', match: 'prefix' },
    { text: 'Students need more', speaker: null, match: 'prefix' },
  ],
  speakers: [
    speaker('Aigerim Sadykova', 'Vice-Rector for Science', 'Example State University'),
    speaker('Bolat Unquoted', 'Dean', null),
  ],
  notQuotes: ['Open Doors'],
  notQuoteMatch: 'prefix',
  ignoredQuotes: ['The last quote is'],
};

describe('speaker facts', () => {
  it('Given the quoted speaker with the same name and facts written with other dashes, spaces and case, then all three facts are right', () => {
    const score = scoreSpeakerFacts([speaker('Aigerim  Sadykova', 'vice – rector for science', '«Example State University»')], expectation);

    expect(score).toEqual({ checked: 3, right: 3, misses: [] });
  });

  it('Given a position that swallowed narrator words and a missing institution, then those two facts are misses; an unquoted speaker is not checked', () => {
    const score = scoreSpeakerFacts([speaker('Aigerim Sadykova', 'guest met with Vice-Rector for Science', null)], expectation);

    expect(score.checked).toBe(3);
    expect(score.right).toBe(1);
    expect(score.misses.map((miss) => miss.field)).toEqual(['position', 'institution']);
  });

  it('Given the speaker found only under another spelling listed as an alias, then the name fact is wrong but position and institution are compared', () => {
    const score = scoreSpeakerFacts(
      [speaker('Aigerim Sadykova-Nur', 'Vice-Rector for Science', 'Example State University', ['Aigerim Sadykova'])],
      expectation,
    );

    expect(score.right).toBe(2);
    expect(score.misses).toEqual([{ name: 'Aigerim Sadykova', field: 'name', found: 'Aigerim Sadykova-Nur', expected: 'Aigerim Sadykova' }]);
  });

  it('Given no speakers at all, then every fact of every quoted speaker is a miss', () => {
    expect(scoreSpeakerFacts([], expectation)).toMatchObject({ checked: 3, right: 0 });
  });
});

describe('quotes matched by their opening words', () => {
  it('Given quotes that start with the expected words (after a dash), an ignored cut quote and a title, then counts leave the ignored one out and flag the title', () => {
    const result = parsed(
      [
        { text: '– We will open a branch in Turkestan next year.', speaker: 'Aigerim Sadykova' },
        { text: 'The last quote is cut her', speaker: null },
        { text: 'Open Doors Day', speaker: null },
      ],
      [speaker('Aigerim Sadykova', 'Vice-Rector for Science', 'Example State University')],
    );

    const score = scoreFile(result, expectation);

    expect(score).toMatchObject({ found: 2, expected: 2, matched: 1, rightSpeaker: 1, ignored: ['The last quote is cut her'] });
    expect(score.notQuoteViolations).toEqual(['Open Doors Day']);
    expect(score.unmatchedExpected).toEqual(['Students need more']);
  });

  it('Given files of several groups, then the summary keeps kk-latn apart and sums speaker facts', () => {
    const result = parsed([{ text: 'We will open a branch', speaker: 'Aigerim Sadykova' }], []);
    const score = scoreFile(result, expectation);

    const summary = summarise([
      { locale: 'kk-latn', score },
      { locale: 'en', score },
    ]);

    expect(summary['kk-latn']).toMatchObject({ files: 1, speakerFactsChecked: 3, speakerFactsRight: 0, speakerFacts: 0 });
    expect(summary.ru).toMatchObject({ files: 0, speakerFacts: 1 });
  });
});

describe('real-set manifest', () => {
  it('Given the committed bench/real-manifest.json, when read, then it validates and every text becomes a prefix expectation', () => {
    const manifest = readManifest();

    expect(manifest.texts.length).toBeGreaterThan(0);
    for (const entry of manifest.texts) expect(expectationOf(entry).quotes.every((quote) => quote.match === 'prefix')).toBe(true);
  });

  it('Given an entry whose quote names a speaker missing from its speakers, then the schema rejects it', () => {
    const entry = {
      file: 'en-01-x.txt',
      url: 'https://example.org/x',
      language: 'en',
      source: 'Example',
      quotes: [{ start: 'We will', speaker: 'Nobody Listed' }],
      speakers: [],
      notQuotes: [],
    };

    const parsedManifest = manifestSchema.safeParse({ description: 'd', texts: [entry] });

    expect(parsedManifest.success).toBe(false);
  });
});
