// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PostSummary } from '../post/index.js';
import { isUnlisted, readPostDate, slugOf, type PostLike } from '../post/identity.js';
import { nameSlug } from '../post/slug.js';
import { adjacentPosts, relatedPosts, seriesOf } from './index.js';

// The three helpers as they were before the index: each call reads every post. They are the
// specification the indexed ones must match, answer for answer.
const timeOf = (post: PostLike) => readPostDate(post.pubDate)?.date.getTime();
const tagsOfPost = (post: PostLike) => (Array.isArray(post.tags) ? post.tags.filter((t): t is string => typeof t === 'string') : []);
const STOP = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'from', 'your', 'you', 'are', 'was', 'were', 'have', 'has', 'how', 'what', 'why', 'when', 'who', 'not', 'but', 'all', 'any', 'can', 'its', 'our', 'out', 'use', 'using', 'into', 'about', 'over', 'more', 'than', 'then', 'them', 'they', 'their', 'there', 'these', 'those', 'will', 'would', 'just', 'also', 'one', 'two', 'new']);
function termsOf(post: PostLike) {
  const terms = new Set<string>();
  for (const [w] of `${post.title} ${post.description ?? ''}`.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) if (w.length >= 3 && !STOP.has(w)) terms.add(w);
  return terms;
}
function sortByDate<T extends PostLike>(posts: readonly T[]): T[] {
  const keyed = posts.map((post, index) => ({ post, index, time: timeOf(post) }));
  keyed.sort((a, b) => (a.time !== b.time ? (a.time === undefined ? 1 : b.time === undefined ? -1 : b.time - a.time) : a.index - b.index));
  return keyed.map((k) => k.post);
}
function adjacentSpec<T extends PostLike>(posts: readonly T[], slug: string) {
  const sorted = sortByDate(posts.filter((p) => !isUnlisted(p)));
  const i = sorted.findIndex((p) => slugOf(p) === slug);
  if (i === -1) return {};
  return { ...(i > 0 && { newer: sorted[i - 1] }), ...(i < sorted.length - 1 && { older: sorted[i + 1] }) };
}
function seriesSpec<T extends PostLike>(posts: readonly T[], slug: string) {
  const current = posts.find((p) => slugOf(p) === slug);
  const series = current?.series;
  if (!series) return undefined;
  const members = posts
    .map((post, index) => ({ post, index, order: post.series?.order, time: timeOf(post) }))
    .filter(({ post }) => post.series?.slug === series.slug && (post === current || !isUnlisted(post)));
  members.sort((a, b) =>
    a.order !== b.order
      ? a.order === undefined ? 1 : b.order === undefined ? -1 : a.order - b.order
      : a.time !== b.time
        ? a.time === undefined ? 1 : b.time === undefined ? -1 : a.time - b.time
        : a.index - b.index,
  );
  const ordered = members.map((m) => m.post);
  return { name: series.name, slug: series.slug, index: ordered.indexOf(current) + 1, total: ordered.length, posts: ordered };
}
function relatedSpec<T extends PostLike>(posts: readonly T[], slug: string, limit = 3): T[] {
  const current = posts.find((p) => slugOf(p) === slug);
  if (!current) return [];
  const tags = new Set(tagsOfPost(current).map(nameSlug));
  const terms = termsOf(current);
  const scored = posts
    .map((post, index) => {
      let sharedTags = 0;
      for (const s of new Set(tagsOfPost(post).map(nameSlug))) if (tags.has(s)) sharedTags++;
      let sharedTerms = 0;
      for (const t of termsOf(post)) if (terms.has(t)) sharedTerms++;
      return { post, index, sharedTags, sharedTerms, time: timeOf(post) ?? -Infinity };
    })
    .filter((s) => s.post !== current && slugOf(s.post) !== slug && !isUnlisted(s.post) && (s.sharedTags > 0 || s.sharedTerms > 0));
  scored.sort((a, b) => b.sharedTags - a.sharedTags || b.sharedTerms - a.sharedTerms || (b.time > a.time ? 1 : b.time < a.time ? -1 : 0) || a.index - b.index);
  return scored.slice(0, limit).map((s) => s.post);
}

