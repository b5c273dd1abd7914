#!/usr/bin/env node
/**
 * npm run html-snapshot -- <outDir> [--corpus <dir>] [--html escape|skip|sanitize]
 *
 * Renders every fixture (test/fixtures/*.md) and every corpus post with PostLayout (after parsePost)
 * and its body with MarkdownContent, one HTML file per post and path, and writes what the other
 * entries make of the same Post: the Post's JSON, its summary, page metadata and JSON-LD, and the
 * three feeds over all posts, so that two versions of the kit can be compared with `diff -r`. `--html` pins the raw-HTML option on both paths; without it each
 * path uses its default. Production build of React, as a host ships.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundle-for-node.mjs';

process.env.NODE_ENV = 'production';
const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const out = args.find((a, i) => !a.startsWith('--') && !['--corpus', '--html'].includes(args[i - 1]));
if (!out) {
  console.error('usage: node scripts/html-snapshot.mjs <outDir> [--corpus <dir>] [--html escape|skip|sanitize]');
  process.exit(2);
}
const html = option('--html');
const corpusDir = option('--corpus');

const cacheDir = path.join(root, 'node_modules/.cache/rbk-html-snapshot');
mkdirSync(cacheDir, { recursive: true });
const entry = path.join(cacheDir, 'entry.tsx');
writeFileSync(
  entry,
  `import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as kit from ${JSON.stringify(path.join(root, 'src/index.ts'))};
import * as parser from ${JSON.stringify(path.join(root, 'src/parse/index.ts'))};
import * as collection from ${JSON.stringify(path.join(root, 'src/collection/index.ts'))};
import * as seo from ${JSON.stringify(path.join(root, 'src/seo/index.ts'))};
import * as feed from ${JSON.stringify(path.join(root, 'src/feed/index.ts'))};
const { PostLayout, MarkdownContent } = kit;
const site = { url: 'https://blog.example/', name: 'Snapshot blog', description: 'Every post', feeds: { rss: '/rss.xml', atom: '/atom.xml', json: '/feed.json' } };
export function parse(source, filename, options) {
  return parser.parsePost(source, { filename, ...options });
}
export function layout(post) {
  return renderToStaticMarkup(createElement(PostLayout, { post }));
}
export function entries(post) {
  return { summary: collection.toSummary(post), slug: collection.slugOf(post), url: seo.postUrl(post, site), metadata: seo.getPostMetadata(post, site), jsonLd: seo.postJsonLd(post, site), sitemap: seo.sitemapEntries([post], site) };
}
export function feeds(posts) {
  const sorted = collection.sortPosts(posts);
  return Object.fromEntries(['rss', 'atom', 'json'].map((format) => [format, feed.createFeed(sorted, site, { format })]));
}
// MarkdownContent as the parser reads the same text: since 0.x its sanitizer and the ':::' syntax are
// opt-ins, passed here when this version has them, so two versions compare like with like.
export function markdown(body, options) {
  const optIns = {};
  if (kit.rehypeKitSanitize && (options.html ?? 'sanitize') === 'sanitize') Object.assign(optIns, { html: 'sanitize', sanitizer: kit.rehypeKitSanitize });
  if (kit.remarkKitDirectives) optIns.remarkPlugins = [kit.remarkKitDirectives];
  return renderToStaticMarkup(createElement(MarkdownContent, { ...options, ...optIns }, body));
}
`,
);
const lib = await bundleForNode(entry, path.join(cacheDir, 'snapshot.mjs'));

const FRONT = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;
const inputs = [];
const fixtures = path.join(root, 'test/fixtures');
for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
  inputs.push({ name: `fixture__${file}`, file, source: readFileSync(path.join(fixtures, file), 'utf8') });
}
if (corpusDir) {
  for (const file of readdirSync(corpusDir).filter((f) => /\.(md|mdx|markdown)$/i.test(f) && f !== 'SOURCES.md').sort()) {
    inputs.push({ name: `corpus__${file}`, file, source: readFileSync(path.join(corpusDir, file), 'utf8') });
  }
}

mkdirSync(out, { recursive: true });
const options = html ? { html } : {};
let written = 0;
const posts = [];
const json = (value) => `${JSON.stringify(value, (_, v) => (v instanceof Date ? v.toISOString() : v), 1)}\n`;
for (const input of inputs) {
  let layout;
  try {
    const post = lib.parse(input.source, input.file, options);
    posts.push(post);
    writeFileSync(path.join(out, `${input.name}.post.json`), json(post));
    writeFileSync(path.join(out, `${input.name}.entries.json`), json(lib.entries(post)));
    layout = lib.layout(post);
    written += 2;
  } catch (error) {
    layout = `refused: ${String(error.message).split('\n')[0]}`;
  }
  writeFileSync(path.join(out, `${input.name}.layout.html`), `${layout}\n`);
  const body = input.source.replace(FRONT, '');
  writeFileSync(path.join(out, `${input.name}.markdown.html`), `${lib.markdown(body, options)}\n`);
  written += 2;
}
for (const [format, text] of Object.entries(lib.feeds(posts))) {
  writeFileSync(path.join(out, `feed.${format}`), `${text}\n`);
  written += 1;
}
console.log(`html-snapshot: ${written} files in ${out}`);
