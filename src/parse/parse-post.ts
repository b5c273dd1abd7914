import type { Element, Root } from 'hast';
import { VFile } from 'vfile';
import { markdownProcessor } from '../markdown/kit-chain.js';
import { withDefinitions, type ExcerptData } from '../markdown/excerpt.js';
import type { Root as MdastRoot } from 'mdast';
import type { FoundHeading } from '../markdown/headings.js';
import { POST_FORMAT, type Post } from '../post/index.js';
import { PostParseError, type PostWarning } from '../post/errors.js';
import { readFields, type PostFields } from './fields.js';
import { fromFilename, type NamedPost } from './filename.js';
import { lineOfField, splitFrontmatter } from './frontmatter.js';
import { LIMITS } from './limits.js';
import { checkParseOptions, type FrontmatterHook, type ParseOptions, type PostSource } from './options.js';
import { requireObject, requireString } from '../post/arguments.js';
import { readingTime } from './reading-time.js';
import { buildStructure } from './structure.js';
import { shareCodeStyles } from '../markdown/highlight.js';
import { depthOf, eachNode, type WalkNode } from '../core/walk.js';

const bodyLimit = (message: string, filename?: string) => new PostParseError(message, { field: 'body', filename });

const isBlank = (code: number) => code === 32 || code === 9;
const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * The most blockquote and list markers opening one line (`> - > 1. text`), found in one linear
 * pass. The markdown parser takes time that grows with the square of such nesting, so a post far
 * past the limit is refused before it is parsed; the exact depth is still checked on the tree.
 */
function deepestLinePrefix(body: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 0 };
  let line = 1;
  let i = 0;
  while (i < body.length) {
    let depth = 0;
    for (;;) {
      while (i < body.length && isBlank(body.charCodeAt(i))) i++;
      const code = body.charCodeAt(i);
      if (code === 62 /* > */) {
        depth++;
        i++;
      } else if ((code === 45 || code === 42 || code === 43) /* - * + */ && isBlank(body.charCodeAt(i + 1))) {
        depth++;
        i += 2;
      } else if (isDigit(code)) {
        let j = i;
        while (j < body.length && j - i < 9 && isDigit(body.charCodeAt(j))) j++;
        const mark = body.charCodeAt(j);
        if ((mark === 46 || mark === 41) /* . ) */ && isBlank(body.charCodeAt(j + 1))) {
          depth++;
          i = j + 2;
        } else break;
      } else break;
    }
    const end = body.indexOf('\n', i);
    // A line of markers alone (`- - - -`) is a thematic break, not nesting.
    let hasContent = false;
    for (let j = i, stop = end === -1 ? body.length : end; j < stop && !hasContent; j++) hasContent = body.charCodeAt(j) > 32;
    if (hasContent && depth > deepest.depth) deepest = { depth, line };
    if (end === -1) break;
    i = end + 1;
    line++;
  }
  return deepest;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// Footnote references (`[^1]`) are not counted: they have a limit of their own.
