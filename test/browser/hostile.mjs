/**
 * The hostile page: every vector of test/hostile/vectors.ts rendered on the server and hydrated in
 * Chromium. Each payload that ran would set `window.__pwned`; the page must never see it, open no
 * dialog, navigate nowhere, and hold no script, event handler or unsafe URL.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { check, openPage } from './harness.mjs';
import { serveStatic } from './server.mjs';

export async function hostileSuite({ context, repoRoot, shotsDir }) {
  const here = path.join(repoRoot, 'test', 'browser', 'hostile');
  // Built inside the repository so that React resolves from its node_modules.
  const out = path.join(repoRoot, 'test-results', 'hostile-page');
  mkdirSync(out, { recursive: true });
  const common = { bundle: true, jsx: 'automatic', logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' } };
  await build({ ...common, entryPoints: [path.join(here, 'render.tsx')], outfile: path.join(out, 'render.mjs'), platform: 'node', format: 'esm', packages: 'external' });
  await build({ ...common, entryPoints: [path.join(here, 'client.tsx')], outfile: path.join(out, 'client.js'), platform: 'browser', format: 'iife', minify: true });
  const { renderHostilePage } = await import(`${pathToFileURL(path.join(out, 'render.mjs')).href}?t=${Date.now()}`);
  const page = renderHostilePage();
  writeFileSync(path.join(out, 'index.html'), page.html);
  copyFileSync(path.join(repoRoot, 'dist', 'styles.css'), path.join(out, 'styles.css'));
  check(`hostile: ${page.vectors} vectors × 2 HTML modes → ${page.rendered} posts rendered, ${page.refused.length} refused by the parser`,
    page.vectors >= 60 && page.rendered > 0, page.refused.length ? `refused: ${page.refused.slice(0, 6).join('; ')}${page.refused.length > 6 ? '…' : ''}` : '');

  const server = await serveStatic({ root: out });
  // Console noise is expected here (blocked URLs, broken images); the page's behaviour is what counts.
  const tab = await openPage(context, { ignore: [/./] });
  const dialogs = [];
  const navigations = [];
  tab.page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  tab.page.on('framenavigated', (frame) => {
    if (frame === tab.page.mainFrame()) navigations.push(frame.url());
  });
  const canary = () =>
    tab.page.evaluate(() => ({
      window: window.__pwned,
      // A polluted Object.prototype would show here too.
      prototype: Object.prototype.__pwned ?? {}.__pwned,
      frames: [...document.querySelectorAll('iframe')].map((f) => {
        try {
          return f.contentWindow?.__pwned;
        } catch {
          return undefined;
        }
      }).filter((v) => v !== undefined),
    }));
  try {
    await tab.page.goto(`${server.url}/`, { waitUntil: 'load' });
    const hydration = await tab.page
      .waitForFunction(() => window.__rbkHostile && window.__rbkHostile.hydrated === window.__rbkHostile.total && window.__rbkHostile, null, { timeout: 20000 })
      .then((h) => h.jsonValue(), () => tab.page.evaluate(() => window.__rbkHostile));
    check(`hostile: all ${hydration?.total} posts hydrate without a mismatch`,
      hydration?.total === page.rendered && hydration.hydrated === hydration.total && hydration.recoverable.length === 0,
      hydration ? `${hydration.hydrated}/${hydration.total} hydrated; ${hydration.recoverable.slice(0, 3).join(' | ')}` : 'client script did not run');

    // Timers, image errors and lazy loads get their chance to fire.
    await tab.page.waitForTimeout(1000);
    const scan = await tab.page.evaluate(() => {
      const found = [];
      const UNSAFE = /^(javascript|vbscript):/i;
      const clean = (v) => v.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
      const FORBIDDEN = 'script, iframe, frame, frameset, object, embed, applet, meta, base, style, form, link:not([rel="preload"][as="image"])';
      for (const root of document.querySelectorAll('section.vector')) {
        const name = root.getAttribute('data-name');
        for (const el of root.querySelectorAll(FORBIDDEN)) found.push(`${name}: <${el.localName}>`);
        for (const el of root.querySelectorAll('*')) {
          for (const attr of el.attributes) {
            const value = clean(attr.value);
            if (/^on/i.test(attr.name)) found.push(`${name}: ${el.localName}[${attr.name}]`);
            else if (['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'data', 'imagesrcset'].includes(attr.name) || attr.name === 'srcset') {
              const urls = attr.name.endsWith('srcset') ? value.split(',').map((c) => c.trim().split(/\s+/)[0]) : [value];
              for (const url of urls) {
                const imageData = el.localName === 'img' || (el.localName === 'link' && el.getAttribute('as') === 'image');
                if (UNSAFE.test(url) || (url.startsWith('data:') && !(imageData && /^data:image\/(png|jpe?g|gif|webp|avif);/.test(url)))) {
                  found.push(`${name}: ${el.localName}[${attr.name}="${attr.value.slice(0, 60)}"]`);
                }
              }
            }
          }
        }
      }
      return found;
    });
    check('hostile: no script, frame, style, form or meta element, no on* attribute, no unsafe URL in the DOM', scan.length === 0,
      `${scan.length} found${scan.length ? `: ${scan.slice(0, 8).join('; ')}` : ''}`);

    // Hover and focus everything, as a reader would, to give handler payloads a chance to run.
    await tab.page.evaluate(() => {
      for (const el of document.querySelectorAll('section.vector *')) {
        for (const type of ['mouseover', 'mouseenter', 'mousemove', 'pointerover']) el.dispatchEvent(new MouseEvent(type, { bubbles: true }));
        el.focus?.();
      }
    });
    await tab.page.waitForTimeout(500);
    const result = await canary();
    check('hostile: window.__pwned is never set (window, frames, Object.prototype)',
      result.window === undefined && result.prototype === undefined && result.frames.length === 0, JSON.stringify(result));
    check('hostile: no alert, confirm or prompt opened', dialogs.length === 0, dialogs.slice(0, 3).join('; '));
    check('hostile: the page never navigated away', navigations.every((u) => u.startsWith(server.url)) && tab.page.url().startsWith(server.url),
      navigations.join(', '));
    await tab.page.screenshot({ path: path.join(shotsDir, 'hostile.png') });
  } finally {
    await tab.close();
    await server.close();
  }
}
