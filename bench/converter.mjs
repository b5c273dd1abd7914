#!/usr/bin/env node
/**
 * npm run bench:converter — the kit's hast → React converter (src/render/hast-to-react.ts) against
 * hast-util-to-jsx-runtime's `toJsxRuntime` (bench/to-jsx-runtime.ts), side by side in one run: the
 * kit is built twice, the second time with toJsxRuntime in the converter's place, and
 *
 * - each build renders the same inputs in the same loop, in a new shuffled order each round (median
 *   milliseconds, production React): a parsed post through PostLayout, and markdown text through
 *   MarkdownContent;
 * - each build's post page and MarkdownContent are bundled for the browser as `npm run size` bundles
 *   a page (esbuild, minified, React external, gzip level 9), from the sources.
 *
 * Both builds must give the same HTML, or nothing is timed. Timings never fail anything.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { median } from './stats.mjs';

process.env.NODE_ENV = 'production';
const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = path.join(root, 'node_modules/.cache/react-blog-kit-bench');
const fork = path.join(root, 'src/render/hast-to-react.ts');
const original = path.join(root, 'bench/to-jsx-runtime.ts');

/** Points render.ts's import of the converter at bench/to-jsx-runtime.ts. */
const useOriginal = {
  name: 'to-jsx-runtime',
  setup(b) {
    b.onResolve({ filter: /hast-to-react\.js$/ }, (args) => {
      const resolved = path.resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      return resolved === fork ? { path: original } : undefined;
    });
  },
};

async function nodeBuild(name, plugins) {
  const outfile = path.join(cacheDir, `converter-${name}.mjs`);
  await build({
    entryPoints: [path.join(root, 'bench/converter.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: "import { createRequire as __rbkRequire } from 'node:module'; const require = __rbkRequire(import.meta.url);" },
    plugins,
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}

async function pageSize(names, plugins) {
  const result = await build({
    stdin: { contents: `export { ${names.join(', ')} } from './src/index.ts';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    plugins,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

const sides = { fork: await nodeBuild('fork', []), toJsxRuntime: await nodeBuild('to-jsx-runtime', [useOriginal]) };

const explainer = readFileSync(path.join(root, 'test/fixtures/explainer.md'), 'utf8');
const front = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(explainer)[0];
const body = explainer.slice(front.length).trim();
const inputs = [1, 8].map((n) => ({ name: `explainer ${n}×`, source: front + Array.from({ length: n }, () => body).join('\n\n') + '\n', text: Array.from({ length: n }, () => body).join('\n\n') }));

const fns = {};
for (const input of inputs) {
  const outputs = {};
  for (const [side, lib] of Object.entries(sides)) {
    const post = lib.parsePost(input.source, { filename: 'explainer.md' });
    fns[`PostLayout, ${input.name}|${side}`] = () => lib.renderPost(post);
    fns[`MarkdownContent, ${input.name}|${side}`] = () => lib.renderText(input.text);
    outputs[side] = lib.renderPost(post) + lib.renderText(input.text);
  }
  if (outputs.fork !== outputs.toJsxRuntime) {
    console.error(`bench:converter: the two converters render ${input.name} differently; refusing to time them.`);
    process.exit(2);
  }
}

// The measure of bench/run.mjs, small: shuffled rounds after a warm-up, medians.
const names = Object.keys(fns);
const samples = Object.fromEntries(names.map((n) => [n, []]));
let seed = 23;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
for (let i = 0; i < 5; i++) for (const n of names) fns[n]();
const end = Date.now() + Number(process.env.BENCH_SECONDS ?? 20) * 1000;
let rounds = 0;
while (Date.now() < end || rounds < 20) {
  const order = [...names].sort(() => random() - 0.5);
  for (const n of order) {
    const t0 = process.hrtime.bigint();
    fns[n]();
    samples[n].push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  rounds++;
}

console.log(`bench:converter: node ${process.version}, NODE_ENV=production, ${rounds} rounds`);
console.log(`\n${'render (median ms)'.padEnd(34)}${'fork'.padStart(10)}${'toJsxRuntime'.padStart(14)}${'fork / orig'.padStart(13)}`);
for (const label of [...new Set(names.map((n) => n.split('|')[0]))]) {
  const a = median(samples[`${label}|fork`]);
  const b = median(samples[`${label}|toJsxRuntime`]);
  console.log(`${label.padEnd(34)}${a.toFixed(3).padStart(10)}${b.toFixed(3).padStart(14)}${`${(a / b).toFixed(2)}×`.padStart(13)}`);
}

const pages = [
  { name: 'post page', imports: ['PostLayout', 'ActiveTableOfContents', 'CopyButton', 'ReadingProgress', 'PostNav', 'ShareLinks'] },
  { name: 'MarkdownContent', imports: ['MarkdownContent'] },
];
console.log(`\n${'gzip kB, bundled from src/'.padEnd(34)}${'fork'.padStart(10)}${'toJsxRuntime'.padStart(14)}${'difference'.padStart(13)}`);
for (const page of pages) {
  const a = await pageSize(page.imports, []);
  const b = await pageSize(page.imports, [useOriginal]);
  console.log(`${page.name.padEnd(34)}${(a / 1000).toFixed(2).padStart(10)}${(b / 1000).toFixed(2).padStart(14)}${`${((a - b) / 1000).toFixed(2)}`.padStart(13)}`);
}
