// @vitest-environment node
/**
 * loadPosts given a folder an attacker arranged: links out of it, links that go round, images that
 * climb out or lead out, SVGs that run script, slugs that climb out of the site. Each load returns
 * once, with the right posts and problems, and publishes nothing from outside.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PostParseError } from '../post/errors.js';
import { loadPost, loadPosts, PostLoadError, type LoadOptions } from './index.js';

let root: string;
let posts: string;
let publicDir: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'rbk-escape-'));
  posts = path.join(root, 'site/posts');
  publicDir = path.join(root, 'site/public');
  mkdirSync(posts, { recursive: true });
  mkdirSync(publicDir, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (relative: string, text: string | Buffer) => {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
};
const post = (relative: string, title: string, extra = '') => write(`site/posts/${relative}`, `---\ntitle: ${title}\n${extra}---\nText.\n`);

/** A 2×1 PNG: enough for image-size. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000020000000108060000007b1a43ad0000000d4944415478da63f8cfc0f01f0005fe02fea7d6a15a0000000049454e44ae426082',
  'hex',
);

/** What a load gives: its posts' titles and every problem (file and first words), without throwing. */
async function outcome(options: LoadOptions = {}): Promise<{ titles: string[]; problems: [string, string, string][] }> {
  const problems: PostParseError[] = [];
  const loaded = await loadPosts(posts, { images: 'keep', drafts: true, ...options, onError: 'skip', onProblem: (e) => void problems.push(e) });
  return {
    titles: loaded.map((p) => p.title).sort(),
    problems: problems.map((e) => [path.relative(root, e.filename ?? ''), e.field, e.message.split(':')[0]]),
  };
}

async function loadError(run: () => Promise<unknown>): Promise<PostLoadError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PostLoadError);
  return error as PostLoadError;
}

describe('when the posts folder holds symbolic links', () => {
  it('reports a link to an ancestor as a loop once, and loads each post once (not 41 times)', async () => {
    post('a.md', 'A');
    post('deep/b.md', 'B');
    symlinkSync(posts, path.join(posts, 'deep/up'));
    symlinkSync('..', path.join(posts, 'deep/parent'));
    expect(await outcome()).toEqual({
      titles: ['A', 'B'],
      problems: [
        ['site/posts/deep/parent', 'file', 'Symbolic link loop'],
        ['site/posts/deep/up', 'file', 'Symbolic link loop'],
      ],
    });
  });

  it('loads two folders that link to each other once each, with no problem', async () => {
    post('one/a.md', 'A');
    post('two/b.md', 'B');
    symlinkSync('../two', path.join(posts, 'one/to-two'));
    symlinkSync('../one', path.join(posts, 'two/to-one'));
    expect(await outcome()).toEqual({ titles: ['A', 'B'], problems: [] });
  });

  it('passes over a folder link that leads to itself, and reports a post-named one, returning once', async () => {
    post('a.md', 'A');
    symlinkSync('self', path.join(posts, 'self'));
    symlinkSync('me.md', path.join(posts, 'me.md'));
    const { titles, problems } = await outcome();
    expect(titles).toEqual(['A']);
    expect(problems).toEqual([['site/posts/me.md', 'file', 'Cannot load the post']]);
  });

  it('loads a post once when a second name links to it, from where it really is', async () => {
    post('2024/real.md', 'Real', 'slug: real\n');
    symlinkSync('2024/real.md', path.join(posts, 'alias.md'));
    symlinkSync('2024', path.join(posts, 'year'));
    const loaded = await loadPosts(posts, { images: 'keep' });
    expect(loaded.map((p) => p.source)).toEqual(['2024/real.md']);
  });

  it('follows a chain of links inside the folder to one post, and refuses a chain that ends outside, naming the link and its end', async () => {
    post('real.md', 'Real');
    symlinkSync('real.md', path.join(posts, 'b.md'));
    symlinkSync('b.md', path.join(posts, 'a.md'));
    const secret = write('private/secret.md', '---\ntitle: Secret\n---\nNot for the site.\n');
    symlinkSync(secret, path.join(posts, 'hop.md'));
    symlinkSync('hop.md', path.join(posts, 'out.md'));
    const error = await loadError(() => loadPosts(posts, { images: 'keep' }));
    expect(error.errors.map((e) => e.filename)).toEqual([path.join(posts, 'hop.md'), path.join(posts, 'out.md')]);
    expect(error.errors[1].message).toContain(`${path.join(posts, 'out.md')} points at hop.md, which is ${secret}, outside ${posts}.`);
    const { titles } = await outcome();
    expect(titles).toEqual(['Real']);
  });

  it('never walks out through a link to a folder above, or to another folder outside', async () => {
    post('a.md', 'A');
    write('private/notes/secret.md', '---\ntitle: Secret\n---\nx\n');
    symlinkSync('../../private/notes', path.join(posts, 'notes'));
    symlinkSync('../..', path.join(posts, 'top'));
    expect(await outcome()).toEqual({
      titles: ['A'],
      problems: [
        ['site/posts/notes', 'file', 'Symbolic link out of the posts folder'],
        ['site/posts/top', 'file', 'Symbolic link out of the posts folder'],
      ],
    });
  });
});

