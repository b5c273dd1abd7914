/**
 * The anchor of `npm run bench:blog -- --anchor` (issue 28), or alone (after `npm run build`):
 * `node bench/anchor.mjs [corpusDir] [--posts M] [--examples DIR]`. One blog of M posts (default
 * 1,000) built two ways, side by side, cold and warm.
 *
 * - The kit: the Vite example's whole build (`npm run build`: loadPosts into each page's data, the
 *   type check, the client and server bundles, every page pre-rendered), on a copy of
 *   examples/vite-spa with this checkout's `dist` as its react-blog-kit.
 * - Astro's content layer: an Astro 5 site (the version examples/astro pins) whose posts are a
 *   content collection read by Astro's `glob()` loader and rendered by Astro's own markdown pipeline,
 *   Shiki on with GitHub's light and dark themes (as the kit highlights), and the same pages as the
 *   example: index pages of three cards with the tag list, every tag's page, every post's page (table
 *   of contents, newer and older, related posts, JSON-LD) and an RSS feed of the last 20 posts in full.
 *
 * The posts: the generated blog (`blog-posts.mjs`) drawn from the corpus's `.md` and `.markdown`
 * posts (no `.mdx`: MDX in Astro needs @astrojs/mdx, which the example does not install), with local
 * images pointed at remote URLs (neither side has the corpus's image files; both leave remote images
 * alone). Cold: no cache of either (Astro's `.astro/` data store and `node_modules/.astro`, Vite's
 * `node_modules/.vite`, the kit's cacheDir); warm: the same build again, caches kept.
 *
 * Each example's packages come from its installed node_modules (`examples/<name>/node_modules`, as
 * `npm run test:hosts` leaves it, or under `--examples <dir>`), linked into the temporary copy; when
 * there are none, `npm ci` installs them there from the example's lockfile.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus, writePosts } from './blog-posts.mjs';

const REMOTE = 'https://images.example.org/';

/**
 * A post's text with every local image path pointed at a remote URL: any path that ends in an image
 * extension and is not part of a URL (markdown images, reference definitions, HTML, frontmatter).
 */
