#!/usr/bin/env node
/**
 * npm run bench [-- <corpusDir>] [--quick] [--skip-pathological]
 *
 * Measures the kit against the react-markdown baseline side by side in one process: every function
 * runs on the same input in the same loop, in a new shuffled order each round, after a warm-up; the figure kept is the
 * median of many iterations (process.hrtime.bigint). Prints the rows of issues 6 and 15 with PASS/WARN
 * against their targets: the pipeline at 1×/8×/64× and per corpus post (median and worst), the same
 * with highlighting off (like for like: react-markdown highlights nothing) and against react-markdown
 * with @shikijs/rehype (like for like the other way: both highlight), re-render,
 * development mode (a second bundle without the production define, NODE_ENV unset), the Post JSON's
 * size against the markdown's, where parsePost's fixed cost goes on the worst corpus post
 * (bench/fixed-cost.mjs), MDX posts against @mdx-js/mdx (bench/mdx.mjs), search engines side by side
 * (bench/search.mjs), then timings of
 * pathological posts.
 *
 * Timings never fail anything: this script exits 0 whatever it measures (machines are noisy). It
 * exits non-zero only when it cannot run (the sources do not build, an input cannot be read).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildForNode } from '../scripts/bundle-for-node.mjs';
import { measure, median } from './stats.mjs';

process.env.NODE_ENV = 'production';

const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = path.join(root, 'node_modules/.cache/react-blog-kit-bench');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const corpusArg = args.find((a) => !a.startsWith('--'));
const corpusDir = corpusArg ? path.resolve(process.cwd(), corpusArg) : undefined;
const scale = quick ? 0.25 : 1;

// ---------------------------------------------------------------------------------------------
// Build: the TypeScript sources and the baseline, bundled together with React's production build.

const bundle = (entry, name, options) => buildForNode(entry, path.join(cacheDir, `${name}.mjs`), { sourcemap: true, ...options });

const libFile = await bundle(path.join(root, 'bench/lib.ts'), 'lib');
const lib = await import(pathToFileURL(libFile).href);
// Imported later, with NODE_ENV unset: React picks its build when it is first evaluated.
const devLibFile = await bundle(path.join(root, 'bench/lib.ts'), 'lib-dev', { production: false });

// ---------------------------------------------------------------------------------------------
// Inputs

const explainerPath = path.join(root, 'test/fixtures/explainer.md');
const explainer = readFileSync(explainerPath, 'utf8');
const FRONT = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;
const front = FRONT.exec(explainer)?.[0] ?? '';
const explainerBody = explainer.slice(front.length);
const repeated = (n) => front + Array.from({ length: n }, () => explainerBody.trim()).join('\n\n') + '\n';

const inputs = [
  { name: 'explainer (1×)', source: explainer, filename: 'explainer.md', kind: 'fixture' },
  { name: 'explainer 8×', source: repeated(8), filename: 'explainer-8x.md', kind: 'synthetic' },
  { name: 'explainer 64×', source: repeated(64), filename: 'explainer-64x.md', kind: 'synthetic' },
];

const corpus = [];
if (corpusDir) {
  const files = readdirSync(corpusDir)
    .filter((f) => /\.(md|mdx|markdown)$/i.test(f) && !/^(SOURCES|README)\.md$/i.test(f))
    .sort();
  for (const file of files) {
    const full = path.join(corpusDir, file);
    if (!statSync(full).isFile()) continue;
    corpus.push({ name: file, source: readFileSync(full, 'utf8'), filename: file, kind: 'corpus', path: full });
  }
}

// ---------------------------------------------------------------------------------------------
// Measurement

const now = () => process.hrtime.bigint();

function fnsFor(input) {
  const post = lib.parsePost(input.source, { filename: input.filename });
  const body = lib.bodyOf(input.source);
  return {
    pipeline: () => lib.pipeline(input.source, input.filename),
    plain: () => lib.pipeline(input.source, input.filename, { highlight: false }),
    baseline: () => lib.baseline(input.source),
    baselineHl: () => lib.baselineHighlighted(input.source),
    rerender: () => lib.renderPost(post),
    floor: () => lib.floor(body),
    parseOnly: () => lib.parsePost(input.source, { filename: input.filename }),
  };
}

await lib.prepareHighlightedBaseline();

// Sanity: both sides render the same post, the kit's output has the title as its h1.
{
  const kit = lib.pipeline(explainer, 'explainer.md');
  const base = lib.baseline(explainer);
  const code = '```js\nconst tide = 1;\n```\n';
  if (!/<h1[^>]*>How Ocean Tides Work<\/h1>/.test(kit) || !base.includes('Spring Tides') || !lib.baselineHighlighted(code).includes('class="shiki')) {
    console.error('bench: the pipeline or the baseline did not render the explainer; refusing to time it.');
    process.exit(2);
  }
}

// A global warm-up, so that the first case is not the one that pays for JIT compilation.
measure(fnsFor(inputs[0]), { budgetMs: 2000 * scale, minRounds: 20, warmupRounds: 5 });

const kb = (s) => Buffer.byteLength(s, 'utf8') / 1024;
const results = [];
process.stdout.write(`bench: node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model ?? 'cpu'}, NODE_ENV=production, load average ${os.loadavg()[0].toFixed(1)}${quick ? ', --quick' : ''}\n`);
for (const input of [...inputs, ...corpus]) {
  let fns;
  try {
    fns = fnsFor(input);
  } catch (error) {
    results.push({ ...input, kb: kb(input.source), error: String(error.message ?? error).split('\n')[0] });
    continue;
  }
  const big = kb(input.source) > 64;
  const budgetMs = (input.kind === 'corpus' ? 2000 : big ? 12000 : 6000) * scale;
  const { ms, cpu, rounds } = measure(fns, { budgetMs, minRounds: big ? 7 : input.kind === 'corpus' ? 25 : 15, warmupRounds: big ? 2 : 5 });
  results.push({ ...input, kb: kb(input.source), ms, cpu, rounds });
  process.stderr.write('.');
}
process.stderr.write('\n');

// ---------------------------------------------------------------------------------------------
// Peak memory, in clean child processes.

/** Runs `bench/<script>` on the bundle with `mode` and the post in a fresh process; its JSON output, or `{ error }`. */
function inChild(script, mode, source, ...extra) {
  const file = path.join(cacheDir, `${script.replace('.mjs', '')}-input.md`);
  writeFileSync(file, source);
  const child = spawnSync(process.execPath, [path.join(root, 'bench', script), libFile, mode, file, ...extra], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (child.status !== 0) return { error: (child.stderr || child.stdout).trim().split('\n')[0] };
  return JSON.parse(child.stdout);
}

const peakRss = (mode, source) => inChild('rss.mjs', mode, source);

// ---------------------------------------------------------------------------------------------
// Report

const fmt = (x, d = 2) => (x === undefined || Number.isNaN(x) ? '—' : x.toFixed(d));
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const verdict = (ratio, target, must) =>
  ratio <= target ? 'PASS' : must !== undefined && ratio <= must ? 'PASS*' : 'WARN';
const ok = results.filter((r) => !r.error);
const byName = (n) => ok.find((r) => r.name === n);
const corpusOk = ok.filter((r) => r.kind === 'corpus');
const sum = (rs, key, m = 'ms') => rs.reduce((t, r) => t + r[m][key], 0);

console.log('\nMedian milliseconds per post (every function timed in the same loop, shuffled each round)');
console.log(
  `${pad('input', 58)}${lpad('KB', 8)}${lpad('pipeline', 10)}${lpad('no-hl', 9)}${lpad('baseline', 10)}${lpad('base+shiki', 12)}${lpad('re-render', 11)}${lpad('parsePost', 11)}${lpad('floor', 9)}${lpad('rounds', 8)}`,
);
for (const r of results) {
  if (r.error) {
    console.log(`${pad(r.name, 58)}${lpad(fmt(r.kb, 1), 8)}  skipped: ${r.error}`);
    continue;
  }
  console.log(
    `${pad(r.name, 58)}${lpad(fmt(r.kb, 1), 8)}${lpad(fmt(r.ms.pipeline, 3), 10)}${lpad(fmt(r.ms.plain, 3), 9)}${lpad(fmt(r.ms.baseline, 3), 10)}${lpad(fmt(r.ms.baselineHl, 3), 12)}${lpad(fmt(r.ms.rerender, 3), 11)}${lpad(fmt(r.ms.parseOnly, 3), 11)}${lpad(fmt(r.ms.floor, 3), 9)}${lpad(r.rounds, 8)}`,
  );
}
console.log(
  '\n  pipeline  = parsePost(file) + renderToString(<PostLayout post>)' +
    '\n  no-hl     = the pipeline with parsePost(file, { highlight: false }): like for like with the baseline, which highlights nothing' +
    '\n  baseline  = gray-matter split + renderToString(<Markdown remarkPlugins={[remarkGfm]}>{body}</Markdown>) (react-markdown 10)' +
    '\n  base+shiki = the baseline with rehypePlugins={[[@shikijs/rehype, highlighter, { themes }]]}: highlighting like the kit\'s default (its languages and themes, Shiki\'s own Oniguruma highlighter made up front)' +
    '\n  re-render = renderToString(<PostLayout post>) of a post parsed beforehand' +
    '\n  parsePost = parsePost(file) alone' +
    '\n  floor     = unified().use(remarkParse).use(remarkGfm): processor.parse(body) + processor.runSync(tree) — markdown to mdast, nothing else',
);

const rows = [];
/**
 * Rows of `a / b` for each named input, then over the corpus: the sum/sum ratio, and, when
 * `perPost` gives their targets, the median post and the worst post (named) — issue 15 judges a
 * blog by its ordinary and its worst post, not only by the total.
 */
const ratioRow = (label, a, b, target, must, inputsList, { source = results, perPost } = {}) => {
  const pick = (name) => source.find((r) => !r.error && r.name === name);
  for (const name of inputsList) {
    const r = pick(name);
    if (!r) continue;
    const ratio = r.ms[a] / r.ms[b];
    const cpu = r.cpu[a] / r.cpu[b];
    rows.push({ label, input: name, ratio, cpu, target, must, status: verdict(ratio, target, must), cpuStatus: verdict(cpu, target, must) });
  }
  const posts = source.filter((r) => !r.error && r.kind === 'corpus');
  if (posts.length) {
    const ratios = posts.map((r) => ({ name: r.name, ratio: r.ms[a] / r.ms[b], cpu: r.cpu[a] / r.cpu[b] })).sort((x, y) => x.ratio - y.ratio);
    const agg = sum(posts, a) / sum(posts, b);
    const cpu = sum(posts, a, 'cpu') / sum(posts, b, 'cpu');
    rows.push({
      label,
      input: `corpus (${posts.length} posts, sum/sum)`,
      ratio: agg,
      cpu,
      target,
      must,
      status: verdict(agg, target, must),
      cpuStatus: verdict(cpu, target, must),
      note: perPost ? undefined : `per post ${fmt(ratios[0].ratio)}× (${ratios[0].name}) … ${fmt(ratios.at(-1).ratio)}× (${ratios.at(-1).name})`,
    });
    if (perPost) {
      const mid = median(ratios.map((r) => r.ratio));
      const midCpu = median(ratios.map((r) => r.cpu));
      rows.push({ label: '', input: 'corpus, median post', ratio: mid, cpu: midCpu, target: perPost.median, status: verdict(mid, perPost.median), cpuStatus: verdict(midCpu, perPost.median) });
      const worst = ratios.at(-1);
      rows.push({
        label: '',
        input: 'corpus, worst post',
        ratio: worst.ratio,
        cpu: worst.cpu,
        target: perPost.worst,
        status: verdict(worst.ratio, perPost.worst),
        cpuStatus: verdict(worst.cpu, perPost.worst),
        note: `worst: ${worst.name}; best: ${ratios[0].name} ${fmt(ratios[0].ratio)}×`,
        worst,
      });
    }
  }
};
const mainInputs = inputs.map((i) => i.name);
ratioRow('1 pipeline / baseline', 'pipeline', 'baseline', 1.0, 1.15, mainInputs, { perPost: { median: 1.0, worst: 1.5 } });
const worstPipeline = rows.find((r) => r.worst)?.worst;
// The same pipeline without highlighting (on by default): what the kit costs where react-markdown does the same work.
// Highlighting has its own row against a Shiki chain (row 6, code-heavy post).
ratioRow('1b no-hl pipeline / base', 'plain', 'baseline', 1.0, 1.15, mainInputs, { perPost: { median: 1.0, worst: 1.5 } });
// Like for like the other way: both highlight (react-markdown with @shikijs/rehype).
ratioRow('1c pipeline / base+shiki', 'pipeline', 'baselineHl', 1.0, 1.15, mainInputs, { perPost: { median: 1.0, worst: 1.5 } });
ratioRow('2 re-render / baseline', 'rerender', 'baseline', 0.1, undefined, mainInputs, { perPost: { median: 0.1, worst: 0.1 } });
ratioRow('3 pipeline / floor', 'pipeline', 'floor', 1.5, undefined, mainInputs);
ratioRow('  (parsePost / floor)', 'parseOnly', 'floor', Infinity, undefined, mainInputs);
ratioRow('  (parsePost / baseline)', 'parseOnly', 'baseline', Infinity, undefined, mainInputs);

const one = byName(inputs[0].name);
const many = byName(inputs[2].name);
if (one && many) {
  const perKb = (r, key, m = 'ms') => r[m][key] / r.kb;
  const ratio = perKb(many, 'pipeline') / perKb(one, 'pipeline');
  const cpu = perKb(many, 'pipeline', 'cpu') / perKb(one, 'pipeline', 'cpu');
  rows.push({
    label: '4 scaling: ms/KB 64× / 1×',
    input: 'pipeline',
    ratio,
    cpu,
    target: 1.25,
    status: verdict(ratio, 1.25),
    cpuStatus: verdict(cpu, 1.25),
    note: `${fmt(perKb(one, 'pipeline'), 3)} → ${fmt(perKb(many, 'pipeline'), 3)} ms/KB`,
  });
  const base = perKb(many, 'baseline') / perKb(one, 'baseline');
  rows.push({
    label: '  (baseline scaling)',
    input: 'baseline',
    ratio: base,
    cpu: perKb(many, 'baseline', 'cpu') / perKb(one, 'baseline', 'cpu'),
    target: Infinity,
    status: '',
    note: `${fmt(perKb(one, 'baseline'), 3)} → ${fmt(perKb(many, 'baseline'), 3)} ms/KB`,
  });
}

// Row 6: development mode, what `next dev` and Storybook run. The second bundle has no production
// define, so React and the kit read NODE_ENV as they run; it stays unset while they are timed.
const devResults = [];
{
  const saved = process.env.NODE_ENV;
  delete process.env.NODE_ENV;
  // The kit's development warnings (a corpus hero without alt text, once a post) would land inside the
  // progress line; they are counted instead, and still cost what they cost.
  const warn = console.warn;
  let warnings = 0;
  console.warn = () => {
    warnings++;
  };
  try {
    const dev = await import(pathToFileURL(devLibFile).href);
    await dev.prepareHighlightedBaseline();
    const devInputs = [inputs[0], inputs[1], ...corpus];
    for (const input of devInputs) {
      let post;
      try {
        post = dev.parsePost(input.source, { filename: input.filename });
      } catch {
        continue;
      }
      const budgetMs = (input.kind === 'corpus' ? 400 : 4000) * scale;
      const fns = {
        pipeline: () => dev.pipeline(input.source, input.filename),
        plain: () => dev.pipeline(input.source, input.filename, { highlight: false }),
        baseline: () => dev.baseline(input.source),
        baselineHl: () => dev.baselineHighlighted(input.source),
        rerender: () => dev.renderPost(post),
      };
      const { ms, cpu, rounds } = measure(fns, { budgetMs, minRounds: 10, warmupRounds: 3 });
      devResults.push({ ...input, ms, cpu, rounds });
      process.stderr.write('d');
    }
    process.stderr.write(`\n(development mode: ${warnings} warning${warnings === 1 ? '' : 's'} from the kit, not printed)\n`);
  } finally {
    process.env.NODE_ENV = saved;
    console.warn = warn;
  }
}
const rowsBeforeDev = rows.length;
ratioRow('6 dev: pipeline / baseline', 'pipeline', 'baseline', 1.3, undefined, [inputs[0].name, inputs[1].name], {
  source: devResults,
  perPost: { median: 1.3, worst: 1.3 },
});
ratioRow('6b dev no-hl / baseline', 'plain', 'baseline', 1.3, undefined, [inputs[0].name, inputs[1].name], {
  source: devResults,
  perPost: { median: 1.3, worst: 1.3 },
});
ratioRow('6c dev: pipeline / base+shiki', 'pipeline', 'baselineHl', 1.3, undefined, [inputs[0].name, inputs[1].name], {
  source: devResults,
  perPost: { median: 1.3, worst: 1.3 },
});
ratioRow('  (dev re-render / base)', 'rerender', 'baseline', Infinity, undefined, [inputs[0].name, inputs[1].name], { source: devResults });
for (const name of [inputs[0].name, inputs[1].name]) {
  const d = devResults.find((r) => r.name === name);
  const p = byName(name);
  if (!d || !p) continue;
  rows.push({
    label: '  (dev / production)',
    input: name,
    ratio: d.ms.rerender / p.ms.rerender,
    cpu: d.cpu.rerender / p.cpu.rerender,
    target: Infinity,
    note: `re-render ${fmt(d.ms.rerender, 3)} vs ${fmt(p.ms.rerender, 3)} ms; pipeline ${fmt(d.ms.pipeline / p.ms.pipeline)}×, baseline ${fmt(d.ms.baseline / p.ms.baseline)}× (separate loops)`,
  });
}
for (const row of rows.slice(rowsBeforeDev)) if (row.worst) row.worst = undefined;

// Row 2 again, each side alone: the kit's re-render and react-markdown's whole render, each timed in a
// fresh process that runs nothing else (bench/alone.mjs). Information only; the target is judged side by side.
function alone(mode, source) {
  const result = inChild('alone.mjs', mode, source, String(Math.round(3000 * scale)));
  if (result.error) throw new Error(`bench/alone.mjs ${mode}: ${result.error}`);
  return result;
}
for (const input of [inputs[0], corpus.find((c) => c.name.includes('many-tags'))].filter(Boolean)) {
  const kit = alone('rerender', input.source);
  const base = alone('baseline', input.source);
  rows.push({
    label: '  (re-render, each alone)',
    input: input.name,
    ratio: kit.ms / base.ms,
    cpu: kit.cpu / base.cpu,
    target: Infinity,
    note: `${fmt(kit.ms, 3)} vs ${fmt(base.ms, 3)} ms, each in a process of its own; side by side ${fmt(byName(input.name)?.ms.rerender, 3)} vs ${fmt(byName(input.name)?.ms.baseline, 3)} ms`,
  });
}

// Row 7: the Post as JSON (what a host ships to a page or caches) against the markdown it came from.
if (corpusOk.length) {
  const gz = (text) => gzipSync(text, { level: 9 }).length;
  const sizes = corpusOk.map((r) => {
    const json = gz(JSON.stringify(lib.parsePost(r.source, { filename: r.filename })));
    const md = gz(r.source);
    return { name: r.name, json, md, ratio: json / md };
  });
  const total = sizes.reduce((t, x) => t + x.json, 0) / sizes.reduce((t, x) => t + x.md, 0);
  const byRatio = [...sizes].sort((x, y) => x.ratio - y.ratio);
  rows.push({
    label: '7 Post JSON gz / md gz',
    input: `corpus (${sizes.length} posts, sum/sum)`,
    ratio: total,
    cpu: undefined,
    target: 1.5,
    status: verdict(total, 1.5),
    cpuStatus: '—',
    note: `median post ${fmt(median(sizes.map((x) => x.ratio)))}×, worst ${fmt(byRatio.at(-1).ratio)}× (${byRatio.at(-1).name}); gzip level 9; sizes, not times`,
  });
}

console.log('\nRatios of medians (lower is better): by wall clock, and by CPU time');
console.log(`${pad('row', 28)}${pad('input', 40)}${lpad('wall', 7)}${lpad('cpu', 7)}  ${pad('target', 22)}status (wall / cpu)`);
for (const r of rows) {
  const target = r.target === Infinity ? 'info' : `≤ ${r.target}×${r.must ? `, must ≤ ${r.must}×` : ''}`;
  const status = r.target === Infinity ? '' : `${r.status} / ${r.cpuStatus}`;
  const cpu = r.cpu === undefined ? '—' : `${fmt(r.cpu)}×`;
  console.log(`${pad(r.label, 28)}${pad(r.input, 40)}${lpad(`${fmt(r.ratio)}×`, 7)}${lpad(cpu, 7)}  ${pad(target, 22)}${status}`);
  if (r.note) console.log(`${pad('', 74)}${r.note}`);
}
console.log('PASS* = within the "must" figure, above the target. WARN = above both. Neither changes the exit code.');
console.log(
  'Row 6 times a second bundle without the production define, NODE_ENV unset, for the kit and react-markdown alike' +
    "\n(a dev server also resolves packages' \"development\" export condition; not modelled here).",
);

// Row 6 (issue 12): a code-heavy post, parsePost with highlighting against a static blog's Shiki chain.
{
  const tides = readFileSync(path.join(root, 'test/fixtures/tides.md'), 'utf8');
  const tidesFront = FRONT.exec(tides)?.[0] ?? '';
  const code = [
    { name: 'tides (1×)', source: tides },
    { name: 'tides 8×', source: tidesFront + Array.from({ length: 8 }, () => tides.slice(tidesFront.length).trim()).join('\n\n') + '\n' },
  ];
  const langs = [...new Set([...tides.matchAll(/^```(\w+)/gm)].map((m) => m[1]))].filter((l) => l !== 'tidescript');
  await lib.prepareShikiBaseline(langs);
  console.log('\n6 code-heavy post: parsePost (highlighting at parse time) / unified + remark-parse + remark-gfm + remark-rehype + @shikijs/rehype + rehype-stringify');
  console.log(`${pad('input', 28)}${lpad('KB', 7)}${lpad('parsePost', 11)}${lpad('shiki', 9)}${lpad('wall', 8)}${lpad('cpu', 8)}  target ≤ 1.0×`);
  for (const input of code) {
    const fns = {
      kit: () => lib.parsePost(input.source, { filename: 'tides.md' }),
      shiki: () => lib.shikiPipeline(input.source),
    };
    const { ms, cpu } = measure(fns, { budgetMs: 4000 * scale, minRounds: 10, warmupRounds: 3 });
    const ratio = ms.kit / ms.shiki;
    const cpuRatio = cpu.kit / cpu.shiki;
    console.log(
      `${pad(input.name, 28)}${lpad(fmt(kb(input.source), 1), 7)}${lpad(fmt(ms.kit, 3), 11)}${lpad(fmt(ms.shiki, 3), 9)}${lpad(`${fmt(ratio)}×`, 8)}${lpad(`${fmt(cpuRatio)}×`, 8)}  ${verdict(ratio, 1.0)} / ${verdict(cpuRatio, 1.0)}`,
    );
  }
  const json = JSON.stringify(lib.parsePost(tides, { filename: 'tides.md' }));
  const plain = JSON.stringify(lib.parsePost(tides, { filename: 'tides.md', highlight: false }));
  console.log(`  Post JSON of tides.md: ${fmt(kb(plain), 1)} KB plain, ${fmt(kb(json), 1)} KB highlighted (+${fmt(kb(json) - kb(plain), 1)} KB, ${fmt((json.length / plain.length - 1) * 100, 0)} %)`);
}

// Row 5
const src64 = inputs[2].source;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(`\n5 peak RSS, parse + render of the 64× post (${fmt(kb(src64), 0)} KB), one run in a fresh child process`);
for (const mode of ['pipeline', 'baseline']) {
  const m = peakRss(mode, src64);
  if (m.error) console.log(`  ${pad(mode, 10)} failed: ${m.error}`);
  else
    console.log(
      `  ${pad(mode, 10)} peak ${lpad(mb(m.peak), 9)}   (${mb(m.before)} after loading the code, so +${mb(m.peak - m.before)} for the post; ${fmt(m.ms, 0)} ms cold)`,
    );
}

// ---------------------------------------------------------------------------------------------
// Row 8: where parsePost's fixed cost goes, on the corpus post where the pipeline compares worst
// (the explainer without a corpus), in a child process under the CPU profiler.

{
  const target = (worstPipeline && corpus.find((c) => c.name === worstPipeline.name)?.path) ?? explainerPath;
  const child = spawnSync(process.execPath, [path.join(root, 'bench/fixed-cost.mjs'), target, String(Math.max(1, Math.round(4 * scale)))], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  console.log(`\n8 ${child.status === 0 ? child.stdout.trim() : `fixed-cost profile failed: ${(child.stderr || child.stdout).trim().split('\n')[0]}`}`);
}

// ---------------------------------------------------------------------------------------------
// Row 9: MDX posts (issue 24), the kit against @mdx-js/mdx, in a child process of its own
// (bench/mdx.mjs, also `npm run bench:mdx`): the corpus's `.mdx` posts and a generated long one.

{
  const child = spawnSync(process.execPath, [path.join(root, 'bench/mdx.mjs'), ...(corpusDir ? [corpusDir] : []), ...(quick ? ['--quick'] : [])], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  console.log(`\n${child.status === 0 ? child.stdout.trim() : `9 MDX row failed: ${(child.stderr || child.stdout).trim().split('\n')[0]}`}`);
}

// ---------------------------------------------------------------------------------------------
// Row 10: search engines side by side (issue 27), in a child process of its own (bench/search.mjs,
// also `npm run bench:search`): the corpus and 1,000 posts generated from it.

{
  const child = spawnSync(process.execPath, [path.join(root, 'bench/search.mjs'), ...(corpusDir ? [corpusDir] : []), ...(quick ? ['--quick'] : [])], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  console.log(`\n${child.status === 0 ? child.stdout.trim() : `10 search row failed: ${(child.stderr || child.stdout).trim().split('\n')[0]}`}`);
}

// ---------------------------------------------------------------------------------------------
// Pathological posts (issue 7): time, or the limit they hit.

if (args.includes('--skip-pathological')) {
  console.log('\nPathological posts: skipped (--skip-pathological).');
  process.exit(0);
}
const sharedPathological = path.join(root, 'test/hostile/pathological.ts');
const pathoFile = existsSync(sharedPathological)
  ? await bundle(sharedPathological, 'pathological')
  : path.join(root, 'bench/pathological.mjs');
const patho = await import(pathToFileURL(pathoFile).href);
// test/hostile/pathological.ts exports `pathological`: [{ name, source(), options?, expect }];
// bench/pathological.mjs exports one function per post.
const cases = Array.isArray(patho.pathological)
  ? patho.pathological.map((c) => ({ name: c.name, source: c.source, options: c.options ?? {}, expect: c.expect?.outcome }))
  : Object.entries(patho)
      .filter(([, f]) => typeof f === 'function')
      .map(([name, source]) => ({ name, source, options: {} }));
console.log(
  `\nPathological posts (from ${path.relative(root, existsSync(sharedPathological) ? sharedPathological : pathoFile)}): parse, then render, median of up to 3 runs`,
);
console.log(`${pad('post', 52)}${lpad('KB', 8)}${lpad('parse ms', 10)}${lpad('render ms', 11)}${lpad('µs/KB', 8)}  outcome`);
for (const c of cases) {
  let source;
  try {
    source = c.source();
  } catch (error) {
    console.log(`${pad(c.name, 52)}  generator threw: ${error.message}`);
    continue;
  }
  if (typeof source !== 'string') continue;
  const parseTimes = [];
  const renderTimes = [];
  let outcome = 'rendered';
  for (let i = 0; i < 3; i++) {
    const t0 = now();
    let post;
    try {
      post = lib.parsePost(source, { ...c.options, filename: 'pathological.md' });
    } catch (error) {
      parseTimes.push(Number(now() - t0) / 1e6);
      outcome = `refused (${error.name}): ${String(error.message).split('\n')[0].slice(0, 70)}…`;
      break;
    }
    parseTimes.push(Number(now() - t0) / 1e6);
    const t1 = now();
    try {
      lib.renderPost(post);
    } catch (error) {
      outcome = `render threw ${error.name}: ${String(error.message).slice(0, 70)}`;
      break;
    }
    renderTimes.push(Number(now() - t1) / 1e6);
    if (parseTimes.at(-1) + renderTimes.at(-1) > 2000 * scale) break;
  }
  const total = median(parseTimes) + (renderTimes.length ? median(renderTimes) : 0);
  console.log(
    `${pad(c.name.slice(0, 51), 52)}${lpad(fmt(kb(source), 0), 8)}${lpad(fmt(median(parseTimes), 1), 10)}${lpad(renderTimes.length ? fmt(median(renderTimes), 1) : '—', 11)}${lpad(fmt((1000 * total) / kb(source), 0), 8)}  ${outcome}`,
  );
}

console.log('\nTimings are printed, never enforced: this command always exits 0 once it has measured.');