describe('when an image path leads out of the site', () => {
  beforeEach(() => {
    write('outside/private.png', PNG);
    write('site/posts/ok.png', PNG);
  });
  const copied = () => (existsSync(path.join(publicDir, 'images')) ? readdirSync(path.join(publicDir, 'images')) : []);

  it.each([
    ['a relative path that climbs out', '../../outside/private.png', 'outside/private.png'],
    ['a root-relative path that climbs out of publicDir', '/../outside/private.png', 'site/outside/private.png'],
    ['a percent-encoded climb', '%2e%2e/%2e%2e/outside/private.png', 'outside/private.png'],
  ])('refuses %s as heroImage, naming the post, the field and the path, and copies nothing', async (_, src, lands) => {
    if (src.startsWith('/')) write('site/outside/private.png', PNG);
    const file = post('a.md', 'A', `heroImage: "${src}"\n`);
    const error = await loadError(() => loadPosts(posts, { publicDir }));
    expect(error.errors).toHaveLength(1);
    expect(error.errors[0]).toMatchObject({ field: 'heroImage', filename: file });
    expect(error.errors[0].message).toMatch(
      new RegExp(`^Image outside the allowed folders: the \`heroImage\` "${src.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" is refused: ${path.join(root, lands)} is outside`),
    );
    expect(copied()).toEqual([]);
  });

  it('refuses a body image that climbs out, and a backslashed path on every system', async () => {
    const body = write('site/posts/b.md', '---\ntitle: B\n---\n![x](../../outside/private.png)\n');
    const slashed = post('c.md', 'C', 'heroImage: ..\\..\\outside\\private.png\n');
    const encoded = post('d.md', 'D', 'heroImage: ..%5c..%5coutside%5cprivate.png\n');
    const error = await loadError(() => loadPosts(posts, { publicDir }));
    expect(error.errors.map((e) => [e.filename, e.field, e.message.split(':')[0]])).toEqual([
      [body, 'body', 'Image outside the allowed folders'],
      [slashed, 'heroImage', 'Invalid image path'],
      [encoded, 'heroImage', 'Invalid image path'],
    ]);
    expect(error.errors[1].message).toContain('holds a backslash');
    expect(copied()).toEqual([]);
  });

  it('refuses an image in the posts folder that is a symbolic link to a file outside, naming both', async () => {
    symlinkSync(path.join(root, 'outside/private.png'), path.join(posts, 'innocent.png'));
    const file = post('a.md', 'A', 'heroImage: ./innocent.png\n');
    const error = await loadError(() => loadPosts(posts, { publicDir }));
    expect(error.errors[0]).toMatchObject({ field: 'heroImage', filename: file });
    expect(error.errors[0].message).toContain(`${path.join(posts, 'innocent.png')} leads through a symbolic link to ${path.join(root, 'outside/private.png')}, outside`);
    expect(copied()).toEqual([]);
  });

  it('refuses an image reached through a linked folder inside the posts folder that leads out', async () => {
    symlinkSync(path.join(root, 'outside'), path.join(posts, 'media'));
    const file = write('site/posts/a.md', '---\ntitle: A\n---\n![x](media/private.png)\n');
    const error = await loadError(() => loadPosts(posts, { publicDir }));
    expect(error.errors.map((e) => [e.filename, e.field])).toEqual([
      [file, 'body'],
      [path.join(posts, 'media'), 'file'],
    ]);
    expect(error.errors[0].message).toContain(`${path.join(posts, 'media/private.png')} leads through a symbolic link to ${path.join(root, 'outside/private.png')}, outside`);
    expect(copied()).toEqual([]);
  });

  it('reads an image from a folder named in imageRoots, and from the posts folder, copying each', async () => {
    post('a.md', 'A', 'heroImage: ../../outside/private.png\n');
    post('b.md', 'B', 'heroImage: ./ok.png\n');
    const loaded = await loadPosts(posts, { publicDir, imageRoots: [path.join(root, 'outside')] });
    expect(loaded.map((p) => p.heroImage?.src).sort()).toEqual([expect.stringMatching(/^\/images\/ok\.[0-9a-f]{10}\.png$/), expect.stringMatching(/^\/images\/private\.[0-9a-f]{10}\.png$/)]);
  });

  it('refuses an imageRoots that is not an array of folder paths, naming the option', async () => {
    await expect(loadPosts(posts, { imageRoots: 'assets' as never })).rejects.toThrow(
      new TypeError(`Invalid \`imageRoots\`: received "assets", expected an array of folder paths, such as ['assets'].`),
    );
    await expect(loadPost(post('a.md', 'A'), { imageRoots: [42] as never })).rejects.toThrow('Invalid `imageRoots`: received [42]');
  });

  it('lets loadPost read images beside the post, and nowhere above it unless named', async () => {
    const file = post('2024/a.md', 'A', 'heroImage: ../ok.png\n');
    await expect(loadPost(file, { publicDir })).rejects.toMatchObject({ field: 'heroImage', message: expect.stringMatching(/^Image outside the allowed folders/) });
    await expect(loadPost(file, { publicDir, imageRoots: [posts] })).resolves.toMatchObject({ heroImage: { width: 2, height: 1 } });
  });
});

