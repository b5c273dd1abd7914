#!/usr/bin/env node
/**
 * npm run bench:search [-- <corpusDir>] [--quick]   (also run by `npm run bench`, as its search row)
 *
 * Search engines side by side in one run, on the same documents (each post's title, description,
 * tags, authors, headings and body text, as `createSearchIndex` reads them), split into words by
 * the same `Intl.Segmenter` and folded the same way wherever the engine takes a tokenizer: the kit
 * (MiniSearch 7, its index packed; also with section snippets, and on a copy of MiniSearch cut to the
 * methods that read and query an index, measured only), MiniSearch's own JSON, Orama 3 and FlexSearch 0.8
 * (its full build and its compact one; its light build's code only, as it cannot load a built index). On the corpus
 * (default ../shared/corpus, read at run time) and on 1,000 posts generated from it (each post's
 * sections drawn from several corpus posts, seeded, so every run makes the same ones). For each:
 * the engine's browser code gzipped (esbuild, minified: what loads and queries an index), the
 * index gzipped against the posts' markdown gzipped (concatenated, and file by file), the build
 * time, query time at 1,000 posts (median and p95 over the queries of the relevance table, each
 * run many times in a shuffled order) and relevance (how many of the table's queries find their
 * post in the top 3, on the corpus). Pagefind is not measured: it indexes built HTML with its own
 * binary, outside a JavaScript build. Goals (issue 27): index ≤ 35 % of the markdown, query median
 * ≤ 2 ms and p95 ≤ 5 ms. Prints only; exits non-zero only when it cannot run.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import MiniSearch from 'minisearch';
import { create, insertMultiple, load as oramaLoad, save as oramaSave, search as oramaSearch } from '@orama/orama';
import FlexSearchBundle from 'flexsearch';
import { buildForNode } from '../scripts/bundle-for-node.mjs';
import { median } from './stats.mjs';

process.env.NODE_ENV = 'production';
const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = path.join(root, 'node_modules/.cache/react-blog-kit-bench');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const corpusDir = path.resolve(process.cwd(), args.find((a) => !a.startsWith('--')) ?? process.env.RBK_CORPUS ?? path.join(root, '../shared/corpus'));
if (!existsSync(corpusDir)) {
  console.log(`10 search: skipped, no corpus at ${corpusDir} (pass its folder)`);
  process.exit(0);
}
const lib = await import(pathToFileURL(await buildForNode(path.join(root, 'bench/search-lib.ts'), path.join(cacheDir, 'search-lib.mjs'))).href);

const gz = (s) => gzipSync(s, { level: 9 }).length;
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const now = () => process.hrtime.bigint();
const ms = (t0) => Number(now() - t0) / 1e6;

// ---------------------------------------------------------------------------------------------
// Posts: the corpus, and 1,000 generated from it.

const quiet = { images: 'keep', drafts: true, onError: 'skip', onProblem: () => {}, onWarning: () => {}, postHref: (p) => `/${p.source}/` };
const corpus = (await lib.loadPosts(corpusDir, quiet)).filter((p) => p.source !== 'SOURCES.md');
const sources = new Map(corpus.map((p) => [p.source, readFileSync(path.join(corpusDir, p.source), 'utf8')]));

function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * `count` posts made of the corpus's markdown: each takes the frontmatter fields of one corpus post
 * (a new title from words of its sections' headings and its number), then three to six `##`
 * sections drawn from any corpus posts, so each generated post is a new mix with the corpus's
 * vocabulary, in its languages.
 */
