// The blog's data, read on the server at build time from ../posts: every post's summary for the
// lists (loadPostSummaries), and each post whole only for its own page (readCachedPost), so a
// big blog's build never holds every post, nor copies them all for each page.
import path from "node:path";
import { cacheLife } from "next/cache";
import { notFound } from "next/navigation";
import type { Post } from "react-blog-kit";
import { adjacentPosts, isUnlisted, paginate, postsWithTag, relatedPosts, seriesOf, tagSlug, tagsOf } from "react-blog-kit/collection";
import { loadPostSummaries, readCachedPost, type LoadOptions, type PostSummary } from "react-blog-kit/node";
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

/** loadPostSummaries and readCachedPost take the same options. */
const options = {
  publicDir: path.join(root, "public"),
  base: "/",
  authors: path.join(postsDir, "authors.yml"),
  // Heroes written next to a post are copied here under content-hashed names.
  imagesDir: "post-images",
  // Each post is parsed once into this cache; every page of the build reads it from there.
  cacheDir: path.join(root, "node_modules", ".cache", "react-blog-kit"),
  drafts: false,
} satisfies LoadOptions;

// Loaded once per process: Next prerenders the pages in a few worker processes, many pages each.
// A failed load is forgotten, so `next dev` tries again once the post is fixed.
let loading: Promise<PostSummary[]> | undefined;
function summaries(): Promise<PostSummary[]> {
  loading ??= loadPostSummaries(postsDir, options).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

// Pages read their data through the `'use cache'` functions below: under Cache Components that makes
// it build-time data, so every page, the feed and the sitemap are prerendered (and `next dev` reports
// no uncached data). The posts change only with a new build, hence the longest cache life. Each
// returns what one page shows, not the whole blog: Next keeps an entry serialised and copies it out
// for each page that reads it, so an entry holding every post would be copied for every page.

/** Every post's summary, newest first: the routes' params, the sitemap. */
export async function getSummaries(): Promise<PostSummary[]> {
  "use cache";
  cacheLife("max");
  return summaries();
}

/** The index's page `page` (1 is the home page) and every tag; null past the last page. */
export async function getIndexPage(page: number) {
  "use cache";
  cacheLife("max");
  const posts = await summaries();
  const listed = paginate(posts, { perPage: PER_PAGE, page });
  return listed.items.length > 0 || page === 1 ? { page: listed, tags: tagsOf(posts) } : null;
}

/** A tag's page: the tag, its posts on one page (a small blog needs no more) and every tag; null for an unknown tag. */
export async function getTagPage(slug: string) {
  "use cache";
  cacheLife("max");
  const posts = await summaries();
  const tags = tagsOf(posts);
  const tag = tags.find((t) => t.slug === slug);
  if (!tag) return null;
  const tagged = postsWithTag(posts, tag.slug);
  return { tag, tags, page: paginate(tagged, { perPage: Math.max(1, tagged.length), page: 1 }) };
}

/** One post whole, with the summaries its page links to; null for an unknown slug. */
async function postPage(slug: string) {
  "use cache";
  cacheLife("max");
  const posts = await summaries();
  if (!posts.some((p) => p.slug === slug)) return null;
  const post = await readCachedPost(postsDir, slug, options);
  return { post, ...adjacentPosts(posts, slug), series: seriesOf(posts, slug), related: relatedPosts(posts, slug, { limit: 3 }) };
}

/** The post with this slug and the posts around it; a 404 page for any other. */
export async function getPostPage(slug: string) {
  const page = await postPage(slug);
  if (!page) notFound();
  return page;
}

// The two below read posts whole for the one route that needs them, inside its own cached function
// (the feed, the search index), which keeps only what it makes of them.

/** The newest listed posts, whole: what a feed with each post's full content needs. */
export async function getNewestPosts(count: number): Promise<Post[]> {
  const newest = (await summaries()).filter((p) => !isUnlisted(p)).slice(0, count);
  return Promise.all(newest.map((p) => readCachedPost(postsDir, p.slug, options)));
}

/** Every listed post, whole: the search index keeps each post's words. */
export async function getAllPosts(): Promise<Post[]> {
  const posts: Post[] = [];
  for (const p of await summaries()) if (!isUnlisted(p)) posts.push(await readCachedPost(postsDir, p.slug, options));
  return posts;
}

export const postHref = (post: { slug?: string }) => `/posts/${post.slug}/`;
export const pageHref = (page: number) => (page === 1 ? "/" : `/page/${page}/`);
/** A tag's page, from its name as posts write it ("Kitchen science" → /tags/kitchen-science/): TagList, PostList and the meta line take it alike. */
export const tagHref = (name: string) => `/tags/${tagSlug(name)}/`;
