/**
 * The worker of `loadPosts`' parse pool (`pool.ts`), built as `dist/parse-worker.js`: each task is one
 * post file's text, parsed with the load's options (sent once per worker as tinypool's `workerData`)
 * and written to the load's cache here, so the entry's JSON is made off the loading thread too. What
 * comes back is plain data: with a cache, only the post's warnings and links (the loading thread
 * reads the post back from its entry); without one, the post; or its error described (`errorData`).
 */
import Tinypool from 'tinypool';
import { PostCache } from './cache.js';
import { errorData, parseSource } from './parse-one.js';
import type { WorkerResult, WorkerSettings, WorkerTask } from './pool.js';

const settings = Tinypool.workerData as WorkerSettings;

export default async function parseInWorker({ text, file, key, cacheDir }: WorkerTask): Promise<WorkerResult> {
  let read;
  try {
    read = parseSource(text, file, settings.parseOptions);
  } catch (error) {
    return { error: errorData(error) };
  }
  if (cacheDir === undefined) return { read };
  try {
    await new PostCache(cacheDir).set(file, key, read);
    return { written: { warnings: read.warnings, links: read.links } };
  } catch (error) {
    return { read, cacheError: errorData(error) };
  }
}