function generate(count) {
  const random = seeded(27);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const bodies = [...sources.values()].map((s) => s.replace(/^(---|\+\+\+)[\s\S]*?\n\1\r?\n/, ''));
  const sections = bodies.flatMap((b) => b.split(/\n(?=## )/).filter((s) => s.startsWith('## ') && s.length > 200));
  const tags = [...new Set(corpus.flatMap((p) => p.tags))];
  const authors = [...new Set(corpus.flatMap((p) => p.authors.map((a) => a.name)))];
  return Array.from({ length: count }, (_, i) => {
    const parts = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(sections));
    const words = parts.map((s) => s.split('\n')[0].replace(/^## /, '').split(/\s+/).slice(0, 2).join(' '));
    const front = [
      '---',
      `title: ${JSON.stringify(`${words.join(', ')} (${i + 1})`)}`,
      `pubDate: 2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      `tags: ${JSON.stringify([pick(tags), pick(tags)])}`,
      `authors: ${JSON.stringify([{ name: pick(authors) }])}`,
      '---',
      '',
    ].join('\n');
    return { filename: `generated-${i + 1}.md`, source: `${front}${pick(bodies).split('\n## ')[0].slice(0, 600)}\n\n${parts.join('\n\n')}\n` };
  });
}

const t0 = now();
const generated = generate(1000);
const generatedPosts = generated.map((g) => lib.parsePost(g.source, { filename: g.filename, highlight: false, onWarning: () => {} }));
process.stderr.write(`search bench: ${corpus.length} corpus posts, 1,000 generated and parsed in ${(ms(t0) / 1000).toFixed(1)} s\n`);

const sets = [
  { name: 'corpus', posts: corpus, markdown: [...sources.values()] },
  { name: '1,000 posts', posts: generatedPosts, markdown: generated.map((g) => g.source) },
];

// ---------------------------------------------------------------------------------------------
// Engines: how each builds an index of the documents, serialises it, loads it and runs a query.

const split = lib.chunked(lib.wordSplitter());
const words = (text) => split(text).map((w) => lib.fold(w.segment)).filter(Boolean);
const fields = [...lib.FIELDS];

// The kit's index of each set, built once: the read-path row below loads the same JSON.
const kitIndexes = new Map();
const kitIndex = (posts) => kitIndexes.get(posts) ?? kitIndexes.set(posts, JSON.stringify(lib.createSearchIndex(posts))).get(posts);

/**
 * MiniSearch with only what reading an index and querying it calls: the methods that add, remove,
 * vacuum, suggest and serialise taken out of its ES build. Not shipped (a fork to keep in step with
 * every release); measured to say what such a copy would save.
 */
const WRITE_PATH = ['add', 'addAll', 'addAllAsync', 'remove', 'removeAll', 'discard', 'maybeAutoVacuum', 'discardAll', 'replace', 'vacuum', 'conditionalVacuum', 'performVacuuming', 'vacuumConditionsMet', 'autoSuggest', 'toJSON', 'removeTerm', 'warnDocumentChanged', 'addFieldLength', 'removeFieldLength', 'saveStoredFields', 'loadJSON', 'loadJSONAsync', 'loadJSAsync'];
function readPathOnly() {
  let source = readFileSync(path.join(root, 'node_modules/minisearch/dist/es/index.js'), 'utf8');
  for (const name of WRITE_PATH) {
    const at = source.search(new RegExp(`\\n    (static |async |get )*${name}\\(`));
    if (at < 0) throw new Error(`search bench: MiniSearch's ${name} is not where the read-path copy expects it (a new release?)`);
    let i = source.indexOf('{', source.indexOf(')', at));
    for (let depth = 0; i < source.length; i++) if (source[i] === '{') depth++; else if (source[i] === '}' && --depth === 0) break;
    source = source.slice(0, at) + source.slice(i + 1);
  }
  return source;
}
mkdirSync(cacheDir, { recursive: true });
const readPathFile = path.join(cacheDir, 'minisearch-read-path.mjs');
writeFileSync(readPathFile, readPathOnly());
const readPath = { name: 'read-path-minisearch', setup: (b) => b.onResolve({ filter: /^minisearch$/ }, () => ({ path: readPathFile })) };
const readPathLib = await (async () => {
  const outfile = path.join(cacheDir, 'search-read-path.mjs');
  await build({ stdin: { contents: "export { loadSearchIndex, search } from './src/search/index.ts';", resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile, plugins: [readPath], logLevel: 'silent' });
  return import(pathToFileURL(outfile).href);
})();
const flexCompact = (await import(pathToFileURL(path.join(root, 'node_modules/flexsearch/dist/flexsearch.compact.module.min.js')).href)).default;

const engines = [
  {
    name: 'kit (MiniSearch, packed)',
    chosen: true,
    browser: "export { loadSearchIndex, search } from './src/search/index.ts';",
    build: kitIndex,
    load: (json) => lib.loadSearchIndex(json),
    query: (index, q) => lib.search(index, q).map((r) => r.slug),
  },
  {
    name: 'kit, section snippets 60',
    kit: true,
    browser: "export { loadSearchIndex, search } from './src/search/index.ts';",
    build: (posts) => JSON.stringify(lib.createSearchIndex(posts, { sectionSnippetLength: 60 })),
    load: (json) => lib.loadSearchIndex(json),
    query: (index, q) => lib.search(index, q).map((r) => r.slug),
  },
  {
    name: 'kit, read-path MiniSearch',
    kit: true,
    browser: "export { loadSearchIndex, search } from './src/search/index.ts';",
    plugins: [readPath],
    // The kit's own index, built once above: its build time is the kit row's.
    reusesBuild: true,
    build: kitIndex,
    load: (json) => readPathLib.loadSearchIndex(json),
    query: (index, q) => readPathLib.search(index, q).map((r) => r.slug),
  },
  {
    name: 'MiniSearch, its own JSON',
    browser: "import MiniSearch from 'minisearch'; export const load = (j, o) => MiniSearch.loadJSON(j, o);",
    build: (posts) => {
      const ms = new MiniSearch({ fields, tokenize: (t) => split(t).map((w) => w.segment), processTerm: (t) => lib.fold(t) || null });
      ms.addAll(lib.readPosts(posts, {}, split).map((r) => r.document));
      return JSON.stringify(ms);
    },
    load: (json) => MiniSearch.loadJSON(json, { fields, tokenize: (t) => split(t).map((w) => w.segment), processTerm: (t) => lib.fold(t) || null }),
    query: (index, q) =>
      index.search(q, { boost: lib.DEFAULT_BOOST, prefix: true, fuzzy: (t) => (t.length >= 4 ? 1 : false) }).slice(0, 10).map((r) => r.id),
  },
  {
    name: 'Orama 3.1.18',
    browser: "export { create, load, search } from '@orama/orama';",
    build: (posts) => {
      const db = oramaDb();
      insertMultiple(db, lib.readPosts(posts, {}, split).map(({ document }) => ({ ...document, id: String(document.id) })));
      return JSON.stringify(oramaSave(db));
    },
    load: (json) => {
      const db = oramaDb();
      oramaLoad(db, JSON.parse(json));
      return db;
    },
    query: (db, q) => oramaSearch(db, { term: q, tolerance: 1, limit: 10, boost: lib.DEFAULT_BOOST }).hits.map((h) => Number(h.id)),
  },
  flexEngine('FlexSearch 0.8.212', "export { Document } from 'flexsearch';", FlexSearchBundle),
  flexEngine(
    'FlexSearch compact build',
    `export { Document } from ${JSON.stringify(path.join(root, 'node_modules/flexsearch/dist/flexsearch.compact.module.min.js'))};`,
    flexCompact,
  ),
  {
    // MiniSearch's code alone, and with its `_private` properties renamed short, as a minifier told to
    // mangle them would (a host's does not): what a prebuilt, mangled copy in the kit's dist would save.
    name: 'MiniSearch alone',
    sizeOnly: true,
    browser: "export { default } from 'minisearch';",
  },
  {
    name: 'MiniSearch alone, mangled',
    sizeOnly: true,
    browser: "export { default } from 'minisearch';",
    options: { mangleProps: /^_/ },
  },
  {
    // No Document (one field per index) and no export or import: a page would index every post's
    // whole text itself. Only its code is measured.
    name: 'FlexSearch light build',
    sizeOnly: true,
    browser: `export { Index } from ${JSON.stringify(path.join(root, 'node_modules/flexsearch/dist/flexsearch.light.module.min.js'))};`,
  },
];

function oramaDb() {
  return create({
    schema: Object.fromEntries(fields.map((f) => [f, 'string'])),
    components: { tokenizer: { language: 'english', normalizationCache: new Map(), tokenize: (raw) => words(raw) } },
  });
}

/** A FlexSearch build as an engine row: the same documents, exported and imported in its own chunks. */
function flexEngine(name, browser, FlexSearch) {
  return {
    name,
    browser,
    build: (posts) => {
      const doc = flexDoc(FlexSearch);
      for (const { document } of lib.readPosts(posts, {}, split)) doc.add(document);
      const chunks = {};
      doc.export((key, data) => {
        chunks[key] = data;
      });
      return JSON.stringify(chunks);
    },
    load: (json) => {
      const doc = flexDoc(FlexSearch);
      for (const [key, data] of Object.entries(JSON.parse(json))) doc.import(key, data);
      return doc;
    },
    query: (doc, q) => doc.search(q, { limit: 10, suggest: true, merge: true }).map((r) => r.id),
  };
}

function flexDoc(FlexSearch = FlexSearchBundle) {
  // Forward tokenizing is FlexSearch's prefix search; it has no edit-distance typo tolerance.
  return new FlexSearch.Document({ document: { id: 'id', index: fields }, tokenize: 'forward', encode: (text) => words(text) });
}

/** The engine's browser code, minified and gzipped, as a host's bundle would carry it. */
async function browserBytes(source, plugins = [], options = {}) {
  const result = await build({
    ...options,
    plugins,
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return gz(result.outputFiles[0].contents);
}

// ---------------------------------------------------------------------------------------------
// Measure

const queries = lib.QUERIES.map(([, q]) => q);
const rows = [];
for (const engine of engines) {
  const row = { engine, bundle: await browserBytes(engine.browser, engine.plugins, engine.options) };
  rows.push(row);
  if (engine.sizeOnly) continue;
  for (const set of sets) {
    const t = now();
    const json = engine.build(set.posts);
    const buildMs = ms(t);
    const t1 = now();
    const index = engine.load(json);
    const loadMs = ms(t1);
    row[set.name] = { json, buildMs, loadMs, index, bytes: gz(json), ratio: gz(json) / gz(set.markdown.join('\n')), ratioFiles: gz(json) / set.markdown.reduce((n, s) => n + gz(s), 0) };
  }
  // Relevance on the corpus: results as post numbers (the kit's as slugs) matched to the table's files.
  const files = corpus.map((p) => p.source);
  let found = 0;
  for (const [, q, file] of lib.QUERIES) {
    const top = engine.query(row.corpus.index, q).slice(0, 3);
    const asFiles = top.map((id) => (typeof id === 'number' ? files[id] : corpus.find((p) => p.slug === id)?.source));
    // Two corpus posts share a slug (a post and its translation): the kit's slug names either.
    const sameSlug = corpus.filter((p) => p.source === file).map((p) => p.slug);
    if (asFiles.includes(file) || ((engine.chosen || engine.kit) && top.some((s) => sameSlug.includes(s)))) found++;
  }
  row.relevance = found;
  process.stderr.write('.');
}

// Query time at 1,000 posts: every engine's every query, in one shuffled loop per round.
const random = seeded(7);
const measured = rows.filter((r) => !r.engine.sizeOnly);
const samples = new Map(measured.map((r) => [r, []]));
// CPU time as well as the wall clock: on a shared machine the wall clock counts other processes' turns.
const cpuSamples = new Map(measured.map((r) => [r, []]));
const rounds = quick ? 15 : 60;
const jobs = measured.flatMap((r) => queries.map((q) => [r, q]));
for (const [r, q] of jobs) r.engine.query(r['1,000 posts'].index, q);
for (let round = 0; round < rounds; round++) {
  for (let i = jobs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [jobs[i], jobs[j]] = [jobs[j], jobs[i]];
  }
  for (const [r, q] of jobs) {
    const c = process.cpuUsage();
    const t = now();
    r.engine.query(r['1,000 posts'].index, q);
    samples.get(r).push(ms(t));
    const used = process.cpuUsage(c);
    cpuSamples.get(r).push((used.user + used.system) / 1000);
  }
}
process.stderr.write('\n');
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

// ---------------------------------------------------------------------------------------------
// Report

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const pct = (x) => `${(100 * x).toFixed(1)} %`;
const mark = (ok) => (ok ? 'PASS' : 'WARN');
const markdownGz = sets.map((s) => `${s.name} ${kB(gz(s.markdown.join('\n')))} (file by file ${kB(s.markdown.reduce((n, m) => n + gz(m), 0))})`).join(', ');
console.log(`10 search (bench/search.mjs): node ${process.version}, ${os.cpus().length}× cpu, load ${os.loadavg()[0].toFixed(1)}; markdown gzipped: ${markdownGz}`);
console.log(
  `${pad('  engine', 30)}${lpad('browser gz', 11)}${lpad('index corpus', 14)}${lpad('ratio', 9)}${lpad('index 1,000', 13)}${lpad('ratio', 9)}${lpad('build 1,000', 13)}${lpad('load', 9)}${lpad('query med', 11)}${lpad('p95', 10)}${lpad('cpu med', 10)}${lpad('p95', 10)}${lpad('top-3', 8)}`,
);
for (const r of rows) {
  if (r.engine.sizeOnly) {
    console.log(`${pad(`  ${r.engine.name}`, 30)}${lpad(kB(r.bundle), 11)}${lpad('—', 14)}${lpad('—', 9)}${lpad('—', 13)}${lpad('—', 9)}${lpad('—', 13)}${lpad('—', 9)}${lpad('—', 11)}${lpad('—', 10)}${lpad('—', 10)}${lpad('—', 10)}${lpad('—', 8)}`);
    continue;
  }
  const s = samples.get(r);
  const [c, k] = [r.corpus, r['1,000 posts']];
  console.log(
    `${pad(`${r.engine.chosen ? '* ' : '  '}${r.engine.name}`, 30)}${lpad(kB(r.bundle), 11)}${lpad(kB(c.bytes), 14)}${lpad(pct(c.ratio), 9)}${lpad(kB(k.bytes), 13)}${lpad(pct(k.ratio), 9)}${lpad(r.engine.reusesBuild ? 'the kit\'s' : `${(k.buildMs / 1000).toFixed(2)} s`, 13)}${lpad(`${k.loadMs.toFixed(0)} ms`, 9)}${lpad(`${median(s).toFixed(3)} ms`, 11)}${lpad(`${p95(s).toFixed(3)} ms`, 10)}${lpad(`${median(cpuSamples.get(r)).toFixed(3)} ms`, 10)}${lpad(`${p95(cpuSamples.get(r)).toFixed(3)} ms`, 10)}${lpad(`${r.relevance}/${queries.length}`, 8)}`,
  );
}
const kit = rows.find((r) => r.engine.chosen);
const ks = samples.get(kit);
const kc = cpuSamples.get(kit);
console.log(
  `  * chosen. Goals for the kit: index ≤ 35 % of the markdown gzipped (concatenated) on the corpus ${mark(kit.corpus.ratio <= 0.35)} ${pct(kit.corpus.ratio)}, ` +
    `at 1,000 posts the same or better ${mark(kit['1,000 posts'].ratio <= Math.max(0.35, kit.corpus.ratio))} ${pct(kit['1,000 posts'].ratio)}; ` +
    `query at 1,000 posts median ≤ 2 ms ${mark(median(ks) <= 2)} (CPU ${mark(median(kc) <= 2)}), p95 ≤ 5 ms ${mark(p95(ks) <= 5)} (CPU ${mark(p95(kc) <= 5)}); relevance ${kit.relevance}/${queries.length} (every query must pass: test/search-relevance.test.ts).`,
);
console.log(
  '  browser gz = the code a page loads to read an index and query it (the kit: loadSearchIndex + search with MiniSearch; the others: the package\'s load and search);' +
    '\n  ratio = index gzipped / the posts\' markdown gzipped as one file (file by file, the ratios are lower); query = the relevance table\'s queries at 1,000 posts, the kit\'s with snippets and anchors;' +
    '\n  FlexSearch has no typo tolerance (its misspelled queries find nothing) and no one ranking across fields; Orama keeps every document whole in its index. Pagefind: not measured (a binary that indexes built HTML).' +
    '\n  kit, section snippets 60 = createSearchIndex with sectionSnippetLength: 60 (the start of each section kept for snippets); kit, read-path MiniSearch = the kit on a copy of MiniSearch without the' +
    '\n  methods that write, vacuum, suggest or serialise an index (not shipped: measured only); FlexSearch light: code only (no Document, no export or import, so no prebuilt index to load);' +
    '\n  MiniSearch alone = its code only, as is and with its `_private` property names mangled (which a host\'s minifier does not do).',
);
