#!/usr/bin/env node
/**
 * node bench/blog.mjs [corpusDir] [--posts N] [--sizes a,b,c] [--rounds R] [--keep DIR] [--anchor] [--anchor-posts M] [--examples DIR]
 *
 * A whole blog's load at scale (issue 28). Blogs of 1,000, 3,000 and N posts (the sizes below N,
 * then N; default N is 1,000; `--sizes` names others) are generated from the corpus (default
 * ../shared/corpus) into a temporary folder (`blog-posts.mjs`: distinct titles, slugs, dates, tags).
 * Each load runs in a child process of its own, so its peak RSS (`process.resourceUsage().maxRSS`) is
 * that load's alone: `parsePost` over every file in one thread (the floor, at the first size), a cold
 * `loadPosts` into a fresh cacheDir, a warm one from it, then `loadPostSummaries` from that cache
 * (first, making its index; then warm, with 100 pages read by `readCachedPost`). Prints each load's
 * time, time per post and peak RSS, a verdict per size on whether time and memory per post grow
 * faster than the posts do, and the issue's goals at the largest size: peak RSS ≤ 1.5 GB cold and
 * ≤ 600 MB warm (held by the big-blog way, summaries and `readCachedPost`; a warm `loadPosts`, which
 * holds every post at once, is printed beside it), warm ≤ 3 % of cold.
 *
 * `--keep DIR` keeps the blogs and their caches in DIR; a later run with the same DIR generates and
 * parses nothing, and measures the warm loads again (a cold load of 10,000 posts takes long).
 *
 * Then the parse pool beside one thread on a blog of the first size (`pool.mjs`, `--rounds` rounds,
 * default 1).
 *
 * Last, what highlighted code weighs (`code-weight.mjs`): Post JSON gzip against the markdown's for
 * every corpus post of 4 kB or more and a generated 300 kB code-heavy post, and that post's page HTML
 * against `@shikijs/rehype`'s.
 *
 * `--anchor` then builds a blog of M posts (default 1,000) with Astro's content layer beside the Vite
 * example's whole build, cold and warm (`anchor.mjs`; slow; the examples' packages come from
 * `examples/<name>/node_modules`, or those under `--examples DIR`, else `npm ci` installs them).
 *
 * Prints only; exits non-zero only when it cannot run. Needs `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus, writePosts } from './blog-posts.mjs';
import { poolRows } from './pool.mjs';
import { codeWeight } from './code-weight.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const valueOf = (name) => (args.indexOf(name) === -1 ? undefined : args[args.indexOf(name) + 1]);

if (args[0] === '--child') {
  await child(JSON.parse(args[1]));
  process.exit(0);
}

const total = Number(valueOf('--posts') ?? 1000);
const sizes = valueOf('--sizes')
  ? valueOf('--sizes').split(',').map(Number)
  : [...[1000, 3000].filter((s) => s < total), total];
const anchorPosts = Number(valueOf('--anchor-posts') ?? 1000);
const withValue = new Set(['--posts', '--sizes', '--anchor-posts', '--examples', '--rounds', '--keep']);
const corpusDir = path.resolve(args.find((a, i) => !a.startsWith('--') && !withValue.has(args[i - 1])) ?? path.join(root, '../shared/corpus'));
for (const entry of ['dist/node.js', 'dist/parse.js']) {
  if (!existsSync(path.join(root, entry))) {
    console.error(`${entry} is missing: run \`npm run build\` first.`);
    process.exit(2);
  }
}
if (!existsSync(corpusDir) || !sizes.every((s) => Number.isInteger(s) && s > 0) || !Number.isInteger(anchorPosts) || anchorPosts < 1) {
  console.error('usage: node bench/blog.mjs [corpusDir] [--posts N] [--sizes a,b,c] [--anchor] [--anchor-posts M]   (corpusDir defaults to ../shared/corpus, N to 1000)');
  process.exit(2);
}
const sources = readCorpus(corpusDir);
if (sources.length === 0) {
  console.error(`no markdown posts in ${corpusDir}`);
  process.exit(2);
}

const MiB = 1024 * 1024;
const mib = (bytes) => `${(bytes / MiB).toFixed(0)} MiB`;
const pad = (text, width) => String(text).padStart(width);

/** Runs one load in a child process and returns what it measured. */
function measure(job) {
  const run = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', JSON.stringify(job)], { encoding: 'utf8', maxBuffer: 64 * MiB });
  const last = run.stdout.trim().split('\n').at(-1);
  if (run.status !== 0 || !last?.startsWith('{')) {
    throw new Error(`the ${job.mode} load of ${job.dir} failed (exit ${run.status}):\n${run.stderr.slice(-2000)}`);
  }
  return JSON.parse(last);
}

