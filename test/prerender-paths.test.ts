// @vitest-environment node
/**
 * The README's Vite recipe writes each page to dist/<path>/index.html. Its writer is the last guard
 * against a page path that climbs out of dist/ (the parser refuses such a slug first, and slugPath
 * leaves out `..`): its `segments` is taken from the example as it is and run on hostile paths.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { slugPath } from '../src/post/identity.js';
import { repoRoot } from './helpers/fixtures.js';

const source = readFileSync(path.join(repoRoot, 'examples/vite-spa/scripts/prerender.ts'), 'utf8');
const declared = source.slice(source.indexOf('function segments('));
const { code } = transformSync(declared, { loader: 'ts' });
const segments = new Function(`${code}\nreturn segments;`)() as (path: string) => string[];
/** The example's own postHref (examples/vite-spa/src/blog.ts). */
const postHref = (slug: string) => `/posts/${slugPath(slug)}/`;

describe("when the Vite recipe's prerender meets a page path", () => {
  it('writes a path slug under dist/ as its folders', () => {
    expect(segments(postHref('hey/my-path'))).toEqual(['posts', 'hey', 'my-path']);
  });

  it.each(['/posts/../../../../outside/escaped/', '/posts/../', '/posts//', '/posts/./x/', '/posts/a\\..\\..\\b/', '/posts/a\0/'])('refuses %j', (page) => {
    expect(() => segments(page)).toThrow(`prerender: refused the page path ${JSON.stringify(page)}`);
  });

  it('never receives a climbing path from a slug: slugPath leaves out . and .. segments, and an empty one is refused', () => {
    expect(segments(postHref('../../../../outside/escaped'))).toEqual(['posts', 'outside', 'escaped']);
    expect(() => segments(postHref('..'))).toThrow('prerender: refused the page path "/posts//"');
  });
});
