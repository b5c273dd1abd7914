// @vitest-environment node
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blogCopy } from '../../test/helpers/fixtures.js';
import { PostParseError } from '../parse/index.js';
import { asPost } from '../parse/index.js';
import { isPostLoadError, PostLoadError } from './index.js';
import type { Post } from '../post/index.js';
import { loadPost, loadPosts, type LoadOptions } from './index.js';

let root: string;
let posts: string;
let publicDir: string;
/** The fixture's hero sits in `assets/`, beside the posts: a folder images may come from only when named. */
let imageRoots: string[];

beforeEach(() => {
  // Loading copies images into public/, so every test works on its own copy of the blog.
  root = blogCopy('rbk-load-');
  posts = path.join(root, 'posts');
  publicDir = path.join(root, 'public');
  imageRoots = [path.join(root, 'assets')];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const imagesIn = (post: Post): Element[] => {
  const found: Element[] = [];
  const roots: Root[] = [post.intro, ...post.sections.map((s) => s.content)];
  for (const r of roots) visit(r, 'element', (node: Element) => void (node.tagName === 'img' && found.push(node)));
  return found;
};

/** The error of the given class a run throws; fails the test when it throws anything else or nothing. */
async function thrown<E extends Error>(type: new (...args: never[]) => E, run: () => Promise<unknown>): Promise<E> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error(`expected a ${type.name}`);
}
const refusal = (run: () => Promise<unknown>) => thrown(PostParseError, run);
const loadRefusal = (run: () => Promise<unknown>) => thrown(PostLoadError, run);

/** The one problem of a load that had one. */
async function oneProblem(run: () => Promise<unknown>): Promise<PostParseError> {
  const error = await loadRefusal(run);
  expect(error.errors).toHaveLength(1);
  return error.errors[0];
}

const write = (relative: string, text: string) => {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
};

describe('when loading a folder of posts', () => {
  it('loads every .md, .markdown and .mdx file, newest first, skipping _partials', async () => {
    const loaded = await loadPosts(posts, { publicDir, imageRoots, authors: path.join(root, 'authors.yml'), drafts: true });
    expect(loaded.map((p) => [p.slug, p.pubDate])).toEqual([
      ['bread-draft', '2024-06-01'],
      ['tide-tables', '2024-05-20'],
      ['neap-tides', '2024-05-09'],
      ['spring-tides', '2024-05-01'],
      ['bees', '2024-01-15'],
      ['bicycle-gears', '2023-11-02'],
    ]);
  });

  it('takes slug, date and title from file names: dated, plain and index.md folders', async () => {
    const loaded = await loadPosts(posts, { publicDir, drafts: false, images: 'keep' });
    const bySlug = Object.fromEntries(loaded.map((p) => [p.slug, p]));
    expect(bySlug['spring-tides'].title).toBe('Spring tides');
    expect(bySlug['neap-tides'].title).toBe('Neap tides');
    expect(bySlug.bees.title).toBe('What bees do in winter');
  });

  it('reads series and excerpts', async () => {
    const loaded = await loadPosts(posts, { images: 'keep' });
    const tables = loaded.find((p) => p.slug === 'tide-tables')!;
    expect(tables.series).toEqual({ name: 'Tides for Beginners', slug: 'tides-for-beginners', order: 5 });
    expect(tables.excerpt?.children).toHaveLength(1);
  });

  it('fails with an error naming the folder when it does not exist', async () => {
    const error = await refusal(() => loadPosts(path.join(root, 'nope')));
    expect(error.message).toMatch(/is not a folder\. Expected the folder that holds the post files\./);
  });
});

describe('when a post records its source file', () => {
  it('gives each post its file relative to the loaded folder, with forward slashes, through JSON and the cache', async () => {
    const cacheDir = path.join(root, '.cache');
    write('posts/guides/setup.md', '---\ntitle: Setting up\npubDate: 2020-01-01\n---\nFirst.\n');
    const cold = await loadPosts(posts, { images: 'keep', drafts: true, cacheDir });
    const sources = Object.fromEntries(cold.map((p) => [p.slug, p.source]));
    expect(sources).toEqual({
      'bread-draft': 'bread-draft.md',
      'tide-tables': 'tide-tables.mdx',
      setup: 'guides/setup.md',
      'neap-tides': 'neap-tides.md',
      'spring-tides': '2024-05-01-spring-tides.md',
      bees: 'bees/index.md',
      'bicycle-gears': 'bicycle-gears.markdown',
    });
    const warm = await loadPosts(posts, { images: 'keep', drafts: true, cacheDir });
    expect(warm.map((p) => p.source)).toEqual(cold.map((p) => p.source));
    const bees = cold.find((p) => p.slug === 'bees')!;
    expect(asPost(JSON.parse(JSON.stringify(bees)))).toEqual(bees);
  });

  it('is the path from the working folder for loadPost, which loads one file', async () => {
    const post = await loadPost(path.join(posts, 'bees/index.md'), { images: 'keep' });
    expect(post.source).toBe(path.relative(process.cwd(), path.join(posts, 'bees/index.md')).split(path.sep).join('/'));
  });
});

describe('when posts are drafts', () => {
  it('leaves them out with drafts: false and keeps them with drafts: true', async () => {
    expect((await loadPosts(posts, { images: 'keep', drafts: false })).map((p) => p.slug)).not.toContain('bread-draft');
    expect((await loadPosts(posts, { images: 'keep', drafts: true })).find((p) => p.slug === 'bread-draft')?.draft).toBe(true);
  });

  it('follows NODE_ENV by default: kept in development, left out in production', async () => {
    const before = process.env.NODE_ENV;
    try {
      process.env.NODE_ENV = 'production';
      expect((await loadPosts(posts, { images: 'keep' })).map((p) => p.slug)).not.toContain('bread-draft');
      process.env.NODE_ENV = 'development';
      expect((await loadPosts(posts, { images: 'keep' })).map((p) => p.slug)).toContain('bread-draft');
    } finally {
      process.env.NODE_ENV = before;
    }
  });

  it('does not check the images of a draft it leaves out', async () => {
    write('posts/unfinished.md', '---\ntitle: Unfinished\ndraft: true\nheroImage: ./not-drawn-yet.png\n---\nSoon.\n');
    await expect(loadPosts(posts, { publicDir, imageRoots, drafts: false })).resolves.toHaveLength(5);
  });
});

describe('when posts have local images', () => {
  it('serves a hero beside the post from a copy under a content-hashed name, with its size', async () => {
    const post = await loadPost(path.join(posts, '2024-05-01-spring-tides.md'), { publicDir });
    expect(post.heroImage).toMatchObject({ width: 16, height: 9, alt: 'Waves reaching the top of a sea wall' });
    expect(post.heroImage!.src).toMatch(/^\/images\/spring-tides\.[0-9a-f]{10}\.jpg$/);
    const copy = path.join(publicDir, post.heroImage!.src);
    expect(readFileSync(copy)).toEqual(readFileSync(path.join(posts, 'spring-tides.jpg')));
  });

  it('copies a hero from outside the posts (../../assets) and sizes a body image beside an index.md', async () => {
    const post = await loadPost(path.join(posts, 'bees/index.md'), { publicDir, imageRoots, base: '/blog' });
    expect(post.heroImage).toMatchObject({ width: 20, height: 10 });
    expect(post.heroImage!.src).toMatch(/^\/blog\/images\/bee\.[0-9a-f]{10}\.png$/);
    const [comb] = imagesIn(post);
    expect(comb.properties).toMatchObject({ alt: 'Capped honey comb', width: 12, height: 10 });
    expect(comb.properties.src).toMatch(/^\/blog\/images\/comb\.[0-9a-f]{10}\.png$/);
  });

  it('serves an image already under publicDir from where it is, root-relative or relative', async () => {
    const post = await loadPost(path.join(posts, 'bicycle-gears.markdown'), { publicDir });
    expect(imagesIn(post)[0].properties).toMatchObject({ src: '/images/gears.jpg', width: 24, height: 18, title: 'Eleven sprockets' });
    const relative = write('public/notes/a.md', '---\ntitle: In public\n---\n![Hive](../images/hive.png)\n');
    expect(imagesIn(await loadPost(relative, { publicDir }))[0].properties).toMatchObject({ src: '/images/hive.png', width: 40, height: 30 });
    expect(readdirSync(path.join(publicDir, 'images')).sort()).toEqual(['gears.jpg', 'hive.png']);
  });

  it("refuses an image outside publicDir with images: 'refuse', saying how to fix it", async () => {
    const error = await refusal(() => loadPost(path.join(posts, 'bees/index.md'), { publicDir, imageRoots, images: 'refuse' }));
    expect(error.field).toBe('heroImage');
    expect(error.message).toBe(
      `Image outside publicDir: the \`heroImage\` "../../assets/bee.png" is ${path.join(root, 'assets/bee.png')}, which the site does not serve. ` +
        `Move it under ${publicDir}, or pass images: 'copy' to have it copied there under a content-hashed name. (${path.join(posts, 'bees/index.md')}, line 6)`,
    );
  });

  it('asks for publicDir when a relative image has nowhere to be served from', async () => {
    const error = await refusal(() => loadPost(path.join(posts, 'bees/index.md'), { imageRoots }));
    expect(error.message).toMatch(/Pass publicDir \(the folder the site serves, such as 'public'\) so it can be copied there, or images: 'keep'/);
  });

  it("leaves every image as written with images: 'keep'", async () => {
    const post = await loadPost(path.join(posts, 'bees/index.md'), { images: 'keep' });
    expect(post.heroImage).toEqual({ src: '../../assets/bee.png', alt: 'A bee on a white flower' });
    expect(imagesIn(post)[0].properties.width).toBeUndefined();
  });

  it('leaves remote images alone and keeps a size the frontmatter gives', async () => {
    const file = write('posts/remote.md', '---\ntitle: Remote\nheroImage: { src: ./spring-tides.jpg, width: 800, height: 450 }\n---\n![x](https://cdn.example/x.png)\n');
    const post = await loadPost(file, { publicDir });
    expect(post.heroImage).toMatchObject({ width: 800, height: 450 });
    expect(imagesIn(post)[0].properties).toEqual({ src: 'https://cdn.example/x.png', alt: 'x' });
  });

  it('fails the whole load on a missing hero, naming the post, the field and the path', async () => {
    const file = write('posts/lost.md', '---\ntitle: Lost\nheroImage: ../assets/lighthouse.png\n---\nGone.\n');
    const error = await oneProblem(() => loadPosts(posts, { publicDir, imageRoots }));
    expect(error).toMatchObject({ field: 'heroImage', filename: file, line: 3 });
    expect(error.message).toBe(
      `Image not found: the \`heroImage\` "../assets/lighthouse.png" points at ${path.join(root, 'assets/lighthouse.png')}, which does not exist. ` +
        `Expected an image file relative to the post or under publicDir. (${file}, line 3)`,
    );
  });

  it('fails on a missing body image and a missing root-relative image under publicDir', async () => {
    // The line that writes the image, though the alt text names the same file earlier.
    const body = write('posts/gone.md', '---\ntitle: Gone\n---\nSee ./wheel.png below.\n\n![Wheel](./wheel.png)\n');
    expect(await refusal(() => loadPost(body, { publicDir }))).toMatchObject({ field: 'body', filename: body, line: 6 });
    const rooted = write('posts/rooted.md', '---\ntitle: Rooted\nheroImage: /images/none.png\n---\nx\n');
    expect((await refusal(() => loadPost(rooted, { publicDir }))).message).toMatch(/^Image not found: the `heroImage` "\/images\/none\.png"/);
  });

  it('refuses a file that is not an image', async () => {
    write('posts/fake.png', 'not an image');
    const file = write('posts/fake.md', '---\ntitle: Fake\nheroImage: ./fake.png\n---\nx\n');
    expect((await refusal(() => loadPost(file, { publicDir }))).message).toMatch(/^Unreadable image: the `heroImage` "\.\/fake\.png"/);
  });
});

describe('when the host gives authors', () => {
  it('resolves keys from a YAML file', async () => {
    const loaded = await loadPosts(posts, { images: 'keep', authors: path.join(root, 'authors.yml') });
    expect(loaded.find((p) => p.slug === 'bees')!.authors).toEqual([
      {
        key: 'ada',
        name: 'Ada Hollis',
        bio: 'Keeps six hives on a rooftop',
        url: 'https://ada.example',
        avatar: '/images/hive.png',
        socials: { github: 'https://github.com/adahollis', mastodon: 'https://bees.example/@ada' },
      },
    ]);
    expect(loaded.find((p) => p.slug === 'bicycle-gears')!.authors).toEqual([{ name: 'Guest Rider', url: 'https://rider.example' }]);
  });

  it('resolves keys from a map', async () => {
    const loaded = await loadPosts(posts, { images: 'keep', authors: { ada: { name: 'A' }, tomas: { name: 'T' } } });
    expect(loaded.find((p) => p.slug === 'neap-tides')!.authors).toEqual([{ key: 'tomas', name: 'T' }]);
  });

  it('fails on an unknown key, naming the post', async () => {
    const error = await oneProblem(() => loadPosts(posts, { images: 'keep', authors: { ada: { name: 'A' } } }));
    expect(error.filename).toBe(path.join(posts, 'neap-tides.md'));
    expect(error.message).toMatch(/^Unknown author `tomas` in .*neap-tides\.md: it is not a key of the authors map\. Expected one of `ada`/);
  });

  it('fails on an authors file that is missing or invalid, naming it', async () => {
    expect((await refusal(() => loadPosts(posts, { authors: path.join(root, 'none.yml') }))).message).toMatch(/^Cannot read the authors file/);
    const bad = write('bad-authors.yml', 'ada:\n  url: https://x.example\n');
    expect(await refusal(() => loadPosts(posts, { authors: bad }))).toMatchObject({ field: 'authors.ada.name', filename: bad });
  });
});

describe('when one post is bad', () => {
  it('fails the whole load with the parser error, naming its file', async () => {
    const file = write('posts/broken.md', '---\ntitle: Broken\npubDate: Jully 2022\n---\nx\n');
    const error = await oneProblem(() => loadPosts(posts, { images: 'keep' }));
    expect(error).toMatchObject({ field: 'pubDate', filename: file, line: 3 });
  });

  it('wraps an error thrown by a host plugin with the file name', async () => {
    const file = write('posts/plugin.md', '---\ntitle: P\n---\nx\n');
    const boom = () => () => {
      throw new Error('plugin broke');
    };
    const error = await refusal(() => loadPost(file, { remarkPlugins: [boom] }));
    expect(error.message).toBe(`Cannot load the post: plugin broke (${file})`);
    expect(error.field).toBe('file');
  });
});

describe('when many posts are bad', () => {
  const badMonth = (i: number) => `---\ntitle: Bad ${i}\npubDate: Smarch ${i} 2022\n---\nx\n`;

  it('reads every file, then reports all 25 bad ones in one PostLoadError, sorted by file', async () => {
    // Written in reverse so that the order reported is the error's own, not the order of writing.
    const files = Array.from({ length: 25 }, (_, i) => i)
      .reverse()
      .map((i) => write(`posts/bad/${String(i).padStart(2, '0')}.md`, badMonth(i)));
    const parsed: string[] = [];
    const error = await loadRefusal(() => loadPosts(posts, { images: 'keep', onParse: (f) => void parsed.push(f) }));
    expect(parsed).toHaveLength(6 + 25);
    expect(error).toBeInstanceOf(AggregateError);
    expect(error.name).toBe('PostLoadError');
    expect(error.errors.map((e) => e.filename)).toEqual([...files].sort());
    for (const e of error.errors) expect(e).toMatchObject({ field: 'pubDate', line: 3 });
    // The message alone, as Node prints it and a build overlay shows it, names every file and what to fix.
    const lines = error.message.split('\n');
    expect(lines[0]).toBe(`25 post files in ${posts} cannot be loaded (25 problems); fix each, or pass onError: 'skip' to load the rest:`);
    expect(lines.slice(1)).toEqual(error.errors.map((e) => `- ${e.message}`));
    for (const file of files) expect(error.message).toContain(`(${file}, line 3)`);
    expect(error.message).toContain('Invalid `pubDate`');
  });

  it('lists problems of different kinds, each with its file and field', async () => {
    const bad = write('posts/a-bad.md', '---\ntitle: A\npubDate: Jully 2022\n---\nx\n');
    const lost = write('posts/b-lost.md', '---\ntitle: B\nheroImage: ./nowhere.png\n---\n![x](./also-nowhere.png)\n');
    const error = await loadRefusal(() => loadPosts(posts, { publicDir, imageRoots }));
    expect(error.errors.map((e) => [e.filename, e.field])).toEqual([
      [bad, 'pubDate'],
      [lost, 'heroImage'],
    ]);
    expect(error.message.split('\n')[0]).toMatch(/^2 post files in .* cannot be loaded \(2 problems\)/);
  });

  it("with onError: 'skip', loads the rest and tells each bad file to onProblem, in file order", async () => {
    const second = write('posts/zz.md', badMonth(2));
    const first = write('posts/aa.md', badMonth(1));
    const skipped: PostParseError[] = [];
    const loaded = await loadPosts(posts, { images: 'keep', drafts: true, onError: 'skip', onProblem: (e) => void skipped.push(e) });
    expect(loaded).toHaveLength(6);
    expect(skipped.map((e) => [e.filename, e.field])).toEqual([
      [first, 'pubDate'],
      [second, 'pubDate'],
    ]);
    expect(skipped[0]).toBeInstanceOf(PostParseError);
  });

  it("with onError: 'skip' and no onProblem, warns once on the console in development, and says nothing in production", async () => {
    const file = write('posts/aa.md', badMonth(1));
    const before = process.env.NODE_ENV;
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => void warned.push(message);
    try {
      process.env.NODE_ENV = 'development';
      expect(await loadPosts(posts, { images: 'keep', onError: 'skip' })).toHaveLength(6);
      expect(warned).toHaveLength(1);
      expect(warned[0].split('\n')[0]).toBe(
        `react-blog-kit: 1 problem in the posts of ${posts} (onError: 'skip'): each file named is left out, except a post with a broken link, kept with the link as written.`,
      );
      expect(warned[0].split('\n')[1]).toMatch(/^- Invalid `pubDate`/);
      expect(warned[0]).toContain(file);
      process.env.NODE_ENV = 'production';
      expect(await loadPosts(posts, { images: 'keep', onError: 'skip' })).toHaveLength(5);
      expect(warned).toHaveLength(1);
    } finally {
      process.env.NODE_ENV = before;
      console.warn = warn;
    }
  });

  it('refuses an onError it does not know, naming what it expected', async () => {
    await expect(loadPosts(posts, { onError: 'ignore' as 'skip' })).rejects.toThrow(new TypeError('loadPosts: options.onError must be "throw" or "skip" (or undefined), received "ignore" (a string).'));
  });

  it('is recognised by isPostLoadError, also from another realm', async () => {
    write('posts/aa.md', badMonth(1));
    const error = await loadRefusal(() => loadPosts(posts, { images: 'keep' }));
    expect(isPostLoadError(error)).toBe(true);
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext("const e = new AggregateError([], 'x'); e.name = 'PostLoadError'; e");
    expect(foreign instanceof Error).toBe(false);
    expect(isPostLoadError(foreign)).toBe(true);
    expect(isPostLoadError(new Error('x'))).toBe(false);
    expect(isPostLoadError(error.errors[0])).toBe(false);
  });
});

describe('when two files would be one page', () => {
  it('reports two posts with one slug, naming both files and the fix, and keeps the first with skip', async () => {
    const copy = write('posts/zz-copy.md', '---\ntitle: Another neap\nslug: neap-tides\n---\nx\n');
    const error = await oneProblem(() => loadPosts(posts, { images: 'keep' }));
    expect(error).toMatchObject({ field: 'slug', filename: copy });
    expect(error.message).toBe(
      `Two posts have the slug "neap-tides": ${path.join(posts, 'neap-tides.md')} and ${copy}, so one page would hide the other. ` +
        `Give one of them another \`slug\` in its frontmatter, rename its file, or pass a postHref that tells them apart (by language or folder, say). (${copy})`,
    );
    const loaded = await loadPosts(posts, { images: 'keep', onError: 'skip', onProblem: () => {} });
    expect(loaded.find((p) => p.slug === 'neap-tides')!.source).toBe('neap-tides.md');
  });

  it('lets posts share a slug when postHref gives them different URLs', async () => {
    write('posts/fr/neap-tides.md', '---\ntitle: Mortes-eaux\nlang: fr\n---\nx\n');
    const postHref = (post: Post) => `/${post.lang ?? 'en'}/${post.slug}/`;
    const loaded = await loadPosts(posts, { images: 'keep', postHref });
    expect(loaded.filter((p) => p.slug === 'neap-tides').map((p) => p.source).sort()).toEqual(['fr/neap-tides.md', 'neap-tides.md']);
    write('posts/fr/bees.md', '---\ntitle: Abeilles\nslug: neap-tides\nlang: fr\n---\nx\n');
    const error = await oneProblem(() => loadPosts(posts, { images: 'keep', postHref }));
    expect(error.message).toMatch(/^Two posts have one URL "\/fr\/neap-tides\/" \(from postHref\): .*fr\/bees\.md and .*fr\/neap-tides\.md/);
  });

  it('reports x.md beside x/index.md as one post written twice, naming both and keeping x.md with skip', async () => {
    const plain = write('posts/bees.md', '---\ntitle: Bees again\nslug: other-bees\n---\nx\n');
    const index = path.join(posts, 'bees/index.md');
    const error = await oneProblem(() => loadPosts(posts, { images: 'keep' }));
    expect(error).toMatchObject({ field: 'file', filename: index });
    expect(error.message).toBe(
      `Two files for one post: ${plain} and ${index} are both the post "bees". Keep one: move the text of bees.md into ${path.join('bees', 'index.md')} ` +
        `(where its images can sit beside it), or delete one of them. (${index})`,
    );
    const loaded = await loadPosts(posts, { images: 'keep', onError: 'skip', onProblem: () => {} });
    expect(loaded.map((p) => p.source)).toContain('bees.md');
    expect(loaded.map((p) => p.source)).not.toContain('bees/index.md');
  });
});

describe("when the loaded folder has its own index.md", () => {
  it('leaves it out, as the folder\'s page, unless rootIndex is true; a subfolder\'s index.md stays its post', async () => {
    write('posts/index.md', '---\ntitle: Blog\n---\nAll the posts.\n');
    const without = await loadPosts(posts, { images: 'keep', drafts: true });
    expect(without.map((p) => p.title)).not.toContain('Blog');
    expect(without.map((p) => p.source)).toContain('bees/index.md');
    const withIt = await loadPosts(posts, { images: 'keep', drafts: true, rootIndex: true });
    expect(withIt.find((p) => p.title === 'Blog')?.source).toBe('index.md');
  });
});

describe('when the folder holds symbolic links', () => {
  it('follows no link out of the folder: each is reported, naming the link and where it leads, and the rest load with skip', async () => {
    write('elsewhere/notes/kelp.md', '---\ntitle: Kelp\npubDate: 2021-01-01\n---\nx\n');
    write('elsewhere/lone.md', '---\ntitle: Lone\npubDate: 2021-01-02\n---\nx\n');
    symlinkSync(path.join(root, 'elsewhere/notes'), path.join(posts, 'notes'));
    symlinkSync(path.join(root, 'elsewhere/lone.md'), path.join(posts, 'lone.md'));
    const error = await loadRefusal(() => loadPosts(posts, { images: 'keep', drafts: true }));
    expect(error.errors.map((e) => [e.field, e.filename])).toEqual([
      ['file', path.join(posts, 'lone.md')],
      ['file', path.join(posts, 'notes')],
    ]);
    expect(error.errors[0].message).toBe(
      `Symbolic link out of the posts folder: ${path.join(posts, 'lone.md')} points at ${path.join(root, 'elsewhere/lone.md')}, outside ${posts}. ` +
        `It was not followed: loadPosts reads only what is inside the folder it is given. Move what it points at into ${posts}, or load that folder with its own loadPosts call. (${path.join(posts, 'lone.md')})`,
    );
    const loaded = await loadPosts(posts, { images: 'keep', drafts: true, onError: 'skip', onProblem: () => {} });
    expect(loaded.map((p) => p.title)).not.toContain('Kelp');
    expect(loaded).toHaveLength(6);
  });

  it('reports a link back to a folder that holds it, once, and loads the rest with skip', async () => {
    mkdirSync(path.join(posts, 'deep/deeper'), { recursive: true });
    const loop = path.join(posts, 'deep/deeper/up');
    symlinkSync(posts, loop);
    const error = await oneProblem(() => loadPosts(posts, { images: 'keep' }));
    expect(error).toMatchObject({ field: 'file', filename: loop });
    expect(error.message).toBe(
      `Symbolic link loop: ${loop} points at ${posts}, a folder that holds the link, so following it would never end. ` +
        `It was not followed, and ${posts} is loaded once, from where it is: remove the link. (${loop})`,
    );
    const skipped: PostParseError[] = [];
    expect(await loadPosts(posts, { images: 'keep', drafts: true, onError: 'skip', onProblem: (e) => void skipped.push(e) })).toHaveLength(6);
    expect(skipped.map((e) => e.filename)).toEqual([loop]);
  });

  it('reports a broken link named like a post by its name', async () => {
    const dangling = path.join(posts, 'gone.md');
    symlinkSync(path.join(root, 'nowhere.md'), dangling);
    const error = await oneProblem(() => loadPosts(posts, { images: 'keep' }));
    expect(error).toMatchObject({ field: 'file', filename: dangling });
    expect(error.message).toMatch(/^Cannot load the post: ENOENT/);
  });
});

describe('when a file is not UTF-8', () => {
  it('reports it by name and line instead of reading replacement characters', async () => {
    const file = path.join(posts, 'latin.md');
    writeFileSync(file, Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\nx\n')]));
    const error = await oneProblem(() => loadPosts(posts, { images: 'keep' }));
    expect(error).toMatchObject({ field: 'file', filename: file, line: 2 });
    expect(error.message).toBe(
      `Not UTF-8: the file holds bytes that are not UTF-8 text (perhaps it was saved as Latin-1 or Windows-1252). Expected a UTF-8 file: save it again as UTF-8. (${file}, line 2)`,
    );
    expect(await refusal(() => loadPost(file))).toMatchObject({ field: 'file', line: 2 });
  });

  it('reads a UTF-8 file with a byte order mark', async () => {
    const file = path.join(posts, 'bom.md');
    writeFileSync(file, `\uFEFF---\ntitle: Café\n---\nx\n`);
    expect((await loadPost(file)).title).toBe('Café');
  });
});

describe('when cacheDir cannot be used', () => {
  it('warns once and loads every post without it', async () => {
    const blocker = write('not-a-folder', 'a file where the cache would go');
    for (const cacheDir of [blocker, path.join(blocker, 'cache')]) {
      const warnings: { message: string }[] = [];
      const loaded = await loadPosts(posts, { images: 'keep', drafts: true, cacheDir, onWarning: (w) => void warnings.push(w) });
      expect(loaded).toHaveLength(6);
      expect(warnings).toHaveLength(1);
      expect(warnings[0].message).toMatch(new RegExp(`^Cannot write the cache in ${cacheDir.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: .+\\. Loading goes on without it, parsing every post\\.`));
    }
    expect(readFileSync(blocker, 'utf8')).toBe('a file where the cache would go');
  });

  it('when a write fails part way, reads the posts it cached before back from their entries, parsing no post twice', async () => {
    const dir = path.join(root, 'many');
    mkdirSync(dir);
    const files = Array.from({ length: 12 }, (_, i) => path.join(dir, `post-${String(i).padStart(2, '0')}.md`));
    for (const [i, file] of files.entries()) writeFileSync(file, `---\ntitle: Post ${i}\ndate: 2024-01-${String(i + 1).padStart(2, '0')}\n---\n\nBody ${i}.\n`);
    const cacheDir = path.join(root, 'cache');
    // A folder where the ninth post's entry goes: writing that entry fails, and the load turns the cache off.
    mkdirSync(path.join(cacheDir, `${createHash('sha256').update(path.resolve(files[8])).digest('hex').slice(0, 32)}.json`), { recursive: true });
    const parsed: string[] = [];
    const warnings: { message: string }[] = [];
    const loaded = await loadPosts(dir, { images: 'keep', cacheDir, onParse: (file) => void parsed.push(file), onWarning: (w) => void warnings.push(w) });
    expect(loaded.map((post) => post.title).sort()).toEqual(files.map((_, i) => `Post ${i}`).sort());
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^Cannot write the cache in /)]);
    expect(parsed).toEqual(files);
  });
});

