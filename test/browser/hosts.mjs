/**
 * The host apps' built pages in Chromium: no console error or hydration warning, no layout shift
 * while the (deliberately slow) hero image loads, the hero is the largest contentful paint and was
 * fetched with high priority, Tab reaches every TOC link and heading permalink with a visible
 * focus ring, the active TOC link follows scrolling, and the dark and RTL pages render. Then each
 * host's blog is walked page to page (blog-walk.mjs).
 */
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startNext } from '../../scripts/hosts-blog.mjs';
import { READER_TIME_ZONE, check, describeViolations, openPage, runAxe } from './harness.mjs';
import { blogWalk } from './blog-walk.mjs';
import { serveStatic } from './server.mjs';

/** How long the server holds the hero image back, so a missing reserved box would shift the page. */
const HERO_DELAY_MS = 1000;
const HERO = /\/images\/hero\.png$/;

export const HOSTS = [
  {
    name: 'vite-spa',
    out: 'dist',
    pages: [
      { path: '/posts/how-sourdough-rises/', kind: 'post' },
      // A slug that holds dots: the client must still find and hydrate the page it was served.
      { path: '/posts/v24.0.0/', kind: 'post', shot: 'dotted-slug' },
    ],
  },
  {
    name: 'next-app',
    // Built with `next build` (.next/) and served with `next start`, as Cache Components requires.
    out: '.next',
    serve: 'next start',
    pages: [
      { path: '/posts/how-bicycles-stay-upright/', kind: 'post' },
      { path: '/posts/rainbow-ar/', kind: 'rtl' },
      { path: '/posts/v24.0.0/', kind: 'post', shot: 'dotted-slug' },
    ],
  },
  {
    name: 'astro',
    out: 'dist',
    pages: [
      { path: '/posts/how-bees-make-honey/', kind: 'post' },
      { path: '/posts/rainbow-ar/', kind: 'rtl' },
      { path: '/posts/v24.0.0/', kind: 'post', shot: 'dotted-slug' },
    ],
  },
];

