// @vitest-environment node
import { parseFeed } from '@rowanmanning/feed-parser';
import { createHighlighter } from 'shiki';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Post } from '../post/index.js';
import { findUnsafeInHtml } from '../../test/hostile/inspect.js';
import { bees, bicycles, bread, site, tides } from '../../test/seo/posts.js';
import { createFeed, type FeedFormat } from './index.js';

/** A post whose body came from a tampered JSON payload: what the parser never emits. */
function tampered(): Post {
  const post = tides();
  post.title = 'Tampered';
  post.slug = 'tampered';
  post.pubDate = '2024-02-02';
  post.intro = {
    type: 'root',
    children: [
      { type: 'element', tagName: 'script', properties: {}, children: [{ type: 'text', value: 'window.__pwned=1' }] },
      { type: 'element', tagName: 'img', properties: { src: 'pic.png', srcSet: 'pic.png 1x, /big.png 2x', onError: 'x' }, children: [] },
      { type: 'element', tagName: 'a', properties: { href: 'javascript:alert(1)' }, children: [{ type: 'text', value: 'bad' }] },
    ],
  };
  return post;
}

/** What a feed reader gets out of a JSON Feed: the spec's required fields, checked. */
function readJsonFeed(source: string) {
  const doc = JSON.parse(source);
  expect(doc.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1(\.1)?$/);
  expect(typeof doc.title).toBe('string');
  return (doc.items as Record<string, unknown>[]).map((item) => {
    expect(typeof item.id).toBe('string');
    expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true);
    const date = (item.date_published ?? item.date_modified) as string;
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    return { title: item.title as string, url: item.url as string, content: item.content_html as string, date: new Date(date), categories: (item.tags ?? []) as string[] };
  });
}

/**
 * Each item's HTML exactly as the document carries it, read by a strict XML parser (which also
 * refuses a document that is not well-formed). feed-parser decodes character references in content
 * once more, a leniency for double-escaped feeds, so its content cannot show what a strict reader gets.
 */
function strictContents(source: string, format: 'rss' | 'atom'): string[] {
  const doc = new JSDOM(source, { contentType: 'application/xml' }).window.document;
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const items = [...doc.getElementsByTagName(format === 'rss' ? 'item' : 'entry')];
  return items.map((item) => {
    const node = format === 'rss'
      ? item.getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded')[0]
      : item.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'content')[0];
    return node?.textContent ?? '';
  });
}

/** Every item as a reader sees it: title, link, date and content. */
function read(source: string, format: FeedFormat) {
  if (format === 'json') return readJsonFeed(source);
  const feed = parseFeed(source);
  expect(feed.meta.type).toBe(format);
  const contents = strictContents(source, format);
  return feed.items.map((item, i) => {
    // The reader found the same body the document carries (its text, at least).
    expect(textOf(item.content ?? '')).toContain(textOf(contents[i]).slice(0, 24));
    return {
      title: item.title,
      url: item.url,
      content: contents[i],
      date: item.published ?? item.updated,
      categories: item.categories.map((c) => c.label ?? c.term),
    };
  });
}

