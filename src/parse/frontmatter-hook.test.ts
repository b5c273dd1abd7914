// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPosts } from '../node/index.js';
import { createPost, isPostParseError, parsePost, type FrontmatterHook } from './index.js';

const catch_ = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as Error & { field?: string; filename?: string; cause?: unknown };
  }
  throw new Error('expected an error');
};

describe('when a frontmatter hook maps the fields', () => {
  const node = '---\ntitle: Node v22\ncategory: release\ndate: 2024-04-24\n---\n\nText.\n';

  it('reads what the hook returns, before validation: category becomes tags', () => {
    const post = parsePost(node, { frontmatter: ({ category, ...rest }) => ({ ...rest, tags: [category] }) });
    expect(post.tags).toEqual(['release']);
    expect(post.data).toEqual({});
  });

  it('tells the hook the file, and hands it a copy of the fields', () => {
    const seen: unknown[] = [];
    const post = parsePost(node, {
      filename: 'posts/v22.md',
      frontmatter: (data, context) => {
        seen.push(context);
        data.title = 'Changed';
        return data;
      },
    });
    expect(seen).toEqual([{ file: 'posts/v22.md' }]);
    expect(post.title).toBe('Changed');
  });

  it('maps Zola taxonomies, extra and a date in path', () => {
    const zola = '+++\npath = "inside-rust/2022/07/27/keyword-generics"\ntitle = "Keyword generics"\n[taxonomies]\ntags = ["lang"]\n[extra]\nteam = "Lang"\n+++\n\nBody.\n';
    const hook: FrontmatterHook = ({ taxonomies, extra, path: where, ...rest }) => {
      const date = /(\d{4})\/(\d{2})\/(\d{2})/.exec(String(where))?.slice(1).join('-');
      return { ...rest, ...(extra as object), ...(taxonomies as object), date, slug: String(where).split('/').pop() };
    };
    const post = parsePost(zola, { frontmatter: hook });
    expect(post).toMatchObject({ pubDate: '2022-07-27', tags: ['lang'], slug: 'keyword-generics', data: { team: 'Lang' } });
  });

  it('runs on createPost and leaves the host’s object as it was', () => {
    const data = { title: 'Astro entry', category: 'news' };
    const post = createPost({ data, body: 'Text.' }, { frontmatter: (d) => ({ ...d, tags: d.category }) });
    expect(post.tags).toEqual(['news']);
    expect(data).toEqual({ title: 'Astro entry', category: 'news' });
  });

  it('runs on a post without frontmatter too', () => {
    expect(parsePost('Just text.\n', { frontmatter: () => ({ title: 'Given' }) }).title).toBe('Given');
  });
});

describe('when the frontmatter hook fails', () => {
  it('names the hook and keeps what it threw as the cause', () => {
    const thrown = new Error('no category');
    const error = catch_(() =>
      parsePost('---\ntitle: T\n---\n', {
        filename: 'a.md',
        frontmatter: () => {
          throw thrown;
        },
      }),
    );
    expect(isPostParseError(error)).toBe(true);
    expect(error.field).toBe('frontmatter');
    expect(error.filename).toBe('a.md');
    expect(error.message).toBe('The `frontmatter` hook threw: no category. Expected it to return the post\'s fields as an object. (a.md)');
    expect(error.cause).toBe(thrown);
  });

  it.each([
    ['undefined', () => undefined, 'received undefined'],
    ['null', () => null, 'received null'],
    ['a list', () => [], 'received a list'],
    ['a string', () => 'title: x', 'received the string title: x'],
    ['a promise', async () => ({ title: 'x' }), 'received a Promise (the hook must not be async)'],
  ])('refuses a result that is %s', (_, hook, received) => {
    const error = catch_(() => parsePost('---\ntitle: T\n---\n', { frontmatter: hook as unknown as FrontmatterHook }));
    expect(error.field).toBe('frontmatter');
    expect(error.message).toBe(`Invalid result of the \`frontmatter\` hook: ${received}, expected the post's fields as an object.`);
  });

  it('refuses a hook that is not a function', () => {
    expect(() => parsePost('---\ntitle: T\n---\n', { frontmatter: { tags: 'x' } as unknown as FrontmatterHook })).toThrow(
      new TypeError('parsePost: options.frontmatter must be a function or undefined, received an object.'),
    );
  });

  it('gives a mapped field that is still wrong the usual error, naming the field', () => {
    const error = catch_(() => parsePost('---\ntitle: T\n---\n', { frontmatter: (d) => ({ ...d, date: 'tuesday' }) }));
    expect(error.field).toBe('date');
  });
});

describe('when loadPosts caches posts parsed with a hook', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'rbk-hook-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('parses again when the hook changes, and not when it stays the same', async () => {
    const posts = path.join(root, 'posts');
    const cacheDir = path.join(root, '.cache');
    mkdirSync(posts);
    writeFileSync(path.join(posts, 'a.md'), '---\ntitle: A\ncategory: one\n---\n\nText.\n');
    const parsed: string[] = [];
    const onParse = (file: string) => void parsed.push(path.basename(file));
    const first = await loadPosts(posts, { cacheDir, onParse, frontmatter: (d) => ({ ...d, tags: d.category }) });
    expect(first[0].tags).toEqual(['one']);
    const same = await loadPosts(posts, { cacheDir, onParse, frontmatter: (d) => ({ ...d, tags: d.category }) });
    expect(same[0].tags).toEqual(['one']);
    expect(parsed).toEqual(['a.md']);
    const changed = await loadPosts(posts, { cacheDir, onParse, frontmatter: (d) => ({ ...d, tags: [d.category, 'more'] }) });
    expect(changed[0].tags).toEqual(['one', 'more']);
    expect(parsed).toEqual(['a.md', 'a.md']);
    const keyed = Object.assign((d: Record<string, unknown>) => ({ ...d, tags: d.category }), { cacheKey: 'v2' });
    await loadPosts(posts, { cacheDir, onParse, frontmatter: keyed });
    expect(parsed).toEqual(['a.md', 'a.md', 'a.md']);
  });
});
