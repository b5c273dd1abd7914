// @vitest-environment node
/**
 * The blog fixtures of Docusaurus, Jekyll and Astro, read at run time from the shared peers folder, give
 * what those projects' own tests assert of them (their index, front matter, authors, excerpt, post
 * reader and utils tests), or the kit's rule where the README states a different one and why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { isUnlisted, paginate, postsWithTag, sortPosts, tagsOf } from '../src/collection/index.js';
import { excerptOf } from '../src/post/identity.js';
import { createFeed } from '../src/feed/index.js';
import { loadPosts } from '../src/node/index.js';
import { isPostParseError, parsePost, type ParseOptions, type Post, type PostParseError } from '../src/parse/index.js';
import { postUrl, sitemapEntries } from '../src/seo/index.js';
import { sharedFolder } from './helpers/shared.js';

const peers = sharedFolder('peers');
const site = { url: 'https://example.org', name: 'Peers', postHref: (post: { slug?: string }) => `/blog/${post.slug}` };
const quiet: ParseOptions = { onWarning: () => {} };

/** Every post file of a fixture folder (names starting `_` are partials, as Docusaurus skips them). */
function folder(relative: string, options: ParseOptions = {}): Record<string, Post> {
  const dir = path.join(peers, relative);
  const posts: Record<string, Post> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (!/\.(md|mdx|markdown)$/.test(name) || name.split(/[/\\]/).some((part) => part.startsWith('_'))) continue;
    posts[name] = parsePost(readFileSync(path.join(dir, name), 'utf8'), { ...quiet, ...options, filename: name });
  }
  return posts;
}

const refused = (run: () => unknown): PostParseError => {
  try {
    run();
  } catch (error) {
    if (isPostParseError(error)) return error;
    throw error;
  }
  throw new Error('expected a PostParseError');
};
const html = (tree: Parameters<typeof toHtml>[0] | undefined) => (tree ? toHtml(tree) : '');

describe('Docusaurus: website/blog', () => {
  const authors = parseYaml(readFileSync(path.join(peers, 'docusaurus/website/blog/authors.yml'), 'utf8'));
  const posts = folder('docusaurus/website/blog', { authors });

  it('reads every post but the partials', () => {
    expect(Object.keys(posts).sort()).toEqual([
      '2018-12-14-Happy-First-Birthday-Slash.md',
      'complex-slug.md',
      'date-matter.md',
      'draft.md',
      'heading-as-title.md',
      'mdx-blog-post.mdx',
      'mdx-require-blog-post.mdx',
      'simple-slug.md',
      'unlisted.md',
    ]);
  });

  it('serves slug: /hey/my super path/héllô as a path, each segment slugged, with the date 2020/08/16', () => {
    const post = posts['complex-slug.md'];
    expect(post).toMatchObject({ title: 'Complex Slug', slug: 'hey/my-super-path/héllô', pubDate: '2020-08-16', tags: ['date', 'complex'] });
    expect(postUrl(post, { url: 'https://example.org', name: 'x' })).toBe('https://example.org/posts/hey/my-super-path/h%C3%A9ll%C3%B4/');
  });

  it('reads the legacy author with its title and URL, beside an authors map', () => {
    expect(posts['simple-slug.md']).toMatchObject({ slug: 'simple/slug', pubDate: '2020-08-15' });
    expect(posts['simple-slug.md'].authors).toEqual([{ name: 'Sébastien Lorber', bio: 'Docusaurus maintainer', url: 'https://sebastienlorber.com' }]);
  });

  it('takes an inline author beside a key of the map, and the date from the file name', () => {
    const post = posts['2018-12-14-Happy-First-Birthday-Slash.md'];
    expect(post).toMatchObject({ title: 'Happy 1st Birthday Slash!', pubDate: '2018-12-14', tags: ['birthday'] });
    expect(post.authors.map((a) => [a.name, a.key])).toEqual([
      ['Yangshun Tay', undefined],
      [authors.slorber.name, 'slorber'],
    ]);
  });

  it('takes the title from a leading heading, and from the file name when there is neither', () => {
    expect(posts['heading-as-title.md']).toMatchObject({ title: 'some heading', pubDate: '2019-01-02' });
    // Docusaurus titles it with the file name as written (`date-matter`); the kit writes it as words.
    expect(posts['date-matter.md']).toMatchObject({ title: 'Date matter', slug: 'date-matter', pubDate: '2019-01-01', tags: ['date'] });
  });

  it('marks the draft a draft, and loads the unlisted post to render, out of every list', () => {
    expect(posts['draft.md'].draft).toBe(true);
    const unlisted = posts['unlisted.md'];
    expect(isUnlisted(unlisted)).toBe(true);
    expect(html(unlisted.intro)).toBe('<p>this post is unlisted</p>');
    const all = Object.values(posts).filter((p) => !p.draft);
    expect(sortPosts(all)).toContain(unlisted);
    expect(paginate(sortPosts(all), { perPage: 100 }).items).not.toContain(unlisted);
    expect(sitemapEntries(all, site).map((e) => e.url)).not.toContain('https://example.org/blog/unlisted');
    expect(createFeed(all, site)).not.toContain('/blog/unlisted');
  });

  it('reads the MDX posts’ titles and dates', () => {
    expect(posts['mdx-blog-post.mdx']).toMatchObject({ title: 'Full Blog Sample', pubDate: '2021-03-05' });
    expect(posts['mdx-require-blog-post.mdx']).toMatchObject({ title: 'MDX Blog Sample with require calls', pubDate: '2021-03-06' });
  });
});

