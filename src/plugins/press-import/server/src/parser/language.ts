import stopwords from './data/stopwords.json';
import { tokenize, type Token } from './tokens';
import type { PressLocale } from './types';

/**
 * Language of a press text, as one of the CMS locales. Function words decide (they are
 * frequent and do not depend on the topic); letters unique to Kazakh break ties. A Russian
 * text that quotes a few Kazakh names keeps its Russian function words and stays `ru`.
 */

const EN = new Set(stopwords.en);
const RU = new Set(stopwords.ru);
const KK = new Set(stopwords.kk);
const KK_LATIN = new Set(stopwords.kkLatin);

/** Only the start of a long text is needed to tell its language. */
export const SAMPLE_CHARS = 20000;

export interface LanguageEvidence {
  latinLetters: number;
  cyrillicLetters: number;
  kazakhLetters: number;
  kazakhLatinLetters: number;
  en: number;
  ru: number;
  kk: number;
  kkLatin: number;
}

const KAZAKH_CODES = new Set([...'әғқңөұүһіӘҒҚҢӨҰҮҺІ'].map((ch) => ch.charCodeAt(0)));
const KAZAKH_LATIN_CODES = new Set([...'äğıñöşūüǵńóúýÄĞİÑÖŞŪÜǴŃÓÚÝ'].map((ch) => ch.charCodeAt(0)));

/** Letter counts and function-word hits, from the start of the text (one pass over its characters and tokens). */
export function collectLanguageEvidence(text: string, tokens?: Token[]): LanguageEvidence {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const evidence: LanguageEvidence = {
    latinLetters: 0,
    cyrillicLetters: 0,
    kazakhLetters: 0,
    kazakhLatinLetters: 0,
    en: 0,
    ru: 0,
    kk: 0,
    kkLatin: 0,
  };
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) evidence.latinLetters++;
    else if (code >= 0x400 && code <= 0x4ff) {
      evidence.cyrillicLetters++;
      if (KAZAKH_CODES.has(code)) evidence.kazakhLetters++;
    } else if (KAZAKH_LATIN_CODES.has(code)) evidence.kazakhLatinLetters++;
  }
  // Tokens given by the caller are already the sample.
  for (const token of tokens ?? tokenize(sample)) {
    const word = token.lower;
    if (EN.has(word)) evidence.en++;
    if (RU.has(word)) evidence.ru++;
    if (KK.has(word)) evidence.kk++;
    if (KK_LATIN.has(word)) evidence.kkLatin++;
  }
  return evidence;
}

export function decideLanguage(e: LanguageEvidence): PressLocale {
  if (e.latinLetters > e.cyrillicLetters) {
    // Kazakh written in Latin letters is still Kazakh content.
    const kazakhLatin = e.kkLatin * 2 + e.kazakhLatinLetters / 4;
    return kazakhLatin > e.en * 1.5 && e.kkLatin >= 3 ? 'kk' : 'en';
  }
  const kazakhShare = e.cyrillicLetters > 0 ? e.kazakhLetters / e.cyrillicLetters : 0;
  if (e.kk === 0 && e.ru === 0) return kazakhShare > 0.02 ? 'kk' : 'ru';
  // Kazakh prose has Kazakh letters in roughly one letter of twelve; a Russian text
  // with Kazakh names stays far below that.
  const kkScore = e.kk + (kazakhShare > 0.03 ? 2 : 0);
  return kkScore > e.ru ? 'kk' : 'ru';
}

export function detectLanguage(text: string, tokens?: Token[]): PressLocale {
  return decideLanguage(collectLanguageEvidence(text, tokens));
}
