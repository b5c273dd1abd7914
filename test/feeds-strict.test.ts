// @vitest-environment node
/**
 * Every feed a strict reader is given: the third-party XSS payloads (the shared `xss-vectors`, read at
 * run time) in every field a post has, and every post of the shared corpus, each through RSS, Atom and
 * JSON Feed, whole and as summaries. Each document must be well-formed XML by a strict parser (saxes
 * stops at the first error a browser's or a library's XML parser would refuse the feed for) or
 * valid JSON Feed, and a feed reader (@rowanmanning/feed-parser) must read back the title, the tags
 * and the links that went in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { createFeed, type FeedFormat } from '../src/feed/index.js';
import { createPost, parsePost } from '../src/parse/index.js';
import { POST_FORMAT, type Post } from '../src/post/index.js';
import type { Site } from '../src/seo/index.js';
import { sharedFolder } from './helpers/shared.js';

const site: Site = { url: 'https://example.org/blog', name: 'Field <Notes> & "Co"', description: 'a & b < c ]]> d', feeds: { atom: '/atom.xml' } };
const formats: FeedFormat[] = ['rss', 'atom', 'json'];

interface Vector {
  source: string;
  id: string;
  v: string;
}
const vectors = (JSON.parse(readFileSync(path.join(sharedFolder('xss-vectors'), 'vectors.json'), 'utf8')) as { vectors: Vector[] }).vectors;

/**
 * What a feed may carry of a string, as the README's Security section states it: runs of white space
 * as one space (as every metadata helper reads text); the characters XML 1.0 forbids and the
 * noncharacters U+FDD0–U+FDEF left out, a lone surrogate as U+FFFD; white space run together again.
 */
function carried(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFDD0-\uFDEF\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/\s+/g, ' ')
    .trim();
}

const tree = (value: string): Post['intro'] => ({
  type: 'root',
  children: [
    { type: 'text', value },
    { type: 'element', tagName: 'p', properties: { title: value, className: ['x'] }, children: [{ type: 'text', value }] },
    { type: 'element', tagName: 'a', properties: { href: value }, children: [{ type: 'text', value }] },
    { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value }] }] },
  ],
});

/** A post as a hand-edited Post JSON can hold it: the payload, untouched, in every field a feed writes. */
function handMade(vector: Vector, i: number): Post {
  return {
    format: POST_FORMAT,
    title: vector.v,
    description: vector.v,
    pubDate: '2024-05-02',
    authors: [{ name: vector.v, url: `https://example.org/people/?who=${encodeURIComponent(vector.v)}` }, { name: 'Ada' }],
    tags: [vector.v, 'a&amp;b', 'plain'],
    slug: `hand-${i}`,
    data: {},
    readingTime: { minutes: 1, words: 1 },
    intro: tree(vector.v),
    excerpt: tree(vector.v),
    sections: [{ id: 's', heading: { type: 'root', children: [{ type: 'text', value: vector.v }] }, content: tree(vector.v) }],
    toc: [],
  } as unknown as Post;
}

/** The same payload through the parser: frontmatter fields and a markdown body. */
function parsed(vector: Vector, i: number): Post {
  return createPost(
    { data: { title: vector.v, description: vector.v, tags: [vector.v, 'plain'], authors: [vector.v], slug: `parsed-${i}`, pubDate: '2024-05-01' }, body: `${vector.v}\n\n<!-- more -->\n\n${vector.v}\n` },
    { html: 'sanitize', onWarning: () => {} },
  );
}

/** The first error a strict XML parser stops at, or undefined for a well-formed document. */
function strictError(source: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let error: string | undefined;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  try {
    parser.write(source).close();
  } catch (e) {
    error ??= String(e);
  }
  return error;
}

interface Read {
  title: string | null;
  url: string | null;
  tags: string[];
}

/** What a reader gets out of a JSON Feed, each field checked against the JSON Feed 1 spec. */
function readJson(source: string): { home: string | null; items: Read[] } {
  const doc = JSON.parse(source) as Record<string, unknown>;
  expect(doc.version).toBe('https://jsonfeed.org/version/1');
  expect(typeof doc.title).toBe('string');
  expect(Array.isArray(doc.items)).toBe(true);
  const items = doc.items as Record<string, unknown>[];
  expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  return {
    home: doc.home_page_url as string,
    items: items.map((item) => {
      expect(typeof item.id).toBe('string');
      expect(typeof item.content_html).toBe('string');
      if ('summary' in item) expect(typeof item.summary).toBe('string');
      const date = item.date_published ?? item.date_modified;
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      const author = item.author as Record<string, unknown> | undefined;
      if (author) expect(typeof author.name).toBe('string');
      const tags = (item.tags ?? []) as unknown[];
      for (const tag of tags) expect(typeof tag).toBe('string');
      return { title: item.title as string, url: item.url as string, tags: tags as string[] };
    }),
  };
}

