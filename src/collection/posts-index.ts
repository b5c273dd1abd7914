/**
 * What `adjacentPosts`, `relatedPosts` and `seriesOf` need of a posts array, worked out once per
 * array: each post's slug, date, tag slugs and title words, the posts in date order, and which posts
 * carry each tag, word and series. A page of a blog asks each of them about one post; a build asks
 * about every post, and reading every post again for each call made a blog's build grow with the
 * square of its posts. With the index, a call reads only the posts its answer can come from.
 *
 * The index is kept per array (`post-indexes`) and used only while the array holds the same posts
 * in the same places (a cheap identity check on each call), so a post added, removed, moved or
 * replaced is seen at once. A post object edited in place after the first call is not: pass a new
 * array then (`[...posts]`), as a React state update would.
 */
import { nameSlug } from '../post/slug.js';
import { boundedCache } from '../core/cache.js';
import { isUnlisted, readPostDate, slugOf, type PostLike } from '../post/identity.js';

/** A post's tags: a post read from hand-edited JSON may lack the list, and then has none. */
export function tagsOfPost(post: PostLike): readonly string[] {
  return Array.isArray(post.tags) ? post.tags.filter((tag): tag is string => typeof tag === 'string') : [];
}

/** Milliseconds of a post's `pubDate` (a calendar day counts as midnight UTC), or undefined when it has none it can read. */
export function timeOf(post: PostLike): number | undefined {
  return readPostDate(post.pubDate)?.date.getTime();
}

// Words too common to relate two posts by. A literal list: a call at module scope (`'…'.split(' ')`)
// is code a bundler must keep on every page that imports this entry, used or not.
const STOP_WORDS = new Set([
  'the', 'and', 'for', 'with', 'that', 'this', 'from', 'your', 'you', 'are', 'was', 'were', 'have', 'has',
  'how', 'what', 'why', 'when', 'who', 'not', 'but', 'all', 'any', 'can', 'its', 'our', 'out', 'use', 'using',
  'into', 'about', 'over', 'more', 'than', 'then', 'them', 'they', 'their', 'there', 'these', 'those', 'will',
  'would', 'just', 'also', 'one', 'two', 'new',
]);

/** The words of a post's title and description that can relate it to another post. */
function termsOf(post: PostLike): Set<string> {
  const text = `${post.title} ${post.description ?? ''}`.toLowerCase();
  const terms = new Set<string>();
  for (const [word] of text.matchAll(/[\p{L}\p{N}]+/gu)) if (word.length >= 3 && !STOP_WORDS.has(word)) terms.add(word);
  return terms;
}

/** Posts in `sortPosts` order: newest first, undated last, equal dates as given. */
export function byDate(times: readonly (number | undefined)[], positions: readonly number[]): number[] {
  return [...positions].sort((a, b) => definedFirst(times[a], times[b], -1) || a - b);
}

/**
 * Orders two optional numbers, ascending (`direction` 1) or descending (-1), with `undefined` after
 * every number either way; 0 when they are equal.
 */
function definedFirst(x: number | undefined, y: number | undefined, direction: 1 | -1 = 1): number {
  if (x === y) return 0;
  if (x === undefined) return 1;
  if (y === undefined) return -1;
  return direction * (x - y);
}

/** Where each post is in date order, among the listed posts. */
interface DateOrder {
  /** Positions in the array of the listed posts, newest first. */
  sorted: number[];
  /** A slug's first place in `sorted`. */
  placeOf: Map<string, number>;
}

/** What relating two posts reads of each. */
interface Relations {
  /** Each post's distinct tag slugs. */
  tags: string[][];
  /** Each post's distinct title and description words. */
  terms: string[][];
  /** The listed posts carrying each tag slug, each once, in array order. */
  byTag: Map<string, number[]>;
  /** The listed posts using each word, each once, in array order. */
  byTerm: Map<string, number[]>;
  /** Counts for one call, kept at zero between calls (a call resets what it touched). */
  sharedTags: Int32Array;
  sharedTerms: Int32Array;
}

/** One array's index; each part is made the first time a call needs it. */
export interface PostsIndex<T extends PostLike> {
  /** The array's posts when the index was made. */
  readonly posts: readonly T[];
  /** Each post's slug (`slugOf`). */
  readonly slugs: readonly string[];
  /** Each post's `unlisted: true`. */
  readonly unlisted: readonly boolean[];
  /** A slug's first position in the array. */
  readonly firstOf: ReadonlyMap<string, number>;
  /** Each post's time, undefined when undated. */
  readonly times: readonly (number | undefined)[];
  dateOrder?: DateOrder;
  relations?: Relations;
  /** Every post (unlisted ones too) by its series slug, in reading order. */
  series?: Map<unknown, number[]>;
}

// Keyed by the array. Each entry holds its array's posts, so the bound is small: a build asks about
// one array (or a few: every post, the listed ones, summaries), and a host that keeps making new
// arrays holds no more than these.
const indexes = /* @__PURE__ */ boundedCache<readonly PostLike[], PostsIndex<PostLike>>('post-indexes', 4);

