// @vitest-environment node
/**
 * The Vite recipe's page cache (examples/vite-spa/scripts/page-cache.ts): a page's cached HTML is
 * used again only when everything it is made from is the same. `npm run test:hosts` proves the pages
 * come out byte for byte the same; this file proves that each input is part of the key, including
 * the ones a host test does not change (the template, any file of the server bundle).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPageCache } from '../examples/vite-spa/scripts/page-cache.js';

let root: string;
let dir: string;
let server: string;
const template = '<html><head><!--head--></head><body><div id="root"><!--app--></div><script src="/assets/index-a1.js"></script></body></html>';

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'rbk-page-cache-'));
  dir = path.join(root, 'cache');
  server = path.join(root, 'dist-server');
  mkdirSync(path.join(server, 'assets'), { recursive: true });
  writeFileSync(path.join(server, 'entry-server.js'), 'export function renderPage() {}');
  writeFileSync(path.join(server, 'assets', 'SearchPanel-x1.js'), 'export const panel = 1;');
  writeFileSync(path.join(server, 'favicon.svg'), '<svg/>');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Opens the cache and writes the entry of `/posts/tides/` with `data`, as a renderer would. */
async function buildOnce(data = '{"kind":"post"}', inputs = { template, server }) {
  const cache = await openPageCache(dir, inputs);
  const entry = cache.entry('/posts/tides/', data);
  const hit = cache.has(entry);
  writeFileSync(entry, '<html>tides</html>');
  return { cache, entry, hit };
}

describe('when a build opens the page cache', () => {
  it('finds the page the last build kept while its path, data, template and server bundle are the same', async () => {
    expect((await buildOnce()).hit).toBe(false);
    const again = await buildOnce();
    expect(again.hit).toBe(true);
    expect(path.dirname(again.entry)).toBe(dir);
  });

  it("misses when the page's data changed", async () => {
    await buildOnce('{"kind":"post"}');
    expect((await buildOnce('{"kind":"post","edited":true}')).hit).toBe(false);
  });

  it('misses for another path with the same data', async () => {
    const { entry } = await buildOnce();
    const cache = await openPageCache(dir, { template, server });
    expect(cache.has(cache.entry('/posts/tides-2/', '{"kind":"post"}'))).toBe(false);
    expect(cache.has(entry)).toBe(true);
  });

  it('misses when the template changed (a new client bundle is a new hashed file name in it)', async () => {
    await buildOnce();
    expect((await buildOnce(undefined, { template: template.replace('index-a1', 'index-b2'), server })).hit).toBe(false);
  });

  it('misses when any JavaScript file of the server bundle changed, a lazy chunk too, but not its copied public files', async () => {
    await buildOnce();
    writeFileSync(path.join(server, 'favicon.svg'), '<svg></svg>');
    expect((await buildOnce()).hit).toBe(true);
    writeFileSync(path.join(server, 'assets', 'SearchPanel-x1.js'), 'export const panel = 2;');
    expect((await buildOnce()).hit).toBe(false);
    writeFileSync(path.join(server, 'entry-server.js'), 'export function renderPage() { return 1; }');
    expect((await buildOnce()).hit).toBe(false);
  });

  it('misses when the renderer would run with another NODE_ENV (another build of React)', async () => {
    const before = process.env.NODE_ENV;
    try {
      process.env.NODE_ENV = 'production';
      await buildOnce();
      process.env.NODE_ENV = 'development';
      expect((await buildOnce()).hit).toBe(false);
    } finally {
      process.env.NODE_ENV = before;
    }
  });

  it("prunes every file the build asked for no entry of: other pages' old HTML and half-written files", async () => {
    await buildOnce('{"v":1}');
    writeFileSync(path.join(dir, 'x.html.123.partial'), '<html>ti');
    const { cache, entry } = await buildOnce('{"v":2}');
    expect(await cache.prune()).toBe(2);
    expect(readdirSync(dir)).toEqual([path.basename(entry)]);
  });
});