// --keep DIR: the blogs and their caches stay in DIR, and a later run with the same DIR measures the warm
// loads again without generating or parsing anything (a cold load of 10,000 posts takes long).
const keep = valueOf('--keep') && path.resolve(valueOf('--keep'));
const work = keep ?? mkdtempSync(path.join(os.tmpdir(), 'rbk-bench-blog-'));
if (keep) mkdirSync(keep, { recursive: true });
const rows = [];
try {
  console.log(`blogs of ${sizes.join(', ')} posts from the corpus's ${sources.length} (titles, slugs, dates and tags made distinct), in ${work}`);
  console.log(`each load in a child process of its own; on ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} at the start`);
  console.log('');
  console.log(`${'posts'.padStart(6)}  ${'load'.padEnd(44)} ${'time'.padStart(9)} ${'per post'.padStart(10)} ${'peak RSS'.padStart(10)} ${'RSS/post'.padStart(9)}`);
  for (const [i, size] of sizes.entries()) {
    const dir = path.join(work, `posts-${size}`);
    const cacheDir = path.join(work, `cache-${size}`);
    const kept = keep !== undefined && existsSync(path.join(work, `cache-${size}.complete`));
    if (!kept) writePosts(sources, dir, size);
    const loads = [
      ...(i === 0 && !kept ? [['alone', 'parsePost alone, one thread (the floor)']] : []),
      ...(kept ? [] : [['cold', 'loadPosts, cold cacheDir']]),
      ['warm', 'loadPosts, warm cacheDir'],
      ['summariesFirst', kept ? 'loadPostSummaries (its index kept)' : 'loadPostSummaries, first (makes its index)'],
      ['summariesWarm', 'loadPostSummaries, warm'],
    ];
    const row = { size };
    for (const [mode, label] of loads) {
      const m = measure({ mode, dir, cacheDir, distinct: sources.length });
      row[mode] = m;
      const heap = m.heapPerPost === undefined ? '' : `  (heap held: ${(m.heapPerPost / 1024).toFixed(1)} kB a post)`;
      const note = (m.problems ? `  (${m.problems} problems)` : m.parsed !== undefined && mode !== 'cold' && m.parsed > 0 ? `  (${m.parsed} parsed)` : '') + heap;
      console.log(
        `${pad(size, 6)}  ${label.padEnd(44)} ${pad(`${m.seconds.toFixed(2)} s`, 9)} ${pad(`${((1000 * m.seconds) / size).toFixed(2)} ms`, 10)} ${pad(mib(m.maxRSS), 10)} ${pad(`${(m.maxRSS / size / 1024).toFixed(0)} kB`, 9)}${note}`,
      );
      if (mode === 'summariesWarm') console.log(`${pad(size, 6)}  ${'  + readCachedPost, one page'.padEnd(44)} ${pad('', 9)} ${pad(`${m.pageMs.toFixed(2)} ms`, 10)}   (${m.pages} pages, each parsed: ${m.pageParsed})`);
    }
    rows.push(row);
    if (keep) writeFileSync(path.join(work, `cache-${size}.complete`), '');
    else {
      rmSync(dir, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }

  console.log('');
  const first = rows[0];
  const verdict = (ok) => (ok ? 'ok' : 'WARN');
  // Within 25 % of the smallest blog's cost per post counts as linear: on a shared machine a load's
  // time moves by that much from one run to the next.
  const LINEAR = 1.25;
  for (const row of rows.slice(1)) {
    const parts = ['cold', 'warm', 'summariesWarm'].filter((mode) => row[mode] && first[mode]).map((mode) => {
      const time = row[mode].seconds / row.size / (first[mode].seconds / first.size);
      const rss = row[mode].maxRSS / row.size / (first[mode].maxRSS / first.size);
      return `${mode === 'summariesWarm' ? 'summaries' : mode} ${time.toFixed(2)}× time/post, ${rss.toFixed(2)}× RSS/post ${verdict(time <= LINEAR && rss <= LINEAR)}`;
    });
    console.log(`${pad(row.size, 6)} vs ${first.size}: ${parts.join('; ')}   (linear: ≤ ${LINEAR}×)`);
  }
  const last = rows.at(-1);
  console.log(`at ${last.size} posts:`);
  if (last.cold) console.log(`  peak RSS, cold loadPosts          ${pad(mib(last.cold.maxRSS), 9)}   goal ≤ 1.5 GB   ${verdict(last.cold.maxRSS <= 1.5 * 1024 * MiB)}`);
  // The warm goal is held by the way the README gives big blogs: the summaries, and each page's post
  // read from the cache when it renders. loadPosts holds every post at once; its row is for reference.
  console.log(`  peak RSS, warm, the big-blog way  ${pad(mib(last.summariesWarm.maxRSS), 9)}   goal ≤ 600 MB   ${verdict(last.summariesWarm.maxRSS <= 600 * MiB)}   (loadPostSummaries + readCachedPost for ${last.summariesWarm.pages} pages)`);
  console.log(`  peak RSS, warm loadPosts          ${pad(mib(last.warm.maxRSS), 9)}   (every post held at once: ${(last.warm.maxRSS / last.size / 1024).toFixed(0)} kB a post; ${last.warm.maxRSS <= 600 * MiB ? 'within' : 'over'} 600 MB)`);
  if (last.cold) {
    const share = last.warm.seconds / last.cold.seconds;
    console.log(`  warm loadPosts vs cold            ${pad(`${(100 * share).toFixed(1)} %`, 9)}   goal ≤ 3 %      ${verdict(share <= 0.03)}`);
  }
  if (first.alone) {
    const floor = first.cold.seconds / first.size / (first.alone.seconds / first.size);
    console.log(`  (at ${first.size}: cold loadPosts per post vs parsePost alone ${floor.toFixed(2)}×)`);
  }

  // Every core (issue 28): a cold load in the pool beside one thread, on a blog of the first size (not
  // when the run measures kept caches again).
  if (rows.every((row) => row.cold)) {
    console.log('');
    const poolDir = path.join(work, 'posts-pool');
    writePosts(sources, poolDir, sizes[0]);
    await poolRows({ posts: poolDir, work, rounds: Number(valueOf('--rounds') ?? 1) });
    if (keep) rmSync(poolDir, { recursive: true, force: true });
  }

  if (args.includes('--anchor')) {
    const { anchor } = await import('./anchor.mjs');
    const examples = valueOf('--examples');
    await anchor({ root, work, sources, count: anchorPosts, ...(examples && { examplesDir: path.resolve(examples) }) });
  }
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
// What highlighted code weighs (sizes, not times): each corpus post of 4 kB or more and a 300 kB code-heavy post.
await codeWeight({ corpusDir });

/** One load, in this (child) process: prints what it measured as one JSON line. */
async function child({ mode, dir, cacheDir, distinct }) {
  const { loadPosts, loadPostSummaries, readCachedPost } = await import(new URL('../dist/node.js', import.meta.url).href);
  const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
  let parsed = 0;
  let problems = 0;
  const options = { images: 'keep', drafts: true, cacheDir, onParse: () => parsed++, onWarning: () => {}, onError: 'skip', onProblem: () => problems++ };
  const out = { mode };
  if (mode === 'alone') {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { parsePost } = await import(new URL('../dist/parse.js', import.meta.url).href);
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(md|mdx|markdown)$/i.test(f)).map((f) => path.join(dir, f));
    // One untimed parse of each distinct post first, so the floor pays for no compiled grammar.
    for (const file of files.slice(0, distinct)) parsePost(readFileSync(file, 'utf8'), { filename: file, onWarning: () => {} });
    const start = process.hrtime.bigint();
    for (const file of files) parsePost(readFileSync(file, 'utf8'), { filename: file, onWarning: () => {} });
    out.seconds = seconds(start);
    out.posts = files.length;
  } else if (mode === 'cold' || mode === 'warm') {
    // The heap the posts hold once loaded, after a full collection before and after (--expose-gc).
    const { getHeapStatistics } = await import('node:v8');
    globalThis.gc?.();
    const heapBefore = getHeapStatistics().used_heap_size;
    const start = process.hrtime.bigint();
    const posts = await loadPosts(dir, options);
    out.seconds = seconds(start);
    out.posts = posts.length;
    out.maxRSS = process.resourceUsage().maxRSS * 1024;
    if (globalThis.gc && mode === 'warm') {
      // A cold load also keeps the parser and the grammars it compiled: only a warm one's heap is its posts'.
      globalThis.gc();
      out.heapPerPost = (getHeapStatistics().used_heap_size - heapBefore) / posts.length;
    }
  } else {
    const start = process.hrtime.bigint();
    const summaries = await loadPostSummaries(dir, options);
    out.seconds = seconds(start);
    out.posts = summaries.length;
    if (mode === 'summariesWarm') {
      // A page each: the post of every (n/100)th summary, as a static build renders them one by one.
      const step = Math.max(1, Math.floor(summaries.length / 100));
      const slugs = summaries.filter((_, i) => i % step === 0).slice(0, 100).map((s) => s.slug);
      const before = parsed;
      const start2 = process.hrtime.bigint();
      for (const slug of slugs) await readCachedPost(dir, slug, options);
      out.pageMs = (1000 * seconds(start2)) / slugs.length;
      out.pages = slugs.length;
      out.pageParsed = parsed - before;
    }
  }
  Object.assign(out, { parsed, problems, maxRSS: out.maxRSS ?? process.resourceUsage().maxRSS * 1024 });
  console.log(JSON.stringify(out));
}
