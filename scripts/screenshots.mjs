#!/usr/bin/env node
/**
 * `npm run screenshots`: the README's pictures of the sample explainer (test/fixtures/explainer.md),
 * rendered by PostLayout from the working tree in Debian's Chromium, light and dark, 1280 px wide,
 * cropped to the top of the page (the hero left out, so the picture shows the text, the meta line and
 * the table of contents) and written to docs/screenshot-light.png and docs/screenshot-dark.png.
 * Re-run it when the look changes, and commit the pictures with the change.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { launch } from '../test/browser/harness.mjs';
import { loadRenderer, stylesheet } from '../test/browser/layout.mjs';
import { serveStatic } from '../test/browser/server.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(repoRoot, 'test-results', 'screenshots');
const docs = path.join(repoRoot, 'docs');
mkdirSync(out, { recursive: true });
mkdirSync(docs, { recursive: true });

const { parse, renderPage } = await loadRenderer(repoRoot);
const { post, error } = parse(readFileSync(path.join(repoRoot, 'test', 'fixtures', 'explainer.md'), 'utf8'), 'explainer.md');
if (!post) throw new Error(`the explainer fixture did not parse: ${error}`);
writeFileSync(path.join(out, 'styles.css'), stylesheet(repoRoot));
const { heroImage: _hero, ...text } = post;
for (const scheme of ['light', 'dark']) writeFileSync(path.join(out, `${scheme}.html`), renderPage(text, { colorScheme: scheme }));

const server = await serveStatic({ root: out });
const browser = await launch();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 640 });
  for (const scheme of ['light', 'dark']) {
    await page.goto(`${server.url}/${scheme}.html`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const png = PNG.sync.read(await page.screenshot());
    // Re-encoded at the highest deflate level: the same pixels in fewer bytes.
    const file = path.join(docs, `screenshot-${scheme}.png`);
    writeFileSync(file, PNG.sync.write(png, { deflateLevel: 9, filterType: -1 }));
    console.log(`wrote ${path.relative(repoRoot, file)} (${png.width}×${png.height})`);
  }
} finally {
  await browser.close();
  await server.close();
}
