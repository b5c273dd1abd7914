import { statSync } from 'node:fs';
import path from 'node:path';
import { sortPosts } from '../collection/lists.js';
import { boundedCache } from '../core/cache.js';
import { PostLoadError, PostParseError } from '../post/errors.js';
import { slugOf, toSummary } from '../post/identity.js';
import type { Post, PostSummary } from '../post/index.js';
import { SummaryIndex, type IndexEntry } from './cache.js';
import { findPostFiles } from './files.js';
import { defaultPostHref, rewritePostLinks, type Target } from './links.js';
import { failure, keyed, pageUrl, prepare, readAll, readOne, reportSkipped, sourceOf, urlCollisions, type Context, type Keyed, type LoadOptions, type Loaded } from './load.js';
import { checkLoadArguments } from './options.js';
import { argumentError, requireString } from '../post/arguments.js';

/**
 * How many files a cold `loadPostSummaries` reads (parses) before it turns them into summaries and lets
 * their posts go: enough to keep the reads overlapping, few enough that no more than this many whole
 * posts are held at once.
 */
const BATCH = 32;

/** What an index entry places on the site: its file, summary and URL, or why it is left out. */
interface Placed {
  entry: Extract<IndexEntry, { key: string }>;
  source: string;
  url: string;
}

/** The posts of one index as the site has them: by slug, and every file as a link between posts finds it. */
interface SiteView {
  bySlug: Map<string, Placed>;
  targets: Map<string, Target>;
}

/** The view of the last index read by `readCachedPost`, by the index file and the options placing its posts. */
const views = /* @__PURE__ */ boundedCache<string, Promise<SiteView>>('summary-views', 8);

/**
 * Places each index entry as `loadPosts` places its post: `source`, drafts left out, the URL from
 * `postHref` (called with the summary and its `source`), two posts at one URL reported.
 */
function place(entries: IndexEntry[], dir: string, options: LoadOptions, context: Context, problems: PostParseError[]) {
  const drafts = options.drafts ?? process.env.NODE_ENV !== 'production';
  const postHref = options.postHref ?? defaultPostHref;
  const targets = new Map<string, Target>();
  const placed = new Map<string, Placed>();
  const loaded: Loaded[] = [];
  for (const entry of entries) {
    const absolute = path.resolve(entry.file);
    if ('failed' in entry) {
      targets.set(absolute, { leftOut: 'failed' });
      continue;
    }
    const source = sourceOf(entry.file, dir);
    if (entry.summary.draft && !drafts) {
      targets.set(absolute, { leftOut: 'draft' });
      continue;
    }
    const shaped = { ...entry.summary, source } as unknown as Post;
    let url: string;
    try {
      url = pageUrl(postHref(shaped), context.base);
    } catch (error) {
      problems.push(new PostParseError(`postHref failed for this post: ${(error as Error)?.message ?? String(error)}`, { field: 'postHref', filename: entry.file }));
      targets.set(absolute, { leftOut: 'failed' });
      continue;
    }
    targets.set(absolute, { url });
    placed.set(entry.file, { entry, source, url });
    loaded.push({ file: entry.file, post: shaped, links: entry.links === true, url });
  }
  const kept = urlCollisions(loaded, problems, options.postHref !== undefined).map(({ file }) => placed.get(file) as Placed);
  return { kept, targets };
}

