/**
 * Code blocks in Chromium: the copy button of a server-rendered, hydrated post (built package)
 * puts the code on the clipboard as written — no line numbers, diff marks or notation comments —
 * announces "Copied" in its live region, works from the keyboard and shows its focus; at 390 and
 * 1280 px it lies over no code, and no block moves when the buttons appear.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { check, openPage } from './harness.mjs';
import { serveStatic } from './server.mjs';
import { copyButtonsClear } from './visual.mjs';

/** 6100 + this suite's number: a fixed local port, so parallel runs on one machine do not collide. */
const PORT = Number(process.env.RBK_CODE_PORT ?? 6102);

export async function codeSuite({ context, repoRoot, shotsDir }) {
  const here = path.join(repoRoot, 'test', 'browser', 'code');
  const out = path.join(repoRoot, 'test-results', 'code-page');
  mkdirSync(out, { recursive: true });
  const common = { bundle: true, jsx: 'automatic', logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' } };
  await build({ ...common, entryPoints: [path.join(here, 'render.tsx')], outfile: path.join(out, 'render.mjs'), platform: 'node', format: 'esm', packages: 'external' });
  await build({ ...common, entryPoints: [path.join(here, 'client.tsx')], outfile: path.join(out, 'client.js'), platform: 'browser', format: 'iife', minify: true });
  const { renderCodePage } = await import(pathToFileURL(path.join(out, 'render.mjs')).href + `?t=${Date.now()}`);
  const { html, fences } = renderCodePage(path.join(repoRoot, 'test', 'fixtures', 'tides.md'));
  writeFileSync(path.join(out, 'index.html'), html);
  // The same page as a reader without JavaScript gets it: the server HTML alone.
  writeFileSync(path.join(out, 'static.html'), html.replace('<script src="/client.js"></script>', ''));
  copyFileSync(path.join(repoRoot, 'dist', 'styles.css'), path.join(out, 'styles.css'));
  check('code: the server HTML has no copy button before hydration', !html.includes('<button'));

  const server = await serveStatic({ root: out, port: PORT });
  const tab = await openPage(context);
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const { page } = tab;
    await page.goto(`${server.url}/index.html`);
    await page.waitForSelector('.rbk-copy-button', { timeout: 15000 });
    const buttons = page.locator('.rbk-copy-button');
    check('code: every code block has a copy button once hydrated', (await buttons.count()) === fences.length, `${await buttons.count()} buttons, ${fences.length} fences`);

    await buttons.nth(0).click();
    const first = await page.evaluate(() => navigator.clipboard.readText());
    check('code: a click copies the first block exactly as written (no line numbers)', first === fences[0], JSON.stringify(first.slice(0, 80)));
    const status = page.locator('[data-slot="code-frame"]').nth(0).locator('[role="status"]');
    await page.waitForFunction(() => document.querySelector('[data-slot="code-frame"] [role="status"]')?.textContent === 'Copied', null, { timeout: 5000 }).catch(() => {});
    check('code: "Copied" is announced through the polite live region', (await status.textContent()) === 'Copied');

    await buttons.nth(2).click();
    const diff = await page.evaluate(() => navigator.clipboard.readText());
    const expected = fences[2].replace(/[ \t]*\/\/ \[!code [^\]]+\]/g, '');
    check('code: the diff block is copied without diff marks or notation comments', diff === expected, JSON.stringify(diff.slice(0, 120)));

    // Keyboard: Tab until a copy button has focus, check its focus ring, press Enter.
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.locator('h1').first().click();
    let focused = '';
    for (let i = 0; i < 80 && focused !== 'copy-button'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-slot') ?? '');
    }
    check('code: a copy button is reachable with Tab', focused === 'copy-button');
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    check('code: the focused copy button shows a focus ring', /^solid [1-9]/.test(ring), ring);
    const index = await page.evaluate(() => [...document.querySelectorAll('.rbk-copy-button')].indexOf(document.activeElement));
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    const byKey = await page.evaluate(() => navigator.clipboard.readText());
    const want = fences[index]?.replace(/[ \t]*\/\/ \[!code [^\]]+\]/g, '').replace(/[ \t]*# \[!code [^\]]+\]/g, '');
    check('code: Enter on the focused button copies its block', index >= 0 && byKey === want, `block ${index}: ${JSON.stringify(byKey.slice(0, 60))}`);
    await page.screenshot({ path: path.join(shotsDir, 'code-blocks.png'), fullPage: true });

    // On a phone and a desktop: no button over code, and nothing moves when the buttons appear.
    const boxes = () => page.evaluate(() => [...document.querySelectorAll('.rbk-code-block')].map((f) => {
      const pre = f.querySelector('pre').getBoundingClientRect();
      return `${Math.round(pre.top)}+${Math.round(pre.height)}`;
    }));
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: width < 600 ? 844 : 800 });
      await page.goto(`${server.url}/static.html`);
      const before = await boxes();
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction((n) => document.querySelectorAll('.rbk-copy-button').length === n, fences.length, { timeout: 15000 });
      const after = await boxes();
      const moved = before.map((b, i) => (b === after[i] ? '' : `block ${i}: ${b} → ${after[i]}`)).filter(Boolean);
      check(`code @${width}: no code block moves when the copy buttons appear`, before.length === fences.length && moved.length === 0, moved.join(', '));
      await copyButtonsClear(page, { suite: 'code', name: `@${width}`, copyButtons: fences.length });
    }
    check('code: the page hydrates without a mismatch or console error', tab.problems.length === 0 && (await page.evaluate(() => window.__rbkCode.recoverable.length)) === 0, tab.problems.slice(0, 3).join(' | '));
  } finally {
    await tab.close();
    await server.close();
  }
}
