// @vitest-environment node
import { toHtml } from 'hast-util-to-html';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { parsePost } from '../src/parse/index.js';
import { adjacentPosts, seriesOf, sortPosts, slugOf as collectionSlugOf, toSummary as collectionToSummary } from '../src/collection/index.js';
import { getPostMetadata, postJsonLd, postUrl, sitemapEntries } from '../src/seo/index.js';
import { createFeed } from '../src/feed/index.js';
import { ArticleMeta } from '../src/components/ArticleMeta/ArticleMeta.js';
import { SeriesNav } from '../src/components/SeriesNav/SeriesNav.js';
import { PostCard } from '../src/components/PostCard/PostCard.js';
import type { Post, PostSummary } from '../src/post/index.js';
import { bodyParts, bodyTree, excerptOf, firstParagraph, ownSlug, readPostDate, slugOf, titleOf, toSummary, type PostLike } from '../src/post/identity.js';

const site = { url: 'https://example.org/blog/', name: 'Notes' };
const source = (front: string, body = 'First words.\n\nSecond words.\n') => parsePost(`---\ntitle: Keeping Bees\n${front}---\n${body}`);
const html = (tree: unknown) => (tree ? toHtml(tree as Parameters<typeof toHtml>[0]) : undefined);

describe('when /collection exports the identity', () => {
  it('exports the identity’s functions behind its argument checks: the same answers, no copy', () => {
    // The collection's versions check that they were given a post (a TypeError naming the function),
    // which the identity's own, called by components over any data, must not.
    const post = source('slug: bees-at-home\npubDate: 2024-05-01\n');
    for (const value of [post, toSummary(post), { title: 'Only A Title', tags: [], authors: [] } as unknown as Post]) {
      expect(collectionSlugOf(value)).toBe(slugOf(value));
      expect(collectionToSummary(value)).toEqual(toSummary(value));
    }
    expect(() => collectionSlugOf(null as unknown as Post)).toThrow(TypeError);
    expect(slugOf(null as unknown as Post)).toBe('');
  });
});

