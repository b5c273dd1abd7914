#!/usr/bin/env node
/**
 * `npm run test:hosts`: proves the kit in real host apps, installed the way users install it.
 *
 * 1. `npm run build` and `npm pack` at the repository root (skip the build with --skip-build when
 *    dist/ is fresh, as in .ci/run).
 * 2. In each example: `npm ci` from its own lockfile, then `npm install --no-save <the tarball>`.
 * 3. Builds each example — a whole blog from the shared examples/posts folder — and reads what it
 *    wrote: the built HTML must hold the rendered post (one h1, the section h2s, `<time datetime>`,
 *    the hero img with width and height), the browser bundles must not carry the markdown parser,
 *    and the blog must be whole (scripts/hosts-blog.mjs: index pages without post bodies, tag
 *    pages, series, newer/older, related posts, authors, head tags, JSON-LD, feed, sitemap). The Vite
 *    example builds four times more, to prove its page cache renders only what changed (vitePageCache).
 * 4. Routing: serves each build the way the README says to host it (Vite and Astro from their output
 *    folder, `<path>/` as `<path>/index.html`; Next with `next start`) and follows every URL the kit
 *    emitted: each must answer 200 with no redirect, a slug with a dot included.
 * 5. Next only: `next build` prerenders the feed, the sitemap and every page whole, and `next dev`
 *    answers those pages with no error printed.
 *
 * Prints one line a check and closes with `N passed, N failed`. Options: --skip-build,
 * --skip-install (reuse each example's node_modules), --only=vite-spa,astro.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { checkBlog, checkRouting, checkSitemap, crawl, readPosts, serveBuilt, startNext } from './hosts-blog.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examplesDir = path.join(repoRoot, 'examples');
const logDir = path.join(repoRoot, 'test-results', 'hosts');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const only = argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');

/** Each example, where its build writes pages, and which posts it renders. */
const EXAMPLES = [
  {
    name: 'vite-spa',
    env: { RBK_MODULE_REPORT: '1' },
    out: 'dist',
    posts: [
      { source: '../posts/how-sourdough-rises.md', page: 'posts/how-sourdough-rises/index.html' },
      { source: '../posts/why-bread-goes-stale.mdx', page: 'posts/why-bread-goes-stale/index.html' },
    ],
    browserAssets: 'dist/assets',
  },
  {
    name: 'next-app',
    // Built far west of UTC: the page must still show the post's own calendar day.
    env: { NEXT_TELEMETRY_DISABLED: '1', TZ: 'America/Los_Angeles' },
    // Served by `next start` (Cache Components cannot be a static export); the pages it answers are
    // saved here as <path>/index.html for the file checks.
    served: 'next start',
    out: path.join('test-results', 'hosts', 'next-app-served'),
    posts: [
      { source: '../posts/how-bicycles-stay-upright.md', page: 'posts/how-bicycles-stay-upright/index.html' },
      { source: '../posts/rainbow-ar.md', page: 'posts/rainbow-ar/index.html' },
      { source: '../posts/v24.0.0.md', page: 'posts/v24.0.0/index.html' },
      { source: '../posts/why-bread-goes-stale.mdx', page: 'posts/why-bread-goes-stale/index.html' },
    ],
    browserAssets: '.next/static',
  },
  {
    name: 'astro',
    // Built far east of UTC: 'Jun 17 2023' read as local midnight would still be June 16 in UTC;
    // the page must keep the day the author wrote.
    env: { ASTRO_TELEMETRY_DISABLED: '1', TZ: 'Pacific/Kiritimati' },
    out: 'dist',
    posts: [
      { source: '../posts/how-bees-make-honey.md', page: 'posts/how-bees-make-honey/index.html' },
      { source: '../posts/rainbow-ar.md', page: 'posts/rainbow-ar/index.html' },
      { source: '../posts/v24.0.0.md', page: 'posts/v24.0.0/index.html' },
      { source: '../posts/why-bread-goes-stale.mdx', page: 'posts/why-bread-goes-stale/index.html' },
    ],
    browserAssets: 'dist/_astro',
  },
].filter((example) => !only || only.includes(example.name));

/**
 * Strings that only the build-time code carries, even minified: micromark's construct names and an
 * error message of mdast-util-from-markdown (which remark-parse wraps), a key of every Shiki grammar,
 * KaTeX's and yaml's error messages. Each is checked to occur in the package itself first, so the
 * absence check can fail.
 */
