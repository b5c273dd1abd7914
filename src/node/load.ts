import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { sortPosts } from '../collection/lists.js';
import { readAuthorMap } from '../parse/authors.js';
import { isPostParseError, PostLoadError, PostParseError, type PostWarning } from '../post/errors.js';
import { slugOf } from '../post/identity.js';
import { warnOnConsole } from '../parse/parse-post.js';
import type { AuthorEntry } from '../parse/authors.js';
import type { ParseOptions } from '../parse/options.js';
import type { Post, PostAuthor } from '../post/index.js';
import { entryKey, optionsFingerprint, PostCache, type Cached } from './cache.js';
import { findPostFiles } from './files.js';
import { ImageResolver, imageRoots, type ImageHandling } from './images.js';
import { checkLoadArguments } from './options.js';
import { defaultPostHref, rewritePostLinks, type Target } from './links.js';
import { PostLocks } from './locks.js';
import { decodeSource, parseSource, rebuildError } from './parse-one.js';
import { checkWorkers, ParsePool, planFor, poolFrom, TASKS_PER_WORKER, type Workers } from './pool.js';

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
  /**
   * Folders besides the posts folder and `publicDir` that local images may be read from (a shared
   * `assets/` beside the posts). Any other image path, `../../private.png`, a symbolic link leading
   * out or a root-relative `/../x`, is refused. For `loadPost`, the posts folder is the post's own.
   * @default [] (only the posts folder and `publicDir`)
   */
  imageRoots?: string[];
  /** Whether posts with `draft: true` are loaded. @default true unless `process.env.NODE_ENV` is `'production'` */
  drafts?: boolean;
  /** Authors by key, or the path of a YAML (or JSON) file holding them, as Docusaurus's `authors.yml`. @default undefined */
  authors?: Record<string, AuthorEntry> | string;
  /** A folder for parsed posts, so a rebuild parses only files (or options) that changed. @default undefined (no cache) */
  cacheDir?: string;
  /** Called with a file's path each time it is parsed rather than taken from `cacheDir`. @default undefined */
  onParse?: (file: string) => void;
  /**
   * What `loadPosts` does when post files cannot be loaded. Either way every file is read first.
   * `'throw'`: throw one {@link PostLoadError} listing every problem. `'skip'`: return the posts that
   * loaded, leaving out each file at fault (a post whose only fault is a broken link to a post file
   * is kept, with that link as written), and tell each problem to `onProblem`. @default 'throw'
   */
  onError?: 'throw' | 'skip';
  /**
   * With `onError: 'skip'`, called once for each problem, in file order, after every file is read.
   * @default undefined (the problems are written to the console with one `console.warn`, unless
   * `process.env.NODE_ENV` is `'production'`)
   */
  onProblem?: (error: PostParseError) => void;
  /**
   * Whether an `index.md` (`.mdx`, `.markdown`) directly in the loaded folder is a post. Usually it is
   * the folder's own page (a blog's home), not a post. An `index.md` in a subfolder is always that
   * folder's post. @default false
   */
  rootIndex?: boolean;
  /**
   * The path of a post's page under the site, for links in posts to another post's file
   * (`[next](2024-05-09-neap-tides.md)`), which become `base` followed by this path. Give the same
   * function as `site.postHref` of `react-blog-kit/seo`. An absolute http(s) URL is used as it is.
   * @default (post) => `/posts/${slug}/`
   */
  postHref?: (post: Post) => string;
  /**
   * How many worker threads parse the posts a load finds no cache entry for. `'auto'`: when 500 posts
   * or more need parsing, one a core but one (at most 7), with the calling thread parsing beside them,
   * so every core parses (on two cores: the calling thread and one worker); else none. A number: that
   * many worker threads whenever a post needs parsing, the calling thread handing posts out and
   * parsing none. `0`: every post is parsed in the calling thread. The posts, their order,
   * warnings (told in file order, on the calling thread), `onParse` calls and errors are the same
   * either way. Options that are functions cannot cross into a worker: with a `frontmatter` hook,
   * `remarkPlugins` or `rehypePlugins` holding a function, or any option holding an instance of a
   * class, the load parses in the calling thread whatever this says (`postHref`, `onWarning`,
   * `onParse` and `onProblem` run in the calling thread and do not). @default 'auto'
   */
  workers?: number | 'auto';
}