/** Whether `posts` still holds what the index was made from, post for post. */
function holdsSame(index: PostsIndex<PostLike>, posts: readonly PostLike[]): boolean {
  const known = index.posts;
  if (known.length !== posts.length) return false;
  for (let i = 0; i < known.length; i++) if (known[i] !== posts[i]) return false;
  return true;
}

function makeIndex<T extends PostLike>(posts: readonly T[]): PostsIndex<T> {
  const slugs = posts.map((post) => slugOf(post));
  const firstOf = new Map<string, number>();
  slugs.forEach((slug, i) => {
    if (!firstOf.has(slug)) firstOf.set(slug, i);
  });
  return { posts: [...posts], slugs, unlisted: posts.map(isUnlisted), firstOf, times: posts.map(timeOf) };
}

/** The index of `posts`, made on the first call and again when the array's posts changed. */
export function indexOf<T extends PostLike>(posts: readonly T[]): PostsIndex<T> {
  let index = indexes.get(posts, () => makeIndex(posts));
  if (!holdsSame(index, posts)) {
    indexes.clear();
    index = indexes.get(posts, () => makeIndex(posts));
  }
  return index as PostsIndex<T>;
}

/** The listed posts in date order, and each slug's first place among them. */
export function dateOrderOf(index: PostsIndex<PostLike>): DateOrder {
  if (index.dateOrder) return index.dateOrder;
  const listed = index.posts.flatMap((_, i) => (index.unlisted[i] ? [] : [i]));
  const sorted = byDate(index.times, listed);
  const placeOf = new Map<string, number>();
  sorted.forEach((i, place) => {
    if (!placeOf.has(index.slugs[i]!)) placeOf.set(index.slugs[i]!, place);
  });
  return (index.dateOrder = { sorted, placeOf });
}

/** Adds position `i` to `key`'s list in `map`. */
function addTo<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

function relationsOf(index: PostsIndex<PostLike>): Relations {
  if (index.relations) return index.relations;
  const { posts, unlisted } = index;
  const tags = posts.map((post) => [...new Set(tagsOfPost(post).map(nameSlug))]);
  const terms = posts.map((post) => [...termsOf(post)]);
  const byTag = new Map<string, number[]>();
  const byTerm = new Map<string, number[]>();
  posts.forEach((_, i) => {
    if (unlisted[i]) return;
    for (const tag of tags[i]!) addTo(byTag, tag, i);
    for (const term of terms[i]!) addTo(byTerm, term, i);
  });
  return (index.relations = { tags, terms, byTag, byTerm, sharedTags: new Int32Array(posts.length), sharedTerms: new Int32Array(posts.length) });
}

/**
 * Positions of the posts related to the post at `current`, best first, at most `limit`: most
 * shared tags, then most shared words, then newest, then array order. Only the posts that share a
 * tag or a word with it are looked at; never a post with its slug, never an unlisted one.
 */
export function relatedOf(index: PostsIndex<PostLike>, current: number, limit: number): number[] {
  if (limit === 0) return [];
  const r = relationsOf(index);
  const { sharedTags, sharedTerms } = r;
  const { times } = index;
  const touched: number[] = [];
  for (const tag of r.tags[current]!) {
    for (const i of r.byTag.get(tag) ?? []) {
      if (sharedTags[i] === 0 && sharedTerms[i] === 0) touched.push(i);
      sharedTags[i]!++;
    }
  }
  for (const term of r.terms[current]!) {
    for (const i of r.byTerm.get(term) ?? []) {
      if (sharedTags[i] === 0 && sharedTerms[i] === 0) touched.push(i);
      sharedTerms[i]!++;
    }
  }
  const slug = index.slugs[current];
  const candidates = touched.filter((i) => index.slugs[i] !== slug);
  const better = (a: number, b: number) =>
    sharedTags[b]! - sharedTags[a]! || sharedTerms[b]! - sharedTerms[a]! || definedFirst(times[a], times[b], -1) || a - b;
  const best = topOf(candidates, limit, better);
  for (const i of touched) sharedTags[i] = sharedTerms[i] = 0;
  return best;
}

/** The first `limit` of `items` in `compare`'s order (a total order), without sorting them all when few are wanted. */
function topOf(items: number[], limit: number, compare: (a: number, b: number) => number): number[] {
  if (limit >= items.length || limit > 16) return items.sort(compare).slice(0, limit);
  const best: number[] = [];
  for (const item of items) {
    if (best.length === limit && compare(item, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && compare(item, best[at - 1]!) < 0) at--;
    best.splice(at, 0, item);
    if (best.length > limit) best.pop();
  }
  return best;
}

/** Every post whose `series.slug` is `key` (unlisted ones too), in reading order. */
export function seriesMembers(index: PostsIndex<PostLike>, key: unknown): readonly number[] {
  if (!index.series) {
    const groups = new Map<unknown, number[]>();
    index.posts.forEach((post, i) => addTo(groups, post.series?.slug, i));
    const orders = index.posts.map((post) => post.series?.order);
    const { times } = index;
    for (const group of groups.values()) {
      group.sort((a, b) => definedFirst(orders[a], orders[b]) || definedFirst(times[a], times[b]) || a - b);
    }
    index.series = groups;
  }
  return index.series.get(key) ?? [];
}
