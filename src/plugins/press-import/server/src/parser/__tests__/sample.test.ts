import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { parsePressText } from '../parse';
import type { PressParseSuccess } from '../types';

// The real press release the parser was specified from (byte for byte).
const REPO = path.resolve(__dirname, '../../../../../../..');
const CANDIDATES = [
  path.join(REPO, 'tests/fixtures/press/en-kaznu-30-years-of-diplomacy.txt'),
  '/work/shared/fixtures/press/en-kaznu-30-years-of-diplomacy.txt',
];
const SAMPLE = CANDIDATES.find((file) => existsSync(file))!;

describe('the real sample: 30 years of Kazakh diplomacy', () => {
  let result: PressParseSuccess;

  beforeAll(() => {
    const parsed = parsePressText(readFileSync(SAMPLE), { file: 'en-kaznu-30-years-of-diplomacy.txt' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    result = parsed;
  });

  it('Given the sample, when parsed, then locale, encoding, title, date and signature are read', () => {
    expect(result).toMatchObject({
      locale: 'en',
      encoding: 'utf-8',
      title: '30 years of Kazakh diplomacy',
      publishedAt: null,
      signature: 'Press Service of Al-Farabi Kazakh National University',
    });
    expect(result.paragraphs).toHaveLength(9);
    expect(result.lead).toBe(result.paragraphs[0]);
  });

  it('Given the sample, when parsed, then exactly three people are quoted and every quote is attributed', () => {
    const quoted = [...new Set(result.quotes.map((quote) => quote.speaker))];

    expect(quoted).toEqual(['Zhanseit Tuimebayev', 'Ruslan Karabulov', 'Michaela Friberg-Stori']);
    expect(result.quotes.every((quote) => quote.speaker !== null)).toBe(true);
  });

  it('Given the sample, when parsed, then the quotes are the seven pieces of direct speech in reading order', () => {
    expect(result.quotes.map((quote) => [quote.paragraph, quote.speaker, quote.text.slice(0, 40)])).toEqual([
      [3, 'Zhanseit Tuimebayev', 'Over the years of independence Kazakhsta'],
      [4, 'Ruslan Karabulov', 'Kazakhstan is an absolute leader in the '],
      [4, 'Ruslan Karabulov', 'Our country is a driving force in the in'],
      // Reported speech running on into his words, never closed: `expressed the hope that "our country …`.
      [4, 'Ruslan Karabulov', 'our country will be able to offer new to'],
      [5, 'Michaela Friberg-Stori', 'As the UN Global Hub for Sustainable Dev'],
      [6, 'Michaela Friberg-Stori', "Today's conference is extremely importan"],
      [6, 'Michaela Friberg-Stori', 'The global pandemic and geopolitical con'],
    ]);
    expect(result.quotes[2].text.endsWith('veterans of the diplomatic service.')).toBe(true);
    expect(result.quotes[3].text.endsWith('a renewed system of international relations.')).toBe(true);
  });

  it('Given the sample, when parsed, then the three quoted speakers have the position and institution the text gives them', () => {
    const profile = (name: string) => {
      const speaker = result.speakers.find((entry) => entry.name === name);
      return speaker && { position: speaker.position, institution: speaker.institution };
    };
    expect(profile('Zhanseit Tuimebayev')).toEqual({ position: 'Chairman of the Board - Rector', institution: 'Al-Farabi Kazakh National University' });
    // Not `Resident Coordinator in Kazakhstan Ms`: in `Mr. Ruslan Karabulov, UN Resident
    // Coordinator in Kazakhstan Ms. Michaela …` that title is the next guest's.
    expect(profile('Ruslan Karabulov')).toEqual({
      position: 'Deputy Head of Mission of the Ministry of Foreign Affairs of the Republic of Kazakhstan in Almaty',
      institution: 'Ministry of Foreign Affairs of the Republic of Kazakhstan',
    });
    expect(profile('Michaela Friberg-Stori')).toEqual({ position: 'UN Resident Coordinator in Kazakhstan', institution: 'United Nations' });
  });

  it('Given the sample, when parsed, then the conference and film titles are not quotes', () => {
    const texts = result.quotes.map((quote) => quote.text);

    expect(texts.some((text) => text.startsWith('Thirty years of foreign policy'))).toBe(false);
    expect(texts.some((text) => text.startsWith('30 years of cooperation of Kazakhstan-UN'))).toBe(false);
  });

  it("Given the sample, when parsed, then Tuimebayev's never-closed quote raises UNBALANCED_QUOTE", () => {
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'UNBALANCED_QUOTE', paragraph: 3 }));
  });

  it('Given the sample, when parsed, then Friberg-Story is an alias of Friberg-Stori', () => {
    const speaker = result.speakers.find((entry) => entry.name === 'Michaela Friberg-Stori');

    expect(speaker).toMatchObject({ aliases: ['Michaela Friberg-Story'], institution: 'United Nations' });
    expect(result.speakers.map((entry) => entry.name)).not.toContain('Michaela Friberg-Story');
  });

  it('Given the sample, when parsed, then KazNU, the UN, MFA RK, the OSCE and the EU are among the institutions', () => {
    const byName = new Map(result.institutions.map((institution) => [institution.name, institution.abbreviations]));

    expect(byName.get('Al-Farabi Kazakh National University')).toEqual(['KazNU']);
    expect(byName.get('United Nations')).toEqual(['UN']);
    expect(byName.get('Ministry of Foreign Affairs of the Republic of Kazakhstan')).toEqual(['MFA RK']);
    expect(byName.get('Organization for Security and Co-operation in Europe')).toEqual(['OSCE']);
    expect(byName.has('European Union')).toBe(true);
  });
});
