import { nameSlug } from '../post/slug.js';
import type { PostSummary, TagCount } from '../post/index.js';
import { isUnlisted, slugOf as slugOfPost, slugPath as pathOfSlug, toSummary as summaryOf, type PostLike } from '../post/identity.js';
import { optionsOf, requireArray, requireInteger, requireObject, requirePosts, requireString } from '../post/arguments.js';
import { byDate, dateOrderOf, indexOf, relatedOf, seriesMembers, tagsOfPost, timeOf } from './posts-index.js';

/** A tag's URL slug (GitHub's slug rule: accents kept, spaces to dashes), the key tags are grouped by. */
export function tagSlug(name: string): string {
  requireString('tagSlug', 'name', name, 'a tag name (a string)');
  return nameSlug(name);
}

/**
 * What an index page needs of a post: everything but the body, so a list ships no post bodies. The
 * slug is {@link slugOf}'s, the excerpt the one the post's card shows. A summary passed in comes back equal.
 */
export function toSummary(post: PostLike): PostSummary {
  requireObject('toSummary', 'post', post, 'a post or summary (an object)');
  return summaryOf(post);
}

/**
 * A post's slug: its own, else the slug of its title (GitHub's slug rule), as `toSummary` writes it.
 * Every entry finds and links a post by this slug. An empty string when the post has neither.
 */
export function slugOf(post: PostLike): string {
  requireObject('slugOf', 'post', post, 'a post or summary (an object)');
  return slugOfPost(post);
}

/**
 * A slug as a URL path: each `/`-separated segment percent-encoded on its own, so a slug that is a
 * path (`hey/my-path`) stays one, and an accent or space in a segment is encoded, never a slash.
 */
export function slugPath(slug: string): string {
  requireString('slugPath', 'slug', slug, 'a slug (a string)');
  return pathOfSlug(slug);
}

/**
 * Newest first by `pubDate`; undated posts last; posts of equal date keep their order. Returns a new
 * array with every post, unlisted ones too: a host builds each post's route from it.
 */
export function sortPosts<T extends PostLike>(posts: readonly T[]): T[] {
  requirePosts('sortPosts', 'posts', posts);
  return byDate(posts.map(timeOf), posts.map((_, i) => i)).map((i) => posts[i]!);
}

/** One page of a list. */
export interface Page<T> {
  /** The items on this page; empty for a page past the end. */
  items: T[];
  /** This page's number, 1-based, as asked for. */
  page: number;
  /** How many pages there are; at least 1, so an empty list still has its (empty) first page. */
  pages: number;
  /** How many items there are in all. */
  total: number;
  /** The previous page's number; absent on page 1. Past the end, the last page. */
  previous?: number;
  /** The next page's number; absent on the last page and past it. */
  next?: number;
}

/** Options for {@link paginate}. */
export interface PaginateOptions {
  /** Items per page, a whole number of at least 1. */
  perPage: number;
  /** The page wanted, 1-based. @default 1 */
  page?: number;
}

/**
 * One page of `items`. A page past the end has no items, so a host can answer it with a 404; its
 * `previous` points at the last page. Unlisted posts (`unlisted: true`) are left out before the
 * list is cut into pages, so no index page shows one and the counts are of the posts shown.
 *
 * @throws {TypeError} when `items` is not an array, `options` not an object, or `perPage` or `page` not a number.
 * @throws {RangeError} when `perPage` or `page` is a number but not a whole number of at least 1.
 */
export function paginate<T>(items: readonly T[], options: PaginateOptions): Page<T> {
  requireArray('paginate', 'items', items);
  requireObject('paginate', 'options', options, 'an options object { perPage, page? }');
  const { perPage, page = 1 } = options;
  requireInteger('paginate', 'options.perPage', perPage, 1);
  requireInteger('paginate', 'options.page', page, 1);
  const listed = items.some(isUnlisted) ? items.filter((item) => !isUnlisted(item)) : items;
  const total = listed.length;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const result: Page<T> = { items: listed.slice((page - 1) * perPage, page * perPage), page, pages, total };
  if (page > 1) result.previous = Math.min(page - 1, pages);
  if (page < pages) result.next = page + 1;
  return result;
}

/**
 * Every tag with the number of posts that carry it, most used first, then by name. Tags that slug
 * alike (`Rust`, `rust`) count as one, named as the first post wrote it. Unlisted posts are not
 * counted: a tag only they carry has no page to lead to.
 */
