// What the blog's pages share, in the browser and in Node: the site and its URLs. No post data here.
import { tagSlug } from 'react-blog-kit/collection';

/** The site every SEO helper and feed is built for. */
export const site = {
  url: 'https://example.org',
  name: 'Everyday Science',
  description: 'Short explanations of the science in ordinary things: bread, bees, bicycles and the sea.',
  locale: 'en',
  postHref: (post) => `/posts/${post.slug}/`,
  feeds: { rss: '/feed.xml' },
};

/** Cards on one index page. */
export const PER_PAGE = 3;

export const postHref = (post) => site.postHref(post);
export const pageHref = (page) => (page === 1 ? '/' : `/page/${page}/`);
export const tagPageHref = (tag) => `/tags/${tag.slug}/`;

/** The page of a tag as a post writes it ("Kitchen science" → /tags/kitchen-science/). */
export const tagHref = (name) => `/tags/${tagSlug(name)}/`;

/** The key a page's data is stored under: the decoded path with a trailing slash. */
export function routeKey(pathname) {
  let path = pathname;
  try {
    path = decodeURI(pathname);
  } catch {
    // a malformed escape is looked up as written
  }
  return path.endsWith('/') ? path : `${path}/`;
}
