/**
 * The whole-blog part of `npm run test:hosts`: reads back what each example wrote from the shared
 * examples/posts folder — every index, tag and post page, the series, newer/older links, related
 * posts and author cards, the relative heroes, the head tags and JSON-LD, the feed (parsed by a
 * feed reader) and, for Next, the sitemap — and proves the index pages ship no post bodies.
 *
 * The expectations come from the posts themselves (parsed with the packed parser), not from the
 * kit's collection helpers, so a wrong helper cannot make its own output look right.
 *
 * The routing part (crawl, checkRouting) serves a build as the README says to host it — a strict
 * static server (serveBuilt) or `next start` (startNext) — and follows every URL the kit emitted.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { JSDOM } from 'jsdom';
import { parse as parseYaml } from 'yaml';

/** What every example is configured with (PER_PAGE and `site` in each example). */
const PER_PAGE = 3;
const SITE_URL = 'https://example.org';

const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function textOf(node) {
  if (!node) return '';
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/**
 * The longest run of letters, digits and spaces in a paragraph: it reads the same in HTML, in JSON
 * and in a JavaScript string literal, where quotes and apostrophes would be escaped.
 */
export function probe(paragraph) {
  return (paragraph.match(/[\p{L}\p{M}\p{N} ]{25,}/gu) ?? []).map((run) => run.trim()).sort((a, b) => b.length - a.length)[0] ?? '';
}

/** The shared posts, parsed, newest first, with a sentence from deep in each body. */
export function readPosts(repoRoot, parsePost) {
  const dir = path.join(repoRoot, 'examples', 'posts');
  const authors = parseYaml(readFileSync(path.join(dir, 'authors.yml'), 'utf8'));
  const files = readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return existsSync(path.join(full, 'index.md')) ? [path.join(full, 'index.md')] : [];
    return /\.mdx?$/.test(name) ? [full] : [];
  });
  const posts = files.map((file) => {
    const post = parsePost(readFileSync(file, 'utf8'), { filename: path.relative(dir, file), authors });
    const slug = post.slug ?? path.basename(file === path.join(path.dirname(file), 'index.md') ? path.dirname(file) : file).replace(/\.mdx?$/, '');
    const paragraph = post.sections.at(-1)?.content.children.find((n) => n.type === 'element' && n.tagName === 'p');
    return { ...post, slug, file, deepSentence: probe(textOf(paragraph)) };
  });
  return posts.sort((a, b) => (b.pubDate ?? '').localeCompare(a.pubDate ?? ''));
}

/** Each tag's slug as every example's URLs spell it: lower case, spaces as hyphens, accents kept. */
const tagSlug = (name) => name.trim().toLowerCase().replace(/\s+/g, '-');