/** Everything a load needs that does not change from one post to the next. */
export interface Context {
  parseOptions: ParseOptions;
  fingerprint: string;
  /** Dropped after the first write that fails: the load goes on without it. */
  cache?: PostCache;
  /** The cache's post locks, shared with other loads of it (see `PostLocks`); dropped with the cache. */
  locks?: PostLocks;
  workers: Workers;
  images: ImageResolver;
  /** `base` with its trailing slash: every URL the load writes (images, links between posts) starts with it. */
  base: string;
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

export async function prepare(options: LoadOptions, postsDir: string): Promise<Context> {
  const {
    publicDir,
    imageRoots: extraRoots,
    base = '/',
    images = 'copy',
    imagesDir = 'images',
    drafts: _drafts,
    authors,
    cacheDir,
    onParse,
    onError: _onError,
    onProblem: _onProblem,
    rootIndex: _rootIndex,
    postHref: _postHref,
    workers = 'auto',
    ...parse
  } = options;
  checkWorkers(workers);
  if (images !== 'copy' && images !== 'refuse' && images !== 'keep') {
    throw new TypeError(`Invalid \`images\`: received ${JSON.stringify(images)}, expected 'copy', 'refuse' or 'keep'.`);
  }
  const parseOptions: ParseOptions = { ...parse };
  const map = await readAuthors(authors);
  if (map) parseOptions.authors = map;
  const slashed = base.endsWith('/') ? base : `${base}/`;
  const cache = cacheDir ? new PostCache(cacheDir) : undefined;
  return {
    parseOptions,
    fingerprint: optionsFingerprint(parseOptions),
    cache,
    locks: cache && new PostLocks((file) => cache.lockFile(file)),
    workers,
    images: new ImageResolver({ mode: images, publicDir: publicDir && path.resolve(publicDir), roots: imageRoots(postsDir, extraRoots), base: slashed, imagesDir }),
    base: slashed,
    onParse,
    warn: parse.onWarning ?? warnOnConsole,
  };
}


/** Drops the cache after a write that failed, warning once: the load goes on without it. */
function dropCache(context: Context, cache: PostCache, error: unknown): void {
  if (context.cache !== cache) return;
  context.cache = undefined;
  context.locks = undefined;
  context.warn({
    message: `Cannot write the cache in ${cache.dir}: ${(error as Error).message}. Loading goes on without it, parsing every post. Expected a folder this process can write, or no cacheDir.`,
    filename: cache.dir,
  });
}

/**
 * Writes a cache entry, and gives the cache it wrote to; the first write that fails warns once and
 * turns the cache off for the rest of the load.
 */
async function store(context: Context, file: string, key: string, entry: Cached): Promise<PostCache | undefined> {
  const cache = context.cache;
  if (!cache) return undefined;
  try {
    await cache.set(file, key, entry);
    return cache;
  } catch (error) {
    dropCache(context, cache, error);
    return undefined;
  }
}

/**
 * A file's bytes and its cache key. The bytes are hashed as they are: a warm rebuild never decodes
 * a source it does not parse. Read synchronously: for files this small, fs/promises' open / stat /
 * read / close, each a trip to the thread pool, were a large share of a warm rebuild (`npm run
 * bench:blog` times one), and parsing blocks the thread anyway. The key covers the whole name: the
 * parse reads a date in its folders (`2021/05/12/x/index.md`), and the frontmatter hook receives it.
 */
export interface Keyed {
  bytes: Buffer;
  key: string;
}

export function keyed(file: string, context: Context): Keyed {
  const bytes = readFileSync(file);
  return { bytes, key: entryKey(context.fingerprint, file, bytes) };
}

/** A file read: from the cache, or parsed (here, in a worker, or by another load sharing the cache), or its error. */
type Outcome = { read: Cached; parsed: boolean } | { error: PostParseError; parsed: boolean } | { released: Released; parsed: true };

/** A post parsed and written to `cache`, let go until every file of the load is read (see `readAll`). */
interface Released {
  cache: PostCache;
  key: string;
  warnings: PostWarning[];
  links: boolean;
}

/**
 * Parses one file in this thread, or in a worker of `pool`, and writes its entry. A post whose entry
 * is written is let go (`released`), to be read back when every file is read; a worker then sends
 * only its warnings and links. Without a cache, or when the write failed, the post is kept.
 */
async function parseFile(file: string, text: string, key: string, context: Context, pool: ParsePool | undefined): Promise<Outcome> {
  if (!pool) {
    const read = parseSource(text, file, context.parseOptions);
    const cache = await store(context, file, key, read);
    if (!cache) return { read, parsed: true };
    return { released: { cache, key, warnings: read.warnings, links: read.links }, parsed: true };
  }
  const cache = context.cache;
  const result = await pool.run({ text, file, key, cacheDir: cache?.dir });
  if ('error' in result) throw rebuildError(result.error);
  if ('written' in result) return { released: { cache: cache!, key, ...result.written }, parsed: true };
  if (result.cacheError && cache) dropCache(context, cache, rebuildError(result.cacheError));
  return { read: result.read, parsed: true };
}

/**
 * Reads one file that was not in the cache: under its lock when loads share the cache (see
 * `PostLocks`), looking again once it holds the lock, since another load may have written the
 * entry meanwhile. Undefined when another load holds the lock: the caller comes back to it.
 */
async function readMissed(file: string, { bytes, key }: Keyed, context: Context, pool: ParsePool | undefined): Promise<Outcome | undefined> {
  const locks = context.locks;
  const lock = locks?.acquire(file) ?? 'none';
  if (lock === 'held') return undefined;
  let parsed = false;
  try {
    const cached = lock === 'mine' ? context.cache?.get(file, key) : undefined;
    if (cached) return { read: cached, parsed };
    const text = decodeSource(bytes, file);
    parsed = true;
    return await parseFile(file, text, key, context, pool);
  } catch (error) {
    return { error: failure(error, file), parsed };
  } finally {
    if (lock === 'mine') locks?.release(file);
  }
}

/** How long a load waits before looking again at posts another load is parsing. */
const WAIT_MS = 25;

/** Files in the loading thread at once: a cold load's cache writes overlap the next parses. */
const READ_AHEAD = 8;

/**
 * Reads every file: first each from the cache, then the rest parsed, in a pool of worker threads
 * when there are enough of them (see `planFor`; the loading thread parses beside the workers with
 * `'auto'`), else here, up to READ_AHEAD at once so cache writes overlap parses. Posts another load
 * of the same cache is parsing are left for last, then read from the entries it writes (or parsed
 * here if it gives up). Every file is read whatever the others do: a file that fails gives its error
 * in its place. Each file's `onParse` and warnings are told in file order, on this thread, whichever
 * finished first. `given` holds a file's bytes and key where the caller read them already.
 */
export async function readAll(files: string[], context: Context, given?: readonly (Keyed | undefined)[]): Promise<(Cached | PostParseError)[]> {
  const outcomes: (Outcome | undefined)[] = new Array(files.length);
  let told = 0;
  const settle = (index: number, outcome: Outcome) => {
    outcomes[index] = outcome;
    for (let next = outcomes[told]; next; next = outcomes[++told]) {
      if (next.parsed) context.onParse?.(files[told]);
      if ('read' in next) for (const warning of next.read.warnings) context.warn(warning);
      else if ('released' in next) for (const warning of next.released.warnings) context.warn(warning);
    }
  };

  let missed: number[] = [];
  // A missed file's bytes and key, read and hashed once here for its parse.
  const sources = new Map<number, Keyed>();
  // The pool starts as soon as enough posts are found missing, so its workers load the parser while
  // this thread looks for the rest (see `poolFrom`).
  let pool: ParsePool | undefined;
  const startFrom = poolFrom(context.workers);
  const start = (count: number) => {
    const plan = planFor(context.workers, count, context.parseOptions);
    if (plan.workers > 0) pool = new ParsePool(plan.workers, context.parseOptions);
    return plan.here;
  };
  let here: boolean | undefined;
  try {
    for (let index = 0; index < files.length; index++) {
      try {
        const source = given?.[index] ?? keyed(files[index], context);
        const cached = context.cache?.get(files[index], source.key);
        if (cached) settle(index, { read: cached, parsed: false });
        else {
          missed.push(index);
          sources.set(index, source);
          if (missed.length === startFrom) here = start(missed.length);
        }
      } catch (error) {
        settle(index, { error: failure(error, files[index]), parsed: false });
      }
    }
    if (here === undefined) here = missed.length === 0 || start(missed.length);

    while (missed.length > 0) {
      const held: number[] = [];
      let next = 0;
      // In file order, as one thread parses them.
      const queue = missed;
      const lane = async (parser: ParsePool | undefined) => {
        while (next < queue.length) {
          const index = queue[next++];
          const outcome = await readMissed(files[index], sources.get(index)!, context, parser);
          if (outcome) {
            settle(index, outcome);
            sources.delete(index);
          } else held.push(index);
        }
      };
      const lanes = pool ? Array.from({ length: Math.min(pool.size * TASKS_PER_WORKER, queue.length) }, () => lane(pool)) : [];
      // This thread parses one post at a time between handing posts out; alone, it keeps READ_AHEAD going.
      if (here) lanes.push(...Array.from({ length: pool ? 1 : Math.min(READ_AHEAD, queue.length) }, () => lane(undefined)));
      await Promise.all(lanes);
      if (held.length > 0) await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
      missed = held.sort((a, b) => a - b);
    }
  } finally {
    await pool?.destroy();
  }
  // Each post parsed and cached was let go, and is read back now that every file is parsed: the posts a
  // cold load returns are the compact JSON a warm load reads (lighter than the objects the markdown
  // chain built), and a big blog's parse never runs beside every post held at once.
  const read: (Cached | PostParseError)[] = [];
  for (const [index, outcome] of outcomes.entries()) {
    if ('released' in outcome!) {
      try {
        read.push(readBack(files[index], outcome.released, context));
      } catch (error) {
        read.push(failure(error, files[index]));
      }
    } else read.push('read' in outcome! ? outcome.read : outcome!.error);
  }
  return read;
}

/**
 * A released post from its cache entry; parsed again, quietly, in the rare case that the entry is gone
 * or was replaced meanwhile (another process, with other options, writing the same file's entry).
 */
function readBack(file: string, { cache, key, warnings, links }: Released, context: Context): Cached {
  const post = cache.get(file, key)?.post;
  if (post) return { post, warnings, links };
  // A parse like any other, so onParse counts it; its warnings were told the first time.
  context.onParse?.(file);
  return parseSource(decodeSource(readFileSync(file), file), file, context.parseOptions);
}

/** One file read as a load reads it (from the cache, or parsed), or its error thrown. */
export async function readOne(file: string, context: Context): Promise<Post> {
  const [read] = await readAll([file], context);
  if (read instanceof Error) throw read;
  return read.post;
}

/** An error of one file, as loadPost and loadPosts report it: a PostParseError naming the file. */
export function failure(error: unknown, file: string): PostParseError {
  if (isPostParseError(error) && error.filename) return error;
  const wrapped = new PostParseError(`Cannot load the post: ${(error as Error)?.message ?? String(error)}`, { field: 'file', filename: file });
  (wrapped as Error & { cause?: unknown }).cause = error;
  return wrapped;
}

/** `file` relative to `dir`, with forward slashes on every system: `guides/setup.md`. */
export const sourceOf = (file: string, dir: string) => path.relative(dir, file).split(path.sep).join('/');

/**
 * Loads one post file: parsed with {@link parsePost}, local images resolved and sized, author keys
 * resolved. A draft is returned whatever `drafts` says: the caller asked for this file. Its `source`
 * is the file's path relative to the working folder. Links to other post files are left as written:
 * only {@link loadPosts} knows the other posts.
 *
 * @throws {PostParseError} naming the file, for anything it cannot load.
 * @throws {TypeError} (a rejection, before anything is read) naming a parameter or option of the wrong type.
 */
export async function loadPost(file: string, loadOptions?: LoadOptions): Promise<Post> {
  const options = checkLoadArguments('loadPost', 'file', file, loadOptions);
  // One file is parsed here: a worker would cost more than it saves.
  const context = { ...(await prepare(options, path.dirname(path.resolve(file)))), workers: 0 as const };
  try {
    const post = await readOne(file, context);
    post.source = sourceOf(path.resolve(file), process.cwd());
    await context.images.resolvePost(post, path.resolve(file), file);
    return post;
  } catch (error) {
    throw failure(error, file);
  }
}

/** A post of the load, the file it came from and the URL of its page. */
export interface Loaded {
  file: string;
  post: Post;
  /** Whether the post links to another post's file (see `linksToPostFiles`). */
  links: boolean;
  url: string;
}

/**
 * Two posts at one URL would be one page: the later file (in file order) is reported, naming both.
 * The URL is the key, not the slug alone, so a `postHref` that tells posts apart (by language, by
 * folder) lets two posts share a slug.
 */
export function urlCollisions(loaded: Loaded[], problems: PostParseError[], ownHref: boolean): Loaded[] {
  const owners = new Map<string, string>();
  return loaded.filter(({ file, post, url }) => {
    const owner = owners.get(url);
    if (owner === undefined) {
      owners.set(url, file);
      return true;
    }
    const what = ownHref ? `one URL "${url}" (from postHref)` : `the slug "${slugOf(post)}"`;
    problems.push(
      new PostParseError(
        `Two posts have ${what}: ${owner} and ${file}, so one page would hide the other. Give one of them another \`slug\` in its frontmatter, rename its file, or pass a postHref that tells them apart (by language or folder, say).`,
        { field: 'slug', filename: file },
      ),
    );
    return false;
  });
}

/** A page's URL: `href` under `base`, or `href` itself when it is an absolute http(s) URL. */
export function pageUrl(href: unknown, base: string): string {
  if (typeof href !== 'string' || href.trim() === '') throw new TypeError(`expected a path such as "/posts/my-post/", received ${JSON.stringify(href)}`);
  return /^https?:\/\//i.test(href) ? href : `${base}${href.replace(/^\/+/, '')}`;
}

/** Tells each problem skipped over to `onProblem`, or in development to the console, all at once. */
export function reportSkipped(problems: PostParseError[], options: LoadOptions, dir: string): void {
  if (problems.length === 0) return;
  const sorted = new PostLoadError(problems, dir).errors;
  if (options.onProblem) {
    for (const problem of sorted) options.onProblem(problem);
  } else if (process.env.NODE_ENV !== 'production') {
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    const head = `react-blog-kit: ${count} in the posts of ${dir} (onError: 'skip'): each file named is left out, except a post with a broken link, kept with the link as written.`;
    console.warn([head, ...sorted.map((p) => `- ${p.message}`)].join('\n'));
  }
}

/**
 * Loads every `.md`, `.markdown` and `.mdx` file under `dir` (an `index.md` in a folder is that
 * folder's post; one directly in `dir` is not a post unless `rootIndex`), newest first. Each post's
 * `source` is its file relative to `dir`. Links in a post to another post's file become that post's
 * URL (see `postHref`).
 *
 * Every file is read and checked before anything is thrown: parse errors, missing images, two posts
 * with one slug, `x.md` beside `x/index.md`, links to post files that are not loaded, files that are
 * not UTF-8, symbolic link loops, links out of `dir`, images outside the posts folder, `publicDir` and
 * `imageRoots`, and SVGs that could run script are all reported together, in one {@link PostLoadError}, or with
 * `onError: 'skip'` told to `onProblem` while the rest load.
 *
 * @throws {PostLoadError} listing every file that cannot be loaded (unless `onError: 'skip'`).
 * @throws {PostParseError} when `dir` is not a folder or the authors file cannot be read.
 * @throws {TypeError} (a rejection, before anything is read) naming a parameter or option of the wrong type.
 */
export async function loadPosts(dir: string, loadOptions?: LoadOptions): Promise<Post[]> {
  const options = checkLoadArguments('loadPosts', 'dir', dir, loadOptions);
  const onError = options.onError ?? 'throw';
  const context = await prepare(options, dir);
  const drafts = options.drafts ?? process.env.NODE_ENV !== 'production';
  const { files, problems } = await findPostFiles(dir, options.rootIndex ?? false);
  const read = await readAll(files, context);

  const postHref = options.postHref ?? defaultPostHref;
  const targets = new Map<string, Target>();
  let loaded: Loaded[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const result = read[i];
    const absolute = path.resolve(file);
    if (result instanceof Error) {
      problems.push(result);
      targets.set(absolute, { leftOut: 'failed' });
      continue;
    }
    const { post, links } = result;
    post.source = sourceOf(file, dir);
    // A draft left out is not checked further (its images may not exist yet).
    if (post.draft && !drafts) {
      targets.set(absolute, { leftOut: 'draft' });
      continue;
    }
    let url: string;
    try {
      url = pageUrl(postHref(post), context.base);
    } catch (error) {
      problems.push(new PostParseError(`postHref failed for this post: ${(error as Error)?.message ?? String(error)}`, { field: 'postHref', filename: file }));
      targets.set(absolute, { leftOut: 'failed' });
      continue;
    }
    targets.set(absolute, { url });
    loaded.push({ file, post, links, url });
  }
  loaded = urlCollisions(loaded, problems, options.postHref !== undefined);

  const linkSettings = { dir: path.resolve(dir), targets };
  const posts: Post[] = [];
  // Images are resolved in file order, one post after another: an image two posts share is checked
  // (and copied) once, and its error names the first post that uses it.
  for (const { file, post, links } of loaded) {
    // A broken link is reported, but leaves the post readable: with onError: 'skip' it is kept.
    if (links) problems.push(...rewritePostLinks(post, path.resolve(file), linkSettings));
    try {
      await context.images.resolvePost(post, path.resolve(file), file);
      posts.push(post);
    } catch (error) {
      problems.push(failure(error, file));
    }
  }

  if (problems.length > 0) {
    if (onError === 'throw') throw new PostLoadError(problems, dir);
    reportSkipped(problems, options, dir);
  }
  return sortPosts(posts);
}