const PARSER_MARKERS = [
  { text: 'setextUnderline', pkg: 'micromark-core-commonmark/lib/setext-underline.js' },
  { text: 'htmlFlow', pkg: 'micromark-core-commonmark/lib/html-flow.js' },
  { text: 'Cannot close document, a token', pkg: 'mdast-util-from-markdown/lib/index.js' },
  // What parses at build time besides: Shiki's grammars, KaTeX, the YAML reader.
  { text: 'scopeName', pkg: '@shikijs/langs/dist/javascript.mjs' },
  { text: 'KaTeX parse error', pkg: 'katex/dist/katex.mjs' },
  { text: 'Implicit keys need to be on a single line', pkg: 'yaml/browser/dist/compose/resolve-block-map.js' },
];
/** Module paths that mean the parser (or the frontmatter readers) reached a browser bundle. */
const PARSER_MODULES =
  /node_modules\/(micromark|micromark-core-commonmark|micromark-extension-[^/]+|remark-parse|mdast-util-from-markdown|yaml|smol-toml)\//;

let passed = 0;
let failed = 0;
const failures = [];

function check(name, ok, detail = '') {
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
  return ok;
}

/**
 * Runs a command, logging its output to test-results/hosts/<log>.log; resolves to the exit code and output.
 * A failing exit prints the last lines, unless `expectFailure` says the caller checks for one.
 */
function run(command, args, { cwd, env = {}, log, expectFailure = false }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env, CI: process.env.CI ?? '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      writeFileSync(path.join(logDir, `${log}.log`), `$ ${command} ${args.join(' ')}\n(in ${cwd})\n\n${output}`);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code !== 0 && !expectFailure) {
        console.log(`  ${command} ${args.join(' ')} in ${path.relative(repoRoot, cwd) || '.'} exited ${code} after ${seconds}s; last lines:`);
        console.log(output.trim().split('\n').slice(-25).map((l) => `  | ${l}`).join('\n'));
      } else {
        console.log(`  ${log}: ${seconds}s`);
      }
      resolve({ code, output });
    });
  });
}

function filesUnder(dir, test = () => true) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, test));
    else if (test(full)) out.push(full);
  }
  return out;
}

function pngSize(file) {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The checks on one built page against the post it renders. */
function checkPage(label, html, post, exampleDir, env = {}) {
  const { document } = new JSDOM(html).window;
  const h1s = [...document.querySelectorAll('h1')];
  check(`${label}: exactly one <h1>, the post title`, h1s.length === 1 && text(h1s[0]) === post.title,
    h1s.length === 1 ? `"${text(h1s[0])}"` : `found ${h1s.length} <h1>`);

  const h2s = [...document.querySelectorAll('h2')];
  const missing = post.sections.filter((s) => !h2s.some((h) => h.id === s.id && text(h).includes(s.title)));
  check(`${label}: an <h2> with id and title for each of the ${post.sections.length} sections`,
    post.sections.length > 0 && missing.length === 0,
    missing.length ? `missing ${missing.map((s) => `#${s.id} "${s.title}"`).join(', ')}` : post.sections.map((s) => s.id).join(', '));

  const items = post.sections.flatMap((s) => s.items);
  const h3s = [...document.querySelectorAll('h3')];
  const missingItems = items.filter((i) => !h3s.some((h) => h.id === i.id));
  check(`${label}: an <h3> for each of the ${items.length} section items`, missingItems.length === 0,
    missingItems.map((i) => `#${i.id}`).join(', '));

  const times = [...document.querySelectorAll('time')];
  check(`${label}: <time datetime="${post.pubDate}">${env.TZ ? ` (built with TZ=${env.TZ})` : ''}`,
    /<time\b[^>]*\bdatetime="/i.test(html) && times.some((t) => t.getAttribute('datetime') === post.pubDate),
    times.map((t) => `${t.getAttribute('datetime')} "${text(t)}"`).join('; ') || 'no <time>');

  const { width, height } = pngSize(path.join(exampleDir, 'public', 'images', 'hero.png'));
  const hero = [...document.querySelectorAll('img')].find((img) => img.getAttribute('src')?.endsWith('/images/hero.png'));
  check(`${label}: hero <img> with width="${width}" height="${height}"`,
    hero?.getAttribute('width') === String(width) && hero?.getAttribute('height') === String(height),
    hero ? hero.outerHTML.slice(0, 220) : 'no hero <img>');

  const links = [...document.querySelectorAll('nav a[href^="#"]')];
  const dangling = links.filter((a) => !document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1))));
  check(`${label}: table of contents links (${links.length}) all point at headings on the page`,
    links.length >= post.toc.length && post.toc.length > 0 && dangling.length === 0,
    dangling.map((a) => a.getAttribute('href')).join(', '));

  if (post.dir === 'rtl') {
    const article = document.querySelector('article');
    check(`${label}: the article is laid out right to left`, article?.closest('[dir="rtl"]') != null,
      article ? `article dir=${article.getAttribute('dir')}` : 'no <article>');
  }
  return document;
}

