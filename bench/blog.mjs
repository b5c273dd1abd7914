#!/usr/bin/env node
/**
 * node bench/blog.mjs [corpusDir] [--posts N] [--rounds R]
 *
 * A whole blog's load: N posts in all (default 1,000, as issue 15 sizes a blog), made by repeating
 * the corpus (default ../shared/corpus, without SOURCES.md and the `---js` post) in numbered folders
 * with distinct slugs until there are N. After one untimed parse of every distinct post (so that
 * neither side pays for compiling code and grammars), times R rounds (default 3) of: parsePost over
 * every file alone (the floor), a cold loadPosts into a fresh cacheDir (parse + cache writes), and a
 * warm reload from that cache, the order rotating each round; keeps the median of each. Prints the
 * cold cost per post against parsePost's (target within 10 %), the warm load against the cold one
 * (target ≤ 5 %) and the process's peak RSS. Prints only; exits non-zero only when it cannot run.
 * Needs `npm run build` first.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.mjs';
import { poolRows } from './pool.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const countAt = args.indexOf('--posts');
const total = countAt === -1 ? 1000 : Number(args[countAt + 1]);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt === -1 ? 3 : Number(args[roundsAt + 1]);
const corpusDir = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--posts' && args[i - 1] !== '--rounds') ?? path.join(root, '../shared/corpus'));
for (const entry of ['dist/node.js', 'dist/parse.js']) {
  if (!existsSync(path.join(root, entry))) {
    console.error(`${entry} is missing: run \`npm run build\` first.`);
    process.exit(2);
  }
}
if (!existsSync(corpusDir) || !Number.isInteger(total) || total < 1 || !Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: node bench/blog.mjs [corpusDir] [--posts N] [--rounds R]   (corpusDir defaults to ../shared/corpus, N to 1000, R to 3)');
  process.exit(2);
}
const { loadPosts } = await import(new URL('../dist/node.js', import.meta.url).href);
const { parsePost } = await import(new URL('../dist/parse.js', import.meta.url).href);

const sources = readdirSync(corpusDir)
  .filter((name) => /\.(md|mdx|markdown)$/i.test(name) && name !== 'SOURCES.md')
  .map((name) => ({ name, text: readFileSync(path.join(corpusDir, name), 'utf8') }))
  .filter((s) => !s.text.startsWith('---js'));

// A frontmatter `slug` (YAML or TOML, quoted or not) gets the copy's and the file's number, so no two
// posts share one (the corpus has two translations of one post under one slug).
const SLUG = /^(slug\s*[:=]\s*)(["']?)(.*?)\2[ \t]*$/m;
const work = mkdtempSync(path.join(os.tmpdir(), 'rbk-bench-blog-'));
const posts = path.join(work, 'posts');
if (sources.length === 0) {
  console.error(`no markdown posts in ${corpusDir}`);
  process.exit(2);
}
const copies = Math.ceil(total / sources.length);
for (let i = 0, written = 0; i < copies; i++) {
  const folder = path.join(posts, `copy-${String(i).padStart(4, '0')}`);
  mkdirSync(folder, { recursive: true });
  for (const [j, { name, text }] of sources.entries()) {
    if (written++ === total) break;
    // The file name gives the slug of a post without one: the copy's number goes before the extension.
    const numbered = name.replace(/(\.[a-z]+)$/i, `-${i}$1`);
    writeFileSync(path.join(folder, numbered), SLUG.test(text) ? text.replace(SLUG, (_, key, q, value) => `${key}${q}${value}-${i}-${j}${q}`) : text);
  }
}
const files = readdirSync(posts, { recursive: true }).map(String).filter((f) => /\.(md|mdx|markdown)$/i.test(f)).map((f) => path.join(posts, f));
console.log(`${files.length} posts (the corpus's ${sources.length} repeated, distinct slugs) in ${work}`);

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
const row = (label, s, n) => console.log(`${label.padEnd(38)} ${s.toFixed(2).padStart(8)} s   ${((s * 1000) / n).toFixed(3).padStart(8)} ms/post`);


try {
  for (const { name, text } of sources) parsePost(text, { filename: name });

  const times = { alone: [], cold: [], warm: [] };
  const counts = { cold: 0, warm: 0, coldParsed: 0, warmParsed: 0 };
  let warm = [];
  let cacheDir;
  const steps = {
    async alone() {
      const start = process.hrtime.bigint();
      for (const file of files) parsePost(await readFile(file, 'utf8'), { filename: file });
      times.alone.push(seconds(start));
    },
    async cold() {
      cacheDir = path.join(work, `cache-${times.cold.length}`);
      let parsed = 0;
      const start = process.hrtime.bigint();
      const cold = await loadPosts(posts, { images: 'keep', drafts: true, cacheDir, onParse: () => parsed++ });
      times.cold.push(seconds(start));
      Object.assign(counts, { cold: cold.length, coldParsed: parsed });
    },
    async warm() {
      let parsed = 0;
      const start = process.hrtime.bigint();
      warm = await loadPosts(posts, { images: 'keep', drafts: true, cacheDir, onParse: () => parsed++ });
      times.warm.push(seconds(start));
      Object.assign(counts, { warm: warm.length, warmParsed: parsed });
    },
  };
  // A warm load needs the cache of a cold one: the pair stays in order, parsePost alone moves around it.
  const orders = [['alone', 'cold', 'warm'], ['cold', 'warm', 'alone'], ['cold', 'alone', 'warm']];
  for (let r = 0; r < rounds; r++) for (const step of orders[r % orders.length]) await steps[step]();

  const alone = median(times.alone);
  const coldSeconds = median(times.cold);
  const warmSeconds = median(times.warm);
  console.log(`medians of ${rounds} round${rounds === 1 ? '' : 's'}, after one untimed parse of each distinct post`);
  row('parsePost alone (read + parse)', alone, files.length);
  row(`loadPosts, cold cacheDir (${counts.coldParsed} parsed)`, coldSeconds, counts.cold);
  row(`loadPosts, warm cacheDir (${counts.warmParsed} parsed)`, warmSeconds, counts.warm);

  const slugs = new Set(warm.map((p) => p.slug));
  console.log(`${warm.length} posts loaded, ${slugs.size} distinct slugs`);
  const verdict = (ok) => (ok ? 'ok' : 'WARN');
  const perPost = coldSeconds / counts.cold / (alone / files.length);
  console.log(`cold cost per post vs parsePost alone   ${perPost.toFixed(2)}×   target ≤ 1.10×  ${verdict(perPost <= 1.1)}`);
  const warmShare = warmSeconds / coldSeconds;
  console.log(`warm rebuild vs cold                    ${(100 * warmShare).toFixed(1)} %   target ≤ 5 %    ${verdict(warmShare <= 0.05)}`);
  // maxRSS is in kilobytes (KiB on Linux).
  console.log(`peak RSS                                ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  await poolRows({ posts, work, rounds });
} finally {
  rmSync(work, { recursive: true, force: true });
}