/** The index's entry for each file: taken from the index when its key still matches, else read (parsed) in batches. */
async function indexEntries(files: string[], index: Map<string, IndexEntry>, context: Context, full: Map<string, Post>) {
  const entries: IndexEntry[] = new Array(files.length);
  // A stale file's bytes and key, read and hashed once here, go to its read (parse) below.
  const stale: { at: number; source?: Keyed }[] = [];
  for (const [at, file] of files.entries()) {
    let source: Keyed;
    try {
      source = keyed(file, context);
    } catch {
      // An unreadable file is read again below, which reports it as loadPosts does.
      stale.push({ at });
      continue;
    }
    const known = index.get(file);
    if (known && !('failed' in known) && known.key === source.key) {
      for (const warning of known.warnings ?? []) context.warn(warning);
      entries[at] = known;
    } else {
      stale.push({ at, source });
    }
  }
  const failures: PostParseError[] = [];
  for (let start = 0; start < stale.length; start += BATCH) {
    const batch = stale.slice(start, start + BATCH);
    const read = await readAll(
      batch.map(({ at }) => files[at]),
      context,
      batch.map(({ source }) => source),
    );
    for (const [i, { at, source }] of batch.entries()) {
      const key = source?.key ?? '';
      const file = files[at];
      const result = read[i];
      if (result instanceof Error) {
        failures.push(result);
        entries[at] = { file, failed: true };
        continue;
      }
      const { post, warnings, links } = result;
      // A copy: the summary shares the excerpt with the post, whose images and links the load resolves.
      const summary = JSON.parse(JSON.stringify(toSummary(post))) as PostSummary;
      // The post's body images are checked (and copied) now, on a copy of the post, as loadPosts
      // checks them, so a blog's missing or refused images are all reported by this load, not one
      // page at a time by readCachedPost. A warm load trusts the entries it takes from the index.
      try {
        await context.images.resolvePost(structuredClone(post), path.resolve(file), file);
      } catch (error) {
        failures.push(failure(error, file));
        entries[at] = { file, failed: true };
        continue;
      }
      entries[at] = { file, key, summary, ...(links && { links }), ...(warnings.length > 0 && { warnings }) };
      if (links) full.set(file, post);
    }
  }
  return { entries, failures, changed: stale.length > 0 || index.size !== files.length };
}

/** A post that links to another post's file, whole: from the parse just made, the cache, or parsed again. */
async function wholePost(placed: Placed, full: Map<string, Post>, context: Context): Promise<Post> {
  const file = placed.entry.file;
  const post = full.get(file) ?? context.cache?.get(file, placed.entry.key)?.post ?? (await readOne(file, context));
  return post;
}

/**
 * Resolves the images a summary shows (its hero, its excerpt's) as `loadPosts` resolves the post's:
 * through a post holding only those.
 */
async function resolveImages(summary: PostSummary, file: string, context: Context): Promise<void> {
  const shell = { heroImage: summary.heroImage, intro: { type: 'root', children: [] }, sections: [], excerpt: summary.excerpt } as unknown as Post;
  await context.images.resolvePost(shell, path.resolve(file), file);
  if (shell.heroImage) summary.heroImage = shell.heroImage;
}

/**
 * Loads the summaries of every post under `dir` (see `toSummary`), newest first: what index pages,
 * tag pages, feeds' item lists and sitemaps need, without holding every post's body. The same posts,
 * checks and errors as {@link loadPosts}, with the same options; the result equals
 * `(await loadPosts(dir, options)).map(toSummary)`.
 *
 * With `cacheDir`, the summaries are kept in one index file beside the cached posts: a warm load reads
 * each source (to see that it has not changed) and that index, and materialises no post body, but a
 * post that links to another post's file (whose links it checks) and a changed one. A cold load parses
 * every post, writes its cache entry, and keeps only its summary. Read a post's page with
 * {@link readCachedPost}. `postHref` is called with the summary and its `source`, not the whole post.
 *
 * A post's images are checked (and copied) when it is parsed, as `loadPosts` checks them, so every
 * missing or refused image is reported by this load; its page's body images are resolved to their URLs
 * when the page is read, by `readCachedPost`, its hero and the images of its excerpt here.
 *
 * @throws {PostLoadError} listing every file that cannot be loaded (unless `onError: 'skip'`).
 * @throws {PostParseError} when `dir` is not a folder or the authors file cannot be read.
 */
export async function loadPostSummaries(dir: string, loadOptions?: LoadOptions): Promise<PostSummary[]> {
  const options = checkLoadArguments('loadPostSummaries', 'dir', dir, loadOptions);
  const onError = options.onError ?? 'throw';
  const context = await prepare(options, dir);
  const { files, problems } = await findPostFiles(dir, options.rootIndex ?? false);
  const index = context.cache ? new SummaryIndex(context.cache.dir, dir, context.fingerprint) : undefined;
  const full = new Map<string, Post>();
  const { entries, failures, changed } = await indexEntries(files, index?.read() ?? new Map(), context, full);
  problems.push(...failures);
  const { kept, targets } = place(entries, dir, options, context, problems);

  const linkSettings = { dir: path.resolve(dir), targets };
  const summaries: PostSummary[] = [];
  for (const placed of kept) {
    const file = placed.entry.file;
    let summary = placed.entry.summary;
    try {
      if (placed.entry.links) {
        const post = await wholePost(placed, full, context);
        post.source = placed.source;
        problems.push(...rewritePostLinks(post, path.resolve(file), linkSettings));
        summary = toSummary(post);
      } else {
        summary = JSON.parse(JSON.stringify(summary)) as PostSummary;
      }
      await resolveImages(summary, file, context);
      summaries.push(summary);
    } catch (error) {
      problems.push(failure(error, file));
    }
  }
  if (index && changed && context.cache) {
    try {
      await index.write(entries);
    } catch (error) {
      context.warn({ message: `Cannot write the summary index ${index.file}: ${(error as Error).message}. The next load reads every post again.`, filename: index.file });
    }
  }
  if (problems.length > 0) {
    if (onError === 'throw') throw new PostLoadError(problems, dir);
    reportSkipped(problems, options, dir);
  }
  return sortPosts(summaries);
}

