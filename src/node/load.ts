import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { sortPosts } from '../collection/lists.js';
import { readAuthorMap } from '../parse/authors.js';
import { isPostParseError, PostParseError, type PostWarning } from '../post/errors.js';
import { parsePost, warnOnConsole } from '../parse/parse-post.js';
import type { AuthorEntry } from '../parse/authors.js';
import type { ParseOptions } from '../parse/options.js';
import type { Post, PostAuthor } from '../post/index.js';
import { optionsFingerprint, PostCache, sha256 } from './cache.js';
import { ImageResolver, type ImageHandling } from './images.js';

/** Options for {@link loadPosts} and {@link loadPost}: every {@link ParseOptions} option but `filename`, and these. */
export interface LoadOptions extends Omit<ParseOptions, 'filename' | 'authors'> {
  /** The folder the site serves as its root (Vite's and Next.js's `public`); local images resolve to URLs under it. @default undefined */
  publicDir?: string;
  /** The URL path the site is served under, put before every image URL. @default '/' */
  base?: string;
  /** What happens to a local image outside `publicDir`: `'copy'`, `'refuse'`, or `'keep'` every image path as written. @default 'copy' */
  images?: ImageHandling;
  /** The folder under `publicDir` that copied images go into. @default 'images' */
  imagesDir?: string;
  /** Whether posts with `draft: true` are loaded. @default true unless `process.env.NODE_ENV` is `'production'` */
  drafts?: boolean;
  /** Authors by key, or the path of a YAML (or JSON) file holding them, as Docusaurus's `authors.yml`. @default undefined */
  authors?: Record<string, AuthorEntry> | string;
  /** A folder for parsed posts, so a rebuild parses only files (or options) that changed. @default undefined (no cache) */
  cacheDir?: string;
  /** Called with a file's path each time it is parsed rather than taken from `cacheDir`. @default undefined */
  onParse?: (file: string) => void;
}

const POST_FILE = /\.(md|mdx|markdown)$/i;

/** Everything a load needs that does not change from one post to the next. */
interface Context {
  parseOptions: ParseOptions;
  fingerprint: string;
  cache?: PostCache;
  images: ImageResolver;
  onParse?: (file: string) => void;
  /** Where a post's warnings go: `onWarning`, else the console. */
  warn: (warning: PostWarning) => void;
}

async function readAuthors(authors: LoadOptions['authors']): Promise<Record<string, PostAuthor> | undefined> {
  if (authors === undefined) return undefined;
  if (typeof authors !== 'string') return readAuthorMap(authors);
  let text: string;
  try {
    text = await readFile(authors, 'utf8');
  } catch (cause) {
    throw new PostParseError(`Cannot read the authors file ${authors}: ${(cause as Error).message}. Expected the path of a YAML or JSON authors map.`, {
      field: 'authors',
      filename: authors,
    });
  }
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 100 });
  } catch (cause) {
    throw new PostParseError(`Invalid YAML in the authors file: ${(cause as Error).message}`, { field: 'authors', filename: authors });
  }
  return readAuthorMap(data, authors);
}

async function prepare(options: LoadOptions): Promise<Context> {
  const { publicDir, base = '/', images = 'copy', imagesDir = 'images', drafts: _drafts, authors, cacheDir, onParse, ...parse } = options;
  if (images !== 'copy' && images !== 'refuse' && images !== 'keep') {
    throw new TypeError(`Invalid \`images\`: received ${JSON.stringify(images)}, expected 'copy', 'refuse' or 'keep'.`);
  }
  const parseOptions: ParseOptions = { ...parse };
  const map = await readAuthors(authors);
  if (map) parseOptions.authors = map;
  return {
    parseOptions,
    fingerprint: optionsFingerprint(parseOptions),
    cache: cacheDir ? new PostCache(cacheDir) : undefined,
    images: new ImageResolver({ mode: images, publicDir: publicDir && path.resolve(publicDir), base: base.endsWith('/') ? base : `${base}/`, imagesDir }),
    onParse,
    warn: parse.onWarning ?? warnOnConsole,
  };
}

