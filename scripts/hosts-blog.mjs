/**
 * The whole-blog part of `npm run test:hosts`: reads back what each example wrote from the shared
 * examples/posts folder — every index, tag and post page, the series, newer/older links, related
 * posts and author cards, the relative heroes, the head tags and JSON-LD, the feed (parsed by a
 * feed reader) and, for Next, the sitemap — and proves the index pages ship no post bodies.
 *
 * The expectations come from the posts themselves (parsed with the packed parser), not from the
 * kit's collection helpers, so a wrong helper cannot make its own output look right.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
    return name.endsWith('.md') ? [full] : [];
  });
  const posts = files.map((file) => {
    const post = parsePost(readFileSync(file, 'utf8'), { filename: path.relative(dir, file), authors });
    const slug = post.slug ?? path.basename(file === path.join(path.dirname(file), 'index.md') ? path.dirname(file) : file, '.md');
    const paragraph = post.sections.at(-1)?.content.children.find((n) => n.type === 'element' && n.tagName === 'p');
    return { ...post, slug, file, deepSentence: probe(textOf(paragraph)) };
  });
  return posts.sort((a, b) => (b.pubDate ?? '').localeCompare(a.pubDate ?? ''));
}

/** Each tag's slug as every example's URLs spell it: lower case, spaces as hyphens, accents kept. */
const tagSlug = (name) => name.trim().toLowerCase().replace(/\s+/g, '-');

export function checkBlog({ example, cwd, out, posts, check }) {
  const outDir = path.join(cwd, out);
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
    if (!check(`${name}: wrote ${out}/${rel} (index page ${n} of ${pages})`, !!doc)) continue;
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
    // The index's React Server Components payloads: the data a client navigation fetches.
    const payloads = readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.txt') && (f === 'index.txt' || f.startsWith(`index${path.sep}`) || /^__next\.[^/]*\.txt$/.test(f)));
    const leaks = payloads.flatMap((f) => bodyLeaks(readFileSync(path.join(outDir, f), 'utf8')).map((slug) => `${slug} in ${f}`));
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
  if (check(`${name}: wrote ${out}/feed.xml`, existsSync(feedFile))) {
    let feed;
    try {
      feed = parseFeed(readFileSync(feedFile, 'utf8'));
    } catch (error) {
      check(`${name}: feed.xml parses`, false, String(error));
    }
    if (feed) {
      const bad = feed.items.filter((item) => {
        const content = item.content ?? '';
        return !item.title || !/^https:\/\/example\.org\/posts\/[^/]+\/$/.test(item.url ?? '') || !item.published ||
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
  const file = path.join(cwd, out, 'sitemap.xml');
  if (!check('next-app: wrote out/sitemap.xml', existsSync(file))) return;
  const doc = new JSDOM(readFileSync(file, 'utf8'), { contentType: 'text/xml' }).window.document;
  const urls = [...doc.getElementsByTagName('loc')].map((l) => l.textContent.trim());
  const missing = posts.map((p) => `${SITE_URL}/posts/${p.slug}/`).filter((u) => !urls.includes(u));
  check(`next-app: sitemap.xml lists all ${posts.length} posts, the home page and the tag pages (${urls.length} URLs)`,
    missing.length === 0 && urls.includes(`${SITE_URL}/`) && urls.some((u) => u.includes('/tags/')), missing.join(', '));
}
