#!/usr/bin/env node
// Parses every .md, .mdx and .markdown file in a folder with the built parser and accounts for each:
// `ok` with its section and TOC counts, or the PostParseError that refused it. Anything else thrown
// is a bug and fails the run. Usage: npm run test:corpus -- <dir> [--max-failures N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const maxIndex = args.indexOf('--max-failures');
const maxFailures = maxIndex === -1 ? 1 : Number(args[maxIndex + 1]);
if (!dir) {
  console.error('usage: npm run test:corpus -- <dir> [--max-failures N]');
  process.exit(2);
}
const entry = new URL('../dist/parse.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('dist/parse.js is missing: run `npm run build` first.');
  process.exit(2);
}
const { parsePost, isPostParseError } = await import(entry.href);

const files = readdirSync(resolve(dir), { recursive: true })
  .map(String)
  .filter((f) => /\.(md|mdx|markdown)$/i.test(f) && !/^(README|SOURCES)\.md$/i.test(f))
  .sort();
let parsed = 0;
let refused = 0;
let crashed = 0;
for (const file of files) {
  const source = readFileSync(join(resolve(dir), file), 'utf8');
  try {
    const post = parsePost(source, { filename: file });
    parsed++;
    const items = post.sections.reduce((n, s) => n + s.items.length, 0);
    console.log(`ok      ${file}: "${post.title}" — ${post.sections.length} sections, ${items} items, ${post.toc.length} toc entries, ${post.readingTime.minutes} min`);
  } catch (error) {
    if (isPostParseError(error)) {
      refused++;
      console.log(`refused ${file}: ${error.message}`);
    } else {
      crashed++;
      console.log(`CRASH   ${file}: ${error?.stack ?? error}`);
    }
  }
}
const ok = crashed === 0 && refused <= maxFailures && files.length > 0;
console.log(`\n${files.length} files: ${parsed} parsed, ${refused} refused with a PostParseError, ${crashed} crashed (at most ${maxFailures} refusal allowed)`);
process.exit(ok ? 0 : 1);
