#!/usr/bin/env node
/**
 * node bench/blog.mjs [corpusDir] [--copies N]
 *
 * A whole blog's load: the corpus (default ../shared/corpus, without SOURCES.md and the `---js`
 * post) copied N times (default 1,000) into a temporary folder, each copy in its own folder with
 * distinct slugs. Times, once each: parsePost over every file alone (the floor), a cold loadPosts
 * with cacheDir (parse + cache writes), and a warm reload from that cache. Prints only; exits
 * non-zero only when it cannot run. Needs `npm run build` first.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const copiesAt = args.indexOf('--copies');
const copies = copiesAt === -1 ? 1000 : Number(args[copiesAt + 1]);
const corpusDir = path.resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--copies') ?? path.join(root, '../shared/corpus'));
for (const entry of ['dist/node.js', 'dist/parse.js']) {
  if (!existsSync(path.join(root, entry))) {
    console.error(`${entry} is missing: run \`npm run build\` first.`);
    process.exit(2);
  }
}
if (!existsSync(corpusDir) || !Number.isInteger(copies) || copies < 1) {
  console.error('usage: node bench/blog.mjs [corpusDir] [--copies N]   (corpusDir defaults to ../shared/corpus)');
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
for (let i = 0; i < copies; i++) {
  const folder = path.join(posts, `copy-${String(i).padStart(4, '0')}`);
  mkdirSync(folder, { recursive: true });
  for (const [j, { name, text }] of sources.entries()) {
    // The file name gives the slug of a post without one: the copy's number goes before the extension.
    const numbered = name.replace(/(\.[a-z]+)$/i, `-${i}$1`);
    writeFileSync(path.join(folder, numbered), SLUG.test(text) ? text.replace(SLUG, (_, key, q, value) => `${key}${q}${value}-${i}-${j}${q}`) : text);
  }
}
const files = readdirSync(posts, { recursive: true }).map(String).filter((f) => /\.(md|mdx|markdown)$/i.test(f)).map((f) => path.join(posts, f));
console.log(`${files.length} posts (${sources.length} × ${copies}) in ${work}`);

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
const row = (label, s, n) => console.log(`${label.padEnd(38)} ${s.toFixed(2).padStart(8)} s   ${((s * 1000) / n).toFixed(3).padStart(8)} ms/post`);

try {
  let start = process.hrtime.bigint();
  for (const file of files) parsePost(await readFile(file, 'utf8'), { filename: file });
  row('parsePost alone (read + parse)', seconds(start), files.length);

  const cacheDir = path.join(work, 'cache');
  let parsed = 0;
  start = process.hrtime.bigint();
  const cold = await loadPosts(posts, { images: 'keep', drafts: true, cacheDir, onParse: () => parsed++ });
  row(`loadPosts, cold cacheDir (${parsed} parsed)`, seconds(start), cold.length);

  parsed = 0;
  start = process.hrtime.bigint();
  const warm = await loadPosts(posts, { images: 'keep', drafts: true, cacheDir, onParse: () => parsed++ });
  row(`loadPosts, warm cacheDir (${parsed} parsed)`, seconds(start), warm.length);

  const slugs = new Set(warm.map((p) => p.slug));
  console.log(`${warm.length} posts loaded, ${slugs.size} distinct slugs`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
