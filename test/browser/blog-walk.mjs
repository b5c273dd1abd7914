/**
 * A reader's walk through each host's whole blog, built from examples/posts: the index → a post
 * → its newer post → a tag page → page 2 of the index → a click on the card of the post whose slug
 * holds dots → the MDX post, its <Chart> rendered by the host. Every page loads without a console error,
 * has no axe violation and no layout shift (the hero and card images are held back by the
 * server, so a missing reserved box would shift the page), and the index pages carry no post
 * body in their HTML or in any data they load.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { probe } from '../../scripts/hosts-blog.mjs';
import { check, describeViolations, openPage, runAxe } from './harness.mjs';

/** Cards on a full index page, as the examples paginate (PER_PAGE in each example). */
const PER_PAGE = 3;

/** The text of a hast tree. */
function textOf(node) {
  if (!node) return '';
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/**
 * A sentence from deep inside each post's body: its last section's first paragraph. None of it is
 * in a title, description or excerpt, so finding it on an index page means a body was shipped.
 */
async function bodySentences(repoRoot) {
  const { parsePost } = await import(pathToFileURL(path.join(repoRoot, 'dist', 'parse.js')).href);
  const dir = path.join(repoRoot, 'examples', 'posts');
  const files = readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return [path.join(full, 'index.md')];
    return /\.mdx?$/.test(name) ? [full] : [];
  });
  return files.map((file) => {
    const post = parsePost(readFileSync(file, 'utf8'), { filename: path.relative(dir, file) });
    const paragraph = post.sections.at(-1)?.content.children.find((n) => n.type === 'element' && n.tagName === 'p');
    return { file: path.relative(dir, file), sentence: probe(textOf(paragraph)) };
  });
}

/** Reads what one loaded page shows and measures: CLS, the h1, the axe violations, problems. */
async function settle(tab, axeSource) {
  const { page } = tab;
  await page.waitForLoadState('load');
  // A late shift (a style, a font, a hydration re-render) gets its chance before CLS is read.
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => ({
    cls: window.__rbkPaint?.cls ?? null,
    shifts: window.__rbkPaint?.shifts ?? [],
    h1: [...document.querySelectorAll('h1')].map((h) => h.textContent.replace(/\s+/g, ' ').trim()),
    path: decodeURI(location.pathname),
  }));
  const violations = await runAxe(page, axeSource, 'html');
  return { ...state, violations };
}

/** The checks every page of the walk passes. */
function pageChecks(label, state, tab) {
  check(`${label}: no layout shift`, state.cls === 0, `CLS ${state.cls}${state.shifts.length ? `; ${JSON.stringify(state.shifts).slice(0, 300)}` : ''}`);
  check(`${label}: axe finds no violations on the whole page`, state.violations.length === 0, describeViolations(state.violations));
  check(`${label}: exactly one <h1>`, state.h1.length === 1, state.h1.join(' | '));
  check(`${label}: no console error and no failed request`, tab.problems.length === 0, tab.problems.join(' | '));
  tab.problems.length = 0;
}

/** Goes where a link on the page points, as a reader following it would land (a full load). */
async function follow(tab, server, selector, what) {
  const href = await tab.page.locator(selector).first().getAttribute('href').catch(() => null);
  if (!check(`${what}: the link is there (${selector})`, !!href, href ?? 'none')) return null;
  await tab.page.goto(new URL(href, server.url + '/').href, { waitUntil: 'load' });
  return href;
}

/**
 * Pages on through the index with its pagination until a card links to a post whose slug holds a
 * dot, then clicks that card: the page must show that post, at the URL the card gave, with no
 * console error and no failed request.
 */
async function dottedSlugByClick(tab, label) {
  const { page } = tab;
  let card = null;
  for (let i = 0; i < 10 && !card; i++) {
    card = await page.$$eval('[data-slot="card-link"]', (as) =>
      as.map((a) => ({ href: a.getAttribute('href'), title: a.textContent.trim() })).find((c) => /^\/posts\/[^/]*\.[^/]*\/$/.test(c.href ?? '')) ?? null);
    if (card) break;
    const next = await page.$('[data-slot="pagination"] a[rel="next"]');
    if (!next) break;
    await Promise.all([page.waitForURL((url) => url.pathname !== new URL(page.url()).pathname, { timeout: 10000 }).catch(() => {}), next.click()]);
    await page.waitForLoadState('load');
  }
  if (!check(`${label('index → dotted slug')}: an index page lists a post whose slug holds a dot`, !!card, card?.href ?? 'none found')) return;
  tab.problems.length = 0;
  await page.click(`[data-slot="card-link"][href="${card.href}"]`);
  const landed = await page
    .waitForFunction((title) => document.querySelector('h1')?.textContent.replace(/\s+/g, ' ').trim() === title, card.title, { timeout: 10000 })
    .then(() => true, () => false);
  await page.waitForTimeout(300);
  const where = decodeURI(new URL(page.url()).pathname);
  check(`${label('dotted slug')}: clicking the card of ${card.href} lands on that post, at that URL, with no console error or failed request`,
    landed && where === card.href && tab.problems.length === 0,
    `${where} "${await page.$eval('h1', (h) => h.textContent.trim()).catch(() => 'no h1')}"${tab.problems.length ? `; ${tab.problems.join(' | ')}` : ''}`);
  tab.problems.length = 0;
}