/** The MDX components a parsed post names, in document order: `{ component, props, text }`. */
function componentsOf(node, out = []) {
  if (node.data?.component) out.push({ component: node.data.component, props: node.data.props ?? {}, text: textOf(node) });
  for (const child of node.children ?? []) componentsOf(child, out);
  return out;
}
const textOf = (node) => (node.type === 'text' ? node.value : (node.children ?? []).map(textOf).join(''));

/** What MDX source looks like when it leaks: JSX tags, braces, import lines, comment markers. */
const MDX_SOURCE = /[{}]|<\/?[A-Z]|\bimport\s|\btruncate\b/;

/**
 * An MDX post as a host renders it: the component the example maps (<Chart>) is the example's own
 * markup with the post's props; every other component shows its children; no trace of the source
 * (a tag, a brace, the import line, the truncate marker) in the article, the table of contents,
 * the post's card or its feed item.
 */
function checkMdxPost(label, document, post, outDir) {
  const body = [post.intro, ...post.sections.map((s) => s.content)];
  const used = body.flatMap((tree) => componentsOf(tree));
  const chart = used.find((c) => c.component === 'Chart');
  const figure = document.querySelector('article figure.blog-chart');
  const bars = figure ? [...figure.querySelectorAll('li')].map((li) => text(li)) : [];
  const points = chart?.props.points ?? [];
  check(`${label}: <Chart> renders the example's own component with the post's props (title and ${points.length} points)`,
    !!chart && text(figure?.querySelector('figcaption')) === chart.props.title && points.length > 0 &&
      bars.length === points.length && points.every((p, i) => bars[i]?.startsWith(p.label) && bars[i]?.includes(String(p.value))),
    figure ? `${text(figure.querySelector('figcaption'))}: ${bars.join(' | ')}` : 'no figure.blog-chart in the article');
  const article = text(document.querySelector('article'));
  const others = used.filter((c) => c.component !== 'Chart' && c.text.trim());
  const lost = others.filter((c) => !article.includes(c.text.replace(/\s+/g, ' ').trim().slice(0, 60)));
  check(`${label}: the children of ${[...new Set(others.map((c) => `<${c.component}>`))].join(', ')} show on the page`,
    others.length > 0 && lost.length === 0, lost.map((c) => `<${c.component}> "${c.text.trim().slice(0, 40)}"`).join(', '));
  const toc = [...document.querySelectorAll('[data-slot="toc-link"]')].map((a) => text(a)).join(' ');
  check(`${label}: no MDX source (tags, braces, import, truncate) in the article or its table of contents`,
    !MDX_SOURCE.test(article) && toc.length > 0 && !MDX_SOURCE.test(toc), (article.match(MDX_SOURCE) ?? toc.match(MDX_SOURCE) ?? [''])[0]);
  const tagPage = path.join(outDir, 'tags', 'bread', 'index.html');
  const card = existsSync(tagPage)
    ? [...new JSDOM(readFileSync(tagPage, 'utf8')).window.document.querySelectorAll('article')].find((c) =>
        c.querySelector(`a[href="/posts/${post.slug}/"]`))
    : undefined;
  const excerpt = textOf(post.excerpt ?? { type: 'root', children: [] }).replace(/\s+/g, ' ').trim();
  check(`${label}: its card on /tags/bread/ shows the excerpt, the text before the truncate marker, and no MDX source`,
    !!card && excerpt.length > 40 && text(card).includes(excerpt.slice(0, 60)) && !MDX_SOURCE.test(text(card)), card ? text(card).slice(0, 160) : 'no card');
  const feed = existsSync(path.join(outDir, 'feed.xml')) ? readFileSync(path.join(outDir, 'feed.xml'), 'utf8') : '';
  const item = feed.split('<item>').find((i) => i.includes(`/posts/${post.slug}/`)) ?? '';
  const content = /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/.exec(item)?.[1] ?? '';
  const feedText = new JSDOM(content).window.document.body.textContent ?? '';
  check(`${label}: its feed item carries the components' children and no MDX source`,
    others.every((c) => feedText.replace(/\s+/g, ' ').includes(c.text.replace(/\s+/g, ' ').trim().slice(0, 60))) && feedText.length > 200 && !MDX_SOURCE.test(feedText),
    `${feedText.length} characters of text; ${(feedText.match(MDX_SOURCE) ?? ['no source'])[0]}`);
}

