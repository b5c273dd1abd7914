/**
 * The parse pool's rows of `npm run bench:blog` (bench/blog.mjs calls {@link poolRows} with the
 * blog it made): a cold loadPosts of the whole blog (fresh cacheDir each time) parsed one post after
 * another in the loading thread (`workers: 0`) beside the pool at 1, 2 and more workers, each the
 * median of `rounds` rounds, the order rotating; the ratio of each to the one-thread load (goal on
 * a 2-core machine: ≤ 0.6× with the default pool); then the crossover: for blogs of 10 to 400 posts,
 * one thread against a pool of every core, the smallest size from which the pool is faster (what
 * `workers: 'auto'`'s threshold stands on). Each load runs in a fresh process, as in a build (see
 * `coldLoad`). Each row gives the CPU time of the process (its workers' included) too: on a machine
 * other work shares, the wall times drift, the CPU times much less, and the CPU time divided by the
 * cores is the time an idle machine would take at best.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median } from './stats.mjs';

const nodeEntry = new URL('../dist/node.js', import.meta.url).href;

/**
 * One cold load in a process of its own, as a build starts one: its thread and its workers start
 * alike, with nothing compiled (in this process, the thread would have every grammar compiled by
 * the rows before, and the pool's workers not). Times the load alone, not Node's start or the import.
 */
function coldLoad(dir, cacheDir, workers) {
  const script = `
    const { loadPosts } = await import(${JSON.stringify(nodeEntry)});
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const posts = await loadPosts(${JSON.stringify(dir)}, { images: 'keep', drafts: true, cacheDir: ${JSON.stringify(cacheDir)}, workers: ${JSON.stringify(workers)}, onWarning() {} });
    const used = process.cpuUsage(cpu);
    console.log(JSON.stringify({ time: Number(process.hrtime.bigint() - start) / 1e9, cpu: (used.user + used.system) / 1e6, count: posts.length }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 }));
}

/** Post files under `dir`, sorted, relative to it. */
const postFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(md|mdx|markdown)$/i.test(f))
    .sort();

/**
 * Prints the pool's rows for the blog in `posts`.
 * @param {{ posts: string, work: string, rounds: number }} blog
 */
export async function poolRows({ posts, work, rounds }) {
  const cores = os.availableParallelism();
  let run = 0;
  const cold = async (dir, workers) => coldLoad(dir, path.join(work, `pool-cache-${run++}`), workers);

  const settings = [0, 1, 2, Math.max(4, cores * 2)];
  const times = new Map(settings.map((w) => [w, []]));
  const cpus = new Map(settings.map((w) => [w, []]));
  let count = 0;
  for (let r = 0; r < rounds; r++) {
    // Rotated, so no setting always runs first (or last) on a machine that warms up or gets busy.
    const order = settings.map((_, i) => settings[(i + r) % settings.length]);
    for (const workers of order) {
      const { time, cpu, count: n } = await cold(posts, workers);
      times.get(workers).push(time);
      cpus.get(workers).push(cpu);
      count = n;
    }
  }
  const serial = median(times.get(0));
  console.log(`parse pool: cold loadPosts of ${count} posts, fresh cacheDir, median of ${rounds} round${rounds === 1 ? '' : 's'}, ${cores} cores`);
  for (const workers of settings) {
    const time = median(times.get(workers));
    const label = workers === 0 ? 'one thread (workers: 0)' : `pool of ${workers} worker${workers === 1 ? '' : 's'} (workers: ${workers})`;
    const ratio = time / serial;
    const goal = workers === Math.min(8, cores) ? `   goal ≤ 0.60×  ${ratio <= 0.6 ? 'ok' : 'WARN'}` : '';
    const cpu = median(cpus.get(workers));
    console.log(`  ${label.padEnd(36)} ${time.toFixed(2).padStart(8)} s   ${ratio.toFixed(2)}× one thread   CPU ${cpu.toFixed(2).padStart(7)} s${goal}`);
  }

  // The crossover: small blogs, each the first N posts of this one, one thread against every core.
  const files = postFiles(posts);
  const sizes = [10, 50, 100, 200, 400].filter((n) => n <= files.length);
  let crossover;
  console.log(`crossover: one thread against a pool of ${cores} (best of ${rounds})`);
  for (const size of sizes) {
    const dir = path.join(work, `pool-blog-${size}`);
    for (const file of files.slice(0, size)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      cpSync(path.join(posts, file), path.join(dir, file));
    }
    const alone = [];
    const pooled = [];
    for (let r = 0; r < rounds; r++) {
      alone.push((await cold(dir, 0)).time);
      pooled.push((await cold(dir, cores)).time);
    }
    const [a, p] = [Math.min(...alone), Math.min(...pooled)];
    if (crossover === undefined && p < a) crossover = size;
    console.log(`  ${String(size).padStart(4)} posts   one thread ${a.toFixed(2).padStart(6)} s   pool ${p.toFixed(2).padStart(6)} s   ${(p / a).toFixed(2)}×`);
  }
  console.log(`  the pool is faster from ${crossover === undefined ? `more than ${sizes.at(-1)}` : crossover} posts (workers: 'auto' pools from 300)`);
}