describe('Docusaurus: website-blog-with-last-update', () => {
  const posts = folder('docusaurus/website-blog-with-last-update/blog');

  it('takes last_update.date as the updated date, and the legacy author as the author', () => {
    expect(posts['both.md']).toMatchObject({ slug: 'both', pubDate: '2020-01-01', updatedDate: '2021-01-01', authors: [{ name: 'ozaki' }] });
    expect(posts['lastUpdateDate.md']).toMatchObject({ slug: 'lastUpdateDate', pubDate: '2020-01-01', updatedDate: '2021-01-01' });
    // Without last_update.date Docusaurus reads the date from git; the kit reads files, not history.
    expect(posts['author.md'].updatedDate).toBeUndefined();
    expect(posts['author.md'].authors).toEqual([{ name: 'ozaki' }]);
    expect(posts['nothing.md'].updatedDate).toBeUndefined();
  });
});

describe('Docusaurus: website-blog-with-dates and website-blog-with-tags', () => {
  const dated = Object.values(folder('docusaurus/website-blog-with-dates/blog'));
  const tagged = Object.values(folder('docusaurus/website-blog-with-tags/blog'));

  it('keeps the unlisted 2031 post out of pages, feed and sitemap, newest listed first', () => {
    expect(sortPosts(dated).map((p) => p.slug)).toEqual(['date/2031', 'date/2022', 'date/2021', 'date/2020']);
    expect(paginate(sortPosts(dated), { perPage: 2 })).toMatchObject({ total: 3, pages: 2 });
    expect(paginate(sortPosts(dated), { perPage: 2 }).items.map((p) => p.slug)).toEqual(['date/2022', 'date/2021']);
    expect(sitemapEntries(dated, site).map((e) => e.url)).toEqual(['https://example.org/blog/date/2020', 'https://example.org/blog/date/2021', 'https://example.org/blog/date/2022']);
    expect(createFeed(dated, site)).not.toContain('date/2031');
  });

  it('counts no tag of an unlisted post, and lists none on a tag page', () => {
    expect(tagsOf(tagged)).toEqual([
      { name: 'tag1', slug: 'tag1', count: 3 },
      { name: 'tag2', slug: 'tag2', count: 2 },
    ]);
    expect(postsWithTag(tagged, 'unlisted')).toEqual([]);
    expect(tagged.find((p) => p.slug === 'another/blog-with-tags-unlisted')?.unlisted).toBe(true);
  });
});

describe('Docusaurus: website-blog-without-date', () => {
  it('loads a post with neither frontmatter nor date, named by its file', () => {
    // Docusaurus dates it by the file's last change; the kit leaves it undated (listed last).
    expect(folder('docusaurus/website-blog-without-date/blog')['no date.md']).toMatchObject({ title: 'No date', slug: 'no-date' });
    expect(folder('docusaurus/website-blog-without-date/blog')['no date.md'].pubDate).toBeUndefined();
  });
});

