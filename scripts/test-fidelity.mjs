#!/usr/bin/env node
/**
 * npm run test:fidelity — both kit paths against react-markdown 10 + remark-gfm 4.
 *
 * Renders every example of the CommonMark spec (the `commonmark-spec` package) and the GFM examples
 * in test/fidelity/gfm.mjs three ways: parsePost + PostLayout (the parsed path), MarkdownContent (the
 * runtime path), and react-markdown with remark-gfm (the reference). The kit runs with
 * `html: 'escape'`, react-markdown's own default, so both show raw HTML as text, and the parsed path with
 * `highlight: false`: parse-time highlighting (language label, Shiki colours) is a kit feature react-markdown
 * has no counterpart for, tested on its own in src/markdown/highlight.test.ts. All three outputs are
 * normalised the same way (the kit's wrappers, ids, classes, heading ranks and whitespace between
 * blocks), then compared. Prints `N/M equal` per path and every remaining difference with the
 * documented divergence that explains it; exits 1 on a difference no divergence explains, or on a
 * crash.
 */
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundle-for-node.mjs';
import { JSDOM } from 'jsdom';
import { gfmExamples } from '../test/fidelity/gfm.mjs';
import { divergences } from '../test/fidelity/divergences.mjs';

process.env.NODE_ENV = 'production';
const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const verbose = process.argv.includes('--verbose');

const cacheDir = path.join(root, 'node_modules/.cache/rbk-fidelity');
mkdirSync(cacheDir, { recursive: true });
const entry = path.join(cacheDir, 'entry.tsx');
writeFileSync(
  entry,
  `import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { PostLayout, MarkdownContent } from ${JSON.stringify(path.join(root, 'src/index.ts'))};
import { parsePost } from ${JSON.stringify(path.join(root, 'src/parse/index.ts'))};
export function parsed(markdown) {
  const post = parsePost('---\\ntitle: Fidelity\\n---\\n' + markdown, { html: 'escape', highlight: false });
  return renderToStaticMarkup(createElement(PostLayout, { post, toc: 'none', unstyled: true }));
}
export function runtime(markdown) {
  return renderToStaticMarkup(createElement(MarkdownContent, { html: 'escape', unstyled: true }, markdown));
}
export function reference(markdown) {
  return renderToStaticMarkup(createElement(Markdown, { remarkPlugins: [remarkGfm] }, markdown));
}
`,
);
const lib = await bundleForNode(entry, path.join(cacheDir, 'fidelity.mjs'));

// ---------------------------------------------------------------------------------------------
// Normalising: what the kit adds on purpose to every page is taken out of all three outputs alike.

const { document, Node } = new JSDOM('').window;
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DETAILS', 'DIV', 'DL', 'DD', 'DT', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'HX']);
const DROPPED_ATTRIBUTES = ['id', 'class', 'tabindex', 'loading', 'decoding', 'aria-labelledby', 'aria-describedby', 'data-footnotes'];

function unwrap(el) {
  el.replaceWith(...el.childNodes);
}

function rename(el, tag) {
  const next = document.createElement(tag);
  for (const { name, value } of el.attributes) next.setAttribute(name, value);
  next.append(...el.childNodes);
  el.replaceWith(next);
}

