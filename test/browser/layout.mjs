/**
 * The first page a host builds, in Chromium: every post of the shared corpus (when present) and our
 * own fixtures, server-rendered with PostLayout into a page styled by the kit's stylesheet alone.
 *
 * - At 390 and 1280 px, in light, dark and auto (with a dark OS): nothing widens the page
 *   (`scrollWidth <= innerWidth`), and the canvas around the post (the body's margin, the edges of
 *   the window) is the post's own background: no white frame in the dark.
 * - Index pages on bare, `Canvas` and own-shade host pages: no seam of another shade around the
 *   kit's blocks.
 * - At 1280 px nothing in the main column runs under the sticky table of contents.
 * - On a 390×844 phone the explainer's intro starts above 700 px (the TOC is a closed disclosure).
 *
 * The corpus is read from RBK_CORPUS, else ../shared/corpus; the seed from RBK_SEED, else
 * ../shared/seed/llm-explainer.md. Both are read at run time and never copied into the repository.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { PNG } from 'pngjs';
import { check, openPage, pool } from './harness.mjs';
import { serveStatic } from './server.mjs';

/** dist/styles.css as scripts/copy-styles.mjs makes it, read from src/ so the check sees the working tree. */
export function stylesheet(repoRoot) {
  const dir = path.join(repoRoot, 'src', 'styles');
  return readFileSync(path.join(dir, 'styles.css'), 'utf8')
    .split('\n')
    .map((line) => /^@import\s+['"]\.\/([\w-]+\.css)['"];\s*$/.exec(line.trim()))
    .filter(Boolean)
    .map((m) => readFileSync(path.join(dir, m[1]), 'utf8').trimEnd())
    .join('\n\n');
}

/** Builds test/browser/layout/render.tsx from src/ and imports it. */
export async function loadRenderer(repoRoot) {
  const out = path.join(repoRoot, 'test-results', 'layout-render');
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [path.join(repoRoot, 'test', 'browser', 'layout', 'render.tsx')],
    outfile: path.join(out, 'render.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    jsx: 'automatic',
    packages: 'external',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return import(pathToFileURL(path.join(out, 'render.mjs')).href + `?t=${Date.now()}`);
}

/** Our fixtures and, when present, the shared corpus and seed: `{ name, markdown, filename }`. */
export function layoutSources(repoRoot) {
  const sources = ['long-content.md', 'explainer.md', 'technical.md', 'rtl-fa.md', 'ja.md', 'zh.md', 'no-frontmatter.md'].map((file) => ({
    name: `fixture ${file}`,
    filename: file,
    markdown: readFileSync(path.join(repoRoot, 'test', 'fixtures', file), 'utf8'),
  }));
  const corpus = path.resolve(repoRoot, process.env.RBK_CORPUS ?? '../shared/corpus');
  let corpusCount = 0;
  if (existsSync(corpus)) {
    for (const file of readdirSync(corpus).filter((f) => /\.(md|mdx|markdown)$/.test(f) && f !== 'SOURCES.md').sort()) {
      sources.push({ name: `corpus ${file}`, filename: file, markdown: readFileSync(path.join(corpus, file), 'utf8') });
      corpusCount++;
    }
  }
  const seedFile = path.resolve(repoRoot, process.env.RBK_SEED ?? '../shared/seed/llm-explainer.md');
  const seed = existsSync(seedFile) ? { name: 'seed', filename: path.basename(seedFile), markdown: readFileSync(seedFile, 'utf8') } : undefined;
  return { sources, corpus: existsSync(corpus) ? corpus : undefined, corpusCount, seed };
}

const SCHEMES = [
  { scheme: 'light', os: 'light' },
  { scheme: 'dark', os: 'light' },
  { scheme: 'auto', os: 'dark' },
];
const WIDTHS = [390, 1280];

/** The window as pixels: `at(x, y)` gives [r, g, b]. */
async function capture(page) {
  const png = PNG.sync.read(await page.screenshot());
  return (x, y) => {
    const i = (png.width * y + x) * 4;
    return [png.data[i], png.data[i + 1], png.data[i + 2]];
  };
}

const rgb = (css) => (/rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css) ?? []).slice(1, 4).map(Number);
const near = (a, b) => a.length === 3 && b.length === 3 && a.every((v, i) => Math.abs(v - b[i]) <= 2);

/**
 * Index pages as hosts make them: a bare page, a page painted `Canvas` (as the examples do) and a
 * page with its own dark shade (#242424, as a fresh Vite app has), each in the scheme its body
 * follows. The kit's blocks may paint cards and pills, but wherever a block shows its own box
 * (between cards, beside a row of pills) the pixel is the page's: no seam of another shade.
 */
const SEAM_PAGES = [
  { name: 'bare page, colorScheme "dark"', scheme: 'dark', os: 'light' },
  { name: 'bare page, colorScheme "auto" in a dark OS', scheme: 'auto', os: 'dark' },
  { name: 'bare page, colorScheme "light"', scheme: 'light', os: 'light' },
  { name: 'Canvas page, colorScheme "auto" in a dark OS', scheme: 'auto', os: 'dark', bodyCss: 'body{margin:0;padding:0 1.25rem;background:Canvas;color:CanvasText;color-scheme:light dark}' },
  { name: '#242424 page, colorScheme "dark"', scheme: 'dark', os: 'light', bodyCss: 'body{margin:0;padding:1rem;background:#242424;color:rgba(255,255,255,.87)}' },
  { name: 'dark-OS page, colorScheme "auto"', scheme: 'auto', os: 'dark', bodyCss: ':root{color-scheme:light dark}@media (prefers-color-scheme: dark){body{background:#242424;color:#eee}}' },
];

async function seams({ page, server, out, renderIndexPage }) {
  const failures = [];
  let sampled = 0;
  for (const [i, spec] of SEAM_PAGES.entries()) {
    for (const layout of ['list', 'grid']) {
      const file = `index-${i}-${layout}.html`;
      writeFileSync(path.join(out, file), renderIndexPage({ colorScheme: spec.scheme, bodyCss: spec.bodyCss, layout }));
      await page.emulateMedia({ colorScheme: spec.os });
      for (const width of WIDTHS) {
        const height = width < 600 ? 844 : 800;
        await page.setViewportSize({ width, height });
        await page.goto(`${server.url}/${file}`, { waitUntil: 'load' });
        const full = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewportSize({ width, height: Math.min(full, 6000) });
        // Points where a block shows its own box: the hit is the block, or a plain box inside it
        // (no background, border, text or list marker), and so are the points 2 px around it.
        const points = await page.evaluate(() => {
          const painted = (el) => {
            const cs = getComputedStyle(el);
            return cs.backgroundColor !== 'rgba(0, 0, 0, 0)' && cs.backgroundColor !== 'transparent';
          };
          const plain = (el) => {
            const cs = getComputedStyle(el);
            return !painted(el) && !/[1-9]/.test(cs.borderWidth) && cs.borderStyle !== 'solid' &&
              ![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()) &&
              !(cs.display === 'list-item' && cs.listStyleType !== 'none');
          };
          const out = [];
          for (const root of document.querySelectorAll('.rbk-root:not(.rbk-root .rbk-root)')) {
            // SeriesNav is a card by design: its surface is meant.
            if (root.matches('.rbk-series-nav')) continue;
            const r = root.getBoundingClientRect();
            const owner = (x, y) => {
              const hit = document.elementFromPoint(x, y);
              if (!hit || !root.contains(hit)) return undefined;
              for (let el = hit; el !== root; el = el.parentElement) if (!plain(el)) return undefined;
              return hit;
            };
            for (let y = Math.ceil(r.top) + 3; y < r.bottom - 3; y += 6) {
              for (let x = Math.ceil(r.left) + 3; x < r.right - 3; x += 8) {
                const hit = owner(x, y);
                if (hit && [[2, 0], [-2, 0], [0, 2], [0, -2]].every(([dx, dy]) => owner(x + dx, y + dy) === hit)) {
                  out.push({ x, y, block: root.getAttribute('data-slot') });
                }
              }
            }
          }
          return out;
        });
        const at = await capture(page);
        const want = at(1, 1);
        const bad = points.filter(({ x, y }) => !near(at(x, y), want));
        sampled += points.length;
        const blocks = new Set(points.map((p) => p.block));
        if (blocks.size < 4) failures.push(`${spec.name}, ${layout} @${width}: only ${blocks.size} blocks had points to sample (${[...blocks].join(', ')})`);
        if (bad.length) {
          const { x, y, block } = bad[0];
          failures.push(`${spec.name}, ${layout} @${width}: ${bad.length} of ${points.length} points differ, e.g. ${block} at (${x}, ${y}) is rgb(${at(x, y).join(', ')}), the page is rgb(${want.join(', ')})`);
          await page.screenshot({ path: path.join(out, `seam-${i}-${layout}-${width}.png`) });
        }
      }
    }
  }
  check(`layout: index pages (PostList, Pagination, TagList, PostNav, AuthorCard, ShareLinks) on ${SEAM_PAGES.length} kinds of host page × list/grid × ${WIDTHS.join(' and ')} px — no seam of another shade`,
    failures.length === 0 && sampled > 0, failures.length ? failures.slice(0, 6).join(' | ') : `${sampled} points`);
}

/** What a reset may take away and the kit states again (src/styles/host-resets.css). */
const TYPOGRAPHY = ['font-weight', 'font-style', 'font-family', 'text-decoration-line', 'list-style-type'];

/**
 * Under Tailwind's preflight (in every app create-next-app makes, inside `@layer base`), a post keeps
 * its typography: for every element of the fixtures' light pages, bold headings, underlined links,
 * list markers and the code face are what they are on a bare page. A checkbox's own font is left out.
 */
async function underHostReset({ page, server, out, repoRoot, pages }) {
  const preflight = readFileSync(path.join(repoRoot, 'node_modules', 'tailwindcss', 'preflight.css'), 'utf8');
  const fixtures = pages.filter((p) => p.scheme === 'light' && p.source.name.startsWith('fixture'));
  const styles = () =>
    page.evaluate((props) => {
      const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList[0] ? `.${el.classList[0]}` : ''}`;
      return [...document.querySelectorAll('article *:not(input)')].map((el) => [name(el), ...props.map((p) => getComputedStyle(el).getPropertyValue(p))]);
    }, TYPOGRAPHY);
  const lost = [];
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const { source, file } of fixtures) {
    await page.goto(`${server.url}/${file}`, { waitUntil: 'load' });
    const bare = await styles();
    const reset = `reset-${file}`;
    writeFileSync(path.join(out, reset), readFileSync(path.join(out, file), 'utf8').replace('<link rel="stylesheet"', () => `<style>@layer base {\n${preflight}\n}</style>\n<link rel="stylesheet"`));
    await page.goto(`${server.url}/${reset}`, { waitUntil: 'load' });
    const under = await styles();
    bare.forEach(([el, ...values], i) => {
      values.forEach((value, j) => {
        if (under[i]?.[j + 1] !== value && lost.length < 8) lost.push(`${source.name} ${el} ${TYPOGRAPHY[j]}: ${value} → ${under[i]?.[j + 1]}`);
      });
    });
  }
  check(`layout: under Tailwind's preflight, ${fixtures.length} fixture posts keep their typography (${TYPOGRAPHY.join(', ')})`, fixtures.length > 0 && lost.length === 0, lost.join('; '));

  // The outline reads by size too: the title above every section heading, each rank no larger than the one above.
  const inverted = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    for (const { source, file } of fixtures) {
      await page.goto(`${server.url}/${file}`, { waitUntil: 'load' });
      const sizes = await page.evaluate(() =>
        ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => Math.max(0, ...[...document.querySelectorAll(`article ${tag}`)].map((h) => parseFloat(getComputedStyle(h).fontSize)))),
      );
      for (let rank = 1; rank < sizes.length; rank++) {
        const above = Math.min(...sizes.slice(0, rank).filter((size) => size > 0));
        if (sizes[rank] > 0 && (rank === 1 ? sizes[rank] >= above : sizes[rank] > above)) inverted.push(`${source.name} @${width}: h${rank + 1} ${sizes[rank]} px against ${above} px above it`);
      }
    }
  }
  check(`layout: ${fixtures.length} fixture posts at ${WIDTHS.join(' and ')} px — the title is larger than every section heading and no heading outgrows a rank above it`, inverted.length === 0, inverted.slice(0, 6).join('; '));
}

export async function layoutSuite({ context, repoRoot }) {
  const started = Date.now();
  const { parse, renderPage, renderIndexPage } = await loadRenderer(repoRoot);
  const { sources, corpus, corpusCount, seed } = layoutSources(repoRoot);
  const out = path.join(repoRoot, 'test-results', 'layout');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'styles.css'), stylesheet(repoRoot));
  mkdirSync(path.join(out, 'assets'), { recursive: true });
  copyFileSync(path.join(repoRoot, 'stories', 'assets', 'tides-hero.svg'), path.join(out, 'assets', 'tides-hero.svg'));

  const pages = [];
  const refused = [];
  for (const [i, source] of [...sources, ...(seed ? [seed] : [])].entries()) {
    const { post, error } = parse(source.markdown, source.filename);
    if (!post) {
      refused.push(`${source.name}: ${error}`);
      continue;
    }
    for (const { scheme } of SCHEMES) {
      const file = `${i}-${scheme}.html`;
      writeFileSync(path.join(out, file), renderPage(post, { colorScheme: scheme, heroSrc: '/assets/tides-hero.svg', heroAlt: post.heroImage?.alt }));
      pages.push({ source, scheme, file });
    }
  }
  check(`layout: ${sources.length - corpusCount} fixtures${corpus ? ` and ${corpusCount} corpus posts (${corpus})` : ' (no corpus: set RBK_CORPUS to add it)'}${seed ? ' and the seed' : ''} rendered`,
    pages.length > 0, refused.length ? `${refused.length} refused by the parser, not laid out: ${refused.join('; ')}` : '');

  const server = await serveStatic({ root: out, routes: {} });
  const tabs = [await openPage(context), await openPage(context)];
  const failures = { overflow: [], canvas: [], toc: [] };
  let loads = 0;
  try {
    await pool(pages, tabs.length, async ({ source, scheme, file }, _i, worker) => {
      const { page } = tabs[worker];
      const os = SCHEMES.find((s) => s.scheme === scheme).os;
      await page.emulateMedia({ colorScheme: os });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: width < 600 ? 844 : 800 });
        await page.goto(`${server.url}/${file}`, { waitUntil: 'load' });
        loads++;
        const m = await page.evaluate(() => {
          const article = document.querySelector('article');
          const aside = document.querySelector('.rbk-aside');
          const main = document.querySelector('.rbk-main');
          // What in the main column crosses into the TOC's column: boxes and text not clipped by a scroll box of their own.
          const under = [];
          if (aside && main && getComputedStyle(aside).position === 'sticky') {
            const rtl = getComputedStyle(main).direction === 'rtl';
            const edge = rtl ? aside.getBoundingClientRect().right : aside.getBoundingClientRect().left;
            const clipped = (el) => {
              for (let p = el.parentElement; p && p !== main; p = p.parentElement) if (/auto|scroll|hidden|clip/.test(getComputedStyle(p).overflowX)) return true;
              return false;
            };
            const walker = document.createTreeWalker(main, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node && under.length < 3; node = walker.nextNode()) {
              const el = node.nodeType === 1 ? node : node.parentElement;
              if (clipped(el) && el !== main) continue;
              let rect;
              if (node.nodeType === 3) {
                if (!node.textContent.trim()) continue;
                const range = document.createRange();
                range.selectNodeContents(node);
                rect = range.getBoundingClientRect();
              } else rect = node.getBoundingClientRect();
              if (rect.width === 0) continue;
              if (rtl ? rect.left < edge - 1 : rect.right > edge + 1) under.push(`${el.tagName.toLowerCase()} "${(node.textContent || '').trim().slice(0, 40)}" to ${Math.round(rtl ? rect.left : rect.right)} (TOC at ${Math.round(edge)})`);
            }
          }
          return {
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth,
            // A dark post lies on the page (no background of its own): the canvas must then be the palette's.
            background: (() => {
              const cs = getComputedStyle(article);
              if (!/^rgba\(0, 0, 0, 0\)$|^transparent$/.test(cs.backgroundColor)) return cs.backgroundColor;
              const probe = document.createElement('div');
              probe.style.color = cs.getPropertyValue('--rbk-color-background');
              article.append(probe);
              const color = getComputedStyle(probe).color;
              probe.remove();
              return color;
            })(),
            under,
          };
        });
        const where = `${source.name} ${scheme}${os === 'dark' ? ' (dark OS)' : ''} @${width}`;
        if (m.scrollWidth > m.innerWidth) {
          const wide = await page.evaluate(() =>
            [...document.querySelectorAll('article *')]
              .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
              .slice(0, 3)
              .map((el) => `${el.tagName.toLowerCase()}.${el.className} → ${Math.round(el.getBoundingClientRect().right)}`),
          );
          failures.overflow.push(`${where}: ${m.scrollWidth} > ${m.innerWidth} (${wide.join(', ')})`);
        }
        if (m.under.length) failures.toc.push(`${where}: ${m.under.join('; ')}`);
        const want = rgb(m.background);
        // The body's margin at the top-left, the far edge of the window, and its last row.
        const points = [[2, 2], [width - 3, 2], [width - 3, (width < 600 ? 844 : 800) - 3]];
        const at = await capture(page);
        for (const [x, y] of points) {
          const got = at(x, y);
          if (!near(got, want)) {
            failures.canvas.push(`${where}: canvas at (${x}, ${y}) is rgb(${got.join(', ')}), the post's background is rgb(${want.join(', ')})`);
            break;
          }
        }
      }
    });
    const posts = new Set(pages.map((p) => p.source.name)).size;
    const list = (items) => `${items.length} failing: ${items.slice(0, 8).join(' | ')}${items.length > 8 ? ' …' : ''}`;
    check(`layout: ${posts} posts × light/dark/auto × ${WIDTHS.join(' and ')} px — scrollWidth <= innerWidth`, failures.overflow.length === 0 && loads > 0,
      failures.overflow.length ? list(failures.overflow) : `${loads} pages`);
    check(`layout: ${posts} posts — with colorScheme "dark", and "auto" in a dark OS, the canvas around the post is the post's background`,
      failures.canvas.length === 0 && loads > 0, failures.canvas.length ? list(failures.canvas) : '');
    check(`layout: ${posts} posts @1280 — nothing in the main column runs under the sticky TOC`, failures.toc.length === 0 && loads > 0,
      failures.toc.length ? list(failures.toc) : '');

    // The explainer on a phone: the intro starts on the first screen (the TOC is folded away).
    const { page } = tabs[0];
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 390, height: 844 });
    const explainers = pages.filter((p) => p.scheme === 'light' && (p.source.name === 'fixture explainer.md' || p.source.name === 'seed'));
    for (const { source, file } of explainers) {
      await page.goto(`${server.url}/${file}`, { waitUntil: 'load' });
      const intro = await page.evaluate(() => {
        const first = document.querySelector('.rbk-intro > *');
        const toc = document.querySelector('details.rbk-toc-disclosure');
        return { top: first ? Math.round(first.getBoundingClientRect().top) : null, tocOpen: toc ? toc.open : null };
      });
      check(`layout: ${source.name} on a 390×844 phone (toc="aside") — the intro starts above 700 px`, intro.top !== null && intro.top < 700,
        `intro at ${intro.top} px; TOC disclosure ${intro.tocOpen === null ? 'absent' : intro.tocOpen ? 'open' : 'closed'}`);
    }
    if (explainers.length === 0) check('layout: the explainer fixture was rendered for the phone check', false);

    // The measure: running text at 1280 px sets about 65–75 characters a line.
    await page.setViewportSize({ width: 1280, height: 800 });
    const explainer = explainers.find((p) => p.source.name === 'fixture explainer.md');
    if (explainer) {
      await page.goto(`${server.url}/${explainer.file}`, { waitUntil: 'load' });
      const perLine = await page.evaluate(() => {
        let chars = 0;
        let lines = 0;
        for (const p of document.querySelectorAll('.rbk-intro > p, .rbk-section-content > p')) {
          const n = Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight));
          if (n < 3) continue;
          const range = document.createRange();
          range.selectNodeContents(p);
          const rects = [...range.getClientRects()];
          const lastTop = Math.max(...rects.map((r) => r.top));
          const lastWidth = rects.filter((r) => Math.abs(r.top - lastTop) < 2).reduce((w, r) => w + r.width, 0);
          // The last line is usually short: it counts as the share of the width it fills.
          chars += p.textContent.length;
          lines += n - 1 + lastWidth / p.getBoundingClientRect().width;
        }
        return lines ? Math.round(chars / lines) : null;
      });
      check('layout: the explainer @1280 sets about 65–75 characters a line', perLine !== null && perLine >= 62 && perLine <= 78, `${perLine} characters a line on average`);
    }
    await seams({ page: tabs[0].page, server, out, renderIndexPage });
    await underHostReset({ page: tabs[0].page, server, out, repoRoot, pages });
  } finally {
    await Promise.all(tabs.map((t) => t.close()));
    await server.close();
  }
  console.log(`  layout: ${loads} page loads in ${((Date.now() - started) / 1000).toFixed(0)}s`);
}
