#!/usr/bin/env node
/**
 * node bench/next-build.mjs [corpusDir] [--posts N] [--modules DIR] [--cpus N] [--keep]
 *
 * Each post parsed once per build, whatever the host does: `next build` of the Next example over N
 * posts (default 1,000, the corpus repeated with distinct slugs, as bench:blog makes them) with a cold
 * cacheDir. Next runs its pages in several processes, each loading the posts; every parse is written
 * to a log with its process id, and the bench prints the parses of each process and in all (the
 * goal: N in all) and Next's own phase lines, then the build's time beside cold loads of the same
 * posts in this one process: loadPosts with the pool and in one thread, and loadPostSummaries (what
 * the example loads; each page reads its post from the cache with readCachedPost).
 *
 * The example is copied to a temporary folder with the packed kit installed in it (`npm pack`, then
 * `npm install --no-save`), as test:hosts does; its loader is changed in the copy only: it logs each
 * parse, keeps images as written and reads no authors map (the corpus's posts come from other blogs,
 * with images and author keys the example does not have), and its next.config.ts gives a page more
 * than Next's 60 s (a process's first page may wait for the cold load). `--modules DIR` starts from an installed
 * node_modules of the example (hard-linked) instead of `npm ci`. `--cpus N` sets Next's
 * `experimental.cpus` in the copy, so a machine with few cores still runs the pages in N processes
 * (Next's default is one less than the cores). Slow (minutes): not a row of bench:blog. Needs
 * `npm run build` first. Prints only; exits non-zero only when it cannot run.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const valueOf = (name) => (args.indexOf(name) === -1 ? undefined : args[args.indexOf(name) + 1]);
const total = Number(valueOf('--posts') ?? 1000);
const modules = valueOf('--modules');
const cpus = valueOf('--cpus') === undefined ? undefined : Number(valueOf('--cpus'));
const keep = args.includes('--keep');
const corpusDir = path.resolve(args.find((a, i) => !a.startsWith('--') && !['--posts', '--modules', '--cpus'].includes(args[i - 1])) ?? path.join(root, '../shared/corpus'));
if (!existsSync(path.join(root, 'dist/node.js')) || !existsSync(corpusDir) || !Number.isInteger(total) || total < 1 || (cpus !== undefined && !(Number.isInteger(cpus) && cpus >= 1))) {
  console.error('usage: node bench/next-build.mjs [corpusDir] [--posts N] [--modules DIR] [--cpus N] [--keep]   (after `npm run build`)');
  process.exit(2);
}

const work = mkdtempSync(path.join(os.tmpdir(), 'rbk-next-build-'));
const app = path.join(work, 'next-app');
const posts = path.join(work, 'posts');
const parseLog = path.join(work, 'parses.log');
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

function run(command, argv, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

function fail(what, output) {
  console.error(`${what} failed:\n${output.slice(-4000)}`);
  if (!keep) rmSync(work, { recursive: true, force: true });
  process.exit(2);
}

/** N posts from the corpus, as bench/blog.mjs makes them (without the `---js` post, which needs a hook). */
function generatePosts() {
  const sources = readdirSync(corpusDir)
    .filter((name) => /\.(md|mdx|markdown)$/i.test(name) && name !== 'SOURCES.md')
    .map((name) => ({ name, text: readFileSync(path.join(corpusDir, name), 'utf8') }))
    .filter((s) => !s.text.startsWith('---js'));
  const SLUG = /^(slug\s*[:=]\s*)(["']?)(.*?)\2[ \t]*$/m;
  for (let i = 0, written = 0; written < total; i++) {
    const folder = path.join(posts, `copy-${String(i).padStart(4, '0')}`);
    mkdirSync(folder, { recursive: true });
    for (const [j, { name, text }] of sources.entries()) {
      if (written++ === total) break;
      writeFileSync(path.join(folder, name.replace(/(\.[a-z]+)$/i, `-${i}$1`)), SLUG.test(text) ? text.replace(SLUG, (_, key, q, value) => `${key}${q}${value}-${i}-${j}${q}`) : text);
    }
  }
}

/** The copy's loader: each parse logged with its process, images kept as written, no authors map. */
function patchLoader() {
  const file = path.join(app, 'lib', 'blog.ts');
  const source = readFileSync(file, 'utf8');
  const patched = source
    .replace(/^import path from "node:path";$/m, 'import path from "node:path";\nimport { appendFileSync } from "node:fs";')
    .replace(/^\s*authors: .*\n/m, '')
    .replace(/drafts: false,/, `drafts: false,\n    images: "keep",\n    onParse: (file) => appendFileSync(${JSON.stringify(parseLog)}, \`\${process.pid} \${file}\\n\`),`);
  if (!patched.includes('onParse') || patched.includes('authors: path')) fail('patching the example loader (lib/blog.ts changed?)', '');
  writeFileSync(file, patched);
  // Every page waits for the first load of the posts, which on a slow or busy machine can pass
  // Next's 60 s a page, and Next then fails the build.
  const config = path.join(app, 'next.config.ts');
  const settings = `staticPageGenerationTimeout: 1800,${cpus === undefined ? '' : ` experimental: { cpus: ${cpus} },`}`;
  const withTimeout = readFileSync(config, 'utf8').replace('const nextConfig: NextConfig = {', `const nextConfig: NextConfig = {\n  ${settings}`);
  if (!withTimeout.includes('staticPageGenerationTimeout')) fail('patching the example next.config.ts', '');
  writeFileSync(config, withTimeout);
}

try {
  generatePosts();
  console.log(`${total} posts from ${corpusDir} in ${posts}`);

  const packed = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root });
  if (packed.code !== 0) fail('npm pack', packed.output);
  const tarball = path.join(work, JSON.parse(packed.output.slice(packed.output.indexOf('['))).at(0).filename);

  cpSync(path.join(root, 'examples', 'next-app'), app, { recursive: true, filter: (src) => !/[\\/](node_modules|\.next)$/.test(src) });
  patchLoader();
  if (modules) {
    const linked = await run('cp', ['-al', path.resolve(modules), path.join(app, 'node_modules')]);
    if (linked.code !== 0) cpSync(path.resolve(modules), path.join(app, 'node_modules'), { recursive: true });
    // The kit goes in afresh from the tarball, not through the hard links into the other folder.
    rmSync(path.join(app, 'node_modules', 'react-blog-kit'), { recursive: true, force: true });
  } else {
    const ci = await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: app });
    if (ci.code !== 0) fail('npm ci in the example', ci.output);
  }
  const installed = await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], { cwd: app });
  if (installed.code !== 0) fail('npm install of the packed kit', installed.output);

  const start = process.hrtime.bigint();
  const built = await run('npx', ['next', 'build'], { cwd: app, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const buildSeconds = seconds(start);
  if (built.code !== 0) fail('next build', built.output);

  const lines = existsSync(parseLog) ? readFileSync(parseLog, 'utf8').trim().split('\n').filter(Boolean) : [];
  const byProcess = new Map();
  for (const line of lines) {
    const pid = line.slice(0, line.indexOf(' '));
    byProcess.set(pid, (byProcess.get(pid) ?? 0) + 1);
  }
  const distinct = new Set(lines.map((line) => line.slice(line.indexOf(' ') + 1))).size;
  writeFileSync(path.join(work, 'next-build.log'), built.output);
  // Next's own lines: how long it compiled, and how many workers rendered the pages in how long.
  const phases = built.output.split('\n').filter((line) => /Compiled successfully|Collecting page data|Generating static pages.*\bin\b/.test(line));

  // The same posts, loaded cold in this one process: whole with the pool and in one thread, and as
  // the example loads them (summaries, with the pool).
  const { loadPosts, loadPostSummaries } = await import(new URL('../dist/node.js', import.meta.url).href);
  const single = {};
  for (const [name, load, workers] of [['auto', loadPosts, 'auto'], ['0', loadPosts, 0], ['summaries', loadPostSummaries, 'auto']]) {
    const cacheDir = path.join(work, `single-cache-${name}`);
    const t = process.hrtime.bigint();
    await load(posts, { images: 'keep', drafts: false, cacheDir, workers, onWarning() {} });
    single[name] = seconds(t);
  }

  console.log(`next build, cold cacheDir: ${lines.length} parses in all (${distinct} distinct posts), by process: ${[...byProcess.values()].join(', ')}   ${lines.length === total ? 'ok' : 'WARN'} (goal ${total})`);
  for (const line of phases) console.log(`  next: ${line.replace(/\u001b\[[0-9;]*m/g, '').trim()}`);
  const row = (label, s) => console.log(`${label.padEnd(60)} ${s.toFixed(1).padStart(7)} s   ${(s / single.auto).toFixed(2).padStart(5)}×`);
  console.log(`${''.padEnd(60)} ${'time'.padStart(9)}   × the first row below`);
  row("loadPosts in one process, cold (workers: 'auto')", single.auto);
  row('loadPosts in one process, cold (workers: 0)', single[0]);
  row("loadPostSummaries in one process, cold (workers: 'auto')", single.summaries);
  row(`next build, cold cacheDir (${built.output.match(/Generating static pages[^(]*\(\d+\/(\d+)\)/)?.[1] ?? '?'} pages and routes)`, buildSeconds);
  console.log(`${os.availableParallelism()} cores; timings on a shared machine are noisy`);
} finally {
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
