// The blog's data, read at build time on the server: every post in ../posts, loaded once per
// build process with loadPosts (parsed, images measured, authors from authors.yml, cached on disk).
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

/** The feed link of list pages; Next replaces `alternates` as a whole, so each page that sets it spreads this in. */
export const feedTypes = { 'application/rss+xml': [{ url: site.feeds.rss, title: `${site.name} (RSS)` }] };

/** Cards on one index or tag page. */
export const PER_PAGE = 3;

let loading;
/** Every post, newest first. One load per build process; the cache makes later processes cheap. */
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

export async function getPost(slug) {
  const post = (await getPosts()).find((p) => p.slug === slug);
  if (!post) throw new Error(`No post with slug "${slug}"`);
  return post;
}

export const postHref = (post) => site.postHref(post);
export const pageHref = (page) => (page === 1 ? '/' : `/page/${page}/`);
export const tagPageHref = (tag) => `/tags/${tag.slug}/`;

/** The page of a tag as a post writes it ("Kitchen science" → /tags/kitchen-science/). */
export const tagHref = (name) => `/tags/${tagSlug(name)}/`;