/** Fails when the markdown parser reached any browser-side file of the example. */
function checkNoParser(label, files) {
  const hits = [];
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const marker of PARSER_MARKERS) if (code.includes(marker.text)) hits.push(`${path.basename(file)} has "${marker.text}"`);
  }
  check(`${label}: no markdown parser, grammar, KaTeX or YAML reader in the ${files.length} browser scripts`, files.length > 0 && hits.length === 0, hits.join('; '));
}

async function main() {
  const started = Date.now();
  mkdirSync(logDir, { recursive: true });

  // The markers must be real, or the absence checks prove nothing.
  for (const marker of PARSER_MARKERS) {
    const file = path.join(repoRoot, 'node_modules', marker.pkg);
    check(`parser marker "${marker.text}" occurs in ${marker.pkg}`, existsSync(file) && readFileSync(file, 'utf8').includes(marker.text));
  }

  if (!flag('skip-build')) {
    const build = await run('npm', ['run', 'build'], { cwd: repoRoot, log: 'root-build' });
    if (!check('npm run build at the root', build.code === 0)) return;
  }
  if (!check('dist/ has the entry points', ['index.js', 'parse.js', 'client.js', 'styles.css'].every((f) => existsSync(path.join(repoRoot, 'dist', f))))) return;

  const packDir = path.join(os.tmpdir(), `rbk-pack-${process.pid}`);
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  const pack = await run('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: repoRoot, log: 'root-pack' });
  let tarball;
  try {
    tarball = path.join(packDir, JSON.parse(pack.output.slice(pack.output.indexOf('['))).at(0).filename);
  } catch {
    // reported below
  }
  if (!check('npm pack wrote a tarball', pack.code === 0 && tarball && existsSync(tarball), tarball && path.basename(tarball))) return;

  // The parser from the packed build gives the expected page content.
  const { parsePost } = await import(pathToFileURL(path.join(repoRoot, 'dist', 'parse.js')).href);
  const blogPosts = readPosts(repoRoot, parsePost);

  // Installs are network and disk bound: run them side by side. Builds are CPU bound: one at a time.
  const installed = await Promise.all(
    EXAMPLES.map(async (example) => {
      const cwd = path.join(examplesDir, example.name);
      if (flag('skip-install') && existsSync(path.join(cwd, 'node_modules', 'react-blog-kit'))) return true;
      // npm ci empties node_modules before it installs: through a symbolic link, that is another
      // checkout's installed example. Refused, naming the way round it.
      if (lstatSync(path.join(cwd, 'node_modules'), { throwIfNoEntry: false })?.isSymbolicLink()) {
        return check(`${example.name}: node_modules is a symbolic link; npm ci would empty what it points at (remove the link, or pass --skip-install)`, false);
      }
      const ci = await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd, log: `${example.name}-ci` });
      if (ci.code !== 0) return check(`${example.name}: npm ci from its lockfile`, false);
      const add = await run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], { cwd, log: `${example.name}-install-kit` });
      return check(`${example.name}: npm ci, then npm install --no-save ${path.basename(tarball)}`, add.code === 0);
    }),
  );

  for (const [index, example] of EXAMPLES.entries()) {
    if (!installed[index]) continue;
    const cwd = path.join(examplesDir, example.name);
    const pkg = JSON.parse(readFileSync(path.join(cwd, 'node_modules', 'react-blog-kit', 'package.json'), 'utf8'));
    const own = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8'));
    check(`${example.name}: the kit comes from the tarball, not from package.json or a path alias`,
      !own.dependencies?.['react-blog-kit'] && !own.devDependencies?.['react-blog-kit'] &&
        !statSync(path.join(cwd, 'node_modules', 'react-blog-kit')).isSymbolicLink() && pkg.name === 'react-blog-kit');

    const outDir = path.resolve(example.served ? repoRoot : cwd, example.out);
    rmSync(outDir, { recursive: true, force: true });
    const build = await run('npm', ['run', 'build'], { cwd, env: example.env, log: `${example.name}-build` });
    if (!check(`${example.name}: npm run build`, build.code === 0)) continue;
    if (example.name === 'next-app') nextStatic(build.output, cwd, blogPosts);
    await routing(example, cwd, outDir, blogPosts);

    for (const { source, page } of example.posts) {
      const post = parsePost(readFileSync(path.join(cwd, source), 'utf8'), { filename: path.basename(source) });
      const file = path.join(outDir, page);
      if (!check(`${example.name}: ${example.served ? `${example.served} answered` : 'wrote'} ${page}`, existsSync(file))) continue;
      const html = readFileSync(file, 'utf8');
      const document = checkPage(`${example.name} ${page}`, html, post, cwd, example.env);
      hostSpecific(example, page, html, document, post, cwd);
      if (source.endsWith('.mdx')) checkMdxPost(`${example.name} ${page}`, document, post, outDir);
    }

    checkBlog({ example, cwd, out: outDir, posts: blogPosts, check });
    if (example.name === 'next-app') checkSitemap({ cwd, out: outDir, posts: blogPosts, check });

    const scripts = filesUnder(path.join(cwd, example.browserAssets), (f) => /\.m?js$/.test(f));
    checkNoParser(example.name, scripts);
    if (example.name === 'vite-spa') {
      viteBundle(cwd, blogPosts);
      await vitePrerender(cwd, parsePost);
      await vitePageCache(example, cwd);
    }
    if (example.name === 'next-app') {
      nextClientModules(cwd);
      await nextDev(cwd, blogPosts);
    }
  }

  console.log(`\nhost apps took ${((Date.now() - started) / 1000).toFixed(0)}s; logs in ${path.relative(repoRoot, logDir)}/`);
}