/** Reads one post file and parses it, or takes it from the cache. */
async function readOne(file: string, context: Context): Promise<Post> {
  // The bytes are hashed as they are: a warm rebuild never decodes a source it does not parse. Read
  // synchronously: for files this small, fs/promises' open / stat / read / close, each a trip to the
  // thread pool, were a large share of a warm rebuild (`npm run bench:blog` times one), and parsing
  // blocks the thread anyway.
  const bytes = readFileSync(file);
  // The parse depends on the name only through its last two parts (`my-post/index.md`).
  const key = sha256(Buffer.concat([Buffer.from(`${context.fingerprint}\n${file.split(/[/\\]/).slice(-2).join('/')}\n`), bytes]));
  const cached = context.cache?.get(file, key);
  if (cached) {
    for (const warning of cached.warnings) context.warn(warning);
    return cached.post;
  }
  context.onParse?.(file);
  const warnings: PostWarning[] = [];
  const post = parsePost(bytes.toString('utf8'), { ...context.parseOptions, filename: file, onWarning: (warning) => void warnings.push(warning) });
  for (const warning of warnings) context.warn(warning);
  await context.cache?.set(file, key, post, warnings);
  return post;
}

/** Resolves a read post's images; a draft left out is not checked further (its images may not exist yet). */
async function finishOne(post: Post, file: string, context: Context, keepDrafts: boolean): Promise<Post | undefined> {
  if (post.draft && !keepDrafts) return undefined;
  await context.images.resolvePost(post, path.resolve(file), file);
  return post;
}

/** An error of one file, as loadPost and loadPosts throw it: a PostParseError naming the file. */
function failure(error: unknown, file: string): PostParseError {
  if (isPostParseError(error) && error.filename) return error;
  const wrapped = new PostParseError(`Cannot load the post: ${(error as Error)?.message ?? String(error)}`, { field: 'file', filename: file });
  (wrapped as Error & { cause?: unknown }).cause = error;
  return wrapped;
}

/** Runs one file's step, turning whatever it throws into the error that names `file`. */
async function forFile<T>(file: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw failure(error, file);
  }
}

const READ_AHEAD = 8;

/**
 * Reads (from the cache, or by parsing) up to READ_AHEAD files at once, so that a cold load's cache
 * writes overlap the next parses. Reading and parsing themselves are synchronous, one post at a
 * time. On a failure nothing further is started, and the first failing file in `files`' order is
 * the one reported, whatever finished first.
 */
async function readAll(files: string[], context: Context): Promise<Post[]> {
  const posts: Post[] = new Array(files.length);
  const errors = new Map<number, unknown>();
  let next = 0;
  const worker = async () => {
    while (next < files.length && errors.size === 0) {
      const index = next++;
      try {
        posts[index] = await readOne(files[index], context);
      } catch (error) {
        errors.set(index, error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_AHEAD, files.length) }, worker));
  if (errors.size > 0) {
    const first = Math.min(...errors.keys());
    throw failure(errors.get(first), files[first]);
  }
  return posts;
}

/**
 * Loads one post file: parsed with {@link parsePost}, local images resolved and sized, author keys
 * resolved. A draft is returned whatever `drafts` says: the caller asked for this file.
 *
 * @throws {PostParseError} naming the file, for anything it cannot load.
 */
export async function loadPost(file: string, options: LoadOptions = {}): Promise<Post> {
  const context = await prepare(options);
  return (await forFile(file, async () => finishOne(await readOne(file, context), file, context, true)))!;
}

/** Every post file under `dir`, sorted; names starting with `_` or `.` (partials, drafts folders by convention) are skipped. */
async function postFiles(dir: string): Promise<string[]> {
  const found = await stat(dir).catch(() => undefined);
  if (!found?.isDirectory()) {
    throw new PostParseError(`Cannot load posts: ${dir} is not a folder. Expected the folder that holds the post files.`, { field: 'dir', filename: dir });
  }
  const entries = await readdir(dir, { recursive: true });
  return entries
    .map(String)
    .filter((relative) => POST_FILE.test(relative) && !relative.split(/[/\\]/).some((part) => part.startsWith('_') || part.startsWith('.') || part === 'node_modules'))
    .sort()
    .map((relative) => path.join(dir, relative));
}

/**
 * Loads every `.md`, `.markdown` and `.mdx` file under `dir` (an `index.md` in a folder is that
 * folder's post), newest first. One post that cannot be loaded fails the whole load with an error
 * naming its file; nothing half-loaded is returned.
 *
 * @throws {PostParseError} naming the file at fault.
 */
export async function loadPosts(dir: string, options: LoadOptions = {}): Promise<Post[]> {
  const context = await prepare(options);
  const drafts = options.drafts ?? process.env.NODE_ENV !== 'production';
  const files = await postFiles(dir);
  const read = await readAll(files, context);
  // Images are resolved in file order, one post after another, as before: an image two posts share
  // is checked (and copied) once, and its error names the first post that uses it.
  const posts: Post[] = [];
  for (let i = 0; i < files.length; i++) {
    const post = await forFile(files[i], () => finishOne(read[i], files[i], context, drafts));
    if (post) posts.push(post);
  }
  return sortPosts(posts);
}
