// @vitest-environment node
/**
 * Development messages reach the browser console of a host that bundles the kit, Vite's dev server
 * first among them: the bundler defines `process.env.NODE_ENV` but the page has no `process`. Each
 * case bundles a component render for the browser as a host's bundler would (esbuild with the
 * define), runs it where `process` does not exist, and reads the console.
 */
import { build } from 'esbuild';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

async function renderInBrowser(mode: 'development' | 'production'): Promise<{ errors: string[]; code: string }> {
  const entry = `
    import { createElement } from 'react';
    import { renderToString } from 'react-dom/server.browser';
    import { TagList } from './src/index.ts';
    globalThis.html = renderToString(createElement(TagList, { tags: [{ name: 'Bread', slug: 'bread', count: 2 }, 42] }));
  `;
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    minify: mode === 'production',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const errors: string[] = [];
  const console = { error: (...args: unknown[]) => errors.push(args.map(String).join(' ')), warn: () => {}, log: () => {} };
  const context = vm.createContext({ console, TextEncoder, setTimeout, clearTimeout, queueMicrotask, MessageChannel });
  vm.runInContext(code, context);
  expect(vm.runInContext('typeof process', context)).toBe('undefined');
  expect(String(vm.runInContext('html', context))).toContain('Bread');
  return { errors, code };
}

describe('development messages in a bundled browser page', () => {
  it('a development bundle reports the invalid tag, though the page has no process', async () => {
    const { errors } = await renderInBrowser('development');
    expect(errors.some((e) => e.includes('react-blog-kit <TagList>') && e.includes('received number 42'))).toBe(true);
  }, 60_000);

  it('a production bundle renders the same tags, says nothing and carries no message', async () => {
    const { errors, code } = await renderInBrowser('production');
    expect(errors).toEqual([]);
    expect(code).not.toContain('ignored invalid props');
  }, 60_000);
});
