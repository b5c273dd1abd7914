// The blog's data, read on the server at build time: every post in ../posts, loaded with
// loadPosts (parsed, images measured, authors from authors.yml, cached on disk).
import path from "node:path";
import { cacheLife } from "next/cache";
import { notFound } from "next/navigation";
import type { Post } from "react-blog-kit";
import { tagSlug } from "react-blog-kit/collection";
import { loadPosts } from "react-blog-kit/node";
import type { Site } from "react-blog-kit/seo";

const root = process.cwd();
const postsDir = path.join(root, "..", "posts");

/** The site every SEO helper and feed is built for. */
export const site = {
  url: "https://example.org",
  name: "Everyday Science",
  description: "Short explanations of the science in ordinary things: bread, bees, bicycles and the sea.",
  locale: "en",
  postHref: (post) => `/posts/${post.slug}/`,
  feeds: { rss: "/feed.xml" },
} satisfies Site;

/** The feed link of list pages; Next replaces `alternates` as a whole, so each page that sets it spreads this in. */
export const feedTypes = { "application/rss+xml": [{ url: site.feeds.rss, title: `${site.name} (RSS)` }] };

/** Cards on one index or tag page. */
export const PER_PAGE = 3;

/**
 * Every post, newest first. `'use cache'` makes the posts build-time data under Cache Components:
 * every page, the feed and the sitemap that read them are prerendered, and `next dev` reports no
 * uncached data. The posts change only with a new build, hence the longest cache life.
 */
export async function getPosts(): Promise<Post[]> {
  "use cache";
  cacheLife("max");
  return loadPosts(postsDir, {
    publicDir: path.join(root, "public"),
    base: "/",
    authors: path.join(postsDir, "authors.yml"),
    // Heroes written next to a post are copied here under content-hashed names.
    imagesDir: "post-images",
    cacheDir: path.join(root, "node_modules", ".cache", "react-blog-kit"),
    drafts: false,
  });
}

/** The post with this slug; a 404 page for any other. */
export async function getPost(slug: string): Promise<Post> {
  const post = (await getPosts()).find((p) => p.slug === slug);
  if (!post) notFound();
  return post;
}

export const postHref = (post: { slug?: string }) => `/posts/${post.slug}/`;
export const pageHref = (page: number) => (page === 1 ? "/" : `/page/${page}/`);
/** A tag's page, from its name as posts write it ("Kitchen science" → /tags/kitchen-science/): TagList, PostList and the meta line take it alike. */
export const tagHref = (name: string) => `/tags/${tagSlug(name)}/`;
