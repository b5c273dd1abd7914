/**
 * react-blog-kit/collection — lists of posts for index, tag and post pages: summaries, sorting,
 * pages, tags, newer/older, series and related posts. Imports neither React nor `fs`: it runs in
 * the browser, on a server and in a build script alike. Every helper takes full posts or summaries.
 */
export { isUnlisted } from '../post/identity.js';
export type { PostLike } from '../post/identity.js';
export { toSummary, slugOf, slugPath, sortPosts, paginate, tagsOf, tagSlug, postsWithTag, adjacentPosts, seriesOf, relatedPosts } from './lists.js';
export type { Page, PaginateOptions, AdjacentPosts, SeriesInfo, RelatedOptions } from './lists.js';
export type { Post, PostSummary, TagCount, PostSeries } from '../post/index.js';
