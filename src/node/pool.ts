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

/** A worker's answer: the post read, or its error; `cacheError` when the entry could not be written. */
export type WorkerResult = { read: Cached; cacheError?: ErrorData } | { error: ErrorData };

/**
 * With `workers: 'auto'`, a load with fewer posts to parse than this stays in the loading thread:
 * starting workers, each loading the parser and compiling the grammars its posts use, costs more
 * than they save on a small blog (`npm run bench:blog` prints the crossover).
 */
const POOL_FROM = 300;

/**
 * `'auto'`'s pool size: every core the process may use, since the loading thread only hands posts
 * out and takes them back while the workers parse; at most 8, as each worker holds its own parser
 * and highlighter in memory and a load gains little past that.
 */
const autoThreads = () => Math.min(8, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);

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

/**
 * How many threads parse `count` posts: 0 for the loading thread (no pool). `'auto'` stays in-thread
 * under {@link POOL_FROM} posts or on one core; a number is used as given, up to one a post. Options
 * that cannot cross into a worker (see {@link isPlainData}) keep the load in-thread either way.
 */
export function threadsFor(workers: Workers, count: number, parseOptions: ParseOptions): number {
  const { onWarning: _onWarning, ...sent } = parseOptions;
  const wanted = workers === 'auto' ? (count < POOL_FROM ? 0 : autoThreads()) : workers;
  const threads = Math.min(wanted, count);
  if (threads < 1 || (workers === 'auto' && threads < 2)) return 0;
  if (!isPlainData(sent) || workerFile() === undefined) return 0;
  return threads;
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
      workerData: { parseOptions: sent } satisfies WorkerSettings,
      // A worker takes the process's Node flags, but refuses `--input-type` (a script run with
      // `node --input-type=module -e`), which only says how to read the main script anyway.
      execArgv: process.execArgv.filter((flag) => !flag.startsWith('--input-type')),
    });
  }

  run(task: WorkerTask): Promise<WorkerResult> {
    return this.pool.run(task) as Promise<WorkerResult>;
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}