/** Runs in the page before any of its scripts: records layout shifts and LCP candidates. */
function observePaint() {
  const record = { cls: 0, shifts: [], lcp: [] };
  window.__rbkPaint = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      record.cls += entry.value;
      record.shifts.push({
        value: entry.value,
        at: Math.round(entry.startTime),
        sources: (entry.sources ?? []).map((s) => s.node?.nodeName + (s.node?.className ? `.${String(s.node.className).split(' ')[0]}` : '')),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.lcp.push(entry);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

export async function hostsSuite({ context, repoRoot, axeSource, shotsDir }) {
  mkdirSync(shotsDir, { recursive: true });
  for (const host of HOSTS) {
    const started = Date.now();
    const delay = (pathname) => (HERO.test(pathname) ? HERO_DELAY_MS : 0);
    const server = host.serve === 'next start'
      ? await serveNext(path.join(repoRoot, 'examples', host.name), delay)
      : await serveStatic({ root: path.join(repoRoot, 'examples', host.name, host.out), delay });
    try {
      for (const target of host.pages) {
        const label = `${host.name} ${target.path}`;
        if (target.kind === 'post') await postPage({ context, server, host, target, label, axeSource, shotsDir });
        else await rtlPage({ context, server, host, target, label, axeSource, shotsDir });
      }
      const walkStarted = Date.now();
      await blogWalk({ context, server, host, repoRoot, axeSource, observePaint, shotsDir });
      console.log(`  ${host.name} walk: ${((Date.now() - walkStarted) / 1000).toFixed(1)}s`);
    } finally {
      await server.close();
    }
    console.log(`  ${host.name}: ${((Date.now() - started) / 1000).toFixed(1)}s`);
  }
}

/**
 * `next start` on 127.0.0.1 behind a small proxy that can hold chosen responses back (the hero), as
 * serveStatic does for the static hosts. Resolves to { url, close() }.
 */
async function serveNext(cwd, delay) {
  const next = await startNext(cwd);
  const target = new URL(next.url);
  const proxy = http.createServer(async (req, res) => {
    const wait = delay(new URL(req.url ?? '/', next.url).pathname);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const upstream = http.request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host } },
      (response) => {
        res.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      proxy.closeAllConnections?.();
      await new Promise((resolve) => proxy.close(() => resolve()));
      await next.close();
    },
  };
}

/**
 * Waits until hydration is done: React has attached its fiber to the table of contents. (The
 * active TOC marks no link at the top of the page, where the reader is still in the intro.)
 */
const hydrated = (page) =>
  page
    .waitForFunction(() => {
      const nav = document.querySelector('nav.rbk-toc') ?? document.querySelector('nav[aria-label]');
      return !!nav && Object.keys(nav).some((key) => key.startsWith('__reactFiber$'));
    }, null, { timeout: 10000, polling: 50 })
    .then(() => page.waitForTimeout(100))
    .then(() => true, () => false);

async function postPage({ context, server, host, target, label, axeSource, shotsDir }) {
  const tab = await openPage(context);
  const { page } = tab;
  try {
    await page.addInitScript(observePaint);
    // What the network stack itself decided: Chromium's priority for each request.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const heroRequests = [];
    cdp.on('Network.requestWillBeSent', (e) => {
      if (HERO.test(new URL(e.request.url).pathname)) heroRequests.push({ priority: e.request.initialPriority, type: e.type });
    });

    const t0 = Date.now();
    await page.goto(server.url + target.path, { waitUntil: 'load' });
    const loadMs = Date.now() - t0;
    const isHydrated = await hydrated(page);
    // Give a late shift (a font swap, a late style) the chance to happen before reading CLS.
    await page.waitForTimeout(300);

    const paint = await page.evaluate(() => {
      const hero = [...document.images].find((img) => /\/images\/hero\.png$/.test(new URL(img.currentSrc || img.src).pathname));
      const { cls, shifts, lcp } = window.__rbkPaint;
      const last = lcp.at(-1);
      return {
        cls,
        shifts,
        heroComplete: hero ? hero.complete && hero.naturalWidth > 0 : false,
        heroFetchPriority: hero?.getAttribute('fetchpriority'),
        heroBox: hero ? (({ width, height }) => ({ width: Math.round(width), height: Math.round(height) }))(hero.getBoundingClientRect()) : null,
        lcpIsHero: !!last && last.element === hero,
        lcp: last ? { tag: last.element?.tagName, url: last.url, size: last.size, time: Math.round(last.renderTime || last.loadTime || last.startTime) } : null,
        lcpCandidates: lcp.map((e) => `${e.element?.tagName}${e.url ? ` ${new URL(e.url).pathname}` : ''} ${e.size}px²`),
      };
    });

    check(`${label}: hydrates (React owns the TOC)`, isHydrated);
    const markedAtTop = await page.evaluate(() =>
      document.documentElement.scrollTop === 0 && document.querySelector('article h2[id]')?.getBoundingClientRect().top > innerHeight * 0.25
        ? [...document.querySelectorAll('nav a[aria-current]')].map((a) => a.getAttribute('href'))
        : null,
    );
    if (markedAtTop) check(`${label}: at the top of the page (the intro) no TOC link is current`, markedAtTop.length === 0, markedAtTop.join(' '));
    check(`${label}: the hero loaded after a ${HERO_DELAY_MS} ms delay (page load ${loadMs} ms)`, paint.heroComplete && loadMs >= HERO_DELAY_MS);
    check(`${label}: cumulative layout shift is 0 while the hero loads`, paint.cls === 0,
      `CLS ${paint.cls.toFixed(4)}${paint.shifts.length ? `; shifts: ${JSON.stringify(paint.shifts)}` : ''}; hero box ${JSON.stringify(paint.heroBox)}`);
    check(`${label}: the largest contentful paint is the hero image`, paint.lcpIsHero,
      `LCP ${paint.lcp ? `${paint.lcp.tag} ${paint.lcp.size}px² at ${paint.lcp.time} ms` : 'none'}; candidates: ${paint.lcpCandidates.join(', ')}`);
    const priorities = heroRequests.map((r) => r.priority);
    check(`${label}: the hero was requested with high priority`,
      heroRequests.length > 0 && priorities.every((p) => p === 'High' || p === 'VeryHigh') && paint.heroFetchPriority === 'high',
      `Chromium priority ${priorities.join(', ') || 'no request seen'}; fetchpriority=${paint.heroFetchPriority}`);

    // Scrolling: each section whose heading can reach the top of the window is scrolled there; the
    // one current TOC link must then be that section's or one of its items' (the reader is in it).
    const sections = await page.evaluate(() => {
      const maxScroll = document.documentElement.scrollHeight - window.innerHeight;
      return [...document.querySelectorAll('article section[aria-labelledby]')]
        .map((section) => {
          const heading = document.getElementById(section.getAttribute('aria-labelledby'));
          return {
            id: heading?.id,
            ids: [...section.querySelectorAll(':is(h2, h3, h4, h5, h6)[id]')].map((h) => h.id),
            reachable: heading ? heading.getBoundingClientRect().top + window.scrollY <= maxScroll : false,
          };
        })
        .filter((s) => s.id && s.reachable);
    });
    check(`${label}: the post has sections to scroll to`, sections.length > 1, sections.map((s) => s.id).join(', '));
    // Down through the sections, then back up to the first: the highlight follows both ways.
    for (const section of [...sections, sections[0]].filter(Boolean)) {
      await page.evaluate((hid) => document.getElementById(hid).scrollIntoView({ block: 'start' }), section.id);
      const current = await page
        .waitForFunction(
          (ids) => {
            const links = document.querySelectorAll('nav a[aria-current="location"]');
            const href = links.length === 1 ? links[0].getAttribute('href') : null;
            return href && ids.includes(decodeURIComponent(href.slice(1))) ? href : false;
          },
          section.ids,
          { timeout: 3000 },
        )
        .then((h) => h.jsonValue(), async () => (await page.$$eval('nav a[aria-current]', (as) => as.map((a) => a.getAttribute('href')))).join(' ') || 'none');
      check(`${label}: scrolled to section #${section.id}, one TOC link of that section has aria-current="location"`,
        current !== 'none' && section.ids.includes(decodeURIComponent(String(current).slice(1))), `current: ${current}`);
    }

    // The end of the page: the last section cannot scroll to the top, yet a reader who scrolled to
    // the bottom (or clicked its TOC link) is reading it.
    const lastId = await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return [...document.querySelectorAll('nav a[href^="#"]')].at(-1)?.getAttribute('href');
    });
    const atEnd = await page
      .waitForFunction((href) => document.querySelector('nav a[aria-current="location"]')?.getAttribute('href') === href, lastId, { timeout: 3000 })
      .then(() => lastId, async () => (await page.$$eval('nav a[aria-current]', (as) => as.map((a) => a.getAttribute('href')))).join(' ') || 'none');
    check(`${label}: scrolled to the bottom, the last TOC link (${lastId}) has aria-current="location"`, atEnd === lastId, `current: ${atEnd}`);

    await keyboardPass(page, label);

    const light = await runAxe(page, axeSource, 'article');
    check(`${label}: axe finds no violations in the article (light)`, light.length === 0, describeViolations(light));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(shotsDir, `${host.name}${target.shot ? `-${target.shot}` : ''}--light.png`), fullPage: true });

    check(`${label}: no console error and no hydration warning (reader in ${READER_TIME_ZONE})`, tab.problems.length === 0, tab.problems.join(' | '));
  } finally {
    await tab.close();
  }

  await darkPage({ context, server, host, target, label, axeSource, shotsDir });
}

