// @vitest-environment node
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../parse/index.js';
import type { PostSummary } from '../post/index.js';
import {
  adjacentPosts,
  paginate,
  postsWithTag,
  relatedPosts,
  seriesOf,
  slugOf,
  sortPosts,
  tagsOf,
  tagSlug,
  toSummary,
} from './index.js';

/** A summary with only what a test cares about. */
const card = (slug: string, extra: Partial<PostSummary> = {}): PostSummary => ({
  slug,
  title: slug,
  authors: [],
  tags: [],
  readingTime: { minutes: 1, words: 10 },
  ...extra,
});
const slugs = (posts: { slug?: string }[]) => posts.map((p) => p.slug);

describe('toSummary', () => {
  const source = (front: string, body: string) => parsePost(`---\ntitle: Bicycle gears\n${front}---\n${body}`);

  it('keeps the list fields and drops the body', () => {
    const post = source(
      'description: Why gears help.\npubDate: 2024-05-01\ntags: [cycling]\nheroImage: { src: /g.png, width: 4, height: 3, alt: Gears }\nseries: Bikes\ndraft: true\n',
      'Pedal.\n\n## Chain\n\nOil it.\n',
    );
    const summary = toSummary(post);
    expect(summary).toEqual({
      slug: 'bicycle-gears',
      title: 'Bicycle gears',
      description: 'Why gears help.',
      pubDate: '2024-05-01',
      heroImage: { src: '/g.png', width: 4, height: 3, alt: 'Gears' },
      authors: [],
      tags: ['cycling'],
      series: { name: 'Bikes', slug: 'bikes' },
      draft: true,
      readingTime: post.readingTime,
    });
    expect(JSON.stringify(summary)).not.toContain('Oil it');
  });

  it('takes the excerpt from the marker, even when there is a description', () => {
    const summary = toSummary(source('description: Short.\n', 'Before the cut.\n\n<!-- truncate -->\n\nAfter.\n'));
    expect(toHtml(summary.excerpt!)).toBe('<p>Before the cut.</p>');
  });

  it('has no excerpt when there is a description and no marker', () => {
    expect('excerpt' in toSummary(source('description: Short.\n', 'First.\n\nSecond.\n'))).toBe(false);
  });

  it('takes the first paragraph when there is neither, looking into sections when the intro has none', () => {
    expect(toHtml(toSummary(source('', '> a quote\n\nFirst *one*.\n\nSecond.\n')).excerpt!)).toBe('<p>First <em>one</em>.</p>');
    expect(toHtml(toSummary(source('', '## Start\n\nInside.\n')).excerpt!)).toBe('<p>Inside.</p>');
    expect('excerpt' in toSummary(source('', '```\ncode only\n```\n'))).toBe(false);
  });

  it('uses the post slug, and returns an equal summary for a summary', () => {
    const summary = toSummary(source('slug: gears\n', 'Text.\n'));
    expect(summary.slug).toBe('gears');
    expect(toSummary(summary)).toEqual(summary);
  });
});

describe('sortPosts', () => {
  it('puts newest first, undated last, and keeps the order of equal dates', () => {
    const posts = [
      card('undated-a'),
      card('old', { pubDate: '2020-01-01' }),
      card('same-1', { pubDate: '2024-03-01' }),
      card('time', { pubDate: '2024-03-01T12:00:00Z' }),
      card('same-2', { pubDate: '2024-03-01' }),
      card('undated-b'),
    ];
    expect(slugs(sortPosts(posts))).toEqual(['time', 'same-1', 'same-2', 'old', 'undated-a', 'undated-b']);
    expect(slugs(posts)[0]).toBe('undated-a');
  });

  it('handles an empty list and one post', () => {
    expect(sortPosts([])).toEqual([]);
    expect(slugs(sortPosts([card('only')]))).toEqual(['only']);
  });
});

describe('paginate', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];

  it('gives the first, a middle and the last page with their neighbours', () => {
    expect(paginate(items, { perPage: 2 })).toEqual({ items: ['a', 'b'], page: 1, pages: 3, total: 5, next: 2 });
    expect(paginate(items, { perPage: 2, page: 2 })).toEqual({ items: ['c', 'd'], page: 2, pages: 3, total: 5, previous: 1, next: 3 });
    expect(paginate(items, { perPage: 2, page: 3 })).toEqual({ items: ['e'], page: 3, pages: 3, total: 5, previous: 2 });
  });

  it('gives an empty page past the end, pointing back at the last page', () => {
    expect(paginate(items, { perPage: 2, page: 7 })).toEqual({ items: [], page: 7, pages: 3, total: 5, previous: 3 });
  });

  it('gives an empty list one empty page, and one page when everything fits', () => {
    expect(paginate([], { perPage: 10 })).toEqual({ items: [], page: 1, pages: 1, total: 0 });
    expect(paginate(['x'], { perPage: 10 })).toEqual({ items: ['x'], page: 1, pages: 1, total: 1 });
  });

  it('refuses a page or page size that is not a whole number of at least 1', () => {
    expect(() => paginate(items, { perPage: 0 })).toThrow('paginate: options.perPage must be a positive integer, received 0 (a number).');
    expect(() => paginate(items, { perPage: 2, page: 0 })).toThrow(RangeError);
    expect(() => paginate(items, { perPage: 2.5 })).toThrow(RangeError);
  });
});

