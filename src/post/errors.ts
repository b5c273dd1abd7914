/** Where a problem sits in the source file (1-based), when known. */
export interface SourcePlace {
  line?: number;
  column?: number;
}

/**
 * What `parsePost` reports of a post it could read but not wholly: MDX code it left out (an
 * expression, a spread of props, an event handler). The post is still returned; the warning says
 * what is missing from it and where. Passed to `onWarning`.
 */
export interface PostWarning extends SourcePlace {
  /** What was left out and why. */
  message: string;
  /** The file name passed in `options.filename`, when given. */
  filename?: string;
}

/**
 * Thrown by `parsePost` and `createPost` for input they cannot turn into a Post.
 * Nothing half-parsed is ever returned: either a whole Post, or this error.
 */
export class PostParseError extends Error {
  /** The frontmatter field at fault (`title`, `pubDate`, …), or `frontmatter`/`body` for the file as a whole. */
  readonly field: string;
  /** 1-based line in the source file, when known. */
  readonly line?: number;
  /** 1-based column in the source file, when known. */
  readonly column?: number;
  /** The file name passed in `options.filename`, when given. */
  readonly filename?: string;

  constructor(message: string, details: { field: string; filename?: string } & SourcePlace) {
    const where = [details.filename, details.line !== undefined ? `line ${details.line}` : undefined]
      .filter(Boolean)
      .join(', ');
    super(where ? `${message} (${where})` : message);
    this.name = 'PostParseError';
    this.field = details.field;
    this.line = details.line;
    this.column = details.column;
    this.filename = details.filename;
  }
}

/** Whether a value is a PostParseError (also across realms and duplicated package copies). */
export function isPostParseError(value: unknown): value is PostParseError {
  return value instanceof PostParseError || (value instanceof Error && value.name === 'PostParseError');
}
