/**
 * Pictures are tests too: key stories of the static Storybook, screenshot in Chromium and compared
 * with the baselines committed in test/browser/baselines/ (pixelmatch). A small tolerance absorbs
 * anti-aliasing noise (pixelmatch already skips anti-aliased pixels; at most 0.2 % of the pixels
 * may still differ), not a layout change: a moved block changes far more. `--update-baselines`
 * rewrites the baselines on purpose; the actual and diff images of a failure go to test-results/visual/.
 *
 * Also: the Storybook manager opens on the Introduction page with no onboarding checklist.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { check, openPage } from './harness.mjs';
import { serveStatic } from './server.mjs';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/**
 * The key stories: the full explainer light and dark at desktop and phone width, cards, RTL; the copy
 * button's place; a long title on a phone; an index page in the dark.
 */
export const SHOTS = [
  { name: 'full-post-light-desktop', id: 'components-postlayout--full-post', viewport: DESKTOP },
  { name: 'full-post-dark-desktop', id: 'components-postlayout--full-post', viewport: DESKTOP, globals: 'colorScheme:dark' },
  { name: 'full-post-light-phone', id: 'components-postlayout--full-post', viewport: PHONE },
  { name: 'full-post-dark-phone', id: 'components-postlayout--full-post', viewport: PHONE, globals: 'colorScheme:dark' },
  { name: 'cards-desktop', id: 'components-postlayout--cards', viewport: DESKTOP, scrollTo: '.rbk-sections' },
  { name: 'rtl-desktop', id: 'components-postlayout--rtl-persian', viewport: DESKTOP },
  // The copy button in a title bar, a language bar and the strip of a block without a bar, with line numbers and marks.
  { name: 'code-copy-button-light-phone', id: 'components-codeblock--copy-button-placement', viewport: PHONE, copyButtons: 5, fullPage: true },
  { name: 'code-copy-button-dark-phone', id: 'components-codeblock--copy-button-placement', viewport: PHONE, globals: 'colorScheme:dark', copyButtons: 5, fullPage: true },
  { name: 'code-copy-button-dark-desktop', id: 'components-codeblock--copy-button-placement', viewport: DESKTOP, globals: 'colorScheme:dark', copyButtons: 5 },
  { name: 'code-copy-button-markdown-dark-phone', id: 'components-codeblock--copy-button-in-markdown-content', viewport: PHONE, globals: 'colorScheme:dark', copyButtons: 2 },
  { name: 'long-title-phone', id: 'components-postlayout--long-title', viewport: PHONE },
  // An index page as a host composes it: the space between the blocks, and no seams in the dark.
  { name: 'blog-index-dark-phone', id: 'pages-blog-index--dark', viewport: PHONE, fullPage: true },
  { name: 'blog-index-dark-desktop', id: 'pages-blog-index--dark', viewport: DESKTOP, fullPage: true },
  { name: 'blog-index-grid-dark-desktop', id: 'pages-blog-index--grid', viewport: DESKTOP, globals: 'colorScheme:dark', fullPage: true },
];

/**
 * Every copy button of the story is shown, lies over no glyph of any code block, and shows a
 * focus ring when focused from the keyboard.
 */
export async function copyButtonsClear(page, shot) {
  const label = `${shot.suite ?? 'visual'} ${shot.name}`;
  await page.waitForFunction((n) => document.querySelectorAll('.rbk-copy-button').length === n, shot.copyButtons, { timeout: 15000 }).catch(() => {});
  const found = await page.evaluate(() => {
    const glyphs = [];
    for (const pre of document.querySelectorAll('pre')) {
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        glyphs.push(...[...range.getClientRects()].map((r) => ({ r, text: node.textContent.trim().slice(0, 20) })));
      }
      // A whole line's box, so a line number or mark drawn by CSS counts too.
      for (const line of pre.querySelectorAll('.line')) glyphs.push({ r: line.getBoundingClientRect(), text: `line "${line.textContent.trim().slice(0, 20)}"` });
    }
    return [...document.querySelectorAll('.rbk-copy-button')].map((button) => {
      const b = button.getBoundingClientRect();
      const hit = glyphs.find(({ r }) => r.width > 0 && b.left < r.right && b.right > r.left && b.top < r.bottom && b.bottom > r.top);
      return { visible: b.width > 0 && b.height > 0 && getComputedStyle(button).visibility === 'visible', over: hit?.text };
    });
  });
  check(`${label}: ${shot.copyButtons} copy buttons shown`, found.length === shot.copyButtons && found.every((f) => f.visible), `${found.length} found`);
  const over = found.filter((f) => f.over !== undefined);
  check(`${label}: no copy button lies over code`, found.length > 0 && over.length === 0, over.map((f) => `over "${f.over}"`).join(', '));
  await page.locator('.rbk-copy-button').first().focus();
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return el?.classList.contains('rbk-copy-button') && el.matches(':focus-visible') ? `${style.outlineStyle} ${style.outlineWidth}` : 'not focused';
  });
  check(`${label}: a focused copy button shows a focus ring`, /^solid [1-9]/.test(ring), ring);
  await page.evaluate(() => document.activeElement?.blur?.());
}

