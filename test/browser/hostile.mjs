/**
 * Hostile pages in Chromium. Every payload of test/hostile/vectors.ts that ran would set
 * `window.__pwned`; the pages must never see it, open no dialog, navigate nowhere, and hold no
 * script, event handler or unsafe URL.
 *
 * 1. Ours: every vector parsed in each raw-HTML mode, rendered with renderToString through the
 *    built package (dist/) and hydrated with hydrateRoot, as a host app does.
 * 2. The injection suite's static page (test/hostile/page.ts): the same vectors plus hostile props
 *    handed to each component directly, server-rendered only.
 * 3. A positive control: page 1 with one live `onerror` payload added must set the canary, which
 *    proves the detection works.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { check, openPage } from './harness.mjs';
import { serveStatic } from './server.mjs';

const CONTROL_PAYLOAD = '<img src="/missing.png" alt="" onerror="window.__pwned=1">';

export async function hostileSuite({ context, repoRoot, shotsDir }) {
  const here = path.join(repoRoot, 'test', 'browser', 'hostile');
  // Built inside the repository so that React resolves from its node_modules.
  const out = path.join(repoRoot, 'test-results', 'hostile-page');
  mkdirSync(out, { recursive: true });
  const common = { bundle: true, jsx: 'automatic', logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' } };
  await build({
    ...common,
    entryPoints: { render: path.join(here, 'render.tsx'), 'suite-page': path.join(repoRoot, 'test', 'hostile', 'page.ts') },
    outdir: out,
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    packages: 'external',
  });
  await build({ ...common, entryPoints: [path.join(here, 'client.tsx')], outfile: path.join(out, 'client.js'), platform: 'browser', format: 'iife', minify: true });
  const stamp = `?t=${Date.now()}`;
  const { renderHostilePage } = await import(pathToFileURL(path.join(out, 'render.mjs')).href + stamp);
  const suitePage = await import(pathToFileURL(path.join(out, 'suite-page.mjs')).href + stamp);

  const ours = renderHostilePage();
  writeFileSync(path.join(out, 'index.html'), ours.html);
  writeFileSync(path.join(out, 'control.html'), ours.html.replace('</main>', `<section class="vector" data-name="control">${CONTROL_PAYLOAD}</section></main>`));
  writeFileSync(path.join(out, 'suite.html'), suitePage.renderHostilePage({ head: '<link rel="icon" href="data:,"><link rel="stylesheet" href="/styles.css">' }));
  copyFileSync(path.join(repoRoot, 'dist', 'styles.css'), path.join(out, 'styles.css'));
  check(`hostile: ${ours.vectors} vectors × 2 HTML modes → ${ours.rendered} posts rendered, ${ours.refused.length} refused by the parser`,
    ours.vectors >= 60 && ours.rendered > 0, ours.refused.length ? `refused: ${ours.refused.slice(0, 6).join('; ')}${ours.refused.length > 6 ? '…' : ''}` : '');

  const server = await serveStatic({ root: out });
  try {
    const hydrated = await exercise(context, `${server.url}/index.html`, { hydrate: true, shot: path.join(shotsDir, 'hostile.png') });
    report('hostile (rendered from dist/, hydrated)', hydrated, server.url);
    const suite = await exercise(context, `${server.url}/suite.html`, {});
    report(`hostile (test/hostile/page.ts, ${suite.blocks} blocks, server-rendered)`, suite, server.url);
    const control = await exercise(context, `${server.url}/control.html`, { hydrate: true });
    check('hostile: positive control — one live onerror payload added to the page does set window.__pwned', control.canary.window === 1,
      JSON.stringify(control.canary));
  } finally {
    await server.close();
  }
}

function report(label, run, origin) {
  if (run.hydration) {
    const h = run.hydration;
    check(`${label}: all ${h?.total} posts hydrate without a mismatch`,
      h != null && h.hydrated === h.total && h.total > 0 && h.recoverable.length === 0,
      h ? `${h.hydrated}/${h.total} hydrated${h.recoverable.length ? `; ${h.recoverable.slice(0, 3).join(' | ')}` : ''}` : 'client script did not run');
  }
  check(`${label}: no script, frame, style or meta element, no on* attribute, no unsafe URL in the DOM`, run.blocks > 0 && run.scan.length === 0,
    `${run.scan.length} found in ${run.blocks} blocks${run.scan.length ? `: ${run.scan.slice(0, 8).join('; ')}` : ''}`);
  const { canary } = run;
  check(`${label}: window.__pwned is never set (window, frames, Object.prototype)`,
    canary.window === undefined && canary.prototype === undefined && canary.frames.length === 0, JSON.stringify(canary));
  check(`${label}: no alert, confirm or prompt opened`, run.dialogs.length === 0, run.dialogs.slice(0, 3).join('; '));
  check(`${label}: the page never navigated away`, run.navigations.every((u) => u.startsWith(origin)), run.navigations.join(', '));
}

/** Loads a hostile page, waits for hydration, hovers and focuses everything, then reads the canary. */
async function exercise(context, url, { hydrate = false, shot }) {
  // Console noise is expected here (blocked URLs, broken images); the page's behaviour is what counts.
  const tab = await openPage(context, { ignore: [/./] });
  const dialogs = [];
  const navigations = [];
  tab.page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  tab.page.on('framenavigated', (frame) => {
    if (frame === tab.page.mainFrame() && frame.url() !== url) navigations.push(frame.url());
  });
  try {
    await tab.page.goto(url, { waitUntil: 'load' });
    const hydration = hydrate
      ? await tab.page
          .waitForFunction(() => window.__rbkHostile && window.__rbkHostile.hydrated === window.__rbkHostile.total && window.__rbkHostile, null, { timeout: 20000 })
          .then((h) => h.jsonValue(), () => tab.page.evaluate(() => window.__rbkHostile ?? null))
      : undefined;
    // Timers, image errors and lazy loads get their chance to fire.
    await tab.page.waitForTimeout(1000);
    const { scan, blocks } = await tab.page.evaluate(scanDom);
    // Hover and focus everything, as a reader would, to give handler payloads a chance to run.
    await tab.page.evaluate(() => {
      for (const el of document.querySelectorAll(':is(section.vector, section[data-vector]) *')) {
        for (const type of ['mouseover', 'mouseenter', 'mousemove', 'pointerover']) el.dispatchEvent(new MouseEvent(type, { bubbles: true }));
        el.focus?.();
      }
    });
    await tab.page.waitForTimeout(500);
    const canary = await tab.page.evaluate(() => ({
      window: window.__pwned,
      // A polluted Object.prototype would show here too.
      prototype: Object.prototype.__pwned ?? {}.__pwned,
      frames: [...document.querySelectorAll('iframe')]
        .map((f) => {
          try {
            return f.contentWindow?.__pwned;
          } catch {
            return undefined;
          }
        })
        .filter((v) => v !== undefined),
    }));
    if (shot) await tab.page.screenshot({ path: shot });
    return { hydration, scan, blocks, canary, dialogs, navigations: [...navigations, ...(tab.page.url() === url ? [] : [tab.page.url()])] };
  } finally {
    await tab.close();
  }
}

