// @vitest-environment node
/**
 * The README's "Moving a blog" recipes (examples/moving/hooks.ts) on real posts of each generator:
 * the shared corpus and the peers' fixtures, read at run time.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docusaurus, hugo, jekyll, nextStarter, zola } from '../examples/moving/hooks.js';
import { loadPosts } from '../src/node/index.js';
import { parsePost, type FrontmatterHook } from '../src/parse/index.js';
import { sharedFolder } from './helpers/shared.js';

const corpus = sharedFolder('corpus');
const peers = sharedFolder('peers');
const read = (file: string) => readFileSync(file, 'utf8');
/** A corpus post parsed under its original path (SOURCES.md), which names its date and slug. */
const moved = (name: string, original: string, frontmatter: FrontmatterHook) =>
  parsePost(read(path.join(corpus, name)), { filename: original, frontmatter, onWarning: () => {} });

describe('when a Docusaurus blog moves', () => {
  it('keeps a dated post’s permalink as its slug, from the file or its folder', () => {
    const welcome = moved('docusaurus-template__welcome-index.mdx', 'blog/2021-08-26-welcome/index.mdx', docusaurus);
    // The template gives `slug: welcome`, which wins, as in Docusaurus.
    expect(welcome).toMatchObject({ slug: 'welcome', pubDate: '2021-08-26', tags: ['facebook', 'hello', 'docusaurus'] });
    const i18n = moved('docusaurus-website__2021-03-09-releasing-docusaurus-i18n.md', 'blog/2021-03-09-releasing-docusaurus-i18n.md', docusaurus);
    expect(i18n).toMatchObject({ slug: '2021/03/09/releasing-docusaurus-i18n', pubDate: '2021-03-09' });
    expect(i18n.excerpt?.children.length).toBeGreaterThan(0);
  });

  it('reads tag objects by their label, and the peers’ blog as before', () => {
    const post = parsePost('---\ntitle: T\ntags: [hello, { label: Tag Label, permalink: /tag }]\n---\n', { frontmatter: docusaurus });
    expect(post.tags).toEqual(['hello', 'Tag Label']);
    const complex = parsePost(read(path.join(peers, 'docusaurus/website/blog/complex-slug.md')), { filename: 'complex-slug.md', frontmatter: docusaurus });
    expect(complex.slug).toBe('hey/my-super-path/héllô');
    const birthday = parsePost(read(path.join(peers, 'docusaurus/website/blog-with-ref/2018-12-14-Happy-First-Birthday-Slash.md')), {
      filename: '2018-12-14-Happy-First-Birthday-Slash.md',
      frontmatter: docusaurus,
    });
    expect(birthday.slug).toBe('2018/12/14/Happy-First-Birthday-Slash');
  });
});

describe('when a Jekyll blog moves', () => {
  it('takes categories, category and tag as tags, splitting strings at spaces', () => {
    const release = moved('jekyll-docs__2016-07-26-jekyll-3-2-0-released.markdown', '_posts/2016-07-26-jekyll-3-2-0-released.markdown', jekyll);
    expect(release).toMatchObject({ pubDate: '2016-07-26T22:06:49.000Z', tags: ['release'], authors: [{ name: 'parkr' }], slug: 'jekyll-3-2-0-released' });
    const posts = path.join(peers, 'jekyll/_posts');
    const jekyllPost = (name: string) => parsePost(read(path.join(posts, name)), { filename: name, frontmatter: jekyll });
    expect(jekyllPost('2009-01-27-categories.markdown').tags).toEqual(['foo', 'bar', 'baz']);
    expect(jekyllPost('2009-05-18-tag.markdown').tags).toEqual(['code']);
    expect(jekyllPost('2010-01-16-override-data.markdown').tags).toEqual(['A', 'string']);
    expect(jekyllPost('2008-02-02-not-published.markdown')).toMatchObject({ draft: true, tags: ['publish_test'] });
  });

  it('reads a Jekyll-era post dated only by its name', () => {
    const rust = moved('rust-blog__2024-03-30-i128-layout-update.md', '_posts/2024-03-30-i128-layout-update.md', jekyll);
    expect(rust).toMatchObject({ pubDate: '2024-03-30', slug: 'i128-layout-update', authors: [{ name: 'Trevor Gross' }] });
  });
});

