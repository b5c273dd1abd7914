// What the pages and the build scripts share: the site, its URLs and each page's data.
// React-free and parser-free: the browser, the server bundle and the scripts all import it.
import { slugPath, tagSlug } from 'react-blog-kit/collection';
import type { Page, Post, PostSummary, SeriesInfo, TagCount } from 'react-blog-kit/collection';
import type { Site } from 'react-blog-kit/seo';

/** Cards on one index page. */
export const PER_PAGE = 3;

// Every URL ends in `/`: each page is written to dist/<path>/index.html.
// A slug may be a path (`hey/my-path`): each segment is encoded, the slashes kept.
export const postHref = (post: { slug?: string }) => `/posts/${slugPath(post.slug ?? '')}/`;
export const pageHref = (page: number) => (page === 1 ? '/' : `/page/${page}/`);
export const tagHref = (name: string) => `/tags/${encodeURIComponent(tagSlug(name))}/`;

export const site = {
  url: 'https://example.org',
  name: 'Everyday Science',
  description: 'Short explanations of the science in ordinary things: bread, bees, bicycles and the sea.',
  locale: 'en',
  feeds: { rss: '/feed.xml' },
  postHref,
} satisfies Site;

/** The search index scripts/build-data.ts writes next to the pages, fetched the first time a reader searches. */
export const searchIndexUrl = '/search.json';
/** Where the search button leads without JavaScript: a web search of this site. */
export const searchFallback = `https://duckduckgo.com/?q=${encodeURIComponent(`site:${new URL(site.url).host}`)}`;

/** An index or tag page: summaries only, so no post body ships with it. */
export interface ListRoute {
  kind: 'list';
  title: string;
  page: Page<PostSummary>;
  tags: TagCount[];
  currentTag?: string;
}

/** A post page: the post and the summaries around it. */
export interface PostRoute {
  kind: 'post';
  post: Post;
  series?: SeriesInfo<PostSummary>;
  newer?: PostSummary;
  older?: PostSummary;
  related: PostSummary[];
}

export type Route = ListRoute | PostRoute;

/** The key a page's data is stored under: its decoded path, ending in `/` (`/posts/tides` finds `/posts/tides/`). */
export function routeKey(pathname: string): string {
  let path = pathname;
  try {
    path = decodeURI(pathname);
  } catch {
    // a malformed escape is looked up as written
  }
  return path.endsWith('/') ? path : `${path}/`;
}