/**
 * Tabs through the page from the top and records every stop: each TOC link and each heading
 * permalink must be reached, and each must show a focus ring while focused.
 */
async function keyboardPass(page, label) {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.activeElement?.blur?.();
  });
  const expected = await page.evaluate(() => {
    const toc = [...document.querySelectorAll('article nav a[href^="#"]')];
    // A permalink: a link outside the TOC whose target is a heading (wherever the kit places it).
    const permalinks = [...document.querySelectorAll('article a[href^="#"]')].filter((a) => {
      const target = document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
      return !a.closest('nav') && target && /^h[2-6]$/.test(target.localName);
    });
    toc.forEach((a, i) => a.setAttribute('data-test-stop', `toc:${i}`));
    permalinks.forEach((a, i) => a.setAttribute('data-test-stop', `permalink:${i}`));
    return { toc: toc.length, permalinks: permalinks.length, focusable: document.querySelectorAll('a[href], button, input, [tabindex]').length };
  });
  const reached = new Map();
  for (let i = 0; i < expected.focusable + 5; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
      const shadow = cs.boxShadow !== 'none' && cs.boxShadow !== '';
      return {
        id: el.getAttribute('data-test-stop'),
        text: (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40),
        visible: (outline || shadow) && cs.visibility !== 'hidden' && parseFloat(cs.opacity) > 0 && rect.width > 1 && rect.height > 1,
        ring: outline ? `outline ${cs.outlineWidth} ${cs.outlineStyle}` : shadow ? `box-shadow ${cs.boxShadow.slice(0, 40)}` : 'none',
        size: `${Math.round(rect.width)}×${Math.round(rect.height)}`,
        opacity: cs.opacity,
      };
    });
    if (!stop) break; // focus left the document's last stop
    if (stop.id) reached.set(stop.id, stop);
  }
  const missing = (kind, count) => Array.from({ length: count }, (_, i) => `${kind}:${i}`).filter((id) => !reached.has(id));
  const missingToc = missing('toc', expected.toc);
  const missingLinks = missing('permalink', expected.permalinks);
  check(`${label}: Tab reaches all ${expected.toc} TOC links`, expected.toc > 0 && missingToc.length === 0, missingToc.join(', '));
  check(`${label}: Tab reaches all ${expected.permalinks} heading permalinks`, expected.permalinks > 0 && missingLinks.length === 0, missingLinks.join(', '));
  const invisible = [...reached.values()].filter((s) => !s.visible);
  const sample = [...reached.values()].find((s) => s.visible);
  check(`${label}: every one of those ${reached.size} stops shows a visible focus ring`, reached.size > 0 && invisible.length === 0,
    invisible.length
      ? invisible.slice(0, 4).map((s) => `${s.id} "${s.text}": ${s.ring}, ${s.size}, opacity ${s.opacity}`).join('; ')
      : sample ? `e.g. ${sample.ring}` : '');
}