const DELIMITER = /[*_]+|\[(?!\^)/g;
// A list item, table row, heading or quote starts inline content of its own: the parser matches
// delimiters within it, so a long list of links is many small blocks, not one large one.
const BLOCK_START = /^ {0,3}(?:[-*+] |\d{1,9}[.)] |\||#|>)/;

/**
 * The most emphasis and link delimiters in one paragraph (lines between blank lines or block
 * starts), skipping fenced code, found in one linear pass before the parse that would be quadratic
 * in them.
 */
function busiestParagraph(body: string): { count: number; line: number } {
  let busiest = { count: 0, line: 0 };
  let count = 0;
  let start = 1;
  let fence = '';
  let line = 0;
  let i = 0;
  while (i <= body.length) {
    const end = body.indexOf('\n', i);
    const text = body.slice(i, end === -1 ? body.length : end);
    line++;
    const opened = FENCE.exec(text);
    if (fence) {
      if (opened && opened[1][0] === fence[0] && opened[1].length >= fence.length) fence = '';
    } else if (opened) {
      fence = opened[1];
      count = 0;
    } else if (text.trim() === '') {
      count = 0;
    } else {
      if (BLOCK_START.test(text)) count = 0;
      if (count === 0) start = line;
      DELIMITER.lastIndex = 0;
      while (DELIMITER.exec(text)) count++;
      if (count > busiest.count) busiest = { count, line: start };
    }
    if (end === -1) break;
    i = end + 1;
  }
  return busiest;
}

/**
 * The body's syntax tree. An MDX syntax error (the parser's message, with its place in the body) is
 * a PostParseError naming that place, as any other bad post.
 */
function parseBody(processor: ReturnType<typeof markdownProcessor>, body: string, filename?: string, firstLine = 1) {
  try {
    return processor.parse(body);
  } catch (cause) {
    const message = cause as { reason?: unknown; place?: { line?: number; column?: number; start?: { line?: number; column?: number } }; source?: unknown };
    if (typeof message.reason !== 'string' || typeof message.source !== 'string' || !/^(?:micromark-extension|mdast-util)-mdx/.test(message.source)) throw cause;
    // The tokenizer's errors carry their place; a tag left open, found when the tree is built, writes
    // the tag's place in its reason (`(4:5-4:9)`, counted in the body) and is placed at the end of its
    // parent: the tag's place is the one to fix, said in the file's lines in place of the body's.
    const written = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(message.reason);
    const point = written ? { line: Number(written[1]), column: Number(written[2]) } : (message.place?.start ?? message.place);
    const line = typeof point?.line === 'number' ? point.line + firstLine - 1 : undefined;
    const column = typeof point?.column === 'number' ? point.column : undefined;
    const reason = written ? message.reason.slice(0, written.index) + message.reason.slice(written.index + written[0].length) : message.reason;
    const where = line === undefined ? '' : ` at line ${line}${column === undefined ? '' : `, column ${column}`}`;
    throw new PostParseError(`Invalid MDX${where}: ${reason}. Expected MDX as @mdx-js/mdx reads it.`, {
      field: 'body',
      filename,
      line,
      column,
    });
  }
}

/** `onWarning`'s default: one line per warning, `file:line:column: message`. */
export function warnOnConsole(warning: PostWarning): void {
  const place = [warning.filename ?? 'post', warning.line, warning.column].filter((part) => part !== undefined).join(':');
  console.warn(`${place}: ${warning.message}`);
}

/**
 * The chain's messages (MDX left out) as warnings at their place in the file. The excerpt runs
 * over part of the same body, so only the whole body's run reports.
 */
function report(file: VFile, options: ParseOptions, firstLine = 1): void {
  const onWarning = options.onWarning ?? warnOnConsole;
  for (const message of file.messages) {
    const start = message.place && 'start' in message.place ? message.place.start : message.place;
    onWarning({
      message: message.reason,
      ...(options.filename !== undefined && { filename: options.filename }),
      ...(start?.line !== undefined && { line: start.line + firstLine - 1 }),
      ...(start?.column !== undefined && { column: start.column }),
    });
  }
}

/** The body through the markdown chain: its tree, the post title and the headings found. */
function toHast(
  body: string,
  title: string | undefined,
  options: ParseOptions,
  firstLine?: number,
  separator?: string,
): { tree: Root; title?: string; headings: FoundHeading[]; excerpt?: Root; meta?: Record<string, unknown> } {
  const format = options.format ?? (options.filename && /\.mdx$/i.test(options.filename) ? 'mdx' : undefined);
  const processor = markdownProcessor({ ...options, format, leadingTitle: true }, body);
  try {
    const mdast = parseBody(processor, body, options.filename, firstLine);
    const depth = depthOf(mdast);
    if (depth > LIMITS.nestingDepth) {
      throw bodyLimit(
        `Body nested too deeply: ${depth} levels of nested blocks and inline markup (blockquotes, lists, emphasis, links), over the limit of ${LIMITS.nestingDepth}. ` +
          'Expected a document a reader can follow; flatten the nesting.',
        options.filename,
      );
    }
    const file = new VFile(body);
    file.data.kitTitle = title;
    if (firstLine) file.data.mdxFirstLine = firstLine;
    const tree = processor.runSync(mdast, file);
    report(file, options, firstLine);
    // The body before a `<!-- more -->` marker runs through the same chain, so it drops the same repeated title.
    const cut = separator === undefined ? (mdast.data as ExcerptData | undefined)?.excerpt : cutAt(processor, body, separator, mdast, options, firstLine);
    let excerpt: Root | undefined;
    if (cut) {
      const part = new VFile();
      part.data.kitTitle = file.data.kitTitle;
      excerpt = processor.runSync(cut, part);
    }
    return { tree, title: file.data.kitTitle, headings: file.data.kitHeadings ?? [], excerpt, meta: file.data.mdxMeta };
  } catch (cause) {
    if (cause instanceof RangeError) {
      throw bodyLimit(
        `Body too deeply nested to parse (${cause.message}). Expected at most ${LIMITS.nestingDepth} levels of nesting.`,
        options.filename,
      );
    }
    throw cause;
  }
}

/**
 * The body before the first `separator` (a post's `excerpt_separator`, Jekyll's field), parsed on
 * its own with every link definition of the whole body, or undefined when the body lacks it. A
 * separator is text, not markdown: `"\n---\n"` cuts at the first line of `---`, as Jekyll cuts.
 */
function cutAt(
  processor: ReturnType<typeof markdownProcessor>,
  body: string,
  separator: string,
  whole: MdastRoot,
  options: ParseOptions,
  firstLine?: number,
): MdastRoot | undefined {
  const at = body.indexOf(separator);
  if (at === -1) return undefined;
  // The parser links `[text][ref]` only to definitions it has read, so theirs come along as text.
  let definitions = '';
  for (const node of withDefinitions({ type: 'root', children: [] }, whole).children) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined && start >= at) definitions += `\n\n${body.slice(start, end)}`;
  }
  return parseBody(processor, body.slice(0, at) + definitions, options.filename, firstLine);
}

