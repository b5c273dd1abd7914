#!/usr/bin/env node
/**
 * Where parsePost's time goes on one post, phase by phase (issue 15: the per-post fixed cost a blog
 * build pays once a post):
 *
 *   node bench/fixed-cost.mjs <file.md> [seconds]
 *
 * Runs parsePost on the file in a loop under the V8 CPU profiler and prints the inclusive time of
 * each named phase of src/parse (its functions keep their names: dependencies stay external, as in
 * bench/profile.mjs), with the milliseconds per post those shares come to, and react-markdown's whole
 * render of the same post for scale. Prints, never fails.
 */
import { Session } from 'node:inspector/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from '../scripts/bundle-for-node.mjs';
import { median } from './stats.mjs';

process.env.NODE_ENV = 'production';
const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = path.join(root, 'node_modules/.cache/react-blog-kit-bench');
const [file, seconds = '4'] = process.argv.slice(2);
if (!file) {
  console.error('fixed-cost: expected a markdown file: node bench/fixed-cost.mjs <file.md> [seconds]');
  process.exit(2);
}

const lib = await bundleForNode(path.join(root, 'bench/lib.ts'), path.join(cacheDir, 'lib-fixed-cost.mjs'), { external: true });
const source = readFileSync(path.resolve(file), 'utf8');
const filename = path.basename(file).split('__').pop();
const parseOnce = () => lib.parsePost(source, { filename });

/** Median milliseconds of `fn` and of the baseline, interleaved. */
function timeBoth(ms) {
  const a = [];
  const b = [];
  const end = Date.now() + ms;
  while (Date.now() < end || a.length < 30) {
    let t = process.hrtime.bigint();
    parseOnce();
    a.push(Number(process.hrtime.bigint() - t) / 1e6);
    t = process.hrtime.bigint();
    lib.baseline(source);
    b.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { parse: median(a), baseline: median(b) };
}

for (let i = 0; i < 200; i++) parseOnce();
const times = timeBoth(1500);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 50 });
await session.post('Profiler.start');
const end = Date.now() + Number(seconds) * 1000;
while (Date.now() < end) parseOnce();
const { profile } = await session.post('Profiler.stop');
session.disconnect();

// Per sample: the set of function names on its stack (once however deep they recurse).
const counts = new Map();
for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const stacks = [];
let total = 0;
for (const [id, n] of counts) {
  total += n;
  const names = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const { functionName, url } = byId.get(cur).callFrame;
    // esbuild renames clashing functions with a numeric suffix (walk2); dependencies are marked.
    names.add(`${url.includes('lib-fixed-cost') ? '' : 'dep:'}${functionName.replace(/\d+$/, '')}`);
  }
  stacks.push([names, n]);
}
const samplesOf = (names, within) =>
  stacks.reduce((t, [stack, n]) => t + ((!within || stack.has(within)) && names.some((name) => stack.has(name)) ? n : 0), 0);
const inParse = samplesOf(['parsePost']);
const share = (names, within) => samplesOf(names, within) / inParse;

// Phases in the order parsePost runs them; a phase lists the functions whose inclusive time it is.
const phases = [
  ['frontmatter: split + YAML/TOML parse', ['splitFrontmatter']],
  ['frontmatter: fields (validation, dates)', ['readFields']],
  ['  of which JSON-safe copies (toJson)', ['toJson']],
  ['limit pre-scan: line prefixes (nesting)', ['deepestLinePrefix']],
  ['limit pre-scan: busiest paragraph (delimiters)', ['busiestParagraph']],
  ['markdown → hast (parse + nesting check + runSync)', ['toHast']],
  ['  of which micromark → mdast (processor.parse)', ['dep:parse'], 'toHast'],
  ['    of which combining micromark extensions', ['dep:combineExtensions'], 'toHast'],
  ['  of which nesting check on the mdast', ['nestingDepth']],
  ['  of which mdast → hast + GFM + safety (runSync)', ['dep:runSync'], 'toHast'],
  ['title from the first h1 (textOf + comparable)', ['comparable']],
  ['date/slug/title from the filename', ['fromFilename']],
  ['heading ids + one walk (positions, text, taken ids)', ['assignHeadings']],
  ['heading ids kept unique', ['keepHeadingIdsUnique']],
  ['reading time', ['readingTime']],
  ['structure (sections, items, toc)', ['buildStructure']],
];
const pct = (x) => `${(100 * x).toFixed(1).padStart(5)} %`;
console.log(
  `parsePost fixed cost on ${path.basename(file)} (${(Buffer.byteLength(source) / 1024).toFixed(1)} KB): ${times.parse.toFixed(3)} ms a post; ` +
    `react-markdown's whole render ${times.baseline.toFixed(3)} ms (median, interleaved); ${inParse} samples in parsePost`,
);
let accounted = 0;
for (const [label, names, within] of phases) {
  const s = share(names, within);
  if (!label.startsWith('  ')) accounted += s;
  console.log(`  ${pct(s)}  ${(s * times.parse).toFixed(3).padStart(7)} ms  ${label}`);
}
const rest = Math.max(0, 1 - accounted);
console.log(`  ${pct(rest)}  ${(rest * times.parse).toFixed(3).padStart(7)} ms  the rest (finish's own code: footnote scan, Post object spreads; GC)`);
const gc = samplesOf(['dep:(garbage collector)']) / total;
console.log(`  (garbage collection: ${pct(gc).trim()} of all samples)`);
