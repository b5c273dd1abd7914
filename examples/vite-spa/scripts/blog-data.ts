// Runs in Node, never in the browser: loads the posts and works out each page's data (an index
// page gets summaries, no bodies; a post page its post and the summaries around it), which the
// prerender renders and writes beside the pages for main.tsx to hydrate them with; with the feed,
// every post's full content, and the search index, which the search dialog fetches on first use.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adjacentPosts, paginate, postsWithTag, relatedPosts, seriesOf, tagsOf, toSummary } from 'react-blog-kit/collection';
import type { Page, Post } from 'react-blog-kit/collection';
import { createFeed } from 'react-blog-kit/feed';
import { loadPosts } from 'react-blog-kit/node';
import { createSearchIndex } from 'react-blog-kit/search';
import { PER_PAGE, dataHref, pageHref, postHref, routeKey, site, tagHref, type Route } from '../src/blog.ts';
import { writeFiles, type File } from './write-files.ts';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The blog: its posts, and each page's data by its key (its path decoded, as `routeKey` gives it). */
export interface Blog {
  posts: Post[];
  routes: Map<string, Route>;
}

/** Where `loadPosts` copies the images that sit next to a post, under public/. */
export const imagesDir = 'post-images';

/** Loads the posts (each from the cache while its file is unchanged) and works out every page's data. */
export async function loadBlog(): Promise<Blog> {
  const posts = await loadPosts(at('../../posts/'), {
    publicDir: at('../public/'),
    imagesDir, // heroes next to a post are copied to public/post-images/
    authors: at('../../posts/authors.yml'),
    cacheDir: at('../node_modules/.cache/react-blog-kit/'),
    drafts: false,
  });
  const tags = tagsOf(posts);
  const routes = new Map<string, Route>();
  const list = (title: string, page: Page<Post>, currentTag?: string): Route => ({
    kind: 'list',
    title,
    page: { ...page, items: page.items.map(toSummary) },
    tags,
    ...(currentTag !== undefined && { currentTag }),
  });

  const { pages } = paginate(posts, { perPage: PER_PAGE, page: 1 });
  for (let n = 1; n <= pages; n++) {
    routes.set(routeKey(pageHref(n)), list(n === 1 ? site.name : `Posts, page ${n}`, paginate(posts, { perPage: PER_PAGE, page: n })));
  }
  for (const tag of tags) {
    const tagged = postsWithTag(posts, tag.slug);
    routes.set(routeKey(tagHref(tag.name)), list(`Posts tagged “${tag.name}”`, paginate(tagged, { perPage: tagged.length, page: 1 }), tag.slug));
  }
  for (const post of posts) {
    const { newer, older } = adjacentPosts(posts, post.slug ?? '');
    const series = seriesOf(posts, post.slug ?? '');
    routes.set(routeKey(postHref(post)), {
      kind: 'post',
      post,
      ...(series && { series: { ...series, posts: series.posts.map(toSummary) } }),
      ...(newer && { newer: toSummary(newer) }),
      ...(older && { older: toSummary(older) }),
      related: relatedPosts(posts, post.slug ?? '', { limit: 3 }).map(toSummary),
    });
  }
  return { posts, routes };
}

/** Each page's data as JSON, by its key: the file main.tsx fetches, and what the prerender renders. */
export function pageData(blog: Blog): Map<string, string> {
  return new Map([...blog.routes].map(([key, route]) => [key, JSON.stringify(route)]));
}

/** Writes into `dir` each page's data (`data/`, cleared first), the feed and the search index. */
export async function writeBlog(blog: Blog, dir: string, data = pageData(blog)): Promise<void> {
  await rm(join(dir, 'data'), { recursive: true, force: true });
  await writeFiles(blogFiles(blog, dir, data));
}

function* blogFiles({ posts }: Blog, dir: string, data: Map<string, string>): Generator<File> {
  const named = new Map<string, string>();
  for (const [key, json] of data) {
    const file = dataHref(key);
    if (named.has(file)) throw new Error(`build: the pages ${named.get(file)} and ${key} would share ${file}`);
    named.set(file, key);
    yield [join(dir, file), json];
  }
  yield [join(dir, 'feed.xml'), createFeed(posts, site, { format: 'rss', content: 'full', limit: 20 })];
  yield [join(dir, 'search.json'), JSON.stringify(createSearchIndex(posts, { href: postHref }))];
}