/**
 * `read` reads the fields of the frontmatter, and of the frontmatter over an MDX body's
 * `export const meta = { … }` when it has one (the frontmatter wins). `firstLine`: the line of the
 * source file the body starts at, for the places errors name.
 */
function finish(read: (meta?: Record<string, unknown>) => PostFields, body: string, options: ParseOptions, firstLine = 1): Post {
  let fields = read();
  if (body.length > LIMITS.sourceBytes) {
    throw bodyLimit(`Post too large: ${body.length} characters, over the limit of ${LIMITS.sourceBytes}. Split it into several posts.`, options.filename);
  }
  const prefix = deepestLinePrefix(body);
  if (prefix.depth > LIMITS.nestingDepth) {
    throw bodyLimit(
      `Body nested too deeply: ${prefix.depth} blockquote and list markers open line ${prefix.line} of the body, over the limit of ${LIMITS.nestingDepth}. ` +
        'Expected a document a reader can follow; flatten the nesting.',
      options.filename,
    );
  }
  const busiest = busiestParagraph(body);
  if (busiest.count > LIMITS.inlineDelimiters) {
    throw bodyLimit(
      `Too much inline markup: ${busiest.count} emphasis and link delimiters (\`*\`, \`_\`, \`[\`) in the paragraph at line ${busiest.line} of the body, ` +
        `over the limit of ${LIMITS.inlineDelimiters}. Expected prose a reader can follow; split the paragraph or put it in a code block.`,
      options.filename,
    );
  }
  // Counted before parsing, which is where the time would go (see LIMITS.footnoteReferences).
  let footnoteMarks = 0;
  for (const _ of body.matchAll(/\[\^[^\]\s]+\]/g)) {
    if (++footnoteMarks > LIMITS.footnoteReferences) {
      throw bodyLimit(
        `Too many footnotes: over ${LIMITS.footnoteReferences} footnote references and definitions (\`[^label]\`), the limit. ` +
          'Expected a post a reader can follow; split it, or turn the notes into links.',
        options.filename,
      );
    }
  }
  const separator = fields.excerptSeparator ?? options.excerptSeparator;
  const { tree, title: found, headings, excerpt, meta } = toHast(body, fields.title, options, firstLine, separator || undefined);
  if (meta) fields = read(meta);

  // GFM footnotes arrive as a trailing <section data-footnotes>; keep just their list.
  let footnotes: Root | undefined;
  const last = tree.children[tree.children.length - 1];
  if (last?.type === 'element' && last.tagName === 'section' && last.properties.dataFootnotes !== undefined) {
    tree.children.pop();
    const list = last.children.find((c): c is Element => c.type === 'element' && c.tagName === 'ol');
    if (list) footnotes = { type: 'root', children: [list] };
  }

  const named: NamedPost = options.filename ? fromFilename(options.filename) : {};
  if (named.badDate !== undefined && fields.pubDate === undefined) {
    throw new PostParseError(
      `Invalid date in the file name: ${named.badDate} is not a day. Expected the name to start with year-month-day ` +
        '(2016-01-22-my-post.md), or a `date:` in the frontmatter.',
      { field: 'filename', filename: options.filename },
    );
  }
  const title = found ?? named.title;
  if (!title) {
    throw new PostParseError(
      'Missing `title`: the frontmatter has no title and the body does not start with a `# Heading`. ' +
        'Expected a `title: …` field in the frontmatter.',
      { field: 'title', filename: options.filename },
    );
  }

  // Positions go (the Post is JSON, and they are most of its size); the text is for reading time.
  let text = '';
  const strip = (node: WalkNode & { value?: string; position?: unknown }) => {
    delete node.position;
    if (node.type === 'text') text += `${node.value} `;
  };
  strip(tree);
  eachNode(tree, strip);
  // The footnotes root is made above, without a position.
  if (footnotes) eachNode(footnotes, strip);
  if (excerpt) {
    delete excerpt.position;
    eachNode<WalkNode & { position?: unknown }>(excerpt, (node) => void delete node.position);
    // Blocks only, as in sections.
    excerpt.children = excerpt.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  }

  const post: Post = {
    format: POST_FORMAT,
    title,
    ...(fields.description !== undefined && { description: fields.description }),
    ...((fields.pubDate ?? named.pubDate) !== undefined && { pubDate: fields.pubDate ?? named.pubDate }),
    ...(fields.updatedDate !== undefined && { updatedDate: fields.updatedDate }),
    ...(fields.heroImage !== undefined && { heroImage: fields.heroImage }),
    authors: fields.authors,
    tags: fields.tags,
    ...(fields.lang !== undefined && { lang: fields.lang }),
    ...(fields.dir !== undefined && { dir: fields.dir }),
    ...((fields.slug ?? named.slug) !== undefined && { slug: fields.slug ?? named.slug }),
    ...(fields.series && { series: fields.series }),
    ...(fields.draft && { draft: true }),
    ...(fields.unlisted && { unlisted: true }),
    ...(excerpt && { excerpt }),
    data: fields.data,
    readingTime: readingTime(text, options.wordsPerMinute, options.charactersPerMinute),
    ...buildStructure(tree, headings, footnotes),
  };
  shareCodeStyles(tree, [post.intro, post.footnotes, ...post.sections.flatMap((s) => [s.content, ...s.items.map((i) => i.content)])]);
  return post;
}