async function darkPage({ context, server, host, target, label, axeSource, shotsDir }) {
  const tab = await openPage(context);
  try {
    await tab.page.emulateMedia({ colorScheme: 'dark' });
    await tab.page.goto(server.url + target.path, { waitUntil: 'load' });
    await hydrated(tab.page);
    const colors = await tab.page.evaluate(() => {
      const article = document.querySelector('article');
      const lum = (c) => {
        const [r, g, b] = (c.match(/[\d.]+/g) ?? []).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      const cs = getComputedStyle(article);
      return { color: cs.color, background: cs.backgroundColor, textLum: lum(cs.color) };
    });
    check(`${label} (dark): colorScheme="auto" follows prefers-color-scheme: dark`, colors.textLum > 0.6,
      `text ${colors.color} on ${colors.background}`);
    const dark = await runAxe(tab.page, axeSource, 'article');
    check(`${label} (dark): axe finds no violations in the article`, dark.length === 0, describeViolations(dark));
    await tab.page.screenshot({ path: path.join(shotsDir, `${host.name}${target.shot ? `-${target.shot}` : ''}--dark.png`), fullPage: true });
    check(`${label} (dark): no console error and no hydration warning`, tab.problems.length === 0, tab.problems.join(' | '));
  } finally {
    await tab.close();
  }
}

async function rtlPage({ context, server, host, target, label, axeSource, shotsDir }) {
  const tab = await openPage(context);
  try {
    await tab.page.goto(server.url + target.path, { waitUntil: 'load' });
    check(`${label}: hydrates (the active TOC marks a link)`, await hydrated(tab.page));
    const layout = await tab.page.evaluate(() => {
      const article = document.querySelector('article');
      const range = document.createRange();
      range.selectNodeContents(article.querySelector('h1'));
      const h1 = range.getBoundingClientRect();
      const box = article.querySelector('h1').getBoundingClientRect();
      return {
        direction: getComputedStyle(article).direction,
        // The title's text starts at the right: closer to its box's right edge than to its left one.
        startsRight: box.right - h1.right <= h1.left - box.left,
      };
    });
    check(`${label}: the article runs right to left`, layout.direction === 'rtl' && layout.startsRight, JSON.stringify(layout));
    const violations = await runAxe(tab.page, axeSource, 'article');
    check(`${label}: axe finds no violations in the article`, violations.length === 0, describeViolations(violations));
    await tab.page.screenshot({ path: path.join(shotsDir, `${host.name}--rtl.png`), fullPage: true });
    check(`${label}: no console error and no hydration warning`, tab.problems.length === 0, tab.problems.join(' | '));
  } finally {
    await tab.close();
  }
}