/** A small deterministic random source, so a failure names a blog that can be made again. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32);
}

const WORDS = ['bread', 'starter', 'tides', 'moon', 'bees', 'honey', 'gears', 'chain', 'the', 'and', 'Café', 'rust', 'async', 'ocean'];
const TAGS = ['bread', 'Bread', 'baking', 'ocean', 'Café Culture', 'café culture', 'bees', 'C++', 'rust', 'science'];

/** A blog with what makes these helpers differ: repeated and title-only slugs, equal and missing dates, unlisted posts, series with and without order. */
function blog(seed: number, size: number): PostSummary[] {
  const next = random(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: size }, (_, n) => {
    const title = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(WORDS)).join(' ') + ` ${n % 7}`;
    // Without a slug of its own, as a Post can be: slugOf then gives its title's.
    const post = { title, authors: [], tags: Array.from({ length: Math.floor(next() * 4) }, () => pick(TAGS)), readingTime: { minutes: 1, words: 10 } } as unknown as PostSummary;
    if (next() < 0.9) post.slug = next() < 0.05 ? 'twice' : `post-${n}`;
    if (next() < 0.5) post.description = Array.from({ length: 3 }, () => pick(WORDS)).join(' ');
    if (next() < 0.85) post.pubDate = `20${10 + Math.floor(next() * 5)}-0${1 + Math.floor(next() * 3)}-01`;
    if (next() < 0.1) post.unlisted = true;
    if (next() < 0.3) {
      const name = pick(['Keeping Bees', 'Tides']);
      post.series = { name, slug: nameSlug(name), ...(next() < 0.5 && { order: Math.floor(next() * 4) }) };
    }
    return post;
  });
}

describe('adjacentPosts, relatedPosts and seriesOf over an index of the posts', () => {
  it('answer exactly as reading every post on every call did, on blogs made to have ties and edge cases', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const posts = blog(seed, 60);
      const slugs = [...new Set(posts.map(slugOf)), 'nope', ''];
      for (const slug of slugs) {
        expect(adjacentPosts(posts, slug), `adjacent ${seed} ${slug}`).toEqual(adjacentSpec(posts, slug));
        expect(seriesOf(posts, slug), `series ${seed} ${slug}`).toEqual(seriesSpec(posts, slug));
        for (const limit of [0, 1, 3, 20, 100]) {
          expect(relatedPosts(posts, slug, { limit }), `related ${seed} ${slug} ${limit}`).toEqual(relatedSpec(posts, slug, limit));
        }
      }
    }
  });

  it('see an array changed between calls: a post added, replaced or moved', () => {
    const posts = blog(7, 30);
    const target = slugOf(posts.find((p) => !isUnlisted(p) && p.pubDate)!);
    expect(relatedPosts(posts, target)).toEqual(relatedSpec(posts, target));
    posts.push({ ...posts.find((p) => slugOf(p) === target)!, slug: 'copy', pubDate: '2099-01-01' });
    expect(relatedPosts(posts, target)[0]?.slug).toBe('copy');
    expect(adjacentPosts(posts, 'copy')).toEqual(adjacentSpec(posts, 'copy'));
    posts[3] = { ...posts[3]!, slug: 'replaced', pubDate: '2098-01-01', unlisted: false };
    expect(adjacentPosts(posts, 'replaced')).toEqual(adjacentSpec(posts, 'replaced'));
    posts.reverse();
    for (const slug of [target, 'copy', 'replaced']) {
      expect(adjacentPosts(posts, slug)).toEqual(adjacentSpec(posts, slug));
      expect(relatedPosts(posts, slug, { limit: 10 })).toEqual(relatedSpec(posts, slug, 10));
      expect(seriesOf(posts, slug)).toEqual(seriesSpec(posts, slug));
    }
  });

  it("read each post a bounded number of times for a whole blog's calls, however big the blog", () => {
    // Every property read of every post is counted: asking about each post of a blog of n posts
    // once read n posts per call (n² reads), and now reads each post when the index is made.
    const readsPerPost = (size: number) => {
      let reads = 0;
      const posts = blog(11, size).map((post) => new Proxy(post, { get: (target, key, receiver) => (reads++, Reflect.get(target, key, receiver)) }));
      const slugs = posts.map((post) => post.slug ?? '');
      reads = 0;
      for (const slug of slugs) {
        adjacentPosts(posts, slug);
        seriesOf(posts, slug);
        relatedPosts(posts, slug);
      }
      return reads / size;
    };
    const small = readsPerPost(100);
    const large = readsPerPost(1_600);
    // Reading every post on every call made this 16× (the blog is 16× as big); counts, not time, so it cannot flake.
    expect(large).toBeLessThan(small * 1.5);
  });
});
