// @vitest-environment node
/**
 * `loadPosts` over a whole folder of real posts: the folder named by RBK_CORPUS when it is set (CI
 * sets it to the shared corpus, whose `---js` post is left out of the copy as no YAML or TOML
 * parser reads it), else this repository's fixture blog, so `npm test` needs nothing outside it.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPostLoadError } from '../src/node/index.js';
import type { Post } from '../src/post/index.js';
import { loadPosts } from '../src/node/index.js';
import { repoRoot } from './helpers/fixtures.js';

const corpus = process.env.RBK_CORPUS ? path.resolve(repoRoot, process.env.RBK_CORPUS) : undefined;
const expected = corpus ? 38 : 6;
const TIMEOUT = 120_000;
let work: string;
let posts: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'rbk-corpus-load-'));
  posts = path.join(work, 'posts');
  if (corpus) {
    mkdirSync(posts);
    for (const name of readdirSync(corpus)) {
      if (!/\.(md|mdx|markdown)$/i.test(name) || name === 'SOURCES.md') continue;
      if (readFileSync(path.join(corpus, name), 'utf8').startsWith('---js')) continue;
      copyFileSync(path.join(corpus, name), path.join(posts, name));
    }
  } else {
    cpSync(path.resolve(repoRoot, 'test/fixtures/blog/posts'), posts, { recursive: true });
  }
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * The corpus gathers blogs whose posts may share a slug (a post and its translation on one site): each
 * blog's posts get their own section of URLs, as a site serving them all would give them.
 */
const postHref = (post: Post) => `/${post.source!.split('__')[0]}/${post.slug}/`;

const time = (post: Post) => (post.pubDate ? Date.parse(/T/.test(post.pubDate) ? post.pubDate : `${post.pubDate}T00:00:00Z`) : undefined);

describe(`when loading ${corpus ? 'the corpus' : 'the fixture blog'} with loadPosts`, () => {
  let cold: Post[];
  const parsed: string[] = [];

  it(`loads ${expected} posts, newest first, undated last`, async () => {
    cold = await loadPosts(posts, { postHref, images: 'keep', drafts: true, cacheDir: path.join(work, 'cache'), onParse: (f) => parsed.push(f) });
    expect(cold).toHaveLength(expected);
    expect(parsed).toHaveLength(expected);
    const times = cold.map(time);
    const firstUndated = times.indexOf(undefined);
    const dated = (firstUndated === -1 ? times : times.slice(0, firstUndated)) as number[];
    expect(dated.length).toBeGreaterThan(expected / 2);
    for (let i = 1; i < dated.length; i++) expect(dated[i], `${cold[i].slug} after ${cold[i - 1].slug}`).toBeLessThanOrEqual(dated[i - 1]);
    if (firstUndated !== -1) expect(times.slice(firstUndated).every((t) => t === undefined)).toBe(true);
  }, TIMEOUT);

  it('parses none of them again on a second load with cacheDir, and gives equal posts', async () => {
    const again: string[] = [];
    const warm = await loadPosts(posts, { postHref, images: 'keep', drafts: true, cacheDir: path.join(work, 'cache'), onParse: (f) => again.push(f) });
    expect(again).toEqual([]);
    expect(warm).toEqual(cold);
  }, TIMEOUT);

  it('fails the whole load with a named error when images are resolved and one is missing', async () => {
    const publicDir = path.join(work, 'empty-public');
    mkdirSync(publicDir, { recursive: true });
    let error: unknown;
    await loadPosts(posts, { postHref, publicDir, drafts: true }).catch((e: unknown) => (error = e));
    expect(isPostLoadError(error)).toBe(true);
    const { errors } = error as { errors: { field: string; filename: string; message: string }[] };
    expect(errors.length).toBeGreaterThan(0);
    for (const { field, filename, message } of errors) {
      expect(['heroImage', 'body']).toContain(field);
      expect(filename.startsWith(posts)).toBe(true);
      // An image outside the posts folder is refused before it is looked for (imageRoots names none here).
      expect(message).toMatch(/^Image (not found|outside the allowed folders): the (`heroImage`|body image) ".+" (points at .+, which does not exist\.|is refused: )/);
    }
  }, TIMEOUT);
});