const kindOf = (value: unknown) =>
  value === null || value === undefined ? String(value) : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `the ${typeof value} ${String(value).slice(0, 60)}`;

/**
 * The frontmatter as the host's `frontmatter` hook maps it (the fields as written when there is
 * none). The hook gets a copy, so neither the file's parse nor a host's own object (an Astro
 * entry's `data`) is changed by it.
 */
function mapped(data: Record<string, unknown>, hook: FrontmatterHook | undefined, filename: string | undefined): Record<string, unknown> {
  // parsePost and createPost checked that the hook is a function.
  if (hook === undefined) return data;
  let result: unknown;
  try {
    result = hook({ ...data }, filename === undefined ? {} : { file: filename });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const error = new PostParseError(`The \`frontmatter\` hook threw: ${reason}. Expected it to return the post's fields as an object.`, {
      field: 'frontmatter',
      filename,
    });
    (error as Error & { cause?: unknown }).cause = cause;
    throw error;
  }
  if (result === null || typeof result !== 'object' || Array.isArray(result) || result instanceof Promise) {
    const received = result instanceof Promise ? 'a Promise (the hook must not be async)' : kindOf(result);
    throw new PostParseError(`Invalid result of the \`frontmatter\` hook: received ${received}, expected the post's fields as an object.`, {
      field: 'frontmatter',
      filename,
    });
  }
  return result as Record<string, unknown>;
}

