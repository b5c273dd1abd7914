// The blog's data, read at build time: every post in ../posts, loaded once per build with loadPosts
// (parsed, images measured and copied into public/, authors from authors.yml, cached on disk).
import path from 'node:path';
import { loadPosts } from 'react-blog-kit/node';
import { tagSlug } from 'react-blog-kit/collection';

const root = process.cwd();
const postsDir = path.join(root, '..', 'posts');

/** The site every SEO helper and feed is built for. */
export const site = {
  url: 'https://example.org',
  name: 'Everyday Science',
  description: 'Short explanations of the science in ordinary things: bread, bees, bicycles and the sea.',
  locale: 'en',
  postHref: (post) => `/posts/${post.slug}/`,
  feeds: { rss: '/feed.xml' },
};

/** Where the search button leads without JavaScript: a web search of this site. */
export const searchFallback = `https://duckduckgo.com/?q=${encodeURIComponent(`site:${new URL(site.url).host}`)}`;

/** Cards on one index page. */
export const PER_PAGE = 3;

let loading;
/** Every post, newest first, loaded once per build. */
export function getPosts() {
  loading ??= loadPosts(postsDir, {
    publicDir: path.join(root, 'public'),
    base: '/',
    authors: path.join(postsDir, 'authors.yml'),
    // Heroes written next to a post are copied here under content-hashed names.
    imagesDir: 'post-images',
    cacheDir: path.join(root, 'node_modules', '.cache', 'react-blog-kit'),
    drafts: false,
  });
  return loading;
}

export const postHref = (post) => site.postHref(post);
export const pageHref = (page) => (page === 1 ? '/' : `/page/${page}/`);
/** A tag's page, from its name as posts write it ("Kitchen science" → /tags/kitchen-science/): TagList, PostList and the meta line take it alike. */
export const tagHref = (name) => `/tags/${tagSlug(name)}/`;