describe('tags', () => {
  const posts = [
    card('a', { tags: ['Café Culture', 'bread'] }),
    card('b', { tags: ['café culture', 'Bread', 'bees'] }),
    card('c', { tags: ['bread', 'C++'] }),
  ];

  it('slugs a tag with accents and spaces', () => {
    expect(tagSlug('Café Culture')).toBe('café-culture');
    expect(tagSlug('+++')).toBe('%2B%2B%2B');
  });

  it('counts tags that slug alike as one, most used first, named as first written', () => {
    expect(tagsOf(posts)).toEqual([
      { name: 'bread', slug: 'bread', count: 3 },
      { name: 'Café Culture', slug: 'café-culture', count: 2 },
      { name: 'bees', slug: 'bees', count: 1 },
      { name: 'C++', slug: 'c', count: 1 },
    ]);
  });

  it('counts a post once for a tag it repeats, and gives nothing for no posts', () => {
    expect(tagsOf([card('x', { tags: ['Bees', 'bees'] })])).toEqual([{ name: 'Bees', slug: 'bees', count: 1 }]);
    expect(tagsOf([])).toEqual([]);
  });

  it('finds posts by a tag slug, an encoded slug from a URL, or a name', () => {
    expect(slugs(postsWithTag(posts, 'café-culture'))).toEqual(['a', 'b']);
    expect(slugs(postsWithTag(posts, 'caf%C3%A9-culture'))).toEqual(['a', 'b']);
    expect(slugs(postsWithTag(posts, 'Café Culture'))).toEqual(['a', 'b']);
    expect(postsWithTag(posts, 'tides')).toEqual([]);
  });
});

describe('adjacentPosts', () => {
  const posts = [card('mid', { pubDate: '2024-02-01' }), card('new', { pubDate: '2024-03-01' }), card('old', { pubDate: '2024-01-01' })];

  it('gives the newer and older neighbours in date order', () => {
    expect(adjacentPosts(posts, 'mid')).toEqual({ newer: posts[1], older: posts[2] });
    expect(adjacentPosts(posts, 'new')).toEqual({ older: posts[0] });
    expect(adjacentPosts(posts, 'old')).toEqual({ newer: posts[0] });
  });

  it('gives nothing for an unknown slug or a single post', () => {
    expect(adjacentPosts(posts, 'nope')).toEqual({});
    expect(adjacentPosts([card('only')], 'only')).toEqual({});
  });

  it('orders posts of equal date as given', () => {
    const same = [card('x', { pubDate: '2024-01-01' }), card('y', { pubDate: '2024-01-01' })];
    expect(adjacentPosts(same, 'x')).toEqual({ older: same[1] });
  });

  it('finds a post without a slug by the slug of its title', () => {
    const full = parsePost('---\ntitle: Hello Tides\n---\nx\n');
    expect(slugOf(full)).toBe('hello-tides');
    expect(adjacentPosts([full, card('b', { pubDate: '2020-01-01' })], 'hello-tides').newer?.slug).toBe('b');
  });
});

describe('seriesOf', () => {
  const bees = (slug: string, order?: number, pubDate?: string) => card(slug, { pubDate, series: { name: 'Keeping Bees', slug: 'keeping-bees', ...(order !== undefined && { order }) } });

  it('orders by seriesOrder with gaps, counting places from 1', () => {
    const posts = [bees('three', 10), bees('one', 1), card('other'), bees('two', 4)];
    expect(seriesOf(posts, 'two')).toEqual({ name: 'Keeping Bees', slug: 'keeping-bees', index: 2, total: 3, posts: [posts[1], posts[3], posts[0]] });
  });

  it('orders by date, oldest first, when there is no seriesOrder, and puts ordered posts first', () => {
    const posts = [bees('late', undefined, '2024-05-01'), bees('early', undefined, '2024-01-01'), bees('first', 1, '2025-01-01')];
    expect(slugs(seriesOf(posts, 'late')!.posts)).toEqual(['first', 'early', 'late']);
    expect(seriesOf(posts, 'late')!.index).toBe(3);
  });

  it('gives a series of one, and nothing for an unknown slug or a post in no series', () => {
    expect(seriesOf([bees('solo')], 'solo')).toMatchObject({ index: 1, total: 1 });
    expect(seriesOf([bees('solo')], 'nope')).toBeUndefined();
    expect(seriesOf([card('plain')], 'plain')).toBeUndefined();
  });
});

describe('relatedPosts', () => {
  const posts = [
    card('sourdough', { title: 'Sourdough starter care', tags: ['bread', 'baking'], pubDate: '2024-01-01' }),
    card('rye', { title: 'Rye loaves', tags: ['bread', 'baking'], pubDate: '2023-01-01' }),
    card('baguette', { title: 'Baguette shaping', tags: ['bread'], pubDate: '2024-06-01' }),
    card('starter-jars', { title: 'Choosing jars for a starter', tags: ['kitchen'] }),
    card('tides', { title: 'Spring tides', tags: ['ocean'] }),
  ];

  it('puts most shared tags first, then shared words, and never the post itself', () => {
    expect(slugs(relatedPosts(posts, 'sourdough', { limit: 5 }))).toEqual(['rye', 'baguette', 'starter-jars']);
  });

  it('respects the limit (3 by default) and gives nothing for an unknown slug', () => {
    expect(slugs(relatedPosts(posts, 'sourdough', { limit: 1 }))).toEqual(['rye']);
    expect(relatedPosts(posts, 'sourdough')).toHaveLength(3);
    expect(relatedPosts(posts, 'nope')).toEqual([]);
    expect(relatedPosts([], 'nope')).toEqual([]);
  });

  it('breaks ties by date, newest first, the same way on every call', () => {
    const tied = [card('a', { tags: ['t'] }), card('b', { tags: ['t'], pubDate: '2020-01-01' }), card('c', { tags: ['t'], pubDate: '2021-01-01' })];
    expect(slugs(relatedPosts(tied, 'a'))).toEqual(['c', 'b']);
    expect(slugs(relatedPosts([...tied].reverse(), 'a'))).toEqual(['c', 'b']);
  });
});