export function tagsOf(posts: readonly PostLike[]): TagCount[] {
  requirePosts('tagsOf', 'posts', posts);
  const bySlug = new Map<string, TagCount>();
  for (const post of posts) {
    if (isUnlisted(post)) continue;
    const seen = new Set<string>();
    for (const name of tagsOfPost(post)) {
      const slug = nameSlug(name);
      if (seen.has(slug)) continue;
      seen.add(slug);
      const tag = bySlug.get(slug);
      if (tag) tag.count++;
      else bySlug.set(slug, { name, slug, count: 1 });
    }
  }
  return [...bySlug.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en') || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The posts carrying a tag, in the order given, unlisted ones left out (a tag page is a list). `tag`
 * is a slug as {@link tagsOf} gives it (a percent-encoded one from a URL works too) or a tag name.
 */
export function postsWithTag<T extends PostLike>(posts: readonly T[], tag: string): T[] {
  requirePosts('postsWithTag', 'posts', posts);
  requireString('postsWithTag', 'tag', tag, 'a tag slug or name (a string)');
  const wanted = new Set([tag, decoded(tag), nameSlug(tag), nameSlug(decoded(tag))]);
  return posts.filter((post) => !isUnlisted(post) && tagsOfPost(post).some((name) => wanted.has(nameSlug(name))));
}

/** The posts next to one in time. */
export interface AdjacentPosts<T> {
  /** The next newer post; absent for the newest. */
  newer?: T;
  /** The next older post; absent for the oldest. */
  older?: T;
}

/**
 * The newer and older neighbours of the post with `slug`, in {@link sortPosts} order; `{}` for an
 * unknown slug. Unlisted posts are nobody's neighbour and have none, as in Docusaurus: a reader
 * reaches one only by its link.
 *
 * Calls on one array share an index of it, made by the first call, so a build that asks about every
 * post reads each post once, not once per call. The array may change between calls (a post added,
 * removed, moved or replaced is seen); a post object edited in place is not: pass a new array then.
 */export function adjacentPosts<T extends PostLike>(posts: readonly T[], slug: string): AdjacentPosts<T> {
  requirePosts('adjacentPosts', 'posts', posts);
  requireString('adjacentPosts', 'slug', slug, 'a post slug (a string)');
  const index = indexOf(posts);
  const { sorted, placeOf } = dateOrderOf(index);
  const place = placeOf.get(slug);
  if (place === undefined) return {};
  const result: AdjacentPosts<T> = {};
  if (place > 0) result.newer = posts[sorted[place - 1]!];
  if (place < sorted.length - 1) result.older = posts[sorted[place + 1]!];
  return result;
}

/** A post's series, with its place in it. */
export interface SeriesInfo<T> {
  /** The series name, as the post writes it. */
  name: string;
  /** The series slug. */
  slug: string;
  /** The post's place in the series, 1-based (its position, whatever gaps `seriesOrder` has). */
  index: number;
  /** How many posts the series has. */
  total: number;
  /** The series' posts in reading order. */
  posts: T[];
}

/**
 * The series of the post with `slug`: its posts ordered by `seriesOrder` (posts that give one come
 * first), then by date, oldest first (undated last), then as given. Undefined for an unknown slug
 * or a post in no series. Unlisted posts are in no other post's series list; an unlisted post's
 * own page still shows the series it is part of, with itself in it.
 *
 * Calls on one array share an index of it, made by the first call, so a build that asks about every
 * post reads each post once, not once per call. The array may change between calls (a post added,
 * removed, moved or replaced is seen); a post object edited in place is not: pass a new array then.
 */export function seriesOf<T extends PostLike>(posts: readonly T[], slug: string): SeriesInfo<T> | undefined {
  requirePosts('seriesOf', 'posts', posts);
  requireString('seriesOf', 'slug', slug, 'a post slug (a string)');
  const index = indexOf(posts);
  const at = index.firstOf.get(slug);
  const current = at === undefined ? undefined : posts[at]!;
  const series = current?.series;
  if (!series) return undefined;
  // A slug that is not equal to itself (NaN, from hand-made data) is no series' slug.
  const members = series.slug === series.slug ? seriesMembers(index, series.slug) : [];
  const ordered = members.flatMap((i) => (posts[i] === current || !index.unlisted[i] ? [posts[i]!] : []));
  return { name: series.name, slug: series.slug, index: ordered.indexOf(current!) + 1, total: ordered.length, posts: ordered };
}

/** Options for {@link relatedPosts}. */
export interface RelatedOptions {
  /** The most posts returned. @default 3 */
  limit?: number;
}

/**
 * Posts related to the one with `slug`: most shared tags first, then most shared title and
 * description terms, then newest, then as given. A post that shares nothing is not related; the
 * post itself and unlisted posts never are (an unlisted post's own page still gets its related
 * posts). Empty for an unknown slug.
 *
 * Calls on one array share an index of it, made by the first call, so a build that asks about every
 * post reads each post once, not once per call. The array may change between calls (a post added,
 * removed, moved or replaced is seen); a post object edited in place is not: pass a new array then.
 */export function relatedPosts<T extends PostLike>(posts: readonly T[], slug: string, options?: RelatedOptions): T[] {
  requirePosts('relatedPosts', 'posts', posts);
  requireString('relatedPosts', 'slug', slug, 'a post slug (a string)');
  const { limit = 3 } = optionsOf('relatedPosts', 'options', options);
  requireInteger('relatedPosts', 'options.limit', limit, 0);
  const index = indexOf(posts);
  const at = index.firstOf.get(slug);
  if (at === undefined) return [];
  return relatedOf(index, at, limit).map((i) => posts[i]!);
}
