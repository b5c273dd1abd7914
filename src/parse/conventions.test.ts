import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { postDescription } from '../seo/fallbacks.js';
import { parsePost, type PostParseError } from './index.js';

const error = (run: () => unknown): PostParseError => {
  try {
    run();
  } catch (caught) {
    return caught as PostParseError;
  }
  throw new Error('expected an error');
};

describe('when a file opens with dashes that are no fence', () => {
  it('reads a PGP block as body, not as frontmatter (a fence is exactly ---)', () => {
    const post = parsePost('-----BEGIN PGP PUBLIC KEY BLOCK-----\nVersion: GnuPG\n\nmQINBF\n-----END PGP PUBLIC KEY BLOCK-----\n', { filename: 'pgp.md' });
    expect(post.data).toEqual({});
    expect(toHtml(post.intro)).toContain('-----BEGIN PGP PUBLIC KEY BLOCK-----');
  });

  it('reads a leading ---- thematic break as body', () => {
    const post = parsePost('----\n\ntitle: not a field\n\n---\n', { filename: 'rule.md' });
    expect(post.data).toEqual({});
    expect(post.intro.children[0]).toMatchObject({ tagName: 'hr' });
  });

  it('still opens on --- with blanks after it, and still refuses ---js', () => {
    expect(parsePost('---  \ntitle: Spaced\n---\n').title).toBe('Spaced');
    expect(error(() => parsePost('---js\nconst title = 1\n---\n')).field).toBe('frontmatter');
  });
});

describe('when Jekyll writes published', () => {
  it('reads published: false as a draft, not as a bad date', () => {
    expect(parsePost('---\ntitle: Not yet\npublished: false\n---\nText.\n').draft).toBe(true);
    expect(parsePost('---\ntitle: Not yet\npublished: "false"\n---\nText.\n').draft).toBe(true);
  });

  it('reads published: true as no date and no draft, and a date in published as the date', () => {
    const post = parsePost('---\ntitle: Out\npublished: true\n---\nText.\n');
    expect(post.draft).toBeUndefined();
    expect(post.pubDate).toBeUndefined();
    expect(post.data).toEqual({});
    expect(parsePost('---\ntitle: Out\npublished: 2024-05-01\n---\nText.\n').pubDate).toBe('2024-05-01');
  });
});

describe('when a title is not words', () => {
  it('refuses title: false instead of showing "false"', () => {
    const e = error(() => parsePost('---\ntitle: false\n---\nText.\n', { filename: 'a.md' }));
    expect(e.field).toBe('title');
    expect(e.line).toBe(2);
    expect(e.message).toBe('Invalid `title`: received the boolean false, expected a string such as "My first post". (a.md, line 2)');
  });

  it('keeps a number as its text (YAML reads title: 2020 as one)', () => {
    expect(parsePost('---\ntitle: 2020\n---\nText.\n').title).toBe('2020');
  });
});

describe('when Docusaurus writes a legacy author', () => {
  const legacy =
    '---\ntitle: T\nauthor: Sébastien Lorber\nauthor_title: Docusaurus maintainer\nauthor_url: https://sebastienlorber.com\nauthor_image_url: https://github.com/slorber.png\n---\nText.\n';

  it('reads author with its url, title and image', () => {
    const post = parsePost(legacy);
    expect(post.authors).toEqual([
      { name: 'Sébastien Lorber', url: 'https://sebastienlorber.com', bio: 'Docusaurus maintainer', avatar: 'https://github.com/slorber.png' },
    ]);
    expect(post.data).toEqual({});
  });

  it('reads it the same beside an authors map, which still takes inline authors and keys with overrides', () => {
    const authors = { slorber: { name: 'Sébastien Lorber', url: 'https://sebastienlorber.com', bio: 'Maintainer' } };
    expect(parsePost(legacy, { authors }).authors[0].name).toBe('Sébastien Lorber');
    const post = parsePost('---\ntitle: T\nauthors:\n  - name: Yangshun Tay\n  - slorber\n  - key: slorber\n    title: Creator\n---\nText.\n', { authors });
    expect(post.authors).toEqual([
      { name: 'Yangshun Tay' },
      { name: 'Sébastien Lorber', url: 'https://sebastienlorber.com', bio: 'Maintainer', key: 'slorber' },
      { name: 'Sébastien Lorber', url: 'https://sebastienlorber.com', bio: 'Creator', key: 'slorber' },
    ]);
    expect(error(() => parsePost('---\ntitle: T\nauthors:\n  - key: nobody\n---\n', { authors })).message).toMatch(/^Unknown author `nobody`/);
  });
});

describe('when a post says when it was last updated', () => {
  it('reads Docusaurus last_update.date, keeping the field (and its author) in data', () => {
    const post = parsePost('---\ntitle: T\ndate: 2020-01-01\nlast_update:\n  date: 2021-01-01\n  author: seb\n---\nText.\n');
    expect(post.updatedDate).toBe('2021-01-01');
    expect(post.data).toEqual({ last_update: { date: '2021-01-01', author: 'seb' } });
    expect(parsePost('---\ntitle: T\nlast_update:\n  author: seb\n---\nText.\n').updatedDate).toBeUndefined();
  });

  it('reads lastmod and updated (Hugo, others), which win over last_update', () => {
    expect(parsePost('---\ntitle: T\nlastmod: 2022-02-02\n---\n').updatedDate).toBe('2022-02-02');
    expect(parsePost('---\ntitle: T\nupdated: 2022-03-03\nlast_update:\n  date: 2021-01-01\n---\n').updatedDate).toBe('2022-03-03');
  });

  it('names last_update.date when it is no date', () => {
    const e = error(() => parsePost('---\ntitle: T\nlast_update:\n  date: soon\n---\n'));
    expect(e.field).toBe('last_update.date');
    expect(e.line).toBe(3);
  });
});