function readFeed(source: string, format: FeedFormat): { home: string | null; items: Read[] } {
  if (format === 'json') return readJson(source);
  expect(strictError(source)).toBeUndefined();
  const feed = parseFeed(source);
  expect(feed.meta.type).toBe(format);
  return { home: feed.url, items: feed.items.map((item) => ({ title: item.title, url: item.url, tags: item.categories.map((c) => c.label ?? c.term) })) };
}

/** Each post's feed in each format and content mode, read back: the title, tags and links that went in. */
function checkReadBack(post: Post, expectedUrl: string): void {
  const title = carried(post.title);
  const tags = post.tags.map(carried).filter((t) => t !== '');
  for (const format of formats) {
    for (const content of ['full', 'summary'] as const) {
      const source = createFeed([post], site, { format, content });
      const { home, items } = readFeed(source, format);
      expect(home).toBe('https://example.org/blog/');
      expect(items).toHaveLength(1);
      expect({ format, content, title: items[0].title, url: items[0].url, tags: items[0].tags }).toEqual({
        format,
        content,
        title: title === '' ? expectedUrl : title,
        url: expectedUrl,
        tags,
      });
    }
  }
}

describe('when a post carries a third-party XSS payload in every field', () => {
  it('reads all of them', () => {
    expect(vectors.length).toBeGreaterThan(500);
  });

  it.each(vectors.map((vector, i) => [`${vector.source} #${vector.id}`, vector, i] as const))(
    '%s: every feed of the hand-made post and of the parsed post is well-formed and reads back the same',
    (_name, vector, i) => {
      checkReadBack(handMade(vector, i), `https://example.org/blog/posts/hand-${i}/`);
      const post = parsed(vector, i);
      checkReadBack(post, `https://example.org/blog/posts/parsed-${i}/`);
    },
  );
});

describe('when a post of the shared corpus is in a feed', () => {
  const corpus = sharedFolder('corpus');
  // The one `---js` post is refused by the parser (frontmatter that is code is never run), so it has no feed.
  const files = readdirSync(corpus).filter((name) => /\.(md|mdx|markdown)$/.test(name) && !readFileSync(path.join(corpus, name), 'utf8').startsWith('---js'));
  it('reads the corpus', () => {
    expect(files.length).toBeGreaterThan(30);
  });
  it.each(files)('%s: every feed is well-formed and reads back the same title, tags and link', (file) => {
    const post = parsePost(readFileSync(path.join(corpus, file), 'utf8'), { filename: file, onWarning: () => {} });
    checkReadBack({ ...post, draft: false, unlisted: false, slug: post.slug ?? 'post' }, `https://example.org/blog/posts/${(post.slug ?? 'post').split('/').map(encodeURIComponent).join('/')}/`);
  });
});

describe('when a string holds what XML cannot carry', () => {
  const post = (title: string, tags: string[]): Post => ({ ...handMade({ source: 'x', id: 'x', v: 'x' }, 0), title, tags, slug: 'odd' });
  it.each([
    ['control characters', 'bell\u0007 nul \u0000 esc\u001B end', ['tab\u0008tag', ' \u0007 ']],
    ['nothing but control characters', '\u0001\u0002', ['\u0003', 'kept']],
    ['lone surrogates', 'half \uD800 and \uDC00 halves, whole \uD83D\uDE00', ['\uDBFF']],
    ['CDATA ends', 'a ]]> b ]]> c ]]>', [']]>', 'x]]>y']],
    ['markup that looks escaped', 'a &amp; b &lt; c &#x3C; d', ['a&amp;b', '&lt;', 'a<b']],
    ['placeholders a writer might use', 'mark \uFDD0\uFDD1 here', ['\uFDD3tag']],
  ])('%s: every format is well-formed and reads back the string with them left out or replaced', (_name, title, tags) => {
    checkReadBack(post(title, tags), 'https://example.org/blog/posts/odd/');
  });

  it('gives the feed’s own title and description back through a strict reader', () => {
    for (const format of ['rss', 'atom'] as const) {
      const feed = parseFeed(createFeed([], site, { format }));
      expect(feed.title).toBe('Field <Notes> & "Co"');
      expect(feed.description).toBe('a & b < c ]]> d');
    }
  });
});