/**
 * Parses a post file — frontmatter and markdown body — into a {@link Post}: plain JSON that keeps
 * the body as hast, so components render it without parsing again.
 *
 * @throws {PostParseError} for anything it cannot read; nothing half-parsed is returned.
 * @throws {TypeError} when `source` is not a string or an option has the wrong type, naming it.
 */
export function parsePost(source: string, parseOptions?: ParseOptions): Post {
  requireString('parsePost', 'source', source, "the post file's text (a string)");
  const options = checkParseOptions('parsePost', parseOptions);
  if (source.length > LIMITS.sourceBytes) {
    throw bodyLimit(`Post too large: ${source.length} characters, over the limit of ${LIMITS.sourceBytes}. Split it into several posts.`, options.filename);
  }
  const split = splitFrontmatter(source, options.filename);
  const read = (meta?: Record<string, unknown>) =>
    readFields(mapped(meta ? { ...meta, ...split.data } : split.data, options.frontmatter, options.filename), {
      filename: options.filename,
      lineOf: (key) => lineOfField(split, key),
      authors: options.authors,
    });
  let firstLine = 1;
  for (let i = source.indexOf('\n'), end = source.length - split.body.length; i !== -1 && i < end; i = source.indexOf('\n', i + 1)) firstLine++;
  return finish(read, split.body, options, firstLine);
}

/**
 * Builds a {@link Post} from frontmatter that a host already split from the body: an Astro content
 * collection entry (`entry.data`, `entry.body`, dates as `Date`) or gray-matter's `{ data, content }`.
 *
 * @throws {PostParseError} for anything it cannot read.
 * @throws {TypeError} when `source` is not an object or an option has the wrong type, naming it.
 */
export function createPost(source: PostSource | { data: Record<string, unknown>; content: string }, createOptions?: ParseOptions): Post {
  requireObject('createPost', 'source', source, 'a post source { data, body } (an object)');
  const options = checkParseOptions('createPost', createOptions);
  const input = source as Partial<PostSource> & { content?: unknown };
  const data = input.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new PostParseError(`Invalid \`data\`: received ${Array.isArray(data) ? 'a list' : typeof data}, expected the frontmatter as an object.`, {
      field: 'data',
      filename: options.filename,
    });
  }
  const body = input.body ?? input.content ?? '';
  if (typeof body !== 'string') {
    throw new PostParseError(`Invalid \`body\`: received ${typeof body}, expected the markdown body as a string.`, {
      field: 'body',
      filename: options.filename,
    });
  }
  const fields = data as Record<string, unknown>;
  const read = (meta?: Record<string, unknown>) =>
    readFields(mapped(meta ? { ...meta, ...fields } : fields, options.frontmatter, options.filename), {
      filename: options.filename,
      lineOf: () => undefined,
      authors: options.authors,
    });
  return finish(read, body, options);
}