describe('when a Hugo blog moves', () => {
  it('takes categories as tags beside the tags, and keeps the rest Hugo writes', () => {
    const post = moved('hugo-basic-example__markdown-syntax.md', 'content/post/markdown-syntax.md', hugo);
    expect(post).toMatchObject({ pubDate: '2019-03-11', tags: ['markdown', 'css', 'html', 'themes', 'syntax'], series: { name: 'Themes Guide' } });
    expect(post.data).toEqual({ aliases: ['migrate-from-jekyl'] });
    expect(post.excerpt?.children.length).toBeGreaterThan(0);
  });
});

describe('when a Zola blog moves', () => {
  it('dates a post by its path, and reads [extra] and [taxonomies] as fields', () => {
    const post = moved('rust-blog__keyword-generics.md', 'content/inside-rust/keyword-generics.md', zola);
    expect(post).toMatchObject({ pubDate: '2022-07-27', slug: 'keyword-generics', authors: [{ name: 'Yoshua Wuyts' }] });
    expect(post.data).toMatchObject({ team: 'The Keyword Generics Initiative', path: 'inside-rust/2022/07/27/keyword-generics' });
    const tagged = parsePost('+++\ntitle = "T"\ndate = 2024-01-02\n[taxonomies]\ntags = ["rust"]\n+++\n', { frontmatter: zola });
    expect(tagged).toMatchObject({ tags: ['rust'], pubDate: '2024-01-02' });
  });

  it('dates every post of a Zola blog loaded as a folder', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'rbk-zola-'));
    try {
      mkdirSync(path.join(root, 'inside-rust'));
      for (const name of ['rust-blog__keyword-generics.md', 'rust-blog__stabilizing-async-fn-in-trait.md', 'rust-blog__compiler-team-ambitions-2022.md']) {
        writeFileSync(path.join(root, 'inside-rust', name.replace('rust-blog__', '')), read(path.join(corpus, name)));
      }
      const posts = await loadPosts(root, { frontmatter: zola, images: 'keep', onWarning: () => {} });
      expect(posts).toHaveLength(3);
      for (const post of posts) expect(post.pubDate, post.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('when a Next.js starter blog moves', () => {
  it('reads blog-starter posts with the hook as without it', () => {
    for (const name of ['nextjs-blog-starter__hello-world.md', 'nextjs-blog-starter__dynamic-routing.md']) {
      const post = moved(name, `_posts/${name.replace('nextjs-blog-starter__', '')}`, nextStarter);
      expect(post).toEqual(parsePost(read(path.join(corpus, name)), { filename: `_posts/${name.replace('nextjs-blog-starter__', '')}` }));
      expect(post.heroImage?.src).toMatch(/^\/(assets|static)\//);
      expect(post.authors[0].avatar).toMatch(/^\/(assets|static)\//);
      expect(post.description).toBeTruthy();
    }
  });

  it('takes the Tailwind starter’s first image as the hero and its summary as the description', () => {
    const post = parsePost(
      "---\ntitle: 'Release of Tailwind Nextjs Starter Blog v2.0'\ndate: '2023-08-05'\nlastmod: '2023-08-06'\ntags: ['next-js', 'tailwind']\ndraft: false\nsummary: 'Release of v2.0.'\nimages: ['/static/images/twitter-card.png']\nauthors: ['default']\n---\n\nText.\n",
      { frontmatter: nextStarter },
    );
    expect(post).toMatchObject({ heroImage: { src: '/static/images/twitter-card.png' }, description: 'Release of v2.0.', updatedDate: '2023-08-06' });
  });
});