export async function blogWalk({ context, server, host, repoRoot, axeSource, observePaint, shotsDir }) {
  const bodies = await bodySentences(repoRoot);
  const tab = await openPage(context);
  const { page } = tab;
  const label = (step) => `${host.name} walk ${step}`;
  // Every response while an index page loads, to look for post bodies in its HTML and data.
  let responses = [];
  page.on('response', (response) => responses.push(response));
  const shipped = async () => {
    const own = responses.filter((r) => {
      const url = new URL(r.url());
      // Next prefetches the linked posts' payloads; those belong to the post pages, not this one.
      return url.origin === new URL(server.url).origin && !url.pathname.startsWith('/posts/') && !/\.(png|jpe?g|webp|avif|css|woff2?)$/.test(url.pathname);
    });
    const found = [];
    for (const response of own) {
      const body = await response.text().catch(() => '');
      for (const { file, sentence } of bodies) if (sentence && body.includes(sentence)) found.push(`${file} in ${new URL(response.url()).pathname}`);
    }
    return { found, count: own.length };
  };
  try {
    await page.addInitScript(observePaint);

    // 1. The index: a full page of cards, page 1 marked current, no bodies.
    responses = [];
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    let state = await settle(tab, axeSource);
    const cards = await page.$$eval('[data-slot="card-link"]', (as) => as.map((a) => ({ href: a.getAttribute('href'), title: a.textContent.trim() })));
    check(`${label('/')}: ${PER_PAGE} post cards, each linking to its post`, cards.length === PER_PAGE && cards.every((c) => c.href?.startsWith('/posts/')),
      cards.map((c) => c.href).join(', '));
    const current = await page.$$eval('nav [aria-current="page"]', (els) => els.map((e) => e.textContent.trim()));
    check(`${label('/')}: the pagination marks page 1 as the current page`, current.includes('1'), current.join(', ') || 'none');
    let body = await shipped();
    check(`${label('/')}: none of the ${bodies.length} posts' bodies is in the ${body.count} HTML/script/data responses`,
      bodies.every((b) => b.sentence.length >= 25) && body.count > 0 && body.found.length === 0, body.found.join(', '));
    pageChecks(label('/'), state, tab);
    await page.screenshot({ path: path.join(shotsDir, `${host.name}--index.png`), fullPage: true });

    // 2. A post that has a newer one: the last card on page 1.
    const last = cards.at(-1);
    await follow(tab, server, `[data-slot="card-link"][href="${last?.href}"]`, label('index → post'));
    state = await settle(tab, axeSource);
    check(`${label('post')}: the card led to its post (${last?.href})`, state.path === decodeURI(last?.href ?? '') && state.h1[0] === last?.title, `${state.path} "${state.h1[0]}"`);
    const series = await page.$$eval('[data-slot="series-nav"] [aria-current="page"]', (els) => els.length);
    const authors = await page.$$eval('[data-slot="author-card"]', (els) => els.length);
    check(`${label('post')}: the post shows its series (current part marked) and an author card`, series === 1 && authors > 0, `series current ${series}, author cards ${authors}`);
    const related = await page.$$eval('#related-posts ~ * [data-slot="card-link"]', (as) => as.map((a) => a.getAttribute('href')));
    check(`${label('post')}: related posts link to other posts`, related.length > 0 && !related.includes(last?.href), related.join(', '));
    const newerTitle = await page.locator('[data-slot="post-nav-newer"] [data-slot="post-nav-title"]').first().textContent().catch(() => null);
    pageChecks(label(state.path), state, tab);

    // 3. Its newer post.
    const newerHref = await follow(tab, server, 'a[data-slot="post-nav-newer"]', label('post → newer'));
    state = await settle(tab, axeSource);
    check(`${label('newer post')}: the "newer" link led to the post it named`, !!newerHref && state.path === decodeURI(newerHref) && state.h1[0] === newerTitle?.trim(),
      `${state.path} "${state.h1[0]}", link said "${newerTitle}"`);
    const olderBack = await page.locator('a[data-slot="post-nav-older"]').first().getAttribute('href').catch(() => null);
    check(`${label('newer post')}: its "older" link points back`, olderBack === last?.href, `older → ${olderBack}`);
    pageChecks(label(state.path), state, tab);

    // 4. A tag page, by the post's own tag links; one whose name has an accent or space if it has one.
    const tagLinks = await page.$eval('article [data-slot="meta"]', (meta) =>
      [...meta.querySelectorAll('a[href^="/tags/"]')].map((a) => ({ href: a.getAttribute('href'), name: a.textContent.replace(/^#/, '').trim() })),
    ).catch(() => []);
    const tag = tagLinks.find((t) => /[^\x00-\x7f]|%|\s/.test(t.name)) ?? tagLinks[0];
    await follow(tab, server, `article a[href="${tag?.href}"]`, label(`post → tag "${tag?.name}"`));
    state = await settle(tab, axeSource);
    const tagged = await page.$$eval('[data-slot="card"]', (els) => els.map((card) => [...card.querySelectorAll('a[href^="/tags/"]')].map((a) => a.getAttribute('href'))));
    check(`${label('tag')}: the tag page (${tag?.href}) lists only posts with that tag, the post we came from among them`,
      !!tag && state.path === decodeURI(tag.href) && tagged.length > 0 && tagged.every((hrefs) => hrefs.some((h) => decodeURI(h) === decodeURI(tag.href))) &&
        state.h1[0]?.includes(tag.name),
      `${state.path} "${state.h1[0]}", ${tagged.length} cards`);
    check(`${label('tag')}: the tag list marks this tag as current`,
      (await page.$$eval('[data-slot="tag-list"] [aria-current="page"]', (els) => els.map((e) => e.getAttribute('href') ?? e.textContent))).length === 1);
    pageChecks(label(state.path), state, tab);

    // 5. Page 2 of the index, through the index's own pagination.
    await follow(tab, server, 'header a[href="/"]', label('tag → home'));
    await page.waitForLoadState('load');
    tab.problems.length = 0;
    responses = [];
    await follow(tab, server, '[data-slot="pagination"] a[href*="page/2"]', label('index → page 2'));
    state = await settle(tab, axeSource);
    const cards2 = await page.$$eval('[data-slot="card-link"]', (as) => as.map((a) => a.getAttribute('href')));
    const current2 = await page.$$eval('nav [aria-current="page"]', (els) => els.map((e) => e.textContent.trim()));
    check(`${label('page 2')}: other posts than page 1, page 2 marked current`,
      state.path.replace(/\/$/, '') === '/page/2' && cards2.length > 0 && cards2.every((h) => !cards.some((c) => c.href === h)) && current2.includes('2'),
      `${state.path}: ${cards2.join(', ')}; current ${current2.join(', ')}`);
    body = await shipped();
    check(`${label('page 2')}: no post body in its ${body.count} HTML/script/data responses`, body.count > 0 && body.found.length === 0, body.found.join(', '));
    pageChecks(label(state.path), state, tab);

    // 6. The post whose slug holds dots (v24.0.0), reached by clicking its card as a reader does: a
    //    host's client router may navigate there without a page load, and must still land on it.
    await dottedSlugByClick(tab, label);

    // 7. The MDX post, loaded whole: the host's own <Chart> is on the page once it has hydrated (a
    //    mismatch between the server's render and the browser's would be a console error), and no
    //    MDX source shows.
    const mdx = bodies.find((b) => b.file.endsWith('.mdx'));
    if (check(`${label('mdx')}: the posts include an MDX post`, !!mdx)) {
      const href = `/posts/${path.basename(mdx.file, '.mdx')}/`;
      tab.problems.length = 0;
      await page.goto(`${server.url}${href}`, { waitUntil: 'load' });
      state = await settle(tab, axeSource);
      const shown = await page.evaluate(() => ({
        bars: document.querySelectorAll('article figure.blog-chart li').length,
        caption: document.querySelector('article figure.blog-chart figcaption')?.textContent ?? '',
        text: document.querySelector('article')?.textContent ?? '',
      }));
      check(`${label(href)}: the host's <Chart> shows its caption and bars, and no MDX source (a tag, a brace, an import) shows`,
        shown.bars > 0 && shown.caption.length > 0 && !/[{}]|<\/?[A-Z]|\bimport\s/.test(shown.text), `${shown.bars} bars, caption "${shown.caption}"`);
      pageChecks(label(state.path), state, tab);
    }
  } finally {
    await tab.close();
  }
}
