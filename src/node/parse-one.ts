import { isPostParseError, PostParseError, type PostWarning } from '../post/errors.js';
import { parsePost } from '../parse/parse-post.js';
import type { ParseOptions } from '../parse/options.js';
import type { Cached } from './cache.js';
import { linksToPostFiles } from './links.js';

/**
 * One post file's text parsed, the same in the loading thread and in a worker of the pool
 * (`parse-worker.ts`), so that both give the same post, warnings and errors.
 */
export function parseSource(text: string, file: string, options: ParseOptions): Cached {
  const warnings: PostWarning[] = [];
  const post = parsePost(text, { ...options, filename: file, onWarning: (warning) => void warnings.push(warning) });
  return { post, warnings, links: linksToPostFiles(post) };
}

/** UTF-8 only: a file in another encoding is refused by name rather than read as replacement characters. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(bytes: Buffer, file: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const text = bytes.toString('utf8');
    const at = text.indexOf('\uFFFD');
    const line = at === -1 ? undefined : text.slice(0, at).split('\n').length;
    throw new PostParseError('Not UTF-8: the file holds bytes that are not UTF-8 text (perhaps it was saved as Latin-1 or Windows-1252). Expected a UTF-8 file: save it again as UTF-8.', {
      field: 'file',
      filename: file,
      ...(line !== undefined && { line }),
    });
  }
}

/**
 * An error as it crosses from a worker to the loading thread: structured cloning keeps an Error's
 * message but drops a PostParseError's own fields, so they travel as data and the error is built
 * again on the other side.
 */
export interface ErrorData {
  name: string;
  message: string;
  stack?: string;
  /** Set for a PostParseError. */
  details?: { field: string; filename?: string; line?: number; column?: number };
}

export function errorData(error: unknown): ErrorData {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const data: ErrorData = { name: error.name, message: error.message, stack: error.stack };
  if (isPostParseError(error)) data.details = { field: error.field, filename: error.filename, line: error.line, column: error.column };
  return data;
}

/** The error {@link errorData} describes, with the same class, message, fields and (the worker's) stack. */
export function rebuildError(data: ErrorData): Error {
  let error: Error;
  if (data.details) {
    const { field, filename, line, column } = data.details;
    error = new PostParseError(data.message, {
      field,
      ...(filename !== undefined && { filename }),
      ...(line !== undefined && { line }),
      ...(column !== undefined && { column }),
    });
    // The constructor adds the place to the message; the message that crossed has it already.
    error.message = data.message;
  } else {
    error = new Error(data.message);
    error.name = data.name;
  }
  if (data.stack !== undefined) error.stack = data.stack;
  return error;
}