export function checkBlog({ example, cwd, out, posts, check }) {
  const outDir = path.resolve(cwd, out);
  const name = example.name;
  const page = (rel) => {
    const file = path.join(outDir, rel);
    return existsSync(file) ? new JSDOM(readFileSync(file, 'utf8')).window.document : null;
  };
  const bodyLeaks = (html, except = []) =>
    posts.filter((p) => !except.includes(p.slug) && p.deepSentence.length > 20 && html.includes(p.deepSentence)).map((p) => p.slug);

  // Index pages.
  const pages = Math.ceil(posts.length / PER_PAGE);
  for (let n = 1; n <= pages; n++) {
    const rel = n === 1 ? 'index.html' : `page/${n}/index.html`;
    const doc = page(rel);
    if (!check(`${name}: wrote ${path.basename(outDir)}/${rel} (index page ${n} of ${pages})`, !!doc)) continue;
    const expected = posts.slice((n - 1) * PER_PAGE, n * PER_PAGE).map((p) => `/posts/${p.slug}/`);
    const links = [...doc.querySelectorAll('[data-slot="card-link"]')].map((a) => a.getAttribute('href'));
    check(`${name} ${rel}: cards for posts ${(n - 1) * PER_PAGE + 1}–${Math.min(n * PER_PAGE, posts.length)}, newest first`,
      JSON.stringify(links) === JSON.stringify(expected), `${links.join(', ')} (expected ${expected.join(', ')})`);
    const current = doc.querySelector('[data-slot="pagination"] [aria-current="page"]');
    check(`${name} ${rel}: the pagination marks page ${n} and links the others`, text(current) === String(n) &&
      doc.querySelectorAll('[data-slot="pagination"] a[href]').length >= pages - 1, current ? current.outerHTML.slice(0, 120) : 'no current page');
    const leaks = bodyLeaks(readFileSync(path.join(outDir, rel), 'utf8'));
    check(`${name} ${rel}: no post body in the HTML (checked ${posts.length} posts)`, leaks.length === 0, leaks.join(', '));
  }
  if (name === 'next-app') {
    // The index's React Server Components payloads as the build wrote them: the data a client
    // navigation or prefetch fetches (the whole payload and each segment's).
    const app = path.join(cwd, '.next', 'server', 'app');
    const payloads = [
      'index.rsc',
      ...(existsSync(path.join(app, 'index.segments')) ? readdirSync(path.join(app, 'index.segments'), { recursive: true }).map((f) => path.join('index.segments', String(f))) : []),
    ].filter((f) => f.endsWith('.rsc') && existsSync(path.join(app, f)));
    const leaks = payloads.flatMap((f) => bodyLeaks(readFileSync(path.join(app, f), 'utf8')).map((slug) => `${slug} in ${f}`));
    check(`next-app: the index's RSC payloads (${payloads.join(', ') || 'none'}) carry no post body`, payloads.length > 0 && leaks.length === 0, leaks.join(', '));
  }

  // Tag pages: one per tag, the accented and spaced ones included, each listing exactly its posts.
  const tags = new Map();
  for (const post of posts) for (const tag of post.tags) tags.set(tagSlug(tag), [...(tags.get(tagSlug(tag)) ?? []), post.slug]);
  check(`${name}: the posts use a tag with an accent and one with a space`, tags.has('météo') && tags.has('kitchen-science'), [...tags.keys()].join(', '));
  const wrong = [];
  for (const [slug, slugs] of tags) {
    const doc = page(`tags/${slug}/index.html`);
    const links = doc ? [...doc.querySelectorAll('[data-slot="card-link"]')].map((a) => a.getAttribute('href')) : null;
    const expected = slugs.map((s) => `/posts/${s}/`);
    if (!links || links.length !== expected.length || expected.some((e) => !links.includes(e))) wrong.push(`${slug}: ${links ? links.join(' ') : 'no page'}`);
  }
  check(`${name}: a page for each of the ${tags.size} tags listing exactly its posts`, wrong.length === 0, wrong.join('; '));

  // Post pages: series, newer/older, related, authors, relative heroes, head tags and JSON-LD.
  const problems = [];
  for (const [i, post] of posts.entries()) {
    const rel = `posts/${post.slug}/index.html`;
    const doc = page(rel);
    if (!doc) {
      problems.push(`${rel} missing`);
      continue;
    }
    const say = (what) => problems.push(`${post.slug}: ${what}`);
    const newer = doc.querySelector('a[data-slot="post-nav-newer"]')?.getAttribute('href');
    const older = doc.querySelector('a[data-slot="post-nav-older"]')?.getAttribute('href');
    if (newer !== (i > 0 ? `/posts/${posts[i - 1].slug}/` : undefined)) say(`newer → ${newer}`);
    if (older !== (i < posts.length - 1 ? `/posts/${posts[i + 1].slug}/` : undefined)) say(`older → ${older}`);
    const cards = [...doc.querySelectorAll('[data-slot="author-card"]')].map((c) => text(c.querySelector('[data-slot="author-card-name"]')));
    if (JSON.stringify(cards) !== JSON.stringify(post.authors.map((a) => a.name))) say(`author cards ${cards.join(', ')}`);
    const related = [...doc.querySelectorAll('#related-posts ~ * [data-slot="card-link"]')].map((a) => a.getAttribute('href'));
    if (related.length === 0 || related.includes(`/posts/${post.slug}/`)) say(`related ${related.join(', ') || 'none'}`);
    if (post.series) {
      const items = [...doc.querySelectorAll('[data-slot="series-nav"] [data-slot="series-nav-item"]')];
      const currentItem = doc.querySelector('[data-slot="series-nav"] [aria-current="page"]');
      if (items.length !== posts.filter((p) => p.series?.slug === post.series.slug).length || text(currentItem) !== post.title) {
        say(`series nav ${items.length} items, current "${text(currentItem)}"`);
      }
    } else if (doc.querySelector('[data-slot="series-nav"]')) say('a series nav without a series');
    const hero = doc.querySelector('article [data-slot="hero"] img');
    const heroSrc = hero?.getAttribute('src') ?? '';
    const heroFile = heroSrc.startsWith('/') ? path.join(outDir, decodeURI(heroSrc)) : null;
    if (!heroFile || !existsSync(heroFile) || !hero.getAttribute('width') || !hero.getAttribute('height')) say(`hero ${hero?.outerHTML.slice(0, 160) ?? 'missing'}`);

    // Head tags: what a search engine, a link preview and a feed reader read.
    const head = doc.head;
    const meta = (key) => head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    const canonical = `${SITE_URL}/posts/${post.slug}/`;
    if (!text(head.querySelector('title')).includes(post.title)) say(`<title> "${text(head.querySelector('title'))}"`);
    if (meta('description') !== post.description) say(`description "${meta('description')}"`);
    if (head.querySelector('link[rel="canonical"]')?.getAttribute('href') !== canonical) say(`canonical ${head.querySelector('link[rel="canonical"]')?.getAttribute('href')}`);
    if (meta('og:type') !== 'article' || meta('og:title') !== post.title || meta('og:url') !== canonical) say(`og type/title/url ${meta('og:type')} "${meta('og:title')}" ${meta('og:url')}`);
    if (!/^https:\/\/example\.org\//.test(meta('og:image') ?? '')) say(`og:image ${meta('og:image')}`);
    if (meta('twitter:card') !== 'summary_large_image') say(`twitter:card ${meta('twitter:card')}`);
    if (!head.querySelector('link[rel="alternate"][type="application/rss+xml"]')) say('no feed link in <head>');
    const ld = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => {
      try {
        return JSON.parse(s.textContent);
      } catch {
        return null;
      }
    });
    const posting = ld.find((d) => d?.['@type'] === 'BlogPosting');
    const authorNames = [posting?.author].flat().map((a) => a?.name);
    if (!posting || posting.headline !== post.title || !posting.datePublished?.startsWith(post.pubDate) || !posting.image ||
      JSON.stringify(authorNames) !== JSON.stringify(post.authors.map((a) => a.name))) {
      say(`JSON-LD ${JSON.stringify(posting)?.slice(0, 200)}`);
    }
  }
  check(`${name}: every one of the ${posts.length} post pages has its newer/older links, author cards, related posts, series nav, a served hero with its size, head tags and BlogPosting JSON-LD`,
    problems.length === 0, problems.slice(0, 8).join('; '));

  // A hero written next to its post ('./hero.png') is served from the site, with its size.
  const relative = posts.find((p) => p.heroImage?.src.startsWith('./'));
  const img = relative && page(`posts/${relative.slug}/index.html`)?.querySelector('article [data-slot="hero"] img');
  check(`${name}: the relative hero of "${relative?.slug}" is served from the site with width and height`,
    !!img && img.getAttribute('src').startsWith('/') && !img.getAttribute('src').includes('./') && img.getAttribute('width') === '960' && img.getAttribute('height') === '540',
    img?.outerHTML.slice(0, 200) ?? 'no hero');

  // The feed, read by a feed reader: every post, each with its absolute link, date and content.
  const feedFile = path.join(outDir, 'feed.xml');
  if (check(`${name}: wrote ${path.basename(outDir)}/feed.xml`, existsSync(feedFile))) {
    let feed;
    try {
      feed = parseFeed(readFileSync(feedFile, 'utf8'));
    } catch (error) {
      check(`${name}: feed.xml parses`, false, String(error));
    }
    if (feed) {
      const bad = feed.items.filter((item) => {
        const content = item.content ?? '';
        // A slug may be a path (`oceans/why-the-sea-is-salty`): one or more segments under /posts/.
        return !item.title || !/^https:\/\/example\.org\/posts\/(?:[^/]+\/)+$/.test(item.url ?? '') || !item.published ||
          /<script/i.test(content) || /\b(src|href)="(?!https?:|mailto:|#)/.test(content);
      });
      check(`${name}: feed.xml has all ${posts.length} posts, each with a title, an absolute link, a date and full content with absolute URLs and no script`,
        feed.items.length === posts.length && bad.length === 0 && feed.items.every((item) => (item.content ?? '').length > (item.description ?? '').length),
        `${feed.items.length} items; bad: ${bad.map((i) => i.url ?? i.title).join(', ')}`);
      const deep = posts[0];
      check(`${name}: the feed's first item carries the newest post's whole body`, feed.items[0]?.title === deep.title && (feed.items[0]?.content ?? '').includes(deep.deepSentence.slice(0, 40)));
    }
  }
}