function hostSpecific(example, page, html, document) {
  if (example.name === 'vite-spa') {
    check(`vite-spa ${page} is pre-rendered and loads the client bundle that hydrates it`,
      document.querySelector('#root article') != null && /<script type="module"[^>]+src="\/assets\/[^"]+\.js"/.test(html));
  }
  if (example.name === 'astro') {
    // Astro renders React components to static HTML; only islands ship JavaScript: the active table of
    // contents and the header's search (its link to a web search until hydrated).
    const islands = [...document.querySelectorAll('astro-island')];
    const urls = islands.map((i) => i.getAttribute('component-url'));
    const toc = islands.filter((i) => i.querySelector('nav') != null);
    const search = islands.filter((i) => i.closest('header') && i.querySelector('[data-slot="search"] a[href]') != null);
    check(`astro ${page}: the only hydrated islands are the active table of contents and the header's search`,
      islands.length === 2 && toc.length === 1 && search.length === 1,
      `${islands.length} island(s): ${urls.join(', ')}`);
  }
}

/** The Vite app's client chunks, module by module: the post is there as data, the parser is not. */
function viteBundle(cwd, posts) {
  const report = path.join(cwd, 'dist', 'modules.json');
  if (!check('vite-spa: the build listed its client modules (dist/modules.json)', existsSync(report))) return;
  const chunks = JSON.parse(readFileSync(report, 'utf8'));
  const modules = chunks.flatMap((c) => c.modules).map((m) => m.replaceAll('\\', '/'));
  const parser = modules.filter((m) => PARSER_MODULES.test(m));
  check(`vite-spa: none of the ${modules.length} client modules is micromark, remark-parse or a frontmatter reader`,
    modules.length > 0 && parser.length === 0, parser.slice(0, 5).map((m) => m.slice(m.indexOf('node_modules'))).join(', '));
  check('vite-spa: the client renders the kit from the packed package',
    modules.some((m) => /node_modules\/react-blog-kit\/dist\/index\.js$/.test(m)));
  // No page's data is in the bundle: each page preloads and fetches its own file (dist/data/).
  const json = modules.filter((m) => m.endsWith('.json'));
  check('vite-spa: the client bundle holds no page\'s data (no JSON module)', json.length === 0, json.slice(0, 5).join(', '));
  const pages = filesUnder(path.join(cwd, 'dist'), (f) => f.endsWith('index.html'));
  const dataOf = (page) => /<link rel="preload" href="(\/data\/[\w-]+\.json)" as="fetch" crossorigin="anonymous"\/>/.exec(readFileSync(page, 'utf8'))?.[1];
  const missing = pages.filter((page) => {
    const href = dataOf(page);
    return !href || !existsSync(path.join(cwd, 'dist', href));
  });
  check(`vite-spa: each of the ${pages.length} pages preloads a data file of its own, and the build wrote it`,
    pages.length > 0 && missing.length === 0 && new Set(pages.map(dataOf)).size === pages.length, missing.slice(0, 5).map((p) => path.relative(cwd, p)).join(', '));
  const dataText = (page) => {
    const href = existsSync(page) ? dataOf(page) : undefined;
    return href && existsSync(path.join(cwd, 'dist', href)) ? readFileSync(path.join(cwd, 'dist', href), 'utf8') : undefined;
  };
  const home = dataText(path.join(cwd, 'dist', 'index.html'));
  const leaks = posts.filter((p) => home?.includes(p.deepSentence)).map((p) => p.slug);
  const bodies = posts.filter((p) => dataText(path.join(cwd, 'dist', 'posts', ...p.slug.split('/'), 'index.html'))?.includes(p.deepSentence));
  check('vite-spa: the index\'s data has no post body, while each post\'s data has its own',
    home !== undefined && leaks.length === 0 && bodies.length === posts.length, `leaks: ${leaks.join(', ') || 'none'}; post data with their body: ${bodies.length}/${posts.length}`);
}

