/*
 * A host's index and post pages, typed from the main entry alone: every type a documented prop uses
 * (and what the helpers that feed the props return) is importable where the components are.
 * Compiled with `tsc --strict` by test/types.test.ts; each `@ts-expect-error` line must fail.
 */
import { paginate, seriesOf, tagsOf, tagSlug, toSummary } from '../../src/collection/index.js';
import {
  ArticleMeta,
  Pagination,
  PostCard,
  PostHead,
  PostList,
  SeriesNav,
  TagList,
  type Page,
  type Post,
  type PostHref,
  type PostSummary,
  type SeriesInfo,
  type SeriesNavSeries,
  type Site,
  type TagCount,
  type TagHref,
} from '../../src/index.js';

declare const posts: Post[];

const summaries: PostSummary[] = posts.map(toSummary);
const page: Page<PostSummary> = paginate(summaries, { perPage: 10, page: 2 });
const tags: TagCount[] = tagsOf(summaries);
const site: Site = { url: 'https://example.org', name: 'Field Notes' };
const postHref: PostHref = (post) => `/posts/${post.slug}/`;

// One tagHref, the tag's name to a URL, for every component that links tags.
const tagHref: TagHref = (tag) => `/tags/${tagSlug(tag)}/`;
export const index = (
  <>
    <PostList posts={page.items} postHref={postHref} tagHref={tagHref} />
    <PostCard post={page.items[0]} tagHref={tagHref} />
    <TagList tags={tags} tagHref={tagHref} />
    <ArticleMeta tags={['bees']} tagHref={tagHref} />
    <Pagination page={page.page} pages={page.pages} pageHref={(n) => `/page/${n}/`} />
  </>
);

// TagList no longer takes a function of the TagCount.
// @ts-expect-error tagHref is given the tag's name
export const oldTagHref = <TagList tags={tags} tagHref={(tag: TagCount) => `/tags/${tag.slug}/`} />;

// SeriesNav takes what seriesOf returns, and marks the current part from it without `current`.
const series: SeriesInfo<PostSummary> | undefined = seriesOf(summaries, 'sourdough');
const forNav: SeriesNavSeries | undefined = series;
export const nav = forNav ? <SeriesNav series={forNav} postHref={postHref} /> : null;

export const head = <PostHead post={posts[0]} site={site} />;
