/**
 * Child process of the time-zone tests, started with TZ set:
 *   node child.mjs <bundle.mjs> render  <input.json>   → prints { name: html }
 *   node child.mjs <bundle.mjs> hydrate <input.json>   → prints { name: [problems] }
 * The input holds { sources, serverHtml? }. For hydration a jsdom window becomes the global scope
 * before React DOM loads, as in a browser.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, mode, inputPath] = process.argv.slice(2);
const input = JSON.parse(readFileSync(inputPath, 'utf8'));

if (mode === 'hydrate') {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: 'https://blog.example/post', pretendToBeVisual: true });
  for (const key of Object.getOwnPropertyNames(dom.window)) {
    if (!(key in globalThis)) {
      try {
        globalThis[key] = dom.window[key];
      } catch {
        // read-only globals (e.g. `self` in some Node versions) stay as they are
      }
    }
  }
  globalThis.window = dom.window;
  globalThis.document = dom.window.document;
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
}

const kit = await import(pathToFileURL(bundle).href);
const result = mode === 'render' ? kit.renderAll(input.sources) : await kit.hydrateAll(input.sources, input.serverHtml);
process.stdout.write(JSON.stringify({ tz: process.env.TZ, offsetMinutes: new Date(2022, 6, 24).getTimezoneOffset(), result }));
