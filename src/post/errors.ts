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

/** The text of one file's error inside a {@link PostLoadError}'s message: its own message, which names the file and line. */
const entryOf = (error: PostParseError) => `- ${error.message.replace(/\n/g, '\n  ')}`;

/**
 * Thrown by `loadPosts` when one or more post files cannot be loaded: every bad file is parsed and
 * checked first, so one run names them all. `errors` holds one {@link PostParseError} per problem
 * (with its `filename`, `field`, `line` and message), sorted by file, then line. The `message` lists
 * them too, so the error as Node prints it, or as a framework's build overlay shows its `message`,
 * is enough to fix every file.
 */
export class PostLoadError extends AggregateError {
  /** One error per problem, sorted by file, then line. */
  declare readonly errors: PostParseError[];

  constructor(errors: readonly PostParseError[], dir?: string) {
    const sorted = [...errors].sort(byPlace);
    const files = new Set(sorted.map((error) => error.filename)).size;
    const head = `${files === 1 ? '1 post file' : `${files} post files`}${dir ? ` in ${dir}` : ''} cannot be loaded (${sorted.length === 1 ? '1 problem' : `${sorted.length} problems`}); fix each, or pass onError: 'skip' to load the rest:`;
    super(sorted, [head, ...sorted.map(entryOf)].join('\n'));
    this.name = 'PostLoadError';
  }
}

/** File order, then line order: the order a user fixes them in. */
function byPlace(a: PostParseError, b: PostParseError): number {
  const fa = a.filename ?? '';
  const fb = b.filename ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}

/** Whether a value is a PostLoadError (also across realms and duplicated package copies). */
export function isPostLoadError(value: unknown): value is PostLoadError {
  return (
    value instanceof PostLoadError ||
    (typeof value === 'object' && value !== null && (value as Error).name === 'PostLoadError' && Array.isArray((value as AggregateError).errors))
  );
}