/** The body of a rendered page as comparable HTML. */
function normalise(html, { layout = false } = {}) {
  const box = document.createElement('div');
  box.innerHTML = html;
  let scope = box;
  if (layout) {
    scope = box.querySelector('[data-slot="main"]') ?? box;
  } else if (box.firstElementChild?.getAttribute('data-slot') === 'markdown') {
    scope = box.firstElementChild;
  }
  // The kit's parts: permalinks go, wrappers (intro, sections, items, heading, table region, the
  // footnotes section) give way to their content.
  for (const a of scope.querySelectorAll('a[data-slot="heading-anchor"]')) a.remove();
  // React's resource hint for an eagerly loaded image; the kit's images load lazily.
  for (const link of scope.querySelectorAll('link[rel="preload"]')) link.remove();
  for (const el of [...scope.querySelectorAll('[data-slot="footnotes"] > div:not([data-slot])')]) unwrap(el);
  for (const el of [...scope.querySelectorAll('[data-slot]')]) unwrap(el);
  // react-markdown's footnotes section has no kit slot; it is a wrapper too.
  for (const el of [...scope.querySelectorAll('section[data-footnotes]')]) unwrap(el);
  // A task checkbox named by its label (the kit's accessibility fix).
  for (const el of [...scope.querySelectorAll('label')]) if (el.querySelector('input[type="checkbox"]')) unwrap(el);
  // Heading ranks are the kit's outline; the level the markdown wrote is not compared.
  for (const el of [...scope.querySelectorAll('h1, h2, h3, h4, h5, h6')]) rename(el, 'hx');
  for (const el of scope.querySelectorAll('*')) for (const name of DROPPED_ATTRIBUTES) el.removeAttribute(name);
  // Whitespace between blocks is layout, not content.
  const walker = document.createTreeWalker(scope, 4 /* text */);
  const texts = [];
  while (walker.nextNode()) texts.push(walker.currentNode);
  for (const text of texts) {
    if (text.parentElement?.closest('pre')) continue;
    const isBlock = (n) => n?.nodeType === Node.ELEMENT_NODE && BLOCK.has(n.nodeName);
    const parentBlock = text.parentNode === scope || isBlock(text.parentNode);
    let value = text.data.replace(/\s+/g, ' ');
    if (isBlock(text.previousSibling) || (parentBlock && !text.previousSibling)) value = value.replace(/^ /, '');
    if (isBlock(text.nextSibling) || (parentBlock && !text.nextSibling)) value = value.replace(/ $/, '');
    if (value === '') text.remove();
    else text.data = value;
  }
  scope.normalize();
  return scope.innerHTML;
}

// ---------------------------------------------------------------------------------------------

const spec = require('commonmark-spec').tests.map((t) => ({ id: `CommonMark ${t.number} (${t.section})`, markdown: t.markdown }));
const examples = [...spec, ...gfmExamples.map((e, i) => ({ id: `GFM ${i + 1} (${e.section})`, markdown: e.markdown }))];

const paths = { parsed: { equal: 0, explained: [], unexplained: [] }, runtime: { equal: 0, explained: [], unexplained: [] } };
let crashes = 0;
for (const example of examples) {
  let reference;
  const out = {};
  try {
    reference = normalise(lib.reference(example.markdown));
    out.parsed = normalise(lib.parsed(example.markdown), { layout: true });
    out.runtime = normalise(lib.runtime(example.markdown));
  } catch (error) {
    crashes++;
    console.log(`CRASH ${example.id}: ${error?.stack ?? error}`);
    continue;
  }
  for (const name of ['parsed', 'runtime']) {
    const kit = out[name];
    if (kit === reference) {
      paths[name].equal++;
      continue;
    }
    // A divergence explains a difference when, applied to both outputs, it leaves them equal.
    const reason = divergences.find((d) => d.applies(example.markdown) && d.normalise(kit) === d.normalise(reference));
    const record = { example, reference, kit, reason };
    (reason ? paths[name].explained : paths[name].unexplained).push(record);
  }
}

const show = (s) => JSON.stringify(s.length > 300 ? `${s.slice(0, 300)}…` : s);
let failed = crashes > 0;
for (const [name, result] of Object.entries(paths)) {
  console.log(`\n${name === 'parsed' ? 'parsePost + PostLayout' : 'MarkdownContent'}: ${result.equal}/${examples.length} equal to react-markdown + remark-gfm`);
  const byReason = new Map();
  for (const r of result.explained) byReason.set(r.reason, [...(byReason.get(r.reason) ?? []), r]);
  for (const [reason, records] of byReason) {
    console.log(`  ${records.length} differ by a documented divergence — ${reason.name}: ${reason.why}`);
    for (const r of records) {
      console.log(`    ${r.example.id}${verbose ? `\n      markdown  ${show(r.example.markdown)}\n      reference ${show(r.reference)}\n      kit       ${show(r.kit)}` : ''}`);
    }
  }
  for (const r of result.unexplained) {
    failed = true;
    console.log(`  UNDOCUMENTED ${r.example.id}\n      markdown  ${show(r.example.markdown)}\n      reference ${show(r.reference)}\n      kit       ${show(r.kit)}`);
  }
}
console.log(`\n${examples.length} examples (${spec.length} CommonMark ${require('commonmark-spec/package.json').version}, ${gfmExamples.length} GFM), ${crashes} crashed`);
process.exit(failed ? 1 : 0);