const hrefsIn = (post: Post): string[] => {
  const found: string[] = [];
  const trees: Root[] = [post.intro, ...post.sections.flatMap((s) => [{ type: 'root' as const, children: s.children }, s.content])];
  if (post.footnotes) trees.push(post.footnotes);
  for (const r of trees) visit(r, 'element', (node: Element) => void (node.tagName === 'a' && found.push(String(node.properties.href))));
  return found;
};

/**
 * The peers' Docusaurus fixture folder, read at run time (never copied into the repository): `shared/peers`
 * beside the checkout, or beside the folder that holds it (a worktree), or where RBK_PEERS says.
 */
function peerFolder(relative: string): string {
  const candidates = [process.env.RBK_PEERS, '../shared/peers', '../../shared/peers'].filter((c): c is string => !!c).map((c) => path.resolve(c, relative));
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`The peers' fixtures are not found (looked in ${candidates.join(', ')}): set RBK_PEERS to the peers folder.`);
  return found;
}

describe('when a post links to another post file', () => {
  it("rewrites the link to that post's URL, keeping the fragment and query, in the body, a heading and a footnote", async () => {
    write(
      'posts/guides/setup.md',
      '---\ntitle: Setting up\n---\nSee [spring](../2024-05-01-spring-tides.md#waves), [bees](/bees/index.md?x=1) and [gears](../bicycle-gears.markdown).[^1]\n\n' +
        '## After [neap](../neap-tides.md)\n\nText, and [a page](https://example.org/a.md) and [an anchor](#top) left alone.\n\n[^1]: Read [tables](../tide-tables.mdx) too.\n',
    );
    const loaded = await loadPosts(posts, { images: 'keep', drafts: true });
    const setup = loaded.find((p) => p.source === 'guides/setup.md')!;
    expect(hrefsIn(setup)).toEqual([
      '/posts/spring-tides/#waves',
      '/posts/bees/?x=1',
      '/posts/bicycle-gears/',
      expect.stringMatching(/^#/),
      '/posts/neap-tides/',
      'https://example.org/a.md',
      '#top',
      '/posts/tide-tables/',
      expect.stringMatching(/^#/),
    ]);
    // A JSON post keeps the rewritten links: they are in its trees, not made at render time.
    expect(hrefsIn(JSON.parse(JSON.stringify(setup)))).toEqual(hrefsIn(setup));
    const based = await loadPosts(posts, { images: 'keep', base: '/blog', postHref: (p) => `/articles/${p.slug}` });
    expect(hrefsIn(based.find((p) => p.source === 'guides/setup.md')!)[0]).toBe('/blog/articles/spring-tides#waves');
  });

  it('looks for a bare file name beside the post, then under the loaded folder, as Docusaurus does; ./ and ../ only beside it', async () => {
    write('posts/guides/setup.md', '---\ntitle: Setting up\n---\n[a](neap-tides.md) [b](./neap-tides.md)\n');
    const problems: PostParseError[] = [];
    const loaded = await loadPosts(posts, { images: 'keep', onError: 'skip', onProblem: (e) => void problems.push(e) });
    expect(hrefsIn(loaded.find((p) => p.source === 'guides/setup.md')!)).toEqual(['/posts/neap-tides/', './neap-tides.md']);
    expect(problems.map((e) => e.message)).toEqual([expect.stringMatching(/^Broken link to a post file: "\.\/neap-tides\.md" in the body: .*guides\/neap-tides\.md is not a post file/)]);
  });

  it("resolves the Docusaurus fixture's links as its own tests expect, and reports each broken one with its file and line", async () => {
    const blog = path.join(root, 'blog-with-ref');
    cpSync(peerFolder('docusaurus/website/blog-with-ref'), blog, { recursive: true });
    const error = await loadRefusal(() => loadPosts(blog, { images: 'keep' }));
    const broken = path.join(blog, 'post-with-broken-links.md');
    expect(error.errors.map((e) => [e.filename, e.field, e.line])).toEqual([
      [broken, 'body', 9],
      [broken, 'body', 11],
    ]);
    expect(error.errors[0].message).toBe(
      `Broken link to a post file: "postNotExist1.md" in the body: ${path.join(blog, 'postNotExist1.md')} is not a post file of this load. ` +
        `Expected the path of a post file relative to this post (such as "2024-05-01-spring-tides.md" or "../guides/setup.md#part"), or to the loaded folder when it starts with "/". (${broken}, line 9)`,
    );
    expect(error.errors[1].message).toMatch(/^Broken link to a post file: "\.\/postNotExist2\.mdx" in the body: /);
    // With skip, the post with broken links is kept: its good links rewritten, the broken ones as written.
    const problems: PostParseError[] = [];
    const loaded = await loadPosts(blog, { images: 'keep', onError: 'skip', onProblem: (e) => void problems.push(e) });
    expect(problems).toHaveLength(2);
    const target = loaded.find((p) => p.source === '2018-12-14-Happy-First-Birthday-Slash.md')!;
    const url = `/posts/${target.slug}/`;
    expect(hrefsIn(loaded.find((p) => p.source === 'post.md')!)).toEqual([url]);
    expect(hrefsIn(loaded.find((p) => p.source === 'post-with-broken-links.md')!)).toEqual([url, url, 'postNotExist1.md', './postNotExist2.mdx']);
  });

  it('reports a link to a draft this load leaves out', async () => {
    const file = write('posts/teaser.md', '---\ntitle: Teaser\n---\nSoon: [bread](bread-draft.md).\n');
    const error = await oneProblem(() => loadPosts(posts, { images: 'keep', drafts: false }));
    expect(error).toMatchObject({ filename: file, line: 4, field: 'body' });
    expect(error.message).toMatch(/is a draft, which this load leaves out \(drafts: false, the default in production\), so the link would lead nowhere\./);
  });

  it('rewrites cached posts again against the posts of this load', async () => {
    const cacheDir = path.join(root, '.cache');
    write('posts/guides/setup.md', '---\ntitle: Setting up\n---\nSee [neap](../neap-tides.md).\n');
    const first = await loadPosts(posts, { images: 'keep', cacheDir });
    expect(hrefsIn(first.find((p) => p.source === 'guides/setup.md')!)).toEqual(['/posts/neap-tides/']);
    const parsed: string[] = [];
    const warm = await loadPosts(posts, { images: 'keep', cacheDir, postHref: (p) => `/notes/${p.slug}/`, onParse: (f) => void parsed.push(f) });
    expect(parsed).toEqual([]);
    expect(hrefsIn(warm.find((p) => p.source === 'guides/setup.md')!)).toEqual(['/notes/neap-tides/']);
    rmSync(path.join(posts, 'neap-tides.md'));
    const error = await oneProblem(() => loadPosts(posts, { images: 'keep', cacheDir }));
    expect(error).toMatchObject({ filename: path.join(posts, 'guides/setup.md'), line: 4 });
  });

  it('reports a postHref that fails for a post, naming the post', async () => {
    const error = await loadRefusal(() => loadPosts(posts, { images: 'keep', drafts: false, postHref: (p) => (p.slug === 'bees' ? '' : `/p/${p.slug}/`) }));
    expect(error.errors.map((e) => [e.field, e.filename])).toEqual([['postHref', path.join(posts, 'bees/index.md')]]);
    expect(error.errors[0].message).toMatch(/^postHref failed for this post: expected a path such as "\/posts\/my-post\/", received ""/);
  });

  it('leaves a link to a file that failed to load as written, reporting only that file', async () => {
    const bad = write('posts/bad.md', '---\ntitle: Bad\npubDate: Jully 2022\n---\nx\n');
    write('posts/good.md', '---\ntitle: Good\n---\n[bad](bad.md)\n');
    const problems: PostParseError[] = [];
    const loaded = await loadPosts(posts, { images: 'keep', onError: 'skip', onProblem: (e) => void problems.push(e) });
    expect(problems.map((e) => e.filename)).toEqual([bad]);
    expect(hrefsIn(loaded.find((p) => p.source === 'good.md')!)).toEqual(['bad.md']);
  });
});

describe('when loading with cacheDir', () => {
  const counting = () => {
    const parsed: string[] = [];
    return { parsed, onParse: (file: string) => void parsed.push(path.basename(file)) };
  };

  it('parses every post once, then nothing on a second load with the same options, plugins included', async () => {
    const cacheDir = path.join(root, '.cache');
    function remarkNoop() {
      return () => {};
    }
    const options: LoadOptions = { publicDir, imageRoots, cacheDir, drafts: true, remarkPlugins: [[remarkNoop, { level: 1 }]] };
    const first = counting();
    const cold = await loadPosts(posts, { ...options, onParse: first.onParse });
    expect(first.parsed).toHaveLength(6);
    const second = counting();
    const warm = await loadPosts(posts, { ...options, onParse: second.onParse });
    expect(second.parsed).toEqual([]);
    expect(warm).toEqual(cold);
  });

  it('tells a cached post\'s warnings again on every load, without parsing it, whatever onWarning is', async () => {
    const cacheDir = path.join(root, '.cache');
    writeFileSync(path.join(posts, 'sum.mdx'), '---\ntitle: Sums\npubDate: 2024-01-01\n---\n\nTwo: {1 + 1}\n');
    const load = async () => {
      const warnings: unknown[] = [];
      const c = counting();
      await loadPosts(posts, { images: 'keep', cacheDir, onParse: c.onParse, onWarning: (warning) => void warnings.push(warning) });
      return { warnings, parsed: c.parsed };
    };
    const cold = await load();
    expect(cold.parsed).toContain('sum.mdx');
    expect(cold.warnings).toEqual([{ message: expect.stringContaining('{1 + 1}'), filename: path.join(posts, 'sum.mdx'), line: 6, column: 6 }]);
    const warm = await load();
    expect(warm.parsed).toEqual([]);
    expect(warm.warnings).toEqual(cold.warnings);
  });

  it('parses again only the file that changed', async () => {
    const cacheDir = path.join(root, '.cache');
    await loadPosts(posts, { images: 'keep', cacheDir });
    writeFileSync(path.join(posts, 'neap-tides.md'), readFileSync(path.join(posts, 'neap-tides.md'), 'utf8').replace('barely moves', 'hardly moves'));
    const again = counting();
    const loaded = await loadPosts(posts, { images: 'keep', cacheDir, onParse: again.onParse });
    expect(again.parsed).toEqual(['neap-tides.md']);
    expect(loaded.find((p) => p.slug === 'neap-tides')!.description).toBe('A week after the spring tide, the sea hardly moves.');
  });

  it('parses again when an option, a plugin setting or a plugin cacheKey changes', async () => {
    const cacheDir = path.join(root, '.cache');
    const plugin = Object.assign(() => () => {}, { cacheKey: 'v1' });
    await loadPosts(posts, { images: 'keep', cacheDir, rehypePlugins: [plugin] });
    const count = async (options: LoadOptions) => {
      const c = counting();
      await loadPosts(posts, { images: 'keep', cacheDir, ...options, onParse: c.onParse });
      return c.parsed.length;
    };
    expect(await count({ rehypePlugins: [plugin] })).toBe(0);
    expect(await count({ rehypePlugins: [Object.assign(() => () => {}, { cacheKey: 'v2' })] })).toBe(6);
    expect(await count({ rehypePlugins: [[plugin, { deep: true }]] })).toBe(6);
    expect(await count({ rehypePlugins: [[plugin, { deep: true }]], slugPrefix: 'post-' })).toBe(6);
    expect(await count({ rehypePlugins: [[plugin, { deep: true }]], slugPrefix: 'post-' })).toBe(0);
  });

  it('ignores and rewrites a corrupt or foreign cache entry', async () => {
    const cacheDir = path.join(root, '.cache');
    await loadPosts(posts, { images: 'keep', cacheDir });
    const entries = readdirSync(cacheDir).sort();
    expect(entries).toHaveLength(6);
    writeFileSync(path.join(cacheDir, entries[0]), '{"key": "trunc');
    const stored = JSON.parse(readFileSync(path.join(cacheDir, entries[1]), 'utf8'));
    writeFileSync(path.join(cacheDir, entries[1]), JSON.stringify({ ...stored, post: { ...stored.post, format: 99 } }));
    const again = counting();
    const loaded = await loadPosts(posts, { images: 'keep', cacheDir, onParse: again.onParse });
    expect(again.parsed).toHaveLength(2);
    expect(loaded).toHaveLength(6);
    expect(() => JSON.parse(readFileSync(path.join(cacheDir, entries[0]), 'utf8'))).not.toThrow();
    const third = counting();
    await loadPosts(posts, { images: 'keep', cacheDir, onParse: third.onParse });
    expect(third.parsed).toEqual([]);
  });

  it('reads back posts in any script from ASCII-only entries, and ignores an entry holding other bytes', async () => {
    const cacheDir = path.join(root, '.cache');
    write('posts/kumo.md', '---\ntitle: 雲の話 🌧️\npubDate: 2024-06-01\ntags: [météo, 天気]\n---\n雨は雲から落ちる。« Vraiment » — yes.\n\n## نهاية\n\nالمطر\n');
    const cold = await loadPosts(posts, { images: 'keep', cacheDir });
    const entries = readdirSync(cacheDir);
    for (const entry of entries) expect(/^[\x00-\x7f]*$/.test(readFileSync(path.join(cacheDir, entry), 'latin1'))).toBe(true);
    const warm = counting();
    expect(await loadPosts(posts, { images: 'keep', cacheDir, onParse: warm.onParse })).toEqual(cold);
    expect(warm.parsed).toEqual([]);
    // An entry written as plain UTF-8 JSON (another format, or a hand edit) is parsed again, not misread.
    const kumo = cold.find((p) => p.title.startsWith('雲'))!;
    const entry = entries.find((e) => readFileSync(path.join(cacheDir, e), 'latin1').includes('\\u96f2'))!;
    const stored = JSON.parse(readFileSync(path.join(cacheDir, entry), 'latin1'));
    writeFileSync(path.join(cacheDir, entry), JSON.stringify(stored));
    const again = counting();
    const loaded = await loadPosts(posts, { images: 'keep', cacheDir, onParse: again.onParse });
    expect(again.parsed).toEqual(['kumo.md']);
    expect(loaded.find((p) => p.slug === kumo.slug)).toEqual(kumo);
  });

  it('still resolves images on a cached load, copying them again into a cleaned publicDir', async () => {
    const cacheDir = path.join(root, '.cache');
    await loadPosts(posts, { publicDir, imageRoots, cacheDir });
    rmSync(path.join(publicDir, 'images'), { recursive: true, force: true });
    mkdirSync(path.join(publicDir, 'images'));
    cpSync(path.resolve('test/fixtures/blog/public/images'), path.join(publicDir, 'images'), { recursive: true });
    const loaded = await loadPosts(posts, { publicDir, imageRoots, cacheDir });
    const hero = loaded.find((p) => p.slug === 'bees')!.heroImage!;
    expect(existsSync(path.join(publicDir, hero.src))).toBe(true);
  });
});
