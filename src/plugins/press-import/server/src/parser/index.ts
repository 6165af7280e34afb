/**
 * Press-text parser: plain TypeScript with no Strapi dependency, shared by the importer
 * service, the admin preview and the `press:parse` command.
 */
export { parsePressText } from './parse';
export { parsePressFile, listPressFiles, MissingPathError } from './files';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_PARAGRAPHS, PressParseError } from './errors';
export { decodeBytes, detectEncoding } from './decode';
export { detectLanguage } from './language';
export { normalizeText } from './normalize';
export { splitStructure } from './structure';
export { extractQuotes } from './quotes';
export { pressParseResultSchema } from './contract-schema';
export type {
  PressLocale,
  PressErrorCode,
  PressWarningCode,
  PressQuote,
  PressSpeaker,
  PressInstitution,
  PressWarning,
  PressParseSuccess,
  PressParseFailure,
  PressParseResult,
  ParseTextOptions,
  ParseFileOptions,
} from './types';
