import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import type { ParseOptions } from '../parse/options.js';
import type { Cached } from './cache.js';
import type { ErrorData } from './parse-one.js';

/** How many worker threads parse a load's posts: a count, or `'auto'` (see `LoadOptions.workers`). */
export type Workers = number | 'auto';

/** What every worker of one load's pool is given once: the options each post is parsed with. */
export interface WorkerSettings {
  parseOptions: ParseOptions;
}

/** One post to parse in a worker; with `cacheDir`, the worker writes its entry under `key`. */
export interface WorkerTask {
  text: string;
  file: string;
  key: string;
  cacheDir?: string;
}

/**
 * A worker's answer. With `cacheDir`, once the entry is written: only what the load tells of the post
 * (its warnings, whether it links to post files), since the loading thread reads every parsed post
 * back from the cache at the end anyway, and a Post sent across would be copied twice for nothing.
 * Without `cacheDir`, or when the entry could not be written (`cacheError`): the post itself. Or the
 * post's error, described.
 */
export type WorkerResult = { written: Omit<Cached, 'post'> } | { read: Cached; cacheError?: ErrorData } | { error: ErrorData };

/**
 * With `workers: 'auto'`, a load with fewer posts to parse than this stays in the loading thread:
 * a worker warms up and compiles the parser's hot code again, which costs more than it saves on a
 * small blog (`npm run bench:blog` prints one thread against the default around this size; on two
 * cores the CPU floors met between 400 and 500 posts).
 */
const POOL_FROM = 500;

/**
 * `'auto'`'s threads: every core the process may use, at most 8, as each holds its own parser and
 * highlighter in memory and a load gains little past that. The loading thread is one of them: it
 * parses too, as the pool's workers do, so `'auto'` starts one worker fewer than that (one on two
 * cores). Each worker costs a start (loading the parser, compiling the grammars and code paths its
 * posts use) that the loading thread, whose parser is loaded already, does not pay again.
 */
const autoThreads = () => Math.min(8, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);

/**
 * Tasks each worker holds at once: its next posts wait in the worker, not in the loading thread,
 * which parses posts of its own between handing them out, so a worker never idles while it does.
 */
export const TASKS_PER_WORKER = 4;

/**
 * The young generation of each worker's heap, in MB (V8's default is a few MB). A parse makes a
 * post's trees, thousands of short-lived objects that a small young generation promotes to the old one
 * before they die, where only a full collection frees them; a worker parses nothing else, so it can
 * give them room to die young. Fewer collections, and less of the second core spent on them.
 */
const YOUNG_GENERATION_MB = 128;

/** Checks `workers` as given to loadPosts. */
export function checkWorkers(workers: unknown): asserts workers is Workers | undefined {
  if (workers === undefined || workers === 'auto' || (typeof workers === 'number' && Number.isInteger(workers) && workers >= 0)) return;
  throw new TypeError(`Invalid \`workers\`: received ${typeof workers === 'number' ? workers : JSON.stringify(workers)}, expected 'auto' or a whole number of worker threads (0 parses in the loading thread).`);
}

/**
 * Whether a value survives structured cloning unchanged: plain objects and arrays of plain values,
 * RegExps and Dates. A function (a `frontmatter` hook, a remark or rehype plugin) or an instance of
 * a class would arrive in a worker missing or changed, so options holding one stay in-thread.
 */
function isPlainData(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || value === undefined) return true;
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return true;
  if (type !== 'object') return false;
  const object = value as object;
  if (object instanceof RegExp || object instanceof Date) return true;
  const proto = Object.getPrototypeOf(object) as unknown;
  if (proto !== Object.prototype && proto !== null && !Array.isArray(object)) return false;
  if (seen.has(object)) return true;
  seen.add(object);
  return Object.values(object).every((v) => isPlainData(v, seen));
}

/** The built worker in `dist/`: the file itself, with the node entry and the chunks it imports beside it. */
const isKitWorker = (url: URL) => url.protocol === 'file:' && existsSync(url) && existsSync(new URL('./node.js', url));