/**
 * The Vite recipe's prerender, on what the example's posts never hold: post content with `$&`, `$'`,
 * `$$` and `` $` `` (String#replace patterns: a post with `$$invalidate` once broke hydration) must
 * reach the page verbatim. Runs the example's own built server bundle.
 */
async function vitePrerender(cwd, parsePost) {
  const dollars = ["$$invalidate", "$&", "$'", '$`', '$1'];
  const post = parsePost(
    `---\ntitle: "Costs in ${dollars.join(' ')}"\ndescription: "Svelte's ${dollars[0]} and a ${dollars[1]} b"\n---\n\nIntro with ${dollars.join(' and ')}.\n\n## Code\n\n\`\`\`js\nconst x = '${dollars.join('')}';\n\`\`\`\n`,
    { filename: 'dollars.md' },
  );
  const server = await import(pathToFileURL(path.join(cwd, 'dist-server', 'entry-server.js')).href);
  // The source template: the prerender has replaced dist/index.html by the home page.
  const template = readFileSync(path.join(cwd, 'index.html'), 'utf8');
  const html = server.renderPage(template, { kind: 'post', post, related: [] }, '/posts/dollars/');
  const { document } = new JSDOM(html).window;
  const body = text(document.querySelector('article'));
  const code = document.querySelector('article pre')?.textContent ?? '';
  const missing = dollars.filter((d) => !body.includes(d) || !text(document.querySelector('title')).includes(d)).concat(code.includes(dollars.join('')) ? [] : ['the code line']);
  check(`vite-spa: renderPage keeps $$, $&, $', $\` and $1 of a post verbatim in its title, text and code`,
    missing.length === 0 && document.querySelectorAll('script[type="module"]').length === 1, missing.length ? `changed: ${missing.join(', ')}` : '');
  // The prerender's refusal of a page path that could leave dist/ is test/prerender-paths.test.ts's:
  // it runs the example's own `segments` on such paths (the prerender renders the posts it loads,
  // so there is no routes file here to slip such a path into).
}

/**
 * The Vite recipe's page cache (scripts/page-cache.ts): a build again renders no page, a build after
 * one post is edited renders exactly the pages whose data changed, and each writes the same dist/ as a
 * build without the cache, byte for byte. Edits one of the shared posts, and puts it back.
 */
