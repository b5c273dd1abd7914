/**
 * A slug becomes a URL path and, in a static build, a folder: none may climb out of the blog
 * (`slug: ..` made a post the blog's home page; `slug: ../../../../outside/escaped` a file outside
 * `dist/`). Refused at parse time with an error naming the post and field, refused by `asPost` for a
 * Post edited by hand, and never turned into a `..` URL by the kit's own hrefs.
 */
import { describe, expect, it } from 'vitest';
import { asPost } from '../post/as-post.js';
import { PostParseError } from '../post/errors.js';
import { defaultPostPath, slugPath } from '../post/identity.js';
import { nameSlug } from '../post/slug.js';
import { createPost, parsePost } from './parse-post.js';

function refusal(run: () => unknown): PostParseError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PostParseError);
    return error as PostParseError;
  }
  throw new Error('expected a PostParseError');
}

const withSlug = (slug: string) => `---\ntitle: T\nslug: ${JSON.stringify(slug)}\n---\nText.\n`;

describe('when a frontmatter slug would climb out of the blog', () => {
  it.each([
    ['..', 'a ".." segment, which a URL reads as the folder above'],
    ['../../../../outside/escaped', 'a ".." segment, which a URL reads as the folder above'],
    ['/..', 'a ".." segment, which a URL reads as the folder above'],
    ['guides/../../x', 'a ".." segment, which a URL reads as the folder above'],
    ['.', 'a "." segment, which a URL reads as the folder it is in'],
    ['a/./b', 'a "." segment, which a URL reads as the folder it is in'],
    ['a//b', 'an empty segment ("//")'],
    ['/', "no segment, so the post would be the blog's home page"],
    ['//', "no segment, so the post would be the blog's home page"],
    ['..\\..\\outside', 'a backslash'],
    ['a\u0000b', 'a control character'],
    ['%2e%2e/%2E%2e/outside', 'a percent-encoded ".", "/", "\\" or NUL'],
    ['a%2fb', 'a percent-encoded ".", "/", "\\" or NUL'],
  ])('refuses %j, naming the post, the field, the line, what it received and what it expects', (slug, problem) => {
    const error = refusal(() => parsePost(withSlug(slug), { filename: 'posts/escape.md' }));
    expect(error).toMatchObject({ field: 'slug', line: 3, filename: 'posts/escape.md' });
    expect(error.message).toBe(
      `Invalid \`slug\`: received ${JSON.stringify(slug)}, which has ${problem}. Expected a path of plain segments between "/"s, such as my-post or /guides/my-post. (posts/escape.md, line 3)`,
    );
  });

  it('refuses it from createPost and from a frontmatter hook too', () => {
    expect(refusal(() => createPost({ data: { title: 'T', slug: '..' }, body: 'x' })).field).toBe('slug');
    expect(refusal(() => parsePost('---\ntitle: T\n---\nx\n', { frontmatter: (data) => ({ ...data, slug: '../x' }) })).field).toBe('slug');
  });

  it('keeps the slugs that are paths: Docusaurus\'s site-absolute form, a trailing slash, dots inside a name', () => {
    expect(parsePost(withSlug('/hey/my path')).slug).toBe('hey/my-path');
    expect(parsePost(withSlug('hey/my-path/')).slug).toBe('hey/my-path');
    expect(parsePost(withSlug('v1.2.0')).slug).toBe('v1.2.0');
    expect(parsePost(withSlug('...')).slug).toBe('...');
    expect(parsePost(withSlug('100%')).slug).toBe('100');
  });

  it('never takes a climbing slug from a file name', () => {
    expect(parsePost('---\ntitle: T\n---\nx\n', { filename: '../../outside/escaped.md' }).slug).toBe('escaped');
    expect(parsePost('---\ntitle: T\n---\nx\n', { filename: 'posts/..\\..\\x.md' }).slug).toBe('x');
  });
});

describe('when a Post from a cache or a CMS has such a slug', () => {
  const json = () => JSON.parse(JSON.stringify(parsePost('---\ntitle: T\n---\nx\n'))) as Record<string, unknown>;

  it('asPost refuses it, naming the field, what it received and what it expects', () => {
    expect(() => asPost({ ...json(), slug: '..' })).toThrow(
      new TypeError(
        'asPost: value.slug must be a path of plain segments between "/"s, such as my-post or guides/my-post (this one has a ".." segment, which a URL reads as the folder above), received ".." (a string).',
      ),
    );
    expect(() => asPost({ ...json(), slug: 42 })).toThrow('asPost: value.slug must be a string, received 42 (a number).');
    expect(asPost({ ...json(), slug: 'hey/my-path' }).slug).toBe('hey/my-path');
  });

  it('gets no URL that climbs: the default href leaves out . and .. segments, and none at all when nothing is left', () => {
    expect(slugPath('../../outside/escaped')).toBe('outside/escaped');
    expect(slugPath('a/./b//c')).toBe('a/b/c');
    expect(slugPath('hey/my path')).toBe('hey/my%20path');
    expect(defaultPostPath({ title: 'T', slug: '..' } as never)).toBeUndefined();
    expect(defaultPostPath({ title: 'T', slug: '../x' } as never)).toBe('/posts/x/');
  });
});

describe('when a tag or series is named with dots alone', () => {
  it('gets a slug (tagSlug is nameSlug) no URL reads as the folder above or this one, and other names keep theirs', () => {
    const post = parsePost('---\ntitle: T\ntags: ["..", ".", "+++", "v1.2"]\nseries: ..\n---\nx\n');
    expect(post.tags.map(nameSlug)).toEqual(['--', '-', '%2B%2B%2B', 'v12']);
    expect(post.series?.slug).toBe('--');
    expect(nameSlug('...')).toBe('...');
  });
});
