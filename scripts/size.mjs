#!/usr/bin/env node
/**
 * npm run size — the package's size budgets, checked on the built dist/ (run `npm run build` first).
 *
 * 1. The main entry's own JavaScript, minified and gzipped, every dependency external: ≤ 10 kB.
 * 2. dist/styles.css gzipped: ≤ 5 kB.
 * 3. A Vite client bundle of a page that imports { PostLayout, ActiveTableOfContents } and renders an
 *    already parsed, highlighted post contains no markdown parser and no highlighter: none of
 *    micromark, remark-parse, mdast-util-from-markdown, Shiki, its grammars or Oniguruma, KaTeX,
 *    among its modules, nor their code in its output.
 * 4. The copy button island (CopyButton from the client module, React external), min+gzip: ≤ 1 kB.
 *
 * Exits 1 when a budget is exceeded or the client bundle pulls in a parser. Sizes, unlike timings,
 * are deterministic, so they may fail CI.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const KB = 1000;
// Code blocks, callouts and math (issue 12) added the copy island and callout labels to the main
// entry and the highlighter, callout and math plugins to the parser.
const budgets = { mainJs: 12 * KB, parseJs: 11.5 * KB, css: 5 * KB, copyIsland: 1 * KB };
const PARSER_PACKAGES = ['micromark', 'remark-parse', 'mdast-util-from-markdown', 'shiki', '@shikijs', 'oniguruma-to-es', 'vscode-oniguruma', 'katex'];

for (const file of ['index.js', 'parse.js', 'styles.css']) {
  if (!existsSync(path.join(dist, file))) {
    console.error(`size: dist/${file} is missing. Expected a built package: run \`npm run build\` first.`);
    process.exit(1);
  }
}

const gz = (data) => gzipSync(data, { level: 9 }).length;
const kB = (bytes) => `${(bytes / KB).toFixed(2)} kB`;
const failures = [];
const lines = [];
function report(label, bytes, budget, detail = '') {
  const ratio = bytes / budget;
  const ok = bytes <= budget;
  lines.push(`${ok ? 'PASS' : 'FAIL'}  ${label.padEnd(46)} ${kB(bytes).padStart(9)}  budget ${kB(budget).padStart(8)}  ${(ratio * 100).toFixed(0).padStart(3)} %${detail ? `  ${detail}` : ''}`);
  if (!ok) failures.push(`${label}: ${kB(bytes)} over the budget of ${kB(budget)}`);
}

// 1. The main entry's own code: dist/index.js with the client module it imports, every dependency
//    external, built for production as a host's bundler builds it (development-only diagnostics
//    drop out). The parser it re-exports lives in dist/parse.js, a public entry of its own that a
//    host only ships when it calls the parser, so it is measured on its own line, not twice.
async function ownCode(entry, siblings) {
  const result = await esbuild({
    entryPoints: [path.join(dist, entry)],
    bundle: true,
    packages: 'external',
    external: siblings,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gz(code), inputs: Object.keys(result.metafile.inputs).length };
}
const main = await ownCode('index.js', ['./parse.js']);
report('main entry JS (min+gzip, deps external)', main.gzip, budgets.mainJs, `${kB(main.min)} minified, ${main.inputs} files (index.js + client.js)`);
const parse = await ownCode('parse.js', []);
report('parse entry JS (min+gzip, deps external)', parse.gzip, budgets.parseJs, `${kB(parse.min)} minified`);

// 2. The stylesheet.
const css = readFileSync(path.join(dist, 'styles.css'));
report('styles.css (gzip)', gz(css), budgets.css, `${kB(css.length)} raw`);

// 4. The copy button island alone, as a host bundler ships it to the browser.
{
  const result = await esbuild({
    stdin: { contents: "export { CopyButton } from './client.js';", resolveDir: dist, loader: 'js' },
    bundle: true,
    packages: 'external',
    minify: true,
    format: 'esm',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  report('copy button island (min+gzip, React external)', gz(code), budgets.copyIsland, `${kB(code.length)} minified`);
}

// 3. A client bundle that renders a pre-parsed post must not contain the parser or the highlighter.
const { parsePost } = await import(pathToFileURL(path.join(dist, 'parse.js')).href);
const post = parsePost(readFileSync(path.join(root, 'test/fixtures/tides.md'), 'utf8'), { filename: 'tides.md', math: true });
if (!JSON.stringify(post).includes('--shiki-light')) {
  console.error('size: the sample post has no highlighted code, so the client check would prove nothing.');
  process.exit(1);
}
const app = mkdtempSync(path.join(os.tmpdir(), 'rbk-size-'));
let clientFailure;
try {
  // The page installs the kit as a host app would: node_modules/react-blog-kit is this package.
  mkdirSync(path.join(app, 'node_modules'));
  for (const [name, target] of [
    ['react-blog-kit', root],
    ['react', path.join(root, 'node_modules/react')],
    ['react-dom', path.join(root, 'node_modules/react-dom')],
  ]) {
    symlinkSync(target, path.join(app, 'node_modules', name), 'dir');
  }
  writeFileSync(path.join(app, 'post.json'), JSON.stringify(post));
  writeFileSync(
    path.join(app, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>post</title></head><body><div id="root"></div><script type="module" src="/main.js"></script></body></html>\n',
  );
  writeFileSync(
    path.join(app, 'main.js'),
    [
      "import { createElement } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import { PostLayout, ActiveTableOfContents } from 'react-blog-kit';",
      "import post from './post.json';",
      "createRoot(document.getElementById('root')).render(createElement(PostLayout, { post, tocComponent: ActiveTableOfContents }));",
      '',
    ].join('\n'),
  );
  const { build } = await import('vite');
  const result = await build({
    root: app,
    configFile: false,
    logLevel: 'silent',
    mode: 'production',
    build: { outDir: path.join(app, 'dist'), write: false, minify: true, reportCompressedSize: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = outputs.filter((o) => o.type === 'chunk');
  const moduleIds = chunks.flatMap((c) => c.moduleIds ?? Object.keys(c.modules ?? {}));
  const code = chunks.map((c) => c.code).join('\n');
  const kitModules = moduleIds.filter((id) => id.startsWith(dist) || id.includes('/react-blog-kit/dist/'));
  const parserModules = moduleIds.filter((id) => PARSER_PACKAGES.some((p) => id.includes(`/node_modules/${p}/`)));
  // Minified code loses module names, so also look for text only the parser carries.
  const parserText = [
    'micromark',
    'remark-parse',
    'mdast-util-from-markdown',
    'Cannot handle unknown node', // mdast-util-from-markdown's error
    'Expected a parser', // unified's processor without a parser
    'createHighlighterCore', // Shiki's core
    'scopeName', // every TextMate grammar
    'onig', // Oniguruma, its WASM or its JavaScript translation
    'KaTeX parse error', // KaTeX's parser (the post's own `katex` class names are no sign of it)
  ].filter((s) => code.includes(s));
  const jsBytes = chunks.reduce((t, c) => t + Buffer.byteLength(c.code), 0);
  const jsGzip = chunks.reduce((t, c) => t + gz(c.code), 0);
  if (kitModules.length === 0) clientFailure = 'the client bundle does not contain react-blog-kit at all: the check measured nothing';
  else if (parserModules.length || parserText.length) {
    clientFailure = `the client bundle contains the markdown parser or the highlighter (${[...new Set([...parserModules.map((id) => id.split('/node_modules/').pop().split('/')[0]), ...parserText])].join(', ')}); import the parser from 'react-blog-kit/parse' only`;
  }
  lines.push(
    `${clientFailure ? 'FAIL' : 'PASS'}  ${'Vite client page: PostLayout + TOC + post'.padEnd(46)} ${kB(jsGzip).padStart(9)}  ` +
      `(${kB(jsBytes)} minified, ${moduleIds.length} modules incl. React; no ${PARSER_PACKAGES.join(' / ')}: ${clientFailure ? 'NO' : 'yes'})`,
  );
  if (clientFailure) failures.push(clientFailure);
} finally {
  rmSync(app, { recursive: true, force: true });
}

console.log('Size budgets (kB = 1000 bytes, gzip level 9)');
for (const line of lines) console.log(line);
if (failures.length) {
  console.error(`\nsize: ${failures.length} budget${failures.length > 1 ? 's' : ''} failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nsize: all budgets met.');