describe('when a post is unlisted', () => {
  it('reads unlisted: true (and "true"), and refuses what is no flag', () => {
    expect(parsePost('---\ntitle: T\nunlisted: true\n---\n').unlisted).toBe(true);
    expect(parsePost('---\ntitle: T\nunlisted: "true"\n---\n').unlisted).toBe(true);
    expect('unlisted' in parsePost('---\ntitle: T\nunlisted: false\n---\n')).toBe(false);
    expect(error(() => parsePost('---\ntitle: T\nunlisted: yes please\n---\n')).field).toBe('unlisted');
  });

  it('refuses a post that is both a draft and unlisted, as Docusaurus does', () => {
    const e = error(() => parsePost('---\ntitle: T\ndraft: true\nunlisted: true\n---\n'));
    expect(e.field).toBe('unlisted');
    expect(e.message).toMatch(/either a draft .* or unlisted/);
  });
});

describe('when a slug is a path', () => {
  it('keeps its segments, each slugged alone, joined with /', () => {
    expect(parsePost('---\ntitle: T\nslug: /hey/my super path/héllô\n---\n').slug).toBe('hey/my-super-path/héllô');
    expect(parsePost('---\ntitle: T\nslug: /simple/slug\n---\n').slug).toBe('simple/slug');
    expect(parsePost('---\ntitle: T\nslug: welcome\n---\n').slug).toBe('welcome');
  });

  it('refuses a slug that is only slashes, which would be the blog\'s home page, naming the field and line', () => {
    const e = error(() => parsePost('---\ntitle: T\nslug: /\n---\n', { filename: 'from-name.md' }));
    expect(e).toMatchObject({ field: 'slug', line: 3, filename: 'from-name.md' });
    expect(e.message).toBe(
      'Invalid `slug`: received "/", which has no segment, so the post would be the blog\'s home page. Expected a path of plain segments between "/"s, such as my-post or /guides/my-post. (from-name.md, line 3)',
    );
  });
});

describe('when a date in the file name is no day', () => {
  it('refuses it, naming the file and the date, unless the frontmatter gives the date', () => {
    const e = error(() => parsePost('---\ntitle: Test\n---\n\nI have a bad date.\n', { filename: '_posts/2016-22-01-test.md' }));
    expect(e.field).toBe('filename');
    expect(e.message).toBe(
      'Invalid date in the file name: 2016-22-01 is not a day. Expected the name to start with year-month-day (2016-01-22-my-post.md), or a `date:` in the frontmatter. (_posts/2016-22-01-test.md)',
    );
    expect(parsePost('---\ntitle: Test\ndate: 2016-01-22\n---\n', { filename: '2016-22-01-test.md' }).pubDate).toBe('2016-01-22');
  });
});

describe('when an excerpt is cut', () => {
  const refs = 'First paragraph with [link ref][link].\n\n<!-- more -->\n\nSecond paragraph\n\n[link]: https://jekyllrb.com/\n';

  it.each(['<!-- more -->', '<!--more-->', '<!-- truncate -->'])('links references defined below %s', (marker) => {
    const post = parsePost(`---\ntitle: T\n---\n\n${refs.replace('<!-- more -->', marker)}`);
    expect(toHtml(post.excerpt!)).toBe('<p>First paragraph with <a href="https://jekyllrb.com/">link ref</a>.</p>');
  });

  it('cuts at the post’s excerpt_separator, seeing the whole document’s definitions', () => {
    const post = parsePost('---\ntitle: T\nexcerpt_separator: "\\n---\\n"\n---\n\nFirst [link ref][link].\n\nSecond paragraph\n\n---\n\nThird\n\n[link]: https://jekyllrb.com/\n');
    expect(toHtml(post.excerpt!)).toBe('<p>First <a href="https://jekyllrb.com/">link ref</a>.</p><p>Second paragraph</p>');
    expect(post.data).toEqual({});
  });

  it('cuts at a site-wide excerptSeparator, which a post’s own overrides', () => {
    const body = 'One.\n\n<!-- cut -->\n\nTwo.\n\n<!-- here -->\n\nThree.\n';
    expect(toHtml(parsePost(`---\ntitle: T\n---\n${body}`, { excerptSeparator: '<!-- cut -->' }).excerpt!)).toBe('<p>One.</p>');
    const own = parsePost(`---\ntitle: T\nexcerpt_separator: <!-- here -->\n---\n${body}`, { excerptSeparator: '<!-- cut -->' });
    expect(toHtml(own.excerpt!)).toContain('<p>Two.</p>');
    expect('excerpt' in parsePost(`---\ntitle: T\n---\n${body}`, { excerptSeparator: '<!-- absent -->' })).toBe(false);
  });

  it('gives an empty excerpt for a marker that opens the body, and a description from the first paragraph', () => {
    const post = parsePost('---\ntitle: T\n---\n<!-- truncate -->\n\nThe text after the marker.\n');
    expect(post.excerpt).toEqual({ type: 'root', children: [] });
    expect(postDescription(post)).toBe('The text after the marker.');
  });
});