describe('when a summary stands for its post', () => {
  const posts: [string, Post][] = [
    ['its own slug', source('slug: bees-at-home\npubDate: 2024-05-01\n')],
    ['no slug (found by its title)', source('pubDate: 2024-05-01T09:30:00+02:00\nupdatedDate: 2024-06-01\n')],
    ['a slug from its file name', parsePost('---\ntitle: Hives\n---\nText.\n', { filename: '2023-01-02-hives.md' })],
  ];

  for (const [name, post] of posts) {
    it(`with ${name}, every entry gives both the same slug and URL`, () => {
      const summary = toSummary(post);
      expect(summary.slug).toBe(slugOf(post));
      expect(slugOf(summary)).toBe(slugOf(post));
      expect(postUrl(summary, site)).toBe(postUrl(post, site));
      expect(postUrl(post, site)).toBe(`https://example.org/blog/posts/${slugOf(post)}/`);
      expect(adjacentPosts([post], slugOf(post))).toEqual({});
      expect(adjacentPosts([summary, post], slugOf(post)).older).toBe(post);
    });

    it(`with ${name}, every entry reads both dates the same`, () => {
      const summary = toSummary(post);
      expect(readPostDate(summary.pubDate)).toEqual(readPostDate(post.pubDate));
      const metadataDates = (p: PostLike) => [getPostMetadata(p, site).openGraph.publishedTime, getPostMetadata(p, site).openGraph.modifiedTime];
      expect(metadataDates(post)[0]).toBeDefined();
      expect(metadataDates(summary)).toEqual(metadataDates(post));
      expect(sitemapEntries([summary], site)).toEqual(sitemapEntries([post], site));
      expect(postJsonLd(summary, site).datePublished).toBe(postJsonLd(post, site).datePublished);
    });
  }

  it('finds a post without a slug of its own by the same slug in seriesOf and SeriesNav', () => {
    const part = (title: string, order: number) => parsePost(`---\ntitle: ${title}\nseries: Bees\nseriesOrder: ${order}\n---\nText.\n`);
    const posts = [part('Hives', 1), part('Queens', 2)];
    const series = seriesOf(posts, 'queens')!;
    expect(series.index).toBe(2);
    const nav = (current: string) => renderToStaticMarkup(createElement(SeriesNav, { series, current, postHref: (p) => `/${slugOf(p)}/` }));
    expect(nav('queens')).toMatch(/<span[^>]*aria-current="page"[^>]*>Queens<\/span>/);
    expect(nav('hives')).toMatch(/<span[^>]*aria-current="page"[^>]*>Hives<\/span>/);
    expect(nav('hives')).toContain('href="/queens/"');
  });

  it('sorts posts and their summaries into the same order', () => {
    const list = [source('slug: a\npubDate: 2023-01-01\n'), source('slug: b\npubDate: 2024-03-01T10:00:00Z\n'), source('slug: c\n'), source('slug: d\npubDate: 2024-03-01\n')];
    const order = sortPosts(list).map(slugOf);
    expect(order).toEqual(['b', 'd', 'a', 'c']);
    expect(sortPosts(list.map(toSummary)).map(slugOf)).toEqual(order);
  });

  it('gives both the same first paragraph: the card, the description and the feed', () => {
    const post = source('slug: p\npubDate: 2024-01-01\n', '> A quote first.\n\nThe *first* paragraph.\n\n## Later\n\nMore.\n');
    const summary = toSummary(post);
    expect(html(firstParagraph(post))).toBe('<p>The <em>first</em> paragraph.</p>');
    expect(html(summary.excerpt)).toBe(html(firstParagraph(post)));
    expect(html(excerptOf(summary))).toBe(html(excerptOf(post)));
    expect(getPostMetadata(summary, site).description).toBe('The first paragraph.');
    expect(getPostMetadata(post, site).description).toBe('The first paragraph.');
    const card = (p: PostLike) => renderToStaticMarkup(createElement(PostCard, { post: p }));
    expect(card(post)).toContain('<p>The first paragraph.</p>');
    expect(card(summary)).toBe(card(post));
    const feed = (p: PostLike) => createFeed([p], site, { format: 'json', content: 'summary' });
    expect(feed(summary)).toBe(feed(post));
    expect(JSON.parse(feed(post)).items[0].content_html).toBe('<p>The <em>first</em> paragraph.</p>');
  });

  it('takes the excerpt before the marker over the first paragraph, and none when a description stands in', () => {
    const marked = source('description: Short.\n', 'Before.\n\n<!-- more -->\n\nAfter.\n');
    expect(html(excerptOf(marked))).toBe('<p>Before.</p>');
    expect(html(excerptOf(toSummary(marked)))).toBe('<p>Before.</p>');
    expect(excerptOf(source('description: Short.\n'))).toBeUndefined();
  });
});

describe('readPostDate', () => {
  it('reads a calendar day as midnight UTC, the same in every time zone', () => {
    expect(readPostDate('2024-05-01')).toEqual({ date: new Date(Date.UTC(2024, 4, 1)), dateOnly: true });
    expect(readPostDate(' 2024-02-29 ')).toEqual({ date: new Date(Date.UTC(2024, 1, 29)), dateOnly: true });
  });

  it('reads a day of the first century as that year, not as 19xx', () => {
    expect(readPostDate('0050-03-01')!.date.toISOString()).toBe('0050-03-01T00:00:00.000Z');
  });

  it('reads an ISO date-time as its instant', () => {
    expect(readPostDate('2024-05-01T09:30:00+02:00')).toEqual({ date: new Date('2024-05-01T07:30:00Z'), dateOnly: false });
  });

  it.each(['May 1 2024', '2024/05/01', '01/05/2024', '2024-5-1', '2024-02-30', '2023-02-29', '2024-13-01', '2024-05-01T25:00:00Z', 'yesterday', '', '   '])(
    'refuses %j',
    (value) => expect(readPostDate(value)).toBeUndefined(),
  );

  it.each([undefined, null, 1714521600000, new Date('2024-05-01'), ['2024-05-01']])('refuses a non-string (%j)', (value) => {
    expect(readPostDate(value)).toBeUndefined();
  });

  it('leaves a date it refuses out of every entry, as if the post had none', () => {
    const undated: PostSummary = { slug: 'undated', title: 'Undated', authors: [], tags: [], readingTime: { minutes: 1, words: 1 } };
    const bad: PostSummary = { ...undated, slug: 'bad', pubDate: 'May 1 2024', updatedDate: '2024-02-30' };
    const good: PostSummary = { ...undated, slug: 'good', pubDate: '2020-01-01' };
    // Unreadable dates sort as undated: after every dated post, in the order given.
    expect(sortPosts([bad, undated, good]).map(slugOf)).toEqual(['good', 'bad', 'undated']);
    expect(getPostMetadata(bad, site).openGraph).not.toHaveProperty('publishedTime');
    expect(getPostMetadata(bad, site).openGraph).not.toHaveProperty('modifiedTime');
    expect(postJsonLd(bad, site)).not.toHaveProperty('datePublished');
    expect(sitemapEntries([bad], site)[0]).not.toHaveProperty('lastModified');
    expect(JSON.parse(createFeed([bad], site, { format: 'json' })).items[0]).not.toHaveProperty('date_published');
    const report = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(renderToStaticMarkup(createElement(ArticleMeta, { pubDate: bad.pubDate, updatedDate: bad.updatedDate }))).not.toContain('<time');
    expect(report).toHaveBeenCalledWith(expect.stringContaining('pubDate: expected YYYY-MM-DD or an ISO date-time, received "May 1 2024"'));
    report.mockRestore();
    expect(renderToStaticMarkup(createElement(ArticleMeta, { pubDate: good.pubDate }))).toMatch(/<time datetime="2020-01-01"/i);
  });
});

