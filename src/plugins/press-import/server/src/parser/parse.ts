import { createHash } from 'crypto';
import { analyseArticle } from './article';
import { containsNul, controlCharacterRatio, decodeBytes } from './decode';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_PARAGRAPHS, PressParseError, rejectedResult, tooLargeMessage, tooManyParagraphsMessage } from './errors';
import { detectLanguage, SAMPLE_CHARS } from './language';
import { normalizeText } from './normalize';
import { splitStructure } from './structure';
import { TextIndex, tokenize, type Token } from './tokens';
import type { ParseTextOptions, PressParseResult, PressWarning } from './types';

/** The headline and the first paragraphs, up to the language sample size, with their tokens. */
function languageSample(title: string, indexes: TextIndex[]): [string, Token[]] {
  const texts = [title];
  const tokens: Token[] = tokenize(title);
  let length = title.length;
  for (const index of indexes) {
    if (length >= SAMPLE_CHARS) break;
    texts.push(index.text);
    for (const token of index.tokens) tokens.push(token);
    length += index.text.length + 1;
  }
  return [texts.join('\n'), tokens];
}

/** Share of control characters above which decoded bytes are taken for a binary file. */
/** A text may carry a few stray control characters (removed later); a binary has many. */
const MAX_CONTROL_RATIO = 0.005;
const TOLERATED_CONTROLS = 4;

/**
 * Bytes in, contract object out. Never throws: every failure becomes a rejected result
 * with a typed error code.
 */
export function parsePressText(bytes: Uint8Array, options: ParseTextOptions): PressParseResult {
  const { file } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    if (bytes.length > maxBytes) return rejectedResult(file, 'TOO_LARGE', tooLargeMessage(bytes.length, maxBytes));
    if (bytes.length === 0) return rejectedResult(file, 'EMPTY_FILE');
    const decoded = decodeBytes(bytes);
    if (
      decoded.text.includes('\u0000') ||
      (containsNul(bytes) && decoded.encoding === 'utf-8') ||
      controlCharacterRatio(decoded.text) * decoded.text.length > Math.max(TOLERATED_CONTROLS, MAX_CONTROL_RATIO * decoded.text.length)
    ) {
      return rejectedResult(file, 'NOT_TEXT');
    }
    const normalized = normalizeText(decoded.text);
    if (normalized.text.trim() === '') return rejectedResult(file, 'EMPTY_FILE');
    const structure = splitStructure(normalized.text);
    // Limits before the analysis: the split is a few linear passes, the analysis is the cost.
    const maxParagraphs = options.maxParagraphs ?? DEFAULT_MAX_PARAGRAPHS;
    if (structure.paragraphs.length > maxParagraphs) {
      return rejectedResult(file, 'TOO_MANY_PARAGRAPHS', tooManyParagraphsMessage(structure.paragraphs.length, maxParagraphs));
    }
    const indexes = structure.paragraphs.map((paragraph) => new TextIndex(paragraph));
    const locale = detectLanguage(...languageSample(structure.title, indexes));
    const analysis = analyseArticle(structure, locale, indexes);
    const warnings: PressWarning[] = [...analysis.warnings];
    if (structure.titleFromText) {
      warnings.push({
        code: 'TITLE_FROM_TEXT',
        message: 'The text has no headline (its first line is a paragraph): the title is its first sentence. Write a headline before publishing.',
        paragraph: 0,
      });
    }
    if (decoded.uncertain) {
      warnings.push({
        code: 'UNCERTAIN_ENCODING',
        message: `The encoding was guessed as ${decoded.encoding}; another code page scored almost as well.`,
      });
    }
    if (decoded.mixed) {
      const { lines, otherEncoding, replaced } = decoded.mixed;
      warnings.push({
        code: 'MIXED_ENCODING',
        message:
          `The file is UTF-8 except line(s) ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ', …' : ''}: ` +
          `decoded as ${otherEncoding}${replaced ? `; ${replaced} invalid byte(s) replaced by U+FFFD` : ''}. Check those lines.`,
      });
    }
    if (normalized.homoglyphWords > 0) {
      warnings.push({
        code: 'REPAIRED_HOMOGLYPHS',
        message: `${normalized.homoglyphWords} word(s) mixed Latin and Cyrillic look-alike letters and were repaired.`,
      });
    }
    return {
      file,
      ok: true,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      encoding: decoded.encoding,
      locale,
      title: structure.title,
      lead: structure.paragraphs[0],
      paragraphs: structure.paragraphs,
      signature: structure.signature,
      publishedAt: structure.publishedAt,
      quotes: analysis.quotes,
      speakers: analysis.speakers,
      institutions: analysis.institutions,
      warnings,
    };
  } catch (error) {
    if (error instanceof PressParseError) return rejectedResult(file, error.code, error.message);
    // A bug must not stop a batch: report the file as unparseable and carry on.
    const reason = error instanceof Error ? error.message : String(error);
    return rejectedResult(file, 'NOT_TEXT', `The text could not be parsed: ${reason}`);
  }
}