/** Share of pixels that may differ after pixelmatch's per-pixel threshold and anti-aliasing detection. */
const MAX_DIFF_RATIO = 0.002;

export async function visualSuite({ context, repoRoot, root, update }) {
  const baselines = path.join(repoRoot, 'test', 'browser', 'baselines');
  const out = path.join(repoRoot, 'test-results', 'visual');
  mkdirSync(baselines, { recursive: true });
  mkdirSync(out, { recursive: true });
  const server = await serveStatic({ root });
  const tab = await openPage(context);
  const { page } = tab;
  try {
    for (const shot of SHOTS) {
      await page.setViewportSize(shot.viewport);
      const url = `${server.url}/iframe.html?id=${shot.id}&viewMode=story${shot.globals ? `&globals=${shot.globals}` : ''}`;
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction(() => {
        const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
        return (phase === 'completed' || phase === 'finished') && document.querySelector('#storybook-root')?.childElementCount;
      }, null, { timeout: 60000, polling: 100 });
      await page.evaluate(async (selector) => {
        await document.fonts.ready;
        await Promise.all([...document.images].filter((i) => i.loading !== 'lazy').map((i) => i.decode().catch(() => {})));
        if (selector) document.querySelector(selector)?.scrollIntoView({ block: 'start' });
        document.activeElement?.blur?.();
      }, shot.scrollTo);
      // Two frames so a scroll or a late image paints before the capture.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      if (shot.copyButtons) await copyButtonsClear(page, shot);
      const actual = await page.screenshot({ animations: 'disabled', caret: 'hide', fullPage: !!shot.fullPage });
      const file = path.join(baselines, `${shot.name}.png`);
      if (update || !existsSync(file)) {
        writeFileSync(file, actual);
        check(`visual ${shot.name}: baseline ${update ? 'updated' : 'created (was missing)'}`, update, update ? '' : 'run with --update-baselines on purpose and commit it');
        continue;
      }
      const a = PNG.sync.read(actual);
      const b = PNG.sync.read(readFileSync(file));
      if (a.width !== b.width || a.height !== b.height) {
        writeFileSync(path.join(out, `${shot.name}.actual.png`), actual);
        check(`visual ${shot.name}: matches its baseline`, false, `size ${a.width}×${a.height}, baseline ${b.width}×${b.height}`);
        continue;
      }
      const diff = new PNG({ width: a.width, height: a.height });
      const differing = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1 });
      const ratio = differing / (a.width * a.height);
      if (ratio > MAX_DIFF_RATIO) {
        writeFileSync(path.join(out, `${shot.name}.actual.png`), actual);
        writeFileSync(path.join(out, `${shot.name}.diff.png`), PNG.sync.write(diff));
      }
      check(`visual ${shot.name}: matches its baseline`, ratio <= MAX_DIFF_RATIO,
        `${differing} pixels differ (${(ratio * 100).toFixed(3)} %, allowed ${MAX_DIFF_RATIO * 100} %)${ratio > MAX_DIFF_RATIO ? `; see test-results/visual/${shot.name}.diff.png` : ''}`);
    }

    // The manager: the first page a Storybook visitor sees.
    await page.setViewportSize(DESKTOP);
    await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
    const landing = await page
      .waitForFunction(() => /path=\/docs\/introduction--docs/.test(location.search) && document.querySelector('#storybook-explorer-tree'), null, { timeout: 60000, polling: 200 })
      .then(() => true, () => false);
    const checklist = await page.evaluate(() => /onboarding|get started|checklist/i.test(document.querySelector('nav, [role="navigation"], .sidebar-container')?.textContent ?? '') ||
      !!document.querySelector('[data-testid*="checklist" i], [aria-label*="checklist" i], [aria-label*="onboarding" i]'));
    check('storybook: opens on the Introduction page', landing, `opened ${await page.evaluate(() => location.search)}`);
    check('storybook: no onboarding checklist in the sidebar', !checklist);
  } finally {
    await tab.close();
    await server.close();
  }
}
