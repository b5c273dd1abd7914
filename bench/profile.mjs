#!/usr/bin/env node
/**
 * Where the time goes: runs one benchmark function in a loop under the V8 CPU profiler and prints
 * self time by package and by function.
 *
 *   [PROFILE_DEV=1] node bench/profile.mjs <pipeline|baseline|baselineHl|rerender|parse|floor> [1|8|64|file.md|file.mdx] [seconds]
 *   node bench/profile.mjs <mdx-kit|mdx-evaluate> [long|file.mdx] [seconds]
 *
 * The mdx modes profile bench/mdx.mjs's two sides (bench/mdx-lib.ts: the kit without highlighting,
 * @mdx-js/mdx's evaluate), on its generated long post or an `.mdx` file.
 *
 * Unlike bench/run.mjs, dependencies stay external (loaded from node_modules with
 * NODE_ENV=production), so every sample is attributed to the package it ran in.
 */
import { Session } from 'node:inspector/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from '../scripts/bundle-for-node.mjs';

// PROFILE_DEV=1 profiles development mode: React's development build, the kit's diagnostics on.
const dev = process.env.PROFILE_DEV === '1';
if (dev) delete process.env.NODE_ENV;
else process.env.NODE_ENV = 'production';
const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = path.join(root, 'node_modules/.cache/react-blog-kit-bench');
const [mode = 'pipeline', which = '1', seconds = '5'] = process.argv.slice(2);

const mdx = mode.startsWith('mdx-');
const lib = await bundleForNode(
  path.join(root, mdx ? 'bench/mdx-lib.ts' : 'bench/lib.ts'),
  path.join(cacheDir, `${mdx ? 'mdx-' : ''}${dev ? 'lib-external-dev.mjs' : 'lib-external.mjs'}`),
  { external: true, production: !dev },
);
if (dev) console.warn = () => {};

const explainer = readFileSync(path.join(root, 'test/fixtures/explainer.md'), 'utf8');
const front = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(explainer)[0];
const body = explainer.slice(front.length).trim();
const source = /^\d+$/.test(which)
  ? front + Array.from({ length: Number(which) }, () => body).join('\n\n') + '\n'
  : mdx && which === 'long'
    ? lib.longMdxPost(24)
    : readFileSync(path.resolve(which), 'utf8');

// A file keeps its name, so an `.mdx` file parses as MDX.
const filename = /^\d+$/.test(which) ? 'post.md' : which === 'long' ? 'long.mdx' : path.basename(which);
const post = mode === 'rerender' ? lib.parsePost(source, { filename }) : undefined;
const text = mode === 'floor' ? lib.bodyOf(source) : undefined;
const run = {
  pipeline: () => lib.pipeline(source, filename),
  baseline: () => lib.baseline(source),
  baselineHl: () => lib.baselineHighlighted(source),
  rerender: () => lib.renderPost(post),
  parse: () => lib.parsePost(source, { filename }),
  floor: () => lib.floor(text),
  'mdx-kit': () => lib.kitMdx(source, filename.endsWith('.mdx') ? filename : 'post.mdx', { highlight: false }),
  'mdx-evaluate': () => lib.mdxEvaluate(source),
}[mode];
if (!run) throw new Error(`Unknown mode "${mode}": expected pipeline, baseline, baselineHl, rerender, parse, floor, mdx-kit or mdx-evaluate.`);
if (mode === 'baselineHl') await lib.prepareHighlightedBaseline();

for (let i = 0; i < 20; i++) run();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const end = Date.now() + Number(seconds) * 1000;
let iterations = 0;
while (Date.now() < end) {
  run();
  iterations++;
}
const { profile } = await session.post('Profiler.stop');
const profileFile = path.join(cacheDir, `${mode}-${path.basename(String(which))}.cpuprofile`);
writeFileSync(profileFile, JSON.stringify(profile));

// Self time per node, from the sample counts.
const counts = new Map();
for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
const total = profile.samples.length;
const byPackage = new Map();
const byFunction = new Map();
const where = (url) => {
  if (!url) return '(native/gc)';
  if (url.includes('lib-external')) return 'react-blog-kit (src)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  return url.startsWith('node:') ? 'node' : path.basename(url);
};
for (const node of profile.nodes) {
  const n = counts.get(node.id) ?? 0;
  if (!n) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const pkg = functionName === '(garbage collector)' ? '(gc)' : where(url);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + n);
  const key = `${functionName || '(anonymous)'}  ${pkg}:${lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + n);
}
// Inclusive time: samples whose stack contains the function (counted once per sample).
const parent = new Map();
for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
const inclusive = new Map();
for (const [id, n] of counts) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const { functionName, url } = nodeById.get(cur).callFrame;
    if (!functionName) continue;
    const key = `${functionName}  ${where(url)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + n);
  }
}
const pct = (n) => `${((100 * n) / total).toFixed(1).padStart(5)} %`;
console.log(`${mode} on ${which}: ${iterations} iterations in ${seconds} s, ${((Number(seconds) * 1000) / iterations).toFixed(2)} ms each; profile ${profileFile}`);
console.log('\nSelf time by package');
for (const [k, n] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${pct(n)}  ${k}`);
console.log('\nSelf time by function');
for (const [k, n] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 25))) console.log(`${pct(n)}  ${k}`);
console.log('\nInclusive time of the kit\'s own functions (and the renderers)');
for (const [k, n] of [...inclusive].sort((a, b) => b[1] - a[1])) {
  if ((k.endsWith('react-blog-kit (src)') || /^(renderToString|toJsxRuntime|runSync|parse) /.test(k)) && n / total >= 0.01) console.log(`${pct(n)}  ${k}`);
}
