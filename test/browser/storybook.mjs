/**
 * Every story of the static Storybook build, in light and in dark: it renders with no console error,
 * axe-core (color contrast included) finds no violation inside the story root, and a screenshot
 * is kept under test-results/storybook/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { check, describeViolations, openPage, pool, runAxe } from './harness.mjs';
import { serveStatic } from './server.mjs';

const SCHEMES = [
  // As the story sets it (most stories are light; the Dark story stays dark).
  { name: 'light', globals: '', global: undefined },
  // The toolbar global the preview passes to the components as `colorScheme`.
  { name: 'dark', globals: '&globals=colorScheme:dark', global: 'dark' },
];

export async function storybookSuite({ context, root, axeSource, shotsDir }) {
  const index = JSON.parse(readFileSync(path.join(root, 'index.json'), 'utf8'));
  // `--stories=<text>` narrows the run to the story ids that contain it, while working on a component.
  const only = process.argv.find((a) => a.startsWith('--stories='))?.slice(10);
  const stories = Object.values(index.entries).filter((e) => e.type === 'story' && (!only || e.id.includes(only)));
  const titles = new Set(stories.map((s) => s.title));
  check(`storybook: index.json lists ${stories.length} stories in ${titles.size} files`, stories.length > 0,
    [...titles].join(', '));
  mkdirSync(shotsDir, { recursive: true });

  const server = await serveStatic({ root });
  const started = Date.now();
  const pages = [await openPage(context), await openPage(context)];
  const spent = { load: 0, axe: 0, screenshot: 0 };
  const timed = async (phase, fn) => {
    const t = Date.now();
    try {
      return await fn();
    } finally {
      spent[phase] += Date.now() - t;
    }
  };
  try {
    // Light first, then dark: each tab changes the global once. A tab loads the preview once and then moves
    // from story to story through Storybook's own channel (what the manager does when a story is picked),
    // which renders each story fresh, play function included, without reloading the whole bundle.
    const jobs = SCHEMES.flatMap((scheme) => stories.map((story) => ({ story, scheme })));
    await pool(jobs, pages.length, async ({ story, scheme }, _i, worker) => {
      const tab = pages[worker];
      tab.problems.length = 0;
      const label = `storybook ${story.id} (${scheme.name})`;
      let state;
      const loadStarted = Date.now();
      try {
        if (!tab.loaded) {
          const url = `${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story${scheme.globals}`;
          await tab.page.goto(url, { waitUntil: 'load' });
          tab.loaded = true;
        } else {
          await tab.page.evaluate(
            ({ id, colorScheme, schemeChanged }) => {
              const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
              if (schemeChanged) channel.emit('updateGlobals', { globals: { colorScheme } });
              if (window.__STORYBOOK_PREVIEW__.currentRender?.id === id) channel.emit('forceRemount', { storyId: id });
              else channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
            },
            { id: story.id, colorScheme: scheme.global, schemeChanged: tab.scheme !== scheme.name },
          );
        }
        tab.scheme = scheme.name;
        state = await tab.page
          .waitForFunction(
            (id) => {
              const render = window.__STORYBOOK_PREVIEW__?.currentRender;
              if (render?.id !== id) return false;
              if (document.body.classList.contains('sb-show-errordisplay')) return 'error';
              const phase = render.phase;
              if (phase === 'errored' || phase === 'aborted') return phase;
              if ((phase === 'completed' || phase === 'finished') && document.querySelector('#storybook-root')?.childElementCount) return 'rendered';
              return false;
            },
            story.id,
            { timeout: 30000, polling: 50 },
          )
          .then((handle) => handle.jsonValue());
        // Let images and fonts settle before axe measures contrast and the screenshot is taken.
        // (Lazy images below the fold never load here, so they are not waited for; nothing waits over 3 s.)
        await tab.page.evaluate(() =>
          Promise.race([
            Promise.all([document.fonts.ready, ...[...document.images].filter((i) => i.loading !== 'lazy').map((i) => i.decode().catch(() => {}))]),
            new Promise((resolve) => setTimeout(resolve, 3000)),
          ]),
        );
      } catch (error) {
        state = `timeout: ${String(error.message).split('\n')[0]}`;
      }
      spent.load += Date.now() - loadStarted;
      // A story that failed may leave the preview in any state: the next one on this tab starts from a fresh load.
      if (state !== 'rendered') tab.loaded = false;
      const errorText = state === 'rendered' ? '' : await tab.page.locator('#error-message, #error-stack').allInnerTexts().catch(() => []);
      check(`${label}: renders with no console error`, state === 'rendered' && tab.problems.length === 0,
        [state !== 'rendered' && `${state} ${[].concat(errorText).join(' ').slice(0, 300)}`, ...tab.problems].filter(Boolean).join(' | '));
      if (state !== 'rendered') return;
      const violations = await timed('axe', () => runAxe(tab.page, axeSource, '#storybook-root'));
      check(`${label}: axe finds no violations`, violations.length === 0, describeViolations(violations));
      await timed('screenshot', () => tab.page.screenshot({ path: path.join(shotsDir, `${story.id}--${scheme.name}.png`) }));
    });
  } finally {
    await Promise.all(pages.map((p) => p.close()));
    await server.close();
  }
  console.log(`  storybook: ${stories.length} stories × ${SCHEMES.length} schemes in ${((Date.now() - started) / 1000).toFixed(0)}s` +
    ` (summed over both tabs: load and render ${Math.round(spent.load / 1000)}s, axe ${Math.round(spent.axe / 1000)}s, screenshots ${Math.round(spent.screenshot / 1000)}s)`);
}