/** The site as the index places it, read once per index file version and options. */
async function siteView(dir: string, options: LoadOptions, context: Context, index: SummaryIndex): Promise<SiteView> {
  let stat = statOf(index.file);
  if (!stat) {
    // No index yet: make it, as the list pages would.
    await loadPostSummaries(dir, { ...options, onError: 'skip', onProblem: () => {} });
    stat = statOf(index.file);
  }
  const postHref = options.postHref ?? defaultPostHref;
  const key = [index.file, stat, context.base, String(options.drafts ?? process.env.NODE_ENV !== 'production'), String(postHref)].join('\n');
  return views.get(key, async () => {
    const entries = [...index.read().values()];
    const { kept, targets } = place(entries, dir, options, context, []);
    const bySlug = new Map<string, Placed>();
    for (const placed of kept) {
      const slug = slugOf(placed.entry.summary);
      if (!bySlug.has(slug)) bySlug.set(slug, placed);
    }
    return { bySlug, targets };
  });
}

function statOf(file: string): string | undefined {
  try {
    const { mtimeMs, size } = statSync(file);
    return `${mtimeMs}:${size}`;
  } catch {
    return undefined;
  }
}

/**
 * Reads one post of `dir` by its slug, as {@link loadPosts} would give it (its `source`, links to other
 * post files made URLs, images resolved and copied), from `cacheDir`, without parsing or reading any
 * other post: the page of a big blog whose lists come from {@link loadPostSummaries}. Which file holds
 * the slug is found in the summary index that `loadPostSummaries` keeps in `cacheDir` (made here
 * first when there is none); a file changed since is parsed again. Pass the options given to
 * `loadPostSummaries`.
 *
 * @throws {TypeError} when `options.cacheDir` is not given.
 * @throws {PostParseError} naming `slug` when no post of `dir` has it, or naming the file when it cannot be loaded.
 * @throws {PostLoadError} when the post links to a post file that is not loaded (unless `onError: 'skip'`).
 */
export async function readCachedPost(dir: string, slug: string, loadOptions: LoadOptions): Promise<Post> {
  const options = checkLoadArguments('readCachedPost', 'dir', dir, loadOptions);
  requireString('readCachedPost', 'slug', slug, 'the slug of a post of dir (a string)');
  const onError = options.onError ?? 'throw';
  if (typeof options.cacheDir !== 'string' || options.cacheDir === '') {
    throw argumentError('readCachedPost', 'options.cacheDir', 'the cacheDir given to loadPostSummaries (a folder path)', options.cacheDir);
  }
  const context = await prepare(options, dir);
  const index = new SummaryIndex(context.cache?.dir ?? options.cacheDir, dir, context.fingerprint);
  const view = await siteView(dir, options, context, index);
  const placed = view.bySlug.get(slug);
  if (!placed) {
    throw new PostParseError(`No post of ${dir} has the slug ${JSON.stringify(slug)}. Expected the slug of a post that loadPostSummaries lists with the same options.`, { field: 'slug' });
  }
  const file = placed.entry.file;
  let post: Post;
  try {
    post = await readOne(file, context);
  } catch (error) {
    throw failure(error, file);
  }
  post.source = placed.source;
  const problems = placed.entry.links ? rewritePostLinks(post, path.resolve(file), { dir: path.resolve(dir), targets: view.targets }) : [];
  try {
    await context.images.resolvePost(post, path.resolve(file), file);
  } catch (error) {
    throw failure(error, file);
  }
  if (problems.length > 0) {
    if (onError === 'throw') throw new PostLoadError(problems, dir);
    reportSkipped(problems, options, dir);
  }
  return post;
}
