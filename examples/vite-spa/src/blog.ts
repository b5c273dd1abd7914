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

/** The search index the build writes next to the pages, fetched the first time a reader searches. */
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

/**
 * Where the data of the page with this key (`routeKey`) is: `/data/<a hash of the key>.json`, written
 * beside the pages by the build. The browser works the name out from the page's own path, so no
 * list of the pages ships with the app.
 */
export const dataHref = (key: string) => `/data/${hashOf(key)}.json`;

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

/** A 53-bit hash of `text` in base 36 (cyrb53): a short file name the build and the browser make alike. */
function hashOf(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