function remoteImages(text) {
  return text.replace(/(?<![\w/.:%-])((?:\.{1,2}\/|\/)?[\w./-]*?[\w-]+\.(?:png|jpe?g|gif|svg|webp|avif))(?=[\s)"'\]>]|$)/gi, (_, src) => `${REMOTE}${path.posix.basename(src)}`);
}

function run(command, args, cwd) {
  const start = process.hrtime.bigint();
  const done = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' } });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} in ${cwd} failed (exit ${done.status}):\n${(done.stdout + done.stderr).slice(-3000)}`);
  return { seconds, output: done.stdout };
}

/**
 * node_modules for a temporary copy of an example: each installed package linked from `from`, the
 * kit's own dependencies from the repository where the example lacks them, and react-blog-kit (when
 * `kit`) a copy of this checkout's package.json and dist, so it resolves its dependencies (and React)
 * from the example's packages as an installed tarball does.
 */
function linkModules(from, to, root, kit) {
  const modules = path.join(to, 'node_modules');
  mkdirSync(modules, { recursive: true });
  for (const name of readdirSync(from)) {
    if (['react-blog-kit', '.cache', '.vite', '.astro', '.package-lock.json'].includes(name)) continue;
    symlinkSync(path.join(from, name), path.join(modules, name));
  }
  if (!kit) return;
  const own = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  for (const name of Object.keys(own.dependencies ?? {})) {
    const target = path.join(modules, name);
    if (existsSync(target)) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    symlinkSync(path.join(root, 'node_modules', name), target);
  }
  const dest = path.join(modules, 'react-blog-kit');
  mkdirSync(dest);
  cpSync(path.join(root, 'package.json'), path.join(dest, 'package.json'));
  cpSync(path.join(root, 'dist'), path.join(dest, 'dist'), { recursive: true });
}

/** The example's packages: linked from an install, else `npm ci` from its lockfile in the copy. */
function install(example, dir, root, examplesDir, kit) {
  const installed = path.join(examplesDir, example, 'node_modules');
  if (existsSync(installed)) {
    linkModules(installed, dir, root, kit);
    return `linked from ${installed}`;
  }
  cpSync(path.join(root, 'examples', example, 'package-lock.json'), path.join(dir, 'package-lock.json'));
  run('npm', ['ci', '--no-audit', '--no-fund'], dir);
  if (kit) {
    const dest = path.join(dir, 'node_modules', 'react-blog-kit');
    mkdirSync(dest, { recursive: true });
    cpSync(path.join(root, 'package.json'), path.join(dest, 'package.json'));
    cpSync(path.join(root, 'dist'), path.join(dest, 'dist'), { recursive: true });
  }
  return 'installed with npm ci';
}

const ASTRO_FILES = {
  'package.json': JSON.stringify({ name: 'anchor-astro', private: true, type: 'module', scripts: { build: 'astro build' } }, null, 2),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: { shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } } },
});
`,
  'src/content.config.js': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  blog: defineCollection({ loader: glob({ pattern: '**/*.{md,markdown}', base: '../posts' }) }),
};
`,
  'src/lib/blog.js': `import { getCollection } from 'astro:content';

export const PER_PAGE = 3;
export const site = { url: 'https://example.org', name: 'Everyday Science', description: 'Short explanations of the science in ordinary things.' };
export const slugify = (text) => String(text).toLowerCase().trim().replace(/[^\\p{L}\\p{N}]+/gu, '-').replace(/^-|-$/g, '');
export const dateOf = (data) => {
  const value = data.date ?? data.pubDate ?? data.publishDate;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
};
export const tagsOf = (data) => (Array.isArray(data.tags) ? data.tags : typeof data.tags === 'string' ? [data.tags] : []).map(String);
export const titleOf = (entry) => String(entry.data.title ?? entry.rendered?.metadata?.headings?.[0]?.text ?? entry.id);
export const postHref = (entry) => \`/posts/\${entry.id}/\`;
export const pageHref = (n) => (n === 1 ? '/' : \`/page/\${n}/\`);
export const tagHref = (tag) => \`/tags/\${slugify(tag)}/\`;

let loading;
/** Every post but drafts, newest first, read once per build. */
export function getPosts() {
  loading ??= getCollection('blog').then((all) => all.filter((e) => !e.data.draft).sort((a, b) => dateOf(b.data) - dateOf(a.data)));
  return loading;
}

/** Every tag with its posts' count, by slug. */
export function tagCounts(posts) {
  const tags = new Map();
  for (const post of posts) for (const tag of tagsOf(post.data)) {
    const slug = slugify(tag);
    const known = tags.get(slug);
    if (known) known.count++;
    else tags.set(slug, { name: tag, slug, count: 1 });
  }
  return [...tags.values()];
}
`,
  'src/layouts/Base.astro': `---
const { title, description, canonical } = Astro.props;
---
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>{title}</title>
    {description && <meta name="description" content={description} />}
    {canonical && <link rel="canonical" href={new URL(canonical, Astro.site)} />}
    <link rel="alternate" type="application/rss+xml" href="/feed.xml" />
    <slot name="head" />
  </head>
  <body><slot /></body>
</html>
`,
  'src/components/Listing.astro': `---
import { dateOf, pageHref, postHref, tagHref, tagsOf, titleOf } from '../lib/blog.js';
const { title, items, page, pages, tags } = Astro.props;
---
<main>
  <h1>{title}</h1>
  <ul>
    {items.map((post) => (
      <li>
        <article>
          <h2><a href={postHref(post)}>{titleOf(post)}</a></h2>
          <time datetime={dateOf(post.data).toISOString()}>{dateOf(post.data).toDateString()}</time>
          {post.data.description && <p>{post.data.description}</p>}
          <ul>{tagsOf(post.data).map((tag) => <li><a href={tagHref(tag)}>{tag}</a></li>)}</ul>
        </article>
      </li>
    ))}
  </ul>
  {pages > 1 && (
    <nav>
      {page > 1 && <a href={pageHref(page - 1)}>Newer</a>}
      {page < pages && <a href={pageHref(page + 1)}>Older</a>}
    </nav>
  )}
  <aside><ul>{tags.map((tag) => <li><a href={tagHref(tag.name)}>{tag.name} ({tag.count})</a></li>)}</ul></aside>
</main>
`,
  'src/pages/index.astro': `---
import Listing from '../components/Listing.astro';
import Base from '../layouts/Base.astro';
import { getPosts, PER_PAGE, site, tagCounts } from '../lib/blog.js';
const posts = await getPosts();
---
<Base title={site.name} description={site.description} canonical="/">
  <Listing title={site.name} items={posts.slice(0, PER_PAGE)} page={1} pages={Math.ceil(posts.length / PER_PAGE)} tags={tagCounts(posts)} />
</Base>
`,
  'src/pages/page/[page].astro': `---
import Listing from '../../components/Listing.astro';
import Base from '../../layouts/Base.astro';
import { getPosts, pageHref, PER_PAGE, tagCounts } from '../../lib/blog.js';

export async function getStaticPaths() {
  const posts = await getPosts();
  const pages = Math.ceil(posts.length / PER_PAGE);
  return Array.from({ length: pages - 1 }, (_, i) => ({ params: { page: String(i + 2) } }));
}
const posts = await getPosts();
const page = Number(Astro.params.page);
---
<Base title={\`Posts, page \${page}\`} canonical={pageHref(page)}>
  <Listing title={\`Posts, page \${page}\`} items={posts.slice((page - 1) * PER_PAGE, page * PER_PAGE)} page={page} pages={Math.ceil(posts.length / PER_PAGE)} tags={tagCounts(posts)} />
</Base>
`,
  'src/pages/tags/[tag].astro': `---
import Listing from '../../components/Listing.astro';
import Base from '../../layouts/Base.astro';
import { getPosts, slugify, tagCounts, tagsOf } from '../../lib/blog.js';

export async function getStaticPaths() {
  const posts = await getPosts();
  return tagCounts(posts).map((tag) => ({ params: { tag: tag.slug }, props: { tag } }));
}
const { tag } = Astro.props;
const posts = (await getPosts()).filter((post) => tagsOf(post.data).some((t) => slugify(t) === tag.slug));
---
<Base title={\`Posts tagged “\${tag.name}”\`}>
  <Listing title={\`Posts tagged “\${tag.name}”\`} items={posts} page={1} pages={1} tags={tagCounts(await getPosts())} />
</Base>
`,
  'src/pages/posts/[...slug].astro': `---
import { render } from 'astro:content';
import Base from '../../layouts/Base.astro';
import { dateOf, getPosts, postHref, site, slugify, tagHref, tagsOf, titleOf } from '../../lib/blog.js';

export async function getStaticPaths() {
  const posts = await getPosts();
  return posts.map((post, i) => ({ params: { slug: post.id }, props: { post, i } }));
}
const { post, i } = Astro.props;
const posts = await getPosts();
const newer = posts[i - 1];
const older = posts[i + 1];
const tags = new Set(tagsOf(post.data).map(slugify));
const related = posts.filter((p) => p !== post && tagsOf(p.data).some((t) => tags.has(slugify(t)))).slice(0, 3);
const { Content, headings } = await render(post);
const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@type': 'BlogPosting', headline: titleOf(post), datePublished: dateOf(post.data).toISOString(), url: new URL(postHref(post), site.url).href }).replace(/</g, '\\\\u003c');
---
<Base title={\`\${titleOf(post)} · \${site.name}\`} description={post.data.description} canonical={postHref(post)}>
  <script slot="head" type="application/ld+json" set:html={jsonLd} />
  <main>
    <article>
      <header>
        <h1>{titleOf(post)}</h1>
        <time datetime={dateOf(post.data).toISOString()}>{dateOf(post.data).toDateString()}</time>
        <ul>{tagsOf(post.data).map((tag) => <li><a href={tagHref(tag)}>{tag}</a></li>)}</ul>
      </header>
      <nav aria-label="On this page"><ol>{headings.filter((h) => h.depth <= 3).map((h) => <li><a href={\`#\${h.slug}\`}>{h.text}</a></li>)}</ol></nav>
      <Content />
    </article>
    <nav>
      {newer && <a href={postHref(newer)}>{titleOf(newer)}</a>}
      {older && <a href={postHref(older)}>{titleOf(older)}</a>}
    </nav>
    <aside><ul>{related.map((p) => <li><a href={postHref(p)}>{titleOf(p)}</a></li>)}</ul></aside>
  </main>
</Base>
`,
  'src/pages/feed.xml.js': `import { dateOf, getPosts, postHref, site, titleOf } from '../lib/blog.js';

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function GET() {
  const posts = (await getPosts()).slice(0, 20);
  const items = posts.map((post) => {
    const link = new URL(postHref(post), site.url).href;
    return \`<item><title>\${escape(titleOf(post))}</title><link>\${link}</link><guid>\${link}</guid><pubDate>\${dateOf(post.data).toUTCString()}</pubDate><description>\${escape(post.rendered?.html ?? '')}</description></item>\`;
  });
  const xml = \`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>\${escape(site.name)}</title><link>\${site.url}/</link><description>\${escape(site.description)}</description>\${items.join('')}</channel></rss>\`;
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml' } });
}
`,
};