/** Runs in the page: every element of every vector block that could run code or leave the page. */
function scanDom() {
  const found = [];
  const UNSAFE = /^(javascript|vbscript):/i;
  const clean = (v) => v.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const FORBIDDEN = 'script, iframe, frame, frameset, object, embed, applet, meta, base, style, link:not([rel="preload"][as="image"])';
  const URL_ATTRS = ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'data', 'srcset', 'imagesrcset'];
  const blocks = document.querySelectorAll('section.vector, section[data-vector]');
  for (const root of blocks) {
    if (root.getAttribute('data-name') === 'control') continue;
    const name = root.getAttribute('data-name') ?? root.getAttribute('data-vector');
    for (const el of root.querySelectorAll(FORBIDDEN)) found.push(`${name}: <${el.localName}>`);
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) {
          found.push(`${name}: ${el.localName}[${attr.name}]`);
          continue;
        }
        if (!URL_ATTRS.includes(attr.name)) continue;
        const value = clean(attr.value);
        const urls = attr.name.endsWith('srcset') ? value.split(',').map((c) => c.trim().split(/\s+/)[0]) : [value];
        const imageData = el.localName === 'img' || el.localName === 'source' || (el.localName === 'link' && el.getAttribute('as') === 'image');
        for (const url of urls) {
          if (UNSAFE.test(url) || (url.startsWith('data:') && !(imageData && /^data:image\/(png|jpe?g|gif|webp|avif)[;,]/.test(url)))) {
            found.push(`${name}: ${el.localName}[${attr.name}="${attr.value.slice(0, 60)}"]`);
          }
        }
      }
    }
  }
  return { scan: found, blocks: blocks.length };
}
