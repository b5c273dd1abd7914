// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parsePost } from './parse-post.js';
import { fromFilename } from './filename.js';

describe('when a post is named by its file', () => {
  it('gives the slug my-post for my-post.md, my-post/index.md and 2024-05-01-my-post.md', () => {
    expect(fromFilename('posts/my-post.md')).toEqual({ slug: 'my-post', title: 'My post' });
    expect(fromFilename('posts/my-post/index.md')).toEqual({ slug: 'my-post', title: 'My post' });
    expect(fromFilename('posts/2024-05-01-my-post.md')).toEqual({ pubDate: '2024-05-01', slug: 'my-post', title: 'My post' });
    expect(fromFilename('C:\\blog\\2024-05-01-my-post\\index.mdx')).toEqual({ pubDate: '2024-05-01', slug: 'my-post', title: 'My post' });
  });

  it('keeps a .markdown name and underscores as written in the slug', () => {
    expect(fromFilename('tide_tables.markdown')).toEqual({ slug: 'tide_tables', title: 'Tide tables' });
  });

  it('slugs a name with spaces or accents the way headings are slugged', () => {
    expect(fromFilename('Crème Brûlée Notes.md')).toEqual({ slug: 'crème-brûlée-notes', title: 'Crème Brûlée Notes' });
  });

  it('keeps the slug, gives no date and names the impossible date written', () => {
    expect(fromFilename('2023-02-30-leap.md')).toEqual({ slug: 'leap', title: 'Leap', badDate: '2023-02-30' });
  });

  it('reads dates from the folders right above the post, as Docusaurus does', () => {
    const announcing = { pubDate: '2021-05-12', slug: 'announcing', title: 'Announcing' };
    expect(fromFilename('2021/05/12/announcing/index.md')).toEqual(announcing);
    expect(fromFilename('2021/05/12/announcing.md')).toEqual(announcing);
    expect(fromFilename('2021-05-12-announcing/index.mdx')).toEqual(announcing);
    expect(fromFilename('2021/05-12-announcing/index.md')).toEqual(announcing);
    expect(fromFilename('blog/team-a/2021/05/12/announcing.md')).toEqual(announcing);
    expect(fromFilename('2017-2-5-zeroes.md')).toEqual({ pubDate: '2017-02-05', slug: 'zeroes', title: 'Zeroes' });
  });

  it('reads no date from folders further up', () => {
    expect(fromFilename('/backups/2024/01/15/blog/announcing.md')).toEqual({ slug: 'announcing', title: 'Announcing' });
    expect(fromFilename('2021/05/announcing.md')).toEqual({ slug: 'announcing', title: 'Announcing' });
  });

  it('finds the date after a prefix, as in an exported name', () => {
    expect(fromFilename('archive__2019-07-04-bees.md')).toEqual({ pubDate: '2019-07-04', slug: 'bees', title: 'Bees' });
  });

  it('lets parsePost take the title from the file name when the post has none', () => {
    const post = parsePost('Bread rises because yeast makes gas.\n', { filename: 'posts/sourdough-starter/index.md' });
    expect(post).toMatchObject({ title: 'Sourdough starter', slug: 'sourdough-starter' });
    expect(post.pubDate).toBeUndefined();
  });

  it('prefers the frontmatter title and slug to the file name', () => {
    const post = parsePost('---\ntitle: Why bread rises\nslug: rising\n---\nText.\n', { filename: 'posts/my-post.md' });
    expect(post).toMatchObject({ title: 'Why bread rises', slug: 'rising' });
  });

  it('still refuses a post with no title when there is no file name', () => {
    expect(() => parsePost('Just text.\n')).toThrow(/Missing `title`/);
  });
});