describe('Docusaurus: authorsMapFiles', () => {
  const dir = path.join(peers, 'docusaurus/authorsMapFiles');
  const post = path.join(peers, 'docusaurus/website-blog-without-date/blog');

  it.each(['authors.yml', 'authors.json'])('loads %s as the authors map', async (file) => {
    const posts = await loadPosts(post, { authors: path.join(dir, file), images: 'keep' });
    expect(posts).toHaveLength(1);
  });

  it.each([
    ['authorsBad1.yml', 'authors.slorber.name'],
    ['authorsBad1.json', 'authors.slorber.name'],
    ['authorsBad2.yml', 'authors.name'],
    ['authorsBad2.json', 'authors.name'],
    ['authorsBad3.yml', 'authors'],
    ['authorsBad3.json', 'authors'],
  ])('refuses %s, naming %s', async (file, field) => {
    const error = await loadPosts(post, { authors: path.join(dir, file), images: 'keep' }).then(
      () => undefined,
      (e: unknown) => e as PostParseError,
    );
    expect(error?.field).toBe(field);
  });
});

describe('Jekyll: _posts', () => {
  const posts = folder('jekyll/_posts');
  const post = (name: string) => {
    expect(posts, `${name} was not read`).toHaveProperty([name]);
    return posts[name];
  };

  it('reads published: false as a draft of that date, and the published post as none', () => {
    expect(post('2008-02-02-not-published.markdown')).toMatchObject({ title: 'Not published!', draft: true, pubDate: '2008-02-02' });
    expect(post('2008-02-02-published.markdown').draft).toBeUndefined();
  });

  it('gives the first paragraph as the excerpt, linking a reference defined at the bottom', () => {
    expect(html(excerptOf(post('2013-01-02-post-excerpt.markdown')))).toBe('<p>First paragraph with <a href="https://jekyllrb.com/">link ref</a>.</p>');
    const indented = html(excerptOf(post('2016-08-16-indented-link-references.markdown')));
    for (let i = 0; i < 4; i++) expect(indented).toContain(`<a href="www.example.com/${i}">`);
    expect(indented).not.toContain('fakelink');
  });

  it('cuts at the post’s excerpt_separator, with the references below the cut', () => {
    expect(html(post('2015-01-08-post-excerpt-separator.markdown').excerpt)).toBe(
      '<p>First paragraph with <a href="https://jekyllrb.com/">link ref</a>.</p><p>Second paragraph</p>',
    );
  });

  it('takes a custom excerpt as the description', () => {
    expect(post('2013-04-11-custom-excerpt.markdown').description).toBe('I can set a custom excerpt');
  });

  it('reads dates from the name and lets the frontmatter override them', () => {
    expect(post('2017-2-5-i-dont-like-zeroes.md').pubDate).toBe('2017-02-05');
    expect(post('2010-01-09-date-override.markdown').pubDate).toBe('2010-01-10');
    expect(post('2010-01-09-time-override.markdown').pubDate).toBe('2010-01-10T13:07:09.000Z');
    expect(post('2010-01-09-timezone-override.markdown').pubDate).toBe('2010-01-10T13:07:09.000Z');
    expect(post('es/2008-11-21-nested.markdown')).toMatchObject({ title: 'Nested', pubDate: '2008-11-21', slug: 'nested' });
  });

  it('reads frontmatter that ends in dots, has blanks after the fence, is empty, or is absent', () => {
    expect(post('2014-03-03-yaml-with-dots.md').title).toBe('Test Post Where YAML Ends in Dots');
    expect(post('2015-12-27-extra-spaces.markdown').data).toEqual({ extra: 'spaces' });
    expect(post('2009-06-22-empty-yaml.markdown')).toMatchObject({ title: 'Empty yaml', pubDate: '2009-06-22' });
    expect(post('2009-06-22-no-yaml.markdown')).toMatchObject({ title: 'No yaml', pubDate: '2009-06-22' });
    expect(post('2010-01-08-triple-dash.markdown').title).toBe('Foo --- Bar');
  });

  it('reads the tag lists (the Jekyll recipe maps categories and space-separated strings)', () => {
    expect(post('2009-05-18-tags.markdown').tags).toEqual(['food', 'cooking', 'pizza']);
    expect(post('2009-05-18-empty-tags.markdown').tags).toEqual([]);
    expect(post('2016-11-26-special-chars-(+).markdown').slug).toBe('special-chars-');
  });
});