/** Counts the pages (index.html files) a build wrote. */
const pagesIn = (dir) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;

/**
 * Builds the blog both ways, cold then warm, and prints the times side by side.
 * `examplesDir`: where installed examples are (default: this checkout's examples/).
 */
export async function anchor({ root, work, sources, count, examplesDir = path.join(root, 'examples') }) {
  const base = path.join(work, 'anchor');
  const posts = path.join(base, 'posts');
  const markdown = sources.filter((s) => !/\.mdx$/i.test(s.name)).map((s) => ({ ...s, text: remoteImages(s.text) }));
  writePosts(markdown, posts, count);

  const vite = path.join(base, 'vite-spa');
  cpSync(path.join(root, 'examples', 'vite-spa'), vite, {
    recursive: true,
    filter: (src) => !/(^|[\\/])(node_modules|dist|dist-server|generated)([\\/]|$)/.test(path.relative(path.join(root, 'examples', 'vite-spa'), src)),
  });
  // The corpus names its authors inline, not by the example's keys: the copy loads no authors map.
  const buildData = path.join(vite, 'scripts', 'blog-data.ts');
  writeFileSync(buildData, readFileSync(buildData, 'utf8').replace(/^\s*authors: .*\n/m, ''));
  const astro = path.join(base, 'astro');
  for (const [file, text] of Object.entries(ASTRO_FILES)) {
    mkdirSync(path.dirname(path.join(astro, file)), { recursive: true });
    writeFileSync(path.join(astro, file), text);
  }
  console.log('');
  console.log(`anchor: one blog of ${count} posts (the corpus's .md and .markdown posts), built by the kit's Vite example and by Astro's content layer`);
  console.log(`  vite-spa packages: ${install('vite-spa', vite, root, examplesDir, true)}`);
  console.log(`  astro packages: ${install('astro', astro, root, examplesDir, false)}`);
  const astroVersion = JSON.parse(readFileSync(path.join(astro, 'node_modules', 'astro', 'package.json'), 'utf8')).version;

  const caches = {
    vite: ['node_modules/.cache', 'node_modules/.vite', 'dist', 'dist-server', 'src/generated', 'tsconfig.app.tsbuildinfo', 'tsconfig.node.tsbuildinfo', 'node_modules/.tmp'],
    astro: ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'dist'],
  };
  const builds = {
    vite: () => run('npm', ['run', 'build'], vite),
    astro: () => run(path.join(astro, 'node_modules', '.bin', 'astro'), ['build'], astro),
  };
  const times = { vite: {}, astro: {} };
  // Cold then warm for each, one after the other: the two sides never run at once.
  for (const side of ['vite', 'astro']) {
    const dir = side === 'vite' ? vite : astro;
    for (const cache of caches[side]) rmSync(path.join(dir, cache), { recursive: true, force: true });
    times[side].cold = builds[side]().seconds;
    times[side].warm = builds[side]().seconds;
    times[side].pages = pagesIn(path.join(dir, 'dist'));
  }
  const line = (label, s) => `${label.padEnd(52)} ${`${s.cold.toFixed(1)} s`.padStart(9)} ${`${s.warm.toFixed(1)} s`.padStart(9)} ${String(s.pages).padStart(7)}`;
  console.log(`${''.padEnd(52)} ${'cold'.padStart(9)} ${'warm'.padStart(9)} ${'pages'.padStart(7)}`);
  console.log(line('kit: the Vite example, npm run build (whole)', times.vite));
  console.log(line(`Astro ${astroVersion} content layer, astro build`, times.astro));
  const ratio = (mode) => times.vite[mode] / times.astro[mode];
  const verdict = (ok) => (ok ? 'ok' : 'WARN');
  console.log(`kit / Astro: cold ${ratio('cold').toFixed(2)}×, warm ${ratio('warm').toFixed(2)}×   goal < 1× both   ${verdict(ratio('cold') < 1 && ratio('warm') < 1)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const valueOf = (name) => (args.indexOf(name) === -1 ? undefined : args[args.indexOf(name) + 1]);
  const withValue = new Set(['--posts', '--examples']);
  const root = fileURLToPath(new URL('..', import.meta.url));
  const corpusDir = path.resolve(args.find((a, i) => !a.startsWith('--') && !withValue.has(args[i - 1])) ?? path.join(root, '../shared/corpus'));
  const count = Number(valueOf('--posts') ?? 1000);
  if (!existsSync(path.join(root, 'dist', 'node.js')) || !existsSync(corpusDir) || !Number.isInteger(count) || count < 1) {
    console.error('usage: node bench/anchor.mjs [corpusDir] [--posts M] [--examples DIR]   (after npm run build; DIR holds the installed examples)');
    process.exit(2);
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'rbk-bench-anchor-'));
  try {
    const examples = valueOf('--examples');
    await anchor({ root, work, sources: readCorpus(corpusDir), count, ...(examples && { examplesDir: path.resolve(examples) }) });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