describe('when an SVG image holds script', () => {
  const svg = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"${attributes}>${inner}</svg>`;

  it.each([
    ['a <script> element', svg('<script>alert(1)</script>')],
    ['an event handler', svg('<rect width="1" height="1"/>', ' onload="alert(1)"')],
    ['a script URL', svg('<a href="jav&#x61;script:alert(1)"><text>x</text></a>')],
    ['a <foreignObject> element', svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>')],
    ['an external reference', svg('<image href="https://tracker.example/x.png" width="1" height="1"/>')],
  ])('refuses %s, naming the file, and copies nothing', async (what, text) => {
    write('site/posts/art.svg', text);
    const file = post('a.md', 'A', 'heroImage: ./art.svg\n');
    const error = await loadError(() => loadPosts(posts, { publicDir }));
    expect(error.errors).toHaveLength(1);
    expect(error.errors[0]).toMatchObject({ field: 'heroImage', filename: file });
    expect(error.errors[0].message).toMatch(new RegExp(`^Unsafe SVG: the \`heroImage\` "\\./art\\.svg" \\(${path.join(posts, 'art.svg')}\\) holds ${what}`));
    expect(existsSync(path.join(publicDir, 'images'))).toBe(false);
  });

  it('copies a plain SVG with gradients and a link out, sized', async () => {
    write('site/posts/art.svg', svg('<defs><linearGradient id="g"/></defs><a href="https://example.com/"><rect fill="url(#g)" width="1" height="1"/></a>'));
    post('a.md', 'A', 'heroImage: ./art.svg\n');
    const [loaded] = await loadPosts(posts, { publicDir });
    expect(loaded.heroImage).toMatchObject({ src: expect.stringMatching(/^\/images\/art\.[0-9a-f]{10}\.svg$/), width: 10, height: 10 });
  });

  it('refuses one already under publicDir too: the site would serve it', async () => {
    write('site/public/art.svg', svg('<script>alert(1)</script>'));
    post('a.md', 'A', 'heroImage: /art.svg\n');
    const error = await loadError(() => loadPosts(posts, { publicDir }));
    expect(error.errors[0].message).toMatch(/^Unsafe SVG: the `heroImage` "\/art\.svg"/);
  });
});

describe('when a slug would leave the site', () => {
  it('refuses the post, naming it and the field; the other posts load, none at the blog home', async () => {
    post('a.md', 'A');
    const home = post('home.md', 'Home', 'slug: ..\n');
    const escaped = post('escaped.md', 'Escaped', 'slug: ../../../../outside/escaped\n');
    const error = await loadError(() => loadPosts(posts));
    expect(error.errors.map((e) => [e.filename, e.field, e.line])).toEqual([
      [escaped, 'slug', 3],
      [home, 'slug', 3],
    ]);
    const skipped = await loadPosts(posts, { onError: 'skip', onProblem: () => {} });
    expect(skipped.map((p) => p.slug)).toEqual(['a']);
  });
});
