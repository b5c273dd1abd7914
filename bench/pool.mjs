/**
 * The parse pool's rows of `npm run bench:blog` (bench/blog.mjs calls {@link poolRows} with the
 * blog it made), or alone: `node bench/pool.mjs [corpusDir] [--posts N] [--rounds R] [--before DIR]`.
 * A cold loadPosts of the whole blog (fresh cacheDir each time) parsed one post after another in the
 * loading thread (`workers: 0`) beside the default (`'auto'`: the loading thread and a worker a core
 * but one) and pools of 1, 2 and more workers, each the median of `rounds` rounds, the order
 * rotating; the ratio of each to the one-thread load (goal on a 2-core machine: ≤ 0.6× with the
 * default); with `--before DIR` (DIR holding another build's `dist`) that build's one thread and
 * default in the same rounds. Then one thread against the default on blogs of 300 to 600 posts,
 * around `'auto'`'s threshold. Each load runs in a fresh process, as in a build (see `coldLoad`).
 * Each row gives CPU times too: on a machine other work shares, the wall times drift, the CPU times
 * much less, and they give the time an idle machine would take at best (the floor).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './stats.mjs';

const nodeEntry = new URL('../dist/node.js', import.meta.url).href;

/**
 * One cold load in a process of its own, as a build starts one: its thread and its workers start
 * alike, with nothing compiled (in this process, the thread would have every grammar compiled by
 * the rows before, and the pool's workers not). Times the load alone, not Node's start or the import.
 * Besides the process's CPU time (every thread's: the pool's workers and V8's own threads, which
 * compile hot code and collect garbage beside JavaScript), the loading thread's alone, read from
 * /proc on Linux: on an idle machine a load takes at least the larger of that and the process's CPU
 * time divided by the cores.
 */