describe('slugOf', () => {
  const summary = (extra: Record<string, unknown>) => ({ title: 'Café Culture', authors: [], tags: [], readingTime: { minutes: 1, words: 1 }, ...extra }) as unknown as PostLike;

  it('is the post’s own slug, trimmed, else the slug of its title', () => {
    expect(slugOf(summary({ slug: ' coffee ' }))).toBe('coffee');
    expect(slugOf(summary({}))).toBe('café-culture');
    expect(slugOf(summary({ slug: '  ' }))).toBe('café-culture');
    expect(slugOf(summary({ slug: 7 }))).toBe('café-culture');
  });

  it('is empty when the post has neither a slug nor a title with text', () => {
    expect(slugOf(summary({ title: '  ' }))).toBe('');
    expect(slugOf(summary({ title: undefined }))).toBe('');
    expect(slugOf(null as unknown as PostLike)).toBe('');
    expect(postUrl(summary({ title: '  ' }), site)).toBeUndefined();
  });

  it('tells a post’s own slug from one made from its title (ownSlug), and a usable title (titleOf)', () => {
    expect(ownSlug(summary({ slug: 'coffee' }))).toBe('coffee');
    expect(ownSlug(summary({}))).toBeUndefined();
    expect(titleOf(summary({}))).toBe('Café Culture');
    expect(titleOf(summary({ title: ' ' }))).toBeUndefined();
    expect(titleOf('Café')).toBeUndefined();
  });
});

describe('the body as one tree', () => {
  const post = source('slug: b\n', 'Intro.\n\n## One\n\nIn one.\n\n### Item\n\nIn item.\n\n## Two\n\nIn two.[^n]\n\n[^n]: A note.\n');

  it('lists the parts in document order: intro, then each section followed by its items', () => {
    const parts = bodyParts(post);
    expect(parts.map((p) => p.section?.id)).toEqual([undefined, 'one', 'item', 'two']);
    expect(parts[0].children).toBe(post.intro.children);
    expect(parts[2].children).toBe(post.sections[0].items[0].content.children);
  });

  it('joins the parts under their headings, then the footnotes after a rule', () => {
    const whole = toHtml(bodyTree(post));
    expect(whole).toMatch(/^<p>Intro.<\/p><h2 id="one">One<\/h2><p>In one.<\/p><h3 id="item">Item<\/h3><p>In item.<\/p><h2 id="two">Two<\/h2><p>In two.*<\/p><hr><ol>.*A note/s);
    expect(toHtml(bodyTree(post, { footnotes: false }))).not.toContain('A note');
  });

  it('reads a summary or a hand-made post without throwing: what is not a tree is skipped', () => {
    expect(bodyTree(toSummary(post))).toEqual({ type: 'root', children: [] });
    for (const odd of [null, 'x', { intro: 'x', sections: 'y' }, { sections: [null, { id: 3, content: null, items: [null] }] }]) {
      expect(() => bodyTree(odd)).not.toThrow();
      expect(firstParagraph(odd)).toBeUndefined();
      expect(excerptOf(odd as unknown as PostLike)).toBeUndefined();
    }
  });
});
