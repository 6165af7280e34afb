import type { PressErrorCode, PressParseFailure } from './types';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** A press release has tens of paragraphs; thousands of "paragraphs" is a log file, not news. */
export const DEFAULT_MAX_PARAGRAPHS = 2000;

/** Human-readable defaults; callers may pass a more specific message. */
const DEFAULT_MESSAGES: Record<PressErrorCode, string> = {
  EMPTY_FILE: 'The file is empty or holds only whitespace.',
  NOT_TEXT: 'The file is binary or cannot be decoded as text.',
  TOO_LARGE: 'The file is larger than the allowed size.',
  TOO_MANY_PARAGRAPHS: 'The text has more paragraphs than a press release may have.',
  NO_TITLE: 'No headline line was found at the top of the text.',
  NO_BODY: 'The text has a headline but no body paragraphs.',
  UNREADABLE: 'The file could not be read.',
};

/**
 * Thrown inside the pipeline to stop parsing one file; `parsePressText` turns it into a
 * rejected result, so it never escapes the public API.
 */
export class PressParseError extends Error {
  readonly code: PressErrorCode;

  constructor(code: PressErrorCode, message: string = DEFAULT_MESSAGES[code]) {
    super(message);
    this.name = 'PressParseError';
    this.code = code;
  }
}

export function rejectedResult(file: string, code: PressErrorCode, message?: string): PressParseFailure {
  return { file, ok: false, error: { code, message: message ?? DEFAULT_MESSAGES[code] } };
}

export function tooManyParagraphsMessage(count: number, maxParagraphs: number): string {
  return `${count} paragraphs, more than the ${maxParagraphs} a press release may have`;
}

export function tooLargeMessage(size: number, maxBytes: number): string {
  return `The file has ${size} bytes; the limit is ${maxBytes} bytes.`;
}
