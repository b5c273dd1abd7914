#!/usr/bin/env node
/**
 * `npm run test:browser`: the kit in a real browser (playwright-core driving Debian's Chromium).
 *
 * (a) the static Storybook build: every story in light and dark, console, axe and a screenshot;
 * (b) the host apps' built pages: console and hydration, layout shift, LCP and hero priority,
 *     keyboard focus, the active TOC, dark and RTL;
 * (c) a page of every hostile vector, server-rendered and hydrated: the canary never fires;
 * (d) code blocks: the copy button's clipboard text, announcement, keyboard use and focus ring;
 * (e) layout: every corpus post and our fixtures at 390 and 1280 px, light/dark/auto — no horizontal
 *     overflow, a canvas the colour of the post, nothing under the sticky TOC, the intro on a phone's
 *     first screen;
 * (f) visual: screenshots of key stories against the baselines in test/browser/baselines/
 *     (`--update-baselines` rewrites them on purpose);
 * (g) vectors: every payload of the shared third-party XSS collections through each channel a post has
 *     (body, URLs, frontmatter, head tags, JSON-LD, feeds, a hand-edited tree), hydrated, with an
 *     execution detector (test/browser/vectors.mjs; `RBK_XSS_VECTORS` names the folder);
 * (h) search: the host apps' search dialog — nothing loaded before first use, Ctrl-K and /, queries,
 *     the announcement, the keyboard, Escape, axe with the dialog open.
 *
 * Builds what is missing first (storybook-static/ with `npm run build-storybook`, the host apps with
 * `scripts/test-hosts.mjs`). Screenshots go to test-results/. Prints one line a check and closes with
 * `N passed, N failed`. Options: --only=storybook,hosts,hostile,code,layout,visual,vectors,search; --hosts=vite-spa,…
 * (the search suite's hosts); --update-baselines (rewrite
 * the visual baselines on purpose); --storybook=<dir> (default storybook-static).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, check, launch, summary } from '../test/browser/harness.mjs';
import { HOSTS, hostsSuite } from '../test/browser/hosts.mjs';
import { codeSuite } from '../test/browser/code.mjs';
import { hostileSuite } from '../test/browser/hostile.mjs';
import { vectorsSuite } from '../test/browser/vectors.mjs';
import { layoutSuite } from '../test/browser/layout.mjs';
import { visualSuite } from '../test/browser/visual.mjs';
import { storybookSuite } from '../test/browser/storybook.mjs';
import { searchHosts, searchSuite } from '../test/browser/search.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const wants = (suite) => !only || only.includes(suite);
const resultsDir = path.join(repoRoot, 'test-results');
const storybookDir = path.resolve(process.argv.find((a) => a.startsWith('--storybook='))?.slice(12) ?? path.join(repoRoot, 'storybook-static'));

function sh(command, args) {
  console.log(`  building: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  return result.status === 0;
}

async function main() {
  const started = Date.now();
  if (!check(`Chromium is installed at ${CHROMIUM}`, existsSync(CHROMIUM), 'install it with `apt-get install -y chromium` or set CHROMIUM_PATH')) return;

  if ((wants('hosts') || wants('hostile') || wants('vectors') || wants('search')) && !existsSync(path.join(repoRoot, 'dist', 'index.js')) && !check('npm run build', sh('npm', ['run', 'build']))) return;
  if ((wants('storybook') || wants('visual')) && !existsSync(path.join(storybookDir, 'index.json'))) {
    check('npm run build-storybook (storybook-static/ was missing)', sh('npm', ['run', 'build-storybook']));
  }
  if (wants('hosts') || wants('search')) {
    const missing = (wants('hosts') ? HOSTS : searchHosts()).filter((h) => !existsSync(path.join(repoRoot, 'examples', h.name, h.out))).map((h) => h.name);
    if (missing.length) check(`host apps built (${missing.join(', ')} were missing)`, sh('node', ['scripts/test-hosts.mjs', '--skip-build', `--only=${missing.join(',')}`]));
  }

  const axeSource = readFileSync(path.join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const browser = await launch();
  try {
    const first = browser.context.pages()[0] ?? (await browser.context.newPage());
    const { product } = await (await browser.context.newCDPSession(first)).send('Browser.getVersion');
    console.log(`  browser: ${product}`);
    const shared = { context: browser.context, repoRoot, axeSource };
    if (wants('storybook')) {
      await storybookSuite({ ...shared, root: storybookDir, shotsDir: path.join(resultsDir, 'storybook') });
    }
    if (wants('hosts')) await hostsSuite({ ...shared, shotsDir: path.join(resultsDir, 'hosts') });
    if (wants('hostile')) await hostileSuite({ ...shared, shotsDir: resultsDir });
    if (wants('vectors')) await vectorsSuite(shared);
    if (wants('layout')) await layoutSuite(shared);
    if (wants('visual')) await visualSuite({ ...shared, root: storybookDir, update: process.argv.includes('--update-baselines') });
    if (wants('code')) await codeSuite({ ...shared, shotsDir: resultsDir });
    if (wants('search')) await searchSuite(shared);
  } finally {
    await browser.close();
  }
  console.log(`\nbrowser suite took ${((Date.now() - started) / 1000).toFixed(0)}s; screenshots in test-results/`);
}

try {
  await main();
} catch (error) {
  check('test:browser ran to the end', false, error?.stack ?? String(error));
}
process.exit(summary() ? 0 : 1);
