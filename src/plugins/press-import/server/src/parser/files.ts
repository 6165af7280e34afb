import { promises as fs } from 'fs';
import * as path from 'path';
import { DEFAULT_MAX_BYTES, rejectedResult, tooLargeMessage } from './errors';
import { parsePressText } from './parse';
import type { ParseFileOptions, PressParseResult } from './types';

/**
 * The file-system side of the parser: size check before reading, reading, and expanding
 * directories. Kept apart from `parsePressText`, which stays pure.
 */

/** Thrown by `listPressFiles` for a path that does not exist (a usage error, not a bad file). */
export class MissingPathError extends Error {
  readonly path: string;

  constructor(missing: string) {
    super(`No such file or directory: ${missing}`);
    this.name = 'MissingPathError';
    this.path = missing;
  }
}

export async function parsePressFile(filePath: string, options: ParseFileOptions = {}): Promise<PressParseResult> {
  const file = options.file ?? filePath;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    // Check the size first: an oversized file is never read into memory.
    const stat = await fs.stat(filePath);
    if (!stat.isFile()) return rejectedResult(file, 'UNREADABLE', 'Not a regular file.');
    if (stat.size > maxBytes) return rejectedResult(file, 'TOO_LARGE', tooLargeMessage(stat.size, maxBytes));
    const bytes = await fs.readFile(filePath);
    return parsePressText(bytes, { file, maxBytes, maxParagraphs: options.maxParagraphs });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return rejectedResult(file, 'UNREADABLE', `The file could not be read: ${reason}`);
  }
}

async function collectTextFiles(directory: string, into: string[]): Promise<void> {
  const entries = await fs.readdir(directory, { withFileTypes: true });
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) await collectTextFiles(full, into);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) into.push(full);
  }
}

const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Expands the command-line paths: a file stays as given; a directory becomes every `*.txt`
 * below it, in sorted path order. Throws MissingPathError for a path that does not exist.
 */
export async function listPressFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    let stat;
    try {
      stat = await fs.stat(given);
    } catch {
      throw new MissingPathError(given);
    }
    if (stat.isDirectory()) {
      const found: string[] = [];
      await collectTextFiles(given, found);
      files.push(...found.sort(byPath));
    } else {
      files.push(given);
    }
  }
  return files;
}
