// @vitest-environment node
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blogCopy } from '../../test/helpers/fixtures.js';
import { toSummary } from '../post/identity.js';
import { isPostLoadError, loadPosts, loadPostSummaries, PostParseError, readCachedPost, type LoadOptions } from './index.js';

let root: string;
let posts: string;
let options: LoadOptions;
let parsed: string[];

beforeEach(() => {
  // Loading copies images into public/, so every test works on its own copy of the blog.
  root = blogCopy('rbk-summaries-');
  posts = path.join(root, 'posts');
  parsed = [];
  options = {
    publicDir: path.join(root, 'public'),
    // The fixture blog's hero sits in assets/, beside the posts folder, as load.test.ts reads it.
    imageRoots: [path.join(root, 'assets')],
    authors: path.join(root, 'authors.yml'),
    drafts: true,
    cacheDir: path.join(root, 'cache'),
    onParse: (file) => void parsed.push(path.basename(file)),
    onWarning: () => {},
  };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (relative: string, text: string) => {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};

/** loadPosts' answer in a fresh copy of the same files, so its cache and image copies are its own. */
async function fromLoadPosts(extra: LoadOptions = {}) {
  const other = mkdtempSync(path.join(tmpdir(), 'rbk-summaries-ref-'));
  try {
    cpSync(root, other, { recursive: true, filter: (src) => !src.startsWith(path.join(root, 'cache')) });
    const loaded = await loadPosts(path.join(other, 'posts'), { ...options, ...extra, publicDir: path.join(other, 'public'), imageRoots: [path.join(other, 'assets')], authors: path.join(other, 'authors.yml'), cacheDir: undefined, onParse: undefined });
    // Paths under the copy read as paths under root.
    return JSON.parse(JSON.stringify(loaded).split(other).join(root)) as typeof loaded;
  } finally {
    rmSync(other, { recursive: true, force: true });
  }
}

describe('when a big blog loads its summaries first', () => {
  it('gives what loadPosts gives, mapped through toSummary, cold and warm', async () => {
    write('posts/links-to-bees.md', '---\ntitle: Links\ndate: 2024-02-01\n---\nSee [the bees](bees/index.md#winter) and ![comb](bees/comb.png).\n');
    const expected = (await fromLoadPosts()).map(toSummary);
    const cold = await loadPostSummaries(posts, options);
    expect(cold).toEqual(expected);
    expect(parsed).toHaveLength(expected.length);
    parsed = [];
    const warm = await loadPostSummaries(posts, options);
    expect(warm).toEqual(expected);
    expect(parsed).toEqual([]);
    expect(warm.find((s) => s.slug === 'bees')?.heroImage?.src).toMatch(/^\/post-images\/|^\/images\//);
  });

  it('leaves drafts out in production as loadPosts does', async () => {
    const expected = (await fromLoadPosts({ drafts: false })).map(toSummary);
    expect(await loadPostSummaries(posts, { ...options, drafts: false })).toEqual(expected);
    expect(expected.some((s) => s.slug === 'bread-draft')).toBe(false);
  });

  it('reads a changed file again and no other', async () => {
    await loadPostSummaries(posts, options);
    parsed = [];
    write('posts/neap-tides.md', '---\ntitle: Neap tides, again\ndate: 2024-05-09\n---\nChanged.\n');
    const warm = await loadPostSummaries(posts, options);
    expect(parsed).toEqual(['neap-tides.md']);
    expect(warm.find((s) => s.slug === 'neap-tides')?.title).toBe('Neap tides, again');
  });

  it('reports the same problems as loadPosts, every file at once', async () => {
    write('posts/broken.md', '---\ntitle: Broken\ndate: not a date\n---\nText.\n');
    write('posts/dangling.md', '---\ntitle: Dangling\ndate: 2024-03-01\n---\nSee [gone](gone.md).\n');
    // A body image that is not there: loadPosts reports it with the rest, and so must the summaries.
    write('posts/no-cup.md', '---\ntitle: No cup\ndate: 2024-03-02\n---\nIntro.\n\n![A cup](./cup.png)\n');
    const messages = async (run: () => Promise<unknown>) => {
      try {
        await run();
      } catch (error) {
        if (isPostLoadError(error)) return error.errors.map((e) => `${path.basename(e.filename ?? '')}: ${e.field}`);
        throw error;
      }
      throw new Error('expected a PostLoadError');
    };
    const expected = await messages(() => fromLoadPosts());
    expect(expected).toHaveLength(3);
    expect(expected).toContain('no-cup.md: body');
    expect(await messages(() => loadPostSummaries(posts, options))).toEqual(expected);
    // Warm, from the index, too.
    expect(await messages(() => loadPostSummaries(posts, options))).toEqual(expected);
  });
});

describe('when a page reads its post from the cache', () => {
  it('gives the post loadPosts gives, links and images resolved, without parsing any other post', async () => {
    write('posts/links-to-bees.md', '---\ntitle: Links\ndate: 2024-02-01\n---\nSee [the bees](bees/index.md#winter).\n');
    const expected = await fromLoadPosts();
    await loadPostSummaries(posts, options);
    parsed = [];
    for (const slug of ['links-to-bees', 'bees', 'spring-tides']) {
      expect(await readCachedPost(posts, slug, options)).toEqual(expected.find((p) => p.slug === slug));
    }
    expect(parsed).toEqual([]);
  });

  it('parses only its own file when the cache has none yet for it', async () => {
    await loadPostSummaries(posts, options);
    for (const entry of readdirSync(options.cacheDir as string)) {
      if (!entry.startsWith('summaries-')) rmSync(path.join(options.cacheDir as string, entry));
    }
    parsed = [];
    const post = await readCachedPost(posts, 'neap-tides', options);
    expect(post.title).toBe('Neap tides');
    expect(parsed).toEqual(['neap-tides.md']);
  });

  it('makes the summary index first when no list was loaded', async () => {
    const post = await readCachedPost(posts, 'bees', options);
    expect(post.slug).toBe('bees');
    parsed = [];
    await readCachedPost(posts, 'neap-tides', options);
    expect(parsed).toEqual([]);
  });

  it('names the slug it cannot find, and asks for cacheDir', async () => {
    await loadPostSummaries(posts, options);
    const error = await readCachedPost(posts, 'no-such-post', options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PostParseError);
    expect((error as PostParseError).field).toBe('slug');
    expect((error as Error).message).toContain('"no-such-post"');
    await expect(readCachedPost(posts, 'bees', { ...options, cacheDir: undefined })).rejects.toThrow('readCachedPost: options.cacheDir must be the cacheDir given to loadPostSummaries (a folder path), received undefined.');
  });
});

describe('when a cold load lets each post go and reads it back from the cache', () => {
  it('gives the posts a load without a cache gives, even when entries vanish meanwhile', async () => {
    // More files than a load reads at once, so some are parsed after others' entries are written.
    for (let i = 0; i < 12; i++) write(`posts/more/post-${i}.md`, `---\ntitle: Post ${i}\ndate: 2023-01-${String(i + 1).padStart(2, '0')}\n---\nText ${i}.\n`);
    const expected = await fromLoadPosts();
    const cacheDir = options.cacheDir as string;
    // Every parse removes the entries written so far: most posts cannot be read back, and are parsed again.
    const loaded = await loadPosts(posts, {
      ...options,
      onParse: (file) => {
        parsed.push(path.basename(file));
        if (!existsSync(cacheDir)) return;
        for (const entry of readdirSync(cacheDir, { withFileTypes: true })) if (entry.isFile()) rmSync(path.join(cacheDir, entry.name), { force: true });
      },
    });
    expect(loaded).toEqual(expected);
    expect(parsed.length).toBeGreaterThan(expected.length);
  });
});