function textOf(html: string): string {
  return (new JSDOM(`<body>${html}</body>`).window.document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function urlsIn(html: string): string[] {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  const out: string[] = [];
  for (const el of doc.querySelectorAll('[href], [src], [srcset]')) {
    for (const name of ['href', 'src']) if (el.hasAttribute(name)) out.push(el.getAttribute(name)!);
    if (el.hasAttribute('srcset')) out.push(...el.getAttribute('srcset')!.split(',').map((c) => c.trim().split(/\s+/)[0]));
  }
  return out;
}

const formats: FeedFormat[] = ['rss', 'atom', 'json'];

describe('when a feed is read back by a feed reader', () => {
  for (const format of formats) {
    describe(`in ${format}`, () => {
      const source = createFeed([tides(), bread(), bees(), tampered()], site, { format });
      const items = read(source, format);

      it('lists every post newest first, each with its title, absolute link and date', () => {
        expect(items.map((i) => i.title)).toEqual(['How Bees Find Their Way Home', 'Tampered', 'Bread <b>without</b> a "tin" & ]]> twice ]]>', 'Tides']);
        expect(items.map((i) => i.url)).toEqual([
          'https://example.org/blog/posts/bees-home/',
          'https://example.org/blog/posts/tampered/',
          'https://example.org/blog/posts/bread/',
          'https://example.org/blog/posts/tides/',
        ]);
        // The RSS pubDate and Atom/JSON published date are the post's publication day.
        expect(items[0].date?.toISOString()).toBe('2024-05-02T00:00:00.000Z');
        // A post without a date carries the feed's: the newest date among the posts.
        expect(items[3].date?.toISOString()).toBe('2024-06-01T08:30:00.000Z');
        expect(items[0].categories).toEqual(['bees', 'navigation']);
      });

      it('carries the whole body, every URL absolute against the post URL, with no script', () => {
        const content = items[0].content!;
        expect(content).toContain('Under cloud, the pattern of polarised light still shows where the sun is.');
        expect(content).toContain('Even when the sun is behind a hill.');
        const urls = urlsIn(content);
        expect(urls).toEqual(expect.arrayContaining([
          'https://example.org/blog/posts/hives/#door',
          'https://example.org/blog/posts/bees-home/map.png',
          'https://example.org/blog/posts/bees-home/images/clover.png',
          'https://example.org/img/tree.png',
          'https://example.org/blog/posts/bees-home/#user-content-fn-1',
          'mailto:hive@example.org',
        ]));
        for (const item of items) {
          for (const url of urlsIn(item.content!)) expect(url).toMatch(/^(https:\/\/example\.org\/|mailto:)/);
          expect(findUnsafeInHtml(item.content!)).toEqual([]);
          expect(item.content).not.toMatch(/<script/i);
        }
        expect(urlsIn(items[1].content!)).toEqual(['https://example.org/blog/posts/tampered/pic.png', 'https://example.org/blog/posts/tampered/pic.png', 'https://example.org/big.png']);
      });

      it('shows raw HTML in the body as text, as the page does', () => {
        expect(new JSDOM(`<body>${items[2].content}</body>`).window.document.body.textContent).toContain('<img src=x onerror="window.__pwned=1">');
      });

      it('leaves out what a post does not have instead of writing undefined or null', () => {
        expect(source).not.toMatch(/undefined|null|NaN|Invalid Date/);
      });
    });
  }

  it('gives the feed title, home link and self link', () => {
    const feed = parseFeed(createFeed([bees()], site, { format: 'atom' }));
    expect(feed.title).toBe('Field Notes');
    expect(feed.url).toBe('https://example.org/blog/');
    expect(feed.self).toBe('https://example.org/blog/atom.xml');
    expect(feed.description).toBe('Short notes on small things.');
  });

  it('names the authors (RSS in dc:creator, Atom and JSON Feed as authors with their links)', () => {
    const rss = parseFeed(createFeed([bees()], site, { format: 'rss' }));
    expect(rss.items[0].authors.map((a) => a.name)).toEqual(['Ada Drone', 'Ben Comb']);
    const atom = parseFeed(createFeed([bees()], site, { format: 'atom' }));
    expect(atom.items[0].authors.map((a) => [a.name, a.url])).toEqual([['Ada Drone', 'https://example.org/people/ada'], ['Ben Comb', null]]);
    const json = JSON.parse(createFeed([bees()], site, { format: 'json' }));
    expect(json.items[0].author).toEqual({ name: 'Ada Drone', url: 'https://example.org/people/ada' });
  });

  it('gives the hero as an enclosure or image, absolute, with its image type', () => {
    const rss = parseFeed(createFeed([bees()], site, { format: 'rss' }));
    expect(rss.items[0].media).toEqual([expect.objectContaining({ url: 'https://example.org/blog/posts/bees-home/hive.jpg', mimeType: 'image/jpeg' })]);
    const atom = parseFeed(createFeed([bees()], site, { format: 'atom' }));
    expect(atom.items[0].media[0].url).toBe('https://example.org/blog/posts/bees-home/hive.jpg');
    expect(JSON.parse(createFeed([bees()], site, { format: 'json' })).items[0].image).toBe('https://example.org/blog/posts/bees-home/hive.jpg');
  });

  it('writes RFC 822 dates in RSS and RFC 3339 in Atom', () => {
    const rss = createFeed([bees()], site, { format: 'rss' });
    expect(rss).toContain('<pubDate>Thu, 02 May 2024 00:00:00 GMT</pubDate>');
    const atom = createFeed([bees()], site, { format: 'atom' });
    expect(atom).toContain('<updated>2024-06-01T08:30:00.000Z</updated>');
    expect(atom).toContain('<published>2024-05-02T00:00:00.000Z</published>');
  });
});

describe('when the feed holds summaries', () => {
  for (const format of formats) {
    it(`in ${format}, gives the description, else the excerpt, never the whole body`, () => {
      const source = createFeed([bees(), bread()], site, { format, content: 'summary' });
      const items = format === 'json' ? JSON.parse(source).items : parseFeed(source).items;
      const bodyOf = (item: Record<string, unknown>) => String(item.content_html ?? item.content ?? item.description ?? item.summary);
      expect(bodyOf(items[0])).toContain('Sun compass, landmarks');
      expect(bodyOf(items[0])).not.toContain('polarised light');
      expect(bodyOf(items[1])).toContain('Flour, water, salt, time.');
      expect(bodyOf(items[1])).not.toContain('Shaping');
    });
  }

  it('takes the excerpt before <!-- more --> when there is no description', () => {
    const post = { ...bees(), description: undefined };
    const item = JSON.parse(createFeed([post], site, { format: 'json', content: 'summary' })).items[0];
    expect(item.content_html).toContain('https://example.org/blog/posts/bees-home/map.png');
    expect(item.content_html).not.toContain('sun compass');
  });
});

describe('when posts are chosen', () => {
  it('keeps the newest `limit` posts', () => {
    const items = parseFeed(createFeed([tides(), bread(), bees()], site, { limit: 2 })).items;
    expect(items.map((i) => i.title)).toEqual(['How Bees Find Their Way Home', expect.stringContaining('Bread')]);
  });

  it('leaves drafts out', () => {
    const items = parseFeed(createFeed([{ ...bicycles(), draft: true }, bees()], site)).items;
    expect(items.map((i) => i.title)).toEqual(['How Bees Find Their Way Home']);
  });

  it('makes one tag’s feed from the posts given, with its own title and self link', () => {
    const source = createFeed([bees()], site, { format: 'atom', title: 'Field Notes: bees', feedUrl: '/tags/bees/atom.xml' });
    const feed = parseFeed(source);
    expect(feed.title).toBe('Field Notes: bees');
    expect(feed.self).toBe('https://example.org/blog/tags/bees/atom.xml');
  });
});

describe('when code is highlighted', () => {
  it('keeps the code’s text, which readers show without the colours', async () => {
    const highlighter = await createHighlighter({ themes: ['github-light', 'github-dark'], langs: ['js'] });
    const code = highlighter.codeToHast('const proof = hours * 2;', { lang: 'js', themes: { light: 'github-light', dark: 'github-dark' } });
    const post: Post = { ...tides(), slug: 'loaf', intro: code };
    const [content] = strictContents(createFeed([post], site, { format: 'atom' }), 'atom');
    const pre = new JSDOM(`<body>${content}</body>`).window.document.querySelector('pre')!;
    expect(pre.querySelectorAll('span').length).toBeGreaterThan(3);
    expect(pre.textContent).toBe('const proof = hours * 2;');
  });
});

describe('when the input is bad', () => {
  const bad: Post[] = [
    { ...tides(), title: '<b>"Quoted" & marked</b>', slug: 'q' },
    { ...tides(), slug: 'hero', heroImage: { src: 'javascript:alert(1)' } },
    { ...tides(), slug: 'no-name-authors', authors: [{ name: '' }, { name: 'Eve', url: 'javascript:alert(1)' }], tags: ['', 'ok'] },
    { ...tides(), slug: 'control', title: 'Bell \u0007 and \ud800 half', description: 'nul \u0000 here' },
    { ...tides(), slug: 'bad-dates', pubDate: 'Jully 2022', updatedDate: 'soon' },
  ];

  for (const format of formats) {
    it(`in ${format}, still writes a document every reader reads, with nothing undefined`, () => {
      const source = createFeed(bad, { url: 'https://example.org', name: 'Notes' }, { format });
      expect(source).not.toMatch(/undefined|null|NaN|Invalid Date|javascript:/);
      const items = read(source, format);
      expect(items).toHaveLength(bad.length);
      for (const item of items) expect(item.url ?? '').toMatch(/^https:\/\/example\.org\/posts\//);
      expect(items.find((i) => i.url?.endsWith('/control/'))!.title).toBe('Bell and \ufffd half');
    });
  }

  it('skips what is not a post and posts without a URL', () => {
    const items = parseFeed(createFeed([null, 42, { ...tides(), slug: undefined, title: '!!!' }, bees()] as unknown as Post[], site)).items;
    expect(items).toHaveLength(1);
  });

  it('names site.url when it is not an absolute URL', () => {
    expect(() => createFeed([bees()], { url: 'example.org', name: 'x' })).toThrow('createFeed: site.url must be an absolute http(s) URL such as "https://example.org" or "https://example.org/blog", received "example.org" (a string).');
  });
});