/** Next's sitemap: every post, index page and tag page, as absolute URLs. */
export function checkSitemap({ cwd, out, posts, check }) {
  const file = path.resolve(cwd, out, 'sitemap.xml');
  if (!check('next-app: served sitemap.xml', existsSync(file))) return;
  const doc = new JSDOM(readFileSync(file, 'utf8'), { contentType: 'text/xml' }).window.document;
  const urls = [...doc.getElementsByTagName('loc')].map((l) => l.textContent.trim());
  const missing = posts.map((p) => `${SITE_URL}/posts/${p.slug}/`).filter((u) => !urls.includes(u));
  check(`next-app: sitemap.xml lists all ${posts.length} posts, the home page and the tag pages (${urls.length} URLs)`,
    missing.length === 0 && urls.includes(`${SITE_URL}/`) && urls.some((u) => u.includes('/tags/')), missing.join(', '));
}

// ---------------------------------------------------------------------------------------------
// Routing: every URL the kit emits answers 200 with no redirect, where the README says to host it.
// ---------------------------------------------------------------------------------------------

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const STATIC_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

/**
 * The hosting the README asks for, and nothing more forgiving: `<path>/` is `<path>/index.html`, any
 * other path is the file of that name, everything else is a 404. No redirects, no `.html` guessing,
 * so a URL that only a lenient host would answer fails here.
 */
