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
  { name: 'light', globals: '' },
  // The toolbar global the preview passes to the components as `colorScheme`.
  { name: 'dark', globals: '&globals=colorScheme:dark' },
];

export async function storybookSuite({ context, root, axeSource, shotsDir }) {
  const index = JSON.parse(readFileSync(path.join(root, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  const titles = new Set(stories.map((s) => s.title));
  check(`storybook: index.json lists ${stories.length} stories in ${titles.size} files`, stories.length > 0,
    [...titles].join(', '));
  mkdirSync(shotsDir, { recursive: true });

  const server = await serveStatic({ root });
  const started = Date.now();
  const pages = [await openPage(context), await openPage(context)];
  try {
    const jobs = stories.flatMap((story) => SCHEMES.map((scheme) => ({ story, scheme })));
    await pool(jobs, pages.length, async ({ story, scheme }, _i, worker) => {
      const tab = pages[worker];
      tab.problems.length = 0;
      const label = `storybook ${story.id} (${scheme.name})`;
      const url = `${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story${scheme.globals}`;
      let state;
      try {
        await tab.page.goto(url, { waitUntil: 'load' });
        state = await tab.page
          .waitForFunction(
            () => {
              const body = document.body;
              if (body.classList.contains('sb-show-errordisplay')) return 'error';
              const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
              if (phase === 'errored' || phase === 'aborted') return phase;
              if ((phase === 'completed' || phase === 'finished') && document.querySelector('#storybook-root')?.childElementCount) return 'rendered';
              return false;
            },
            null,
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
      const errorText = state === 'rendered' ? '' : await tab.page.locator('#error-message, #error-stack').allInnerTexts().catch(() => []);
      check(`${label}: renders with no console error`, state === 'rendered' && tab.problems.length === 0,
        [state !== 'rendered' && `${state} ${[].concat(errorText).join(' ').slice(0, 300)}`, ...tab.problems].filter(Boolean).join(' | '));
      if (state !== 'rendered') return;
      const violations = await runAxe(tab.page, axeSource, '#storybook-root');
      check(`${label}: axe finds no violations`, violations.length === 0, describeViolations(violations));
      await tab.page.screenshot({ path: path.join(shotsDir, `${story.id}--${scheme.name}.png`) });
    });
  } finally {
    await Promise.all(pages.map((p) => p.close()));
    await server.close();
  }
  console.log(`  storybook: ${stories.length} stories × ${SCHEMES.length} schemes in ${((Date.now() - started) / 1000).toFixed(0)}s`);
}