async function vitePageCache(example, cwd) {
  const dist = path.join(cwd, 'dist');
  const cacheDir = path.join(cwd, 'node_modules', '.cache', 'pages');
  const files = () => new Map(filesUnder(dist).map((f) => [path.relative(dist, f), readFileSync(f)]));
  const list = (files) => (files.length ? `; differing: ${files.slice(0, 5).join(', ')}` : '');
  const differing = (a, b) => [...new Set([...a.keys(), ...b.keys()])].filter((f) => !(a.has(f) && b.has(f) && a.get(f).equals(b.get(f))));
  /** Builds the example; resolves to the counts its prerender printed, or undefined if it failed. */
  const build = async (log) => {
    const { code, output } = await run('npm', ['run', 'build'], { cwd, env: example.env, log });
    const counts = /pre-rendered (\d+) of (\d+) pages/.exec(output);
    return code === 0 && counts ? { rendered: Number(counts[1]), pages: Number(counts[2]) } : undefined;
  };

  const first = files();
  const again = await build('vite-spa-build-again');
  const unchanged = differing(first, files());
  check('vite-spa: a build with nothing changed renders no page and writes the same dist/',
    again?.rendered === 0 && again.pages > 0 && unchanged.length === 0, `${again?.rendered} rendered${list(unchanged)}`);

  const post = path.join(cwd, '..', 'posts', 'how-sourdough-rises.md');
  const original = readFileSync(post, 'utf8');
  let changedData = [];
  try {
    writeFileSync(post, `${original}\nOne more sentence, added by the host test.\n`);
    const edited = await build('vite-spa-build-edited');
    const afterEdit = files();
    changedData = differing(first, afterEdit).filter((f) => f.startsWith(`data${path.sep}`));
    const kept = existsSync(cacheDir) ? readdirSync(cacheDir).length : 0;
    check('vite-spa: after one post is edited, the build renders exactly the pages whose data changed, and keeps one cache entry a page',
      edited !== undefined && changedData.length > 0 && edited.rendered === changedData.length && edited.rendered < edited.pages && kept === edited.pages,
      `${edited?.rendered} rendered of ${edited?.pages}; ${changedData.length} data files changed; ${kept} cache entries`);
    rmSync(path.join(cwd, 'node_modules', '.cache'), { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
    const clean = await build('vite-spa-build-clean');
    const notSame = differing(afterEdit, files());
    check('vite-spa: that build wrote the same dist/, byte for byte, as a build without any cache',
      clean?.rendered === clean?.pages && notSame.length === 0, `${clean?.rendered} rendered${list(notSame)}`);
  } finally {
    writeFileSync(post, original);
  }
  const restored = await build('vite-spa-build-restored');
  const notFirst = differing(first, files());
  check('vite-spa: with the post put back, the build renders those pages again and writes the first build\'s dist/',
    restored?.rendered === changedData.length && notFirst.length === 0, `${restored?.rendered} rendered${list(notFirst)}`);
}

/**
 * Next records, for each route, the client components its server tree references. The post page
 * may reference exactly one module of the kit: dist/client.js (ActiveTableOfContents).
 */
function nextClientModules(cwd) {
  const manifests = filesUnder(path.join(cwd, '.next', 'server', 'app', 'posts'), (f) => f.endsWith('client-reference-manifest.js'));
  if (!check('next-app: the post route has a client reference manifest', manifests.length > 0)) return;
  const source = readFileSync(manifests[0], 'utf8');
  const kitModules = [...new Set([...source.matchAll(/node_modules\/react-blog-kit\/[^"'\s<>]+?\.js/g)].map((m) => m[0]))];
  check('next-app: the only client module of the kit on the post page is dist/client.js',
    kitModules.length === 1 && kitModules[0].endsWith('react-blog-kit/dist/client.js'), kitModules.join(', ') || 'none');
}

/**
 * Routing: serves the built blog the way the README says to host it (a static example from its
 * output folder, `<path>/` as `<path>/index.html` and nothing more forgiving; Next with `next
 * start`), crawls every URL the kit emits and checks that each answers 200 without a redirect.
 * For Next, the answered pages are saved to `outDir` for the file checks that follow.
 */
async function routing(example, cwd, outDir, posts) {
  let server;
  try {
    server = example.served === 'next start' ? await startNext(cwd, { env: example.env }) : await serveBuilt(outDir);
  } catch (error) {
    check(`${example.name}: served for the routing check`, false, String(error?.message ?? error));
    return;
  }
  try {
    const seen = await crawl(server.url, { saveTo: example.served ? outDir : undefined });
    const hosting = example.served ?? `a static server (${path.relative(cwd, outDir)}/, <path>/ as <path>/index.html, no redirects)`;
    checkRouting({ name: example.name, seen, posts, check, hosting });
    if (example.served === 'next start') {
      // A page number or slug no page has is a 404 page, not a server error (paginate refuses "abc" and 0).
      const paths = ['/page/abc/', '/page/0/', '/page/02/', '/page/9999/', '/tags/no-such-tag/', '/posts/no-such-post/'];
      const answers = await Promise.all(paths.map(async (p) => `${p} ${(await fetch(new URL(p, server.url), { redirect: 'manual' })).status}`));
      check(`${example.name}: answers 404 for ${paths.join(', ')}`, answers.every((a) => a.endsWith(' 404')), answers.join(', '));
    }
  } finally {
    await server.close();
  }
}

/**
 * Next's build output: the feed, the sitemap and every post, index and tag page are prerendered
 * whole (the route table marks the feed and sitemap ○, and the prerender manifest lists each page
 * with a complete static response), so nothing the blog serves is rendered per request.
 */
function nextStatic(output, cwd, posts) {
  const table = output.slice(output.indexOf('Route (app)'));
  const marked = (route) => new RegExp(`^[│├└┌\\s]*([○●◐ƒλ])\\s+${route.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`, 'm').exec(table)?.[1];
  const routes = ['/feed.xml', '/sitemap.xml', '/'];
  const symbols = routes.map((r) => `${r} ${marked(r) ?? 'missing'}`);
  check('next-app: next build marks the feed, the sitemap and the home page ○ (static)', routes.every((r) => marked(r) === '○'), symbols.join(', '));
  check('next-app: the route table has no ƒ (dynamic) route', table.length > 0 && !/ƒ/.test(table), table.split('\n').filter((l) => /ƒ/.test(l)).join(' | '));
  let manifest = { routes: {} };
  try {
    manifest = JSON.parse(readFileSync(path.join(cwd, '.next', 'prerender-manifest.json'), 'utf8'));
  } catch {
    // reported below
  }
  const pages = ['/', '/feed.xml', '/sitemap.xml', ...posts.map((p) => `/posts/${p.slug}`), '/page/2', '/tags/m\u00e9t\u00e9o'];
  const notStatic = pages.filter((p) => {
    const route = manifest.routes[p];
    return !route || route.response !== 'complete' || route.compute !== 'static';
  });
  check(`next-app: the prerender manifest holds all ${posts.length} posts, the feed, the sitemap, the index and a tag page as complete static responses`,
    notStatic.length === 0, notStatic.map((p) => `${p}: ${JSON.stringify(manifest.routes[p] ? { response: manifest.routes[p].response, compute: manifest.routes[p].compute } : 'missing')}`).join('; '));
}

/**
 * `next dev` on 127.0.0.1: two posts (the dotted slug among them), a tag page, an index page, the
 * feed and the sitemap answer 200, and the dev server prints no error while rendering them (Cache
 * Components reports uncached data, and params read outside <Suspense>, as errors here). Bounded:
 * 4 minutes in all.
 */
async function nextDev(cwd, posts) {
  const started = Date.now();
  const dotted = posts.find((p) => p.slug.includes('.')) ?? posts[0];
  const paths = [`/posts/${dotted.slug}/`, `/posts/${posts[0].slug}/`, '/tags/m%C3%A9t%C3%A9o/', '/page/2/', '/', '/feed.xml', '/sitemap.xml'];
  let server;
  try {
    // The browser-support data Next reads warns once it is two months old; that says nothing of the app.
    const quiet = { BROWSERSLIST_IGNORE_OLD_DATA: '1', BASELINE_BROWSER_MAPPING_IGNORE_OLD_DATA: '1' };
    server = await startNext(cwd, { mode: 'dev', env: { TZ: 'America/Los_Angeles', ...quiet }, timeoutMs: 90_000 });
  } catch (error) {
    check('next-app: next dev starts on 127.0.0.1', false, String(error?.message ?? error));
    return;
  }
  try {
    const answers = [];
    for (const p of paths) {
      const left = 240_000 - (Date.now() - started);
      const status = await fetch(server.url + p, { redirect: 'manual', signal: AbortSignal.timeout(Math.max(1000, left)) })
        .then(async (r) => (await r.arrayBuffer(), r.status), (e) => `error ${e.message}`);
      answers.push(`${p} ${status}`);
    }
    // Errors found while prerendering in the background are printed after the response.
    await new Promise((r) => setTimeout(r, 3000));
    const output = server.output();
    writeFileSync(path.join(logDir, 'next-app-dev.log'), output);
    check(`next-app: next dev answers 200 for ${paths.join(', ')}`, answers.every((a) => a.endsWith(' 200')), answers.join(', '));
    const errors = output.split('\n').filter((l) => /\berror\b|⨯|uncached/i.test(l));
    check('next-app: next dev prints no error while rendering them', errors.length === 0 && output.length > 0, errors.slice(0, 5).join(' | '));
  } finally {
    await server.close();
    console.log(`  next-app-dev: ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }
}

try {
  await main();
} catch (error) {
  check('test:hosts ran to the end', false, error?.stack ?? String(error));
}
if (failures.length) console.log(`\nfailed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
