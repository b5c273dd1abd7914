#!/usr/bin/env node
/**
 * node bench/blog.mjs [corpusDir] [--posts N]
 *
 * A whole blog's load: N posts in all (default 1,000, as issue 15 sizes a blog), made by repeating
 * the corpus (default ../shared/corpus, without SOURCES.md and the `---js` post) in numbered folders
 * with distinct slugs until there are N. Times, once each: parsePost over every file alone (the
 * floor), a cold loadPosts with cacheDir (parse + cache writes), and a warm reload from that cache;
 * prints the cold cost per post against parsePost's (target within 10 %), the warm load against the
 * cold one (target ≤ 5 %) and the process's peak RSS. Prints only; exits non-zero only when it
 * cannot run. Needs `npm run build` first.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const countAt = args.indexOf('--posts');
const total = countAt === -1 ? 1000 : Number(args[countAt + 1]);
const corpusDir = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--posts') ?? path.join(root, '../shared/corpus'));
for (const entry of ['dist/node.js', 'dist/parse.js']) {
  if (!existsSync(path.join(root, entry))) {
    console.error(`${entry} is missing: run \`npm run build\` first.`);
    process.exit(2);
  }
}
if (!existsSync(corpusDir) || !Number.isInteger(total) || total < 1) {
  console.error('usage: node bench/blog.mjs [corpusDir] [--posts N]   (corpusDir defaults to ../shared/corpus, N to 1000)');
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
  let start = process.hrtime.bigint();
  for (const file of files) parsePost(await readFile(file, 'utf8'), { filename: file });
  const alone = seconds(start);
  row('parsePost alone (read + parse)', alone, files.length);

  const cacheDir = path.join(work, 'cache');
  let parsed = 0;
  start = process.hrtime.bigint();
  const cold = await loadPosts(posts, { images: 'keep', drafts: true, cacheDir, onParse: () => parsed++ });
  const coldSeconds = seconds(start);
  row(`loadPosts, cold cacheDir (${parsed} parsed)`, coldSeconds, cold.length);

  parsed = 0;
  start = process.hrtime.bigint();
  const warm = await loadPosts(posts, { images: 'keep', drafts: true, cacheDir, onParse: () => parsed++ });
  const warmSeconds = seconds(start);
  row(`loadPosts, warm cacheDir (${parsed} parsed)`, warmSeconds, warm.length);

  const slugs = new Set(warm.map((p) => p.slug));
  console.log(`${warm.length} posts loaded, ${slugs.size} distinct slugs`);
  const verdict = (ok) => (ok ? 'ok' : 'WARN');
  const perPost = coldSeconds / cold.length / (alone / files.length);
  console.log(`cold cost per post vs parsePost alone   ${perPost.toFixed(2)}×   target ≤ 1.10×  ${verdict(perPost <= 1.1)}`);
  const warmShare = warmSeconds / coldSeconds;
  console.log(`warm rebuild vs cold                    ${(100 * warmShare).toFixed(1)} %   target ≤ 5 %    ${verdict(warmShare <= 0.05)}`);
  // maxRSS is in kilobytes (KiB on Linux).
  console.log(`peak RSS                                ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