export async function serveBuilt(root) {
  const absRoot = path.resolve(root);
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = path.resolve(absRoot, `.${path.posix.normalize(pathname.endsWith('/') ? `${pathname}index.html` : pathname)}`);
    const inside = file === absRoot || file.startsWith(absRoot + path.sep);
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': STATIC_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

/**
 * Starts `next start` (or `next dev`) for a built Next example on 127.0.0.1 and waits until it
 * answers. Resolves to { url, output(), close() }; rejects after `timeoutMs` with the server's output.
 */
export async function startNext(cwd, { mode = 'start', env = {}, timeoutMs = 60_000 } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(cwd, 'node_modules', 'next', 'dist', 'bin', 'next'), mode, '-H', '127.0.0.1', '-p', String(port)], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${url}/favicon.ico`, { redirect: 'manual', signal: AbortSignal.timeout(5000) }).then(() => true, () => false);
    if (ok) return { url, output: () => output, close };
    await new Promise((r) => setTimeout(r, 250));
  }
  await close();
  throw new Error(`next ${mode} did not answer on ${url} within ${timeoutMs / 1000}s:\n${output.slice(-2000)}`);
}

/** Where on the site each absolute URL of the site points, as a path; null for other sites. */
const sitePath = (href, base) => {
  let url;
  try {
    url = new URL(href, `${base}/`);
  } catch {
    return null;
  }
  if (url.origin !== new URL(SITE_URL).origin && url.origin !== new URL(base).origin) return null;
  return url.pathname + url.search;
};

/** Strings under the site's URL anywhere in a JSON-LD object: url, @id, mainEntityOfPage, image… */
function jsonLdUrls(value, out = []) {
  if (typeof value === 'string') {
    if (value.startsWith(`${SITE_URL}/`)) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => jsonLdUrls(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => jsonLdUrls(v, out));
  return out;
}

/** Build assets that the host writes (not URLs the kit emits). */
const HOST_ASSET = /^\/(_next|_astro|assets)\//;

/**
 * Crawls a served blog from `/`, the feed and the sitemap: collects every URL the kit emits in each
 * page (links within the site, canonical, og:url, og:image, JSON-LD urls, feed and sitemap links)
 * and fetches each once without following redirects. Pages are saved under `saveTo` when given, as
 * `<path>/index.html`, so the file checks can read what a server answered. Bounded: 400 URLs, 3 min.
 */
export async function crawl(base, { saveTo, limit = 400, timeoutMs = 180_000 } = {}) {
  const seen = new Map(); // path -> { status, location, type, from: Set }
  const queue = [];
  const add = (href, from) => {
    const p = sitePath(href, base);
    if (!p || HOST_ASSET.test(p)) return;
    const entry = seen.get(p);
    if (entry) entry.from.add(from);
    else {
      seen.set(p, { from: new Set([from]) });
      queue.push(p);
    }
  };
  ['/', '/feed.xml', '/sitemap.xml'].forEach((p) => add(p, 'start'));
  const deadline = Date.now() + timeoutMs;
  while (queue.length && seen.size <= limit && Date.now() < deadline) {
    const p = queue.shift();
    const entry = seen.get(p);
    let response;
    try {
      response = await fetch(base + p, { redirect: 'manual', signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      entry.status = `error ${error.message}`;
      continue;
    }
    entry.status = response.status;
    entry.location = response.headers.get('location') ?? undefined;
    entry.type = response.headers.get('content-type') ?? '';
    if (response.status !== 200) continue;
    const body = Buffer.from(await response.arrayBuffer());
    if (saveTo) {
      const rel = decodeURIComponent(p.split('?')[0]);
      const file = path.join(saveTo, rel.endsWith('/') ? `${rel}index.html` : rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, body);
    }
    if (entry.type.includes('html')) {
      const doc = new JSDOM(body.toString('utf8')).window.document;
      const where = `${p}`;
      for (const a of doc.querySelectorAll('a[href]')) {
        // Links an author wrote to other sites, or to pages of example.org the blog does not have
        // (author profiles), are data; the links the kit and the host make are paths.
        const href = a.getAttribute('href');
        if (href.startsWith('/') && !href.startsWith('//')) add(href.split('#')[0], `${where} <a>`);
      }
      for (const link of doc.querySelectorAll('link[rel="canonical"][href], link[rel="alternate"][href]')) add(link.getAttribute('href'), `${where} <link rel=${link.getAttribute('rel')}>`);
      for (const key of ['og:url', 'og:image', 'twitter:image']) {
        const content = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
        if (content) add(content, `${where} ${key}`);
      }
      for (const img of doc.querySelectorAll('article img[src], [data-slot="card"] img[src]')) add(img.getAttribute('src'), `${where} <img>`);
      for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
        try {
          jsonLdUrls(JSON.parse(script.textContent)).filter((u) => !/\/authors\//.test(u)).forEach((u) => add(u, `${where} JSON-LD`));
        } catch {
          // a broken JSON-LD block is reported by checkBlog
        }
      }
    } else if (/xml/.test(entry.type) || p.endsWith('.xml')) {
      const doc = new JSDOM(body.toString('utf8'), { contentType: 'text/xml' }).window.document;
      const kind = p.includes('sitemap') ? 'sitemap <loc>' : 'feed';
      for (const el of [...doc.getElementsByTagName('loc'), ...doc.getElementsByTagName('link')]) {
        const href = el.getAttribute('href') ?? el.textContent.trim();
        if (href) add(href, `${p} ${kind}`);
      }
    }
  }
  return seen;
}

/**
 * The routing check every example passes: each URL the kit emitted, crawled from the served blog,
 * answered 200 with no redirect, and every post's URL (a slug with a dot among them) was emitted
 * as canonical, og:url, JSON-LD url, feed link and card link.
 */
export function checkRouting({ name, seen, posts, check, hosting }) {
  const bad = [...seen].filter(([p, e]) => e.status !== 200 && !(e.from.size === 1 && e.from.has('start') && p === '/sitemap.xml'));
  check(`${name}: all ${seen.size} URLs the kit emits (post and tag links, pagination, canonical, og:url, JSON-LD, feed, sitemap) answer 200 with no redirect from ${hosting}`,
    seen.size > posts.length && bad.length === 0,
    bad.slice(0, 6).map(([p, e]) => `${p} → ${e.status}${e.location ? ` ${e.location}` : ''} (from ${[...e.from].slice(0, 2).join(', ')})`).join('; '));
  const kinds = ['<link rel=canonical>', 'og:url', 'JSON-LD', 'feed', '<a>'];
  const missing = posts.flatMap((post) => {
    const entry = seen.get(`/posts/${encodeURI(post.slug)}/`) ?? seen.get(`/posts/${post.slug}/`);
    const from = entry ? [...entry.from].join(' ') : '';
    const lacks = kinds.filter((k) => !from.includes(k));
    return lacks.length ? [`/posts/${post.slug}/ not as ${lacks.join(', ')}`] : [];
  });
  const dotted = posts.filter((p) => p.slug.includes('.')).map((p) => p.slug);
  check(`${name}: each of the ${posts.length} posts' URLs ends in / and is the one its canonical, og:url, JSON-LD, feed item and cards use (dotted slug: ${dotted.join(', ') || 'none'})`,
    dotted.length > 0 && missing.length === 0, missing.slice(0, 6).join('; '));
}