function coldLoad(dir, cacheDir, workers, entry = nodeEntry) {
  const script = `
    import { readFileSync } from 'node:fs';
    const thread = () => { try { const f = readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8').slice(readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8').lastIndexOf(')') + 2).split(' '); return (Number(f[11]) + Number(f[12])) / 100; } catch { return NaN; } };
    const { loadPosts } = await import(${JSON.stringify(entry)});
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const own = thread();
    const posts = await loadPosts(${JSON.stringify(dir)}, { images: 'keep', drafts: true, cacheDir: ${JSON.stringify(cacheDir)}, workers: ${JSON.stringify(workers)}, onWarning() {} });
    const used = process.cpuUsage(cpu);
    console.log(JSON.stringify({ time: Number(process.hrtime.bigint() - start) / 1e9, cpu: (used.user + used.system) / 1e6, thread: thread() - own, count: posts.length }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 }));
}

/** Post files under `dir`, sorted, relative to it. */
const postFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(md|mdx|markdown)$/i.test(f))
    .sort();

/**
 * Prints the pool's rows for the blog in `posts`; with `before` (a folder holding the `dist` of
 * another build, as `npm run build` leaves it), that build's one thread and `'auto'` too, in the same
 * rounds, so a change is measured side by side on one machine in one run.
 * @param {{ posts: string, work: string, rounds: number, before?: string }} blog
 */
export async function poolRows({ posts, work, rounds, before }) {
  const cores = os.availableParallelism();
  let run = 0;
  const cold = (dir, workers, entry) => coldLoad(dir, path.join(work, `pool-cache-${run++}`), workers, entry);

  const beforeEntry = before && pathToFileURL(path.join(before, 'dist', 'node.js')).href;
  const settings = [
    ...[0, 'auto', 1, 2, Math.max(4, cores * 2)].map((workers) => ({ build: 'this build', workers })),
    ...(beforeEntry ? [0, 'auto'].map((workers) => ({ build: 'before', workers, entry: beforeEntry })) : []),
  ];
  const results = new Map(settings.map((s) => [s, { time: [], cpu: [], thread: [] }]));
  let count = 0;
  for (let r = 0; r < rounds; r++) {
    // Rotated, so no setting always runs first (or last) on a machine that warms up or gets busy.
    const order = settings.map((_, i) => settings[(i + r) % settings.length]);
    for (const setting of order) {
      const m = cold(posts, setting.workers, setting.entry);
      for (const key of ['time', 'cpu', 'thread']) results.get(setting)[key].push(m[key]);
      count = m.count;
    }
  }
  const of = (setting) => {
    const { time, cpu, thread } = results.get(setting);
    const [t, c, h] = [median(time), median(cpu), median(thread)];
    // On an idle machine: no faster than the loading thread's own CPU time, nor than every thread's spread over the cores.
    return { time: t, cpu: c, thread: h, floor: Math.max(Number.isNaN(h) ? 0 : h, c / cores) };
  };
  console.log(`parse pool: cold loadPosts of ${count} posts, fresh cacheDir, median of ${rounds} round${rounds === 1 ? '' : 's'}, ${cores} cores, load average ${os.loadavg()[0].toFixed(1)} at the end`);
  console.log(`  ${''.padEnd(46)} ${'wall'.padStart(9)}  ${'× one'.padStart(6)}  ${'CPU, all'.padStart(9)} ${'loading'.padStart(9)}  ${'floor'.padStart(8)}  ${'× one'.padStart(6)}`);
  for (const setting of settings) {
    const { workers, build } = setting;
    const m = of(setting);
    const one = of(settings.find((s) => s.build === build && s.workers === 0));
    const label = `${build}: ${workers === 0 ? 'one thread (workers: 0)' : workers === 'auto' ? "default (workers: 'auto')" : `pool of ${workers} worker${workers === 1 ? '' : 's'}`}`;
    const ratio = m.time / one.time;
    const goal = workers === 'auto' ? `   goal ≤ 0.60×: wall ${ratio <= 0.6 ? 'ok' : 'WARN'}, floor ${m.floor / one.floor <= 0.6 ? 'ok' : 'WARN'}` : '';
    console.log(
      `  ${label.padEnd(46)} ${`${m.time.toFixed(2)} s`.padStart(9)}  ${`${ratio.toFixed(2)}×`.padStart(6)}  ${`${m.cpu.toFixed(2)} s`.padStart(9)} ${`${m.thread.toFixed(2)} s`.padStart(9)}  ${`${m.floor.toFixed(2)} s`.padStart(8)}  ${`${(m.floor / one.floor).toFixed(2)}×`.padStart(6)}${goal}`,
    );
  }
  console.log('  (CPU, all: every thread of the process; loading: the loading thread alone; floor: the larger of the two on an idle machine, CPU / cores or the loading thread)');

  // The crossover: small blogs, each the first N posts of this one, one thread against the default.
  const files = postFiles(posts);
  const sizes = [300, 400, 500, 600].filter((n) => n <= files.length);
  console.log(`around the default's threshold: one thread against workers: 'auto' (best of ${rounds}; 'auto' pools from 500 posts to parse, below that both parse in the loading thread)`);
  for (const size of sizes) {
    const dir = path.join(work, `pool-blog-${size}`);
    for (const file of files.slice(0, size)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      cpSync(path.join(posts, file), path.join(dir, file));
    }
    const alone = [];
    const pooled = [];
    for (let r = 0; r < rounds; r++) {
      alone.push(cold(dir, 0));
      pooled.push(cold(dir, 'auto'));
    }
    const best = (list) => list.reduce((a, b) => (b.time < a.time ? b : a));
    const [a, p] = [best(alone), best(pooled)];
    console.log(`  ${String(size).padStart(4)} posts   one thread ${a.time.toFixed(2).padStart(6)} s (CPU ${a.cpu.toFixed(2)} s)   'auto' ${p.time.toFixed(2).padStart(6)} s (CPU ${p.cpu.toFixed(2)} s)   ${(p.time / a.time).toFixed(2)}×`);
  }
}

// Run alone: node bench/pool.mjs [corpusDir] [--posts N] [--rounds R] [--before DIR]
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const valueOf = (name) => (args.indexOf(name) === -1 ? undefined : args[args.indexOf(name) + 1]);
  const withValue = new Set(['--posts', '--rounds', '--before']);
  const root = fileURLToPath(new URL('..', import.meta.url));
  const corpusDir = path.resolve(args.find((a, i) => !a.startsWith('--') && !withValue.has(args[i - 1])) ?? path.join(root, '../shared/corpus'));
  const before = valueOf('--before') && path.resolve(valueOf('--before'));
  if (!existsSync(new URL(nodeEntry)) || !existsSync(corpusDir) || (before && !existsSync(path.join(before, 'dist', 'node.js')))) {
    console.error('usage: node bench/pool.mjs [corpusDir] [--posts N] [--rounds R] [--before DIR]   (after npm run build; DIR holds the dist of the build to compare with)');
    process.exit(2);
  }
  const { readCorpus, writePosts } = await import('./blog-posts.mjs');
  const work = mkdtempSync(path.join(os.tmpdir(), 'rbk-bench-pool-'));
  try {
    const posts = path.join(work, 'posts');
    writePosts(readCorpus(corpusDir), posts, Number(valueOf('--posts') ?? 1000));
    await poolRows({ posts, work, rounds: Number(valueOf('--rounds') ?? 1), before });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