describe('Jekyll: files that are not what they look like', () => {
  it('reads a PGP key as no frontmatter', () => {
    const post = parsePost(readFileSync(path.join(peers, 'jekyll/pgp.key'), 'utf8'), { filename: 'pgp.md' });
    expect(post.data).toEqual({});
    expect(html(post.intro)).toContain('BEGIN PGP PUBLIC KEY BLOCK');
  });

  it('refuses a date that is no date, and a file name whose date is no day, naming each', () => {
    const derived = (name: string) => () => parsePost(readFileSync(path.join(peers, 'jekyll/derived', name), 'utf8'), { filename: `_posts/${name}` });
    expect(refused(derived('2016-01-01-test.md'))).toMatchObject({ field: 'date', filename: '_posts/2016-01-01-test.md', line: 2 });
    expect(refused(derived('2016-22-01-test.md'))).toMatchObject({ field: 'filename', filename: '_posts/2016-22-01-test.md' });
  });

  it('cuts the derived post at its <!-- more --> separator, keeping the reference', () => {
    const post = parsePost(readFileSync(path.join(peers, 'jekyll/derived/2015-01-08-post-excerpt-more-separator.markdown'), 'utf8'));
    expect(html(post.excerpt)).toBe('<p>First paragraph with <a href="https://jekyllrb.com/">link ref</a>.</p>');
  });
});

describe('Astro: the blog template, its markdown and MDX headings tests, content collections', () => {
  it('reads each post of the blog template with the fields its schema takes, by its file name, newest first', () => {
    const blog = folder('astro/examples-blog');
    const sorted = sortPosts(Object.values(blog));
    expect(sorted.map((post) => [post.slug, post.title, post.pubDate])).toEqual([
      ['markdown-style-guide', 'Markdown Style Guide', '2024-06-19'],
      ['using-mdx', 'Using MDX', '2024-06-01'],
      ['third-post', 'Third post', '2022-07-22'],
      ['second-post', 'Second post', '2022-07-15'],
      ['first-post', 'First post', '2022-07-08'],
    ]);
    for (const post of sorted) {
      expect(post.description, post.slug).toBeTruthy();
      expect(post.heroImage?.src, post.slug).toMatch(/^\.\.\/\.\.\/assets\/blog-placeholder-\d\.jpg$/);
    }
    // The template's feed links each post at /blog/<id>/.
    expect(postUrl(sorted[0]!, site)).toBe('https://example.org/blog/markdown-style-guide');
  });

  it('gives the headings of mdx-get-headings the text and ids Astro gives them, the first as the title', () => {
    const { 'test.mdx': post } = folder('astro/mdx-get-headings');
    expect(post!.title).toBe('Heading test');
    expect(post!.toc.map((entry) => [entry.depth, entry.id, entry.title])).toEqual([
      [2, 'section-1', 'Section 1'],
      [3, 'subsection-1', 'Subsection 1'],
      [3, 'subsection-2', 'Subsection 2'],
      [2, 'section-2', 'Section 2'],
      [2, 'picture-', '<Picture />'],
      // As github-slugger (Astro's slugger) writes it: the guillemets and the mark go, each space is a hyphen.
      [3, '-sacrebleu--', '« Sacrebleu ! »'],
    ]);
  });

  it('reads the markdown pages of astro-markdown: a leading heading is the title, an unknown field is ignored', () => {
    const pages = folder('astro/astro-markdown');
    expect(pages['basic.md']!.title).toBe('Basic page');
    expect(html(pages['basic.md']!.intro)).toBe('<p>Lets make sure raw and compiled content look right!</p>');
    expect(pages['with-layout.md']!.title).toBe('With layout');
    expect(pages['with-layout.md']!.toc.map((entry) => entry.id)).toEqual(['section-1', 'section-2']);
  });

  it('loads content collection entries: one with a number first in its name, one with only frontmatter, an empty file', () => {
    const entries = folder('astro/content');
    expect(entries['1-one.md']).toMatchObject({ slug: '1-one', title: '1 Hello world', description: 'Just a demo' });
    expect(entries['blog.md']).toMatchObject({ title: 'One', sections: [] });
    expect(entries['empty.md']).toMatchObject({ slug: 'empty', title: 'Empty', sections: [] });
  });
});