/**
 * The built worker, `dist/parse-worker.js`. First beside this module, as in the package. A host
 * that bundles its server code may have moved this module, or copied the worker alone as an asset
 * (Next.js's Turbopack does, without the chunks it imports): then the copy installed under the
 * working folder's `node_modules`. Undefined when neither is there, as when the kit runs from its
 * TypeScript source: the load parses in its own thread.
 */
function workerFile(): URL | undefined {
  const beside = new URL('./parse-worker.js', import.meta.url);
  if (isKitWorker(beside)) return beside;
  try {
    const manifest = createRequire(path.join(process.cwd(), 'package.json')).resolve('react-blog-kit/package.json');
    const installed = pathToFileURL(path.join(path.dirname(manifest), 'dist', 'parse-worker.js'));
    if (isKitWorker(installed)) return installed;
  } catch {
    // Not installed under the working folder.
  }
  return undefined;
}

/** How a load parses its posts: in `workers` worker threads, and in the loading thread (`here`) or not. */
export interface Plan {
  workers: number;
  here: boolean;
}

const IN_THREAD: Plan = { workers: 0, here: true };

/**
 * How `count` posts are parsed. `'auto'` stays in-thread under {@link POOL_FROM} posts or on one
 * core, else starts a worker a core but one and parses in the loading thread too. A number is the
 * count of workers, up to one a post, and the loading thread only hands posts out, as before `'auto'`
 * parsed there too; 0 parses in-thread. Options that cannot cross into a worker (see
 * {@link isPlainData}) keep the load in-thread either way.
 */
export function planFor(workers: Workers, count: number, parseOptions: ParseOptions): Plan {
  const { onWarning: _onWarning, ...sent } = parseOptions;
  const threads = workers === 'auto' ? (count < POOL_FROM ? 0 : autoThreads() - 1) : Math.min(workers, count);
  if (threads < 1 || !isPlainData(sent) || workerFile() === undefined) return IN_THREAD;
  return { workers: threads, here: workers === 'auto' };
}

/**
 * The count of posts to parse from which {@link planFor} gives a pool: a load starts its workers as
 * soon as it has found that many posts missing from the cache, so that they load the parser while it
 * looks for the rest.
 */
export const poolFrom = (workers: Workers): number => (workers === 'auto' ? POOL_FROM : workers === 0 ? Infinity : workers);

// The flags Node refuses in a worker's own execArgv (V8's heap and stack sizes, which big builds are
// started with, and the process's title): set on the process, they hold for its workers anyway.
const WORKER_REFUSED = /^--(?:max[-_]old[-_]space[-_]size|max[-_]semi[-_]space[-_]size|stack[-_]size|expose[-_]gc|title)(?:=|$)/;

/**
 * The Node flags for the workers: none given (a worker inherits the process's, as Node allows) unless
 * the process was started with `--input-type` (`node --input-type=module -e`), which a worker that runs
 * a file refuses; then the process's flags without it and without those Node refuses in a worker.
 */
function workerFlags(execArgv: readonly string[]): string[] | undefined {
  if (!execArgv.some((flag) => flag.startsWith('--input-type'))) return undefined;
  return execArgv.filter((flag) => !flag.startsWith('--input-type') && !WORKER_REFUSED.test(flag));
}

/** A tinypool of parse workers for one load, destroyed by {@link ParsePool.destroy} when the load ends. */
export class ParsePool {
  private readonly pool: Tinypool;

  constructor(
    readonly size: number,
    parseOptions: ParseOptions,
  ) {
    const { onWarning: _onWarning, ...sent } = parseOptions;
    this.pool = new Tinypool({
      filename: workerFile()!.href,
      minThreads: size,
      maxThreads: size,
      concurrentTasksPerWorker: TASKS_PER_WORKER,
      workerData: { parseOptions: sent } satisfies WorkerSettings,
      execArgv: workerFlags(process.execArgv),
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
  }

  run(task: WorkerTask): Promise<WorkerResult> {
    return this.pool.run(task) as Promise<WorkerResult>;
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}
