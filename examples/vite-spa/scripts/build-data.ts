// Runs in Node before Vite: loads the posts and writes one JSON file per page into src/generated/,
// so each page's bundle imports only its own data (an index page gets summaries, no bodies) and
// never the markdown parser; the feed, with every post's full content, to public/feed.xml; and the
// search index to public/search.json, which the search dialog fetches the first time a reader searches.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { adjacentPosts, paginate, postsWithTag, relatedPosts, seriesOf, tagsOf, toSummary } from 'react-blog-kit/collection';
import type { Page, Post } from 'react-blog-kit/collection';
import { createFeed } from 'react-blog-kit/feed';
import { loadPosts } from 'react-blog-kit/node';
import { createSearchIndex } from 'react-blog-kit/search';
import { PER_PAGE, pageHref, postHref, routeKey, site, tagHref, type Route } from '../src/blog.ts';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const posts = await loadPosts(at('../../posts/'), {
  publicDir: at('../public/'),
  imagesDir: 'post-images', // heroes next to a post are copied to public/post-images/
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
  routes.set(pageHref(n), list(n === 1 ? site.name : `Posts, page ${n}`, paginate(posts, { perPage: PER_PAGE, page: n })));
}
for (const tag of tags) {
  const tagged = postsWithTag(posts, tag.slug);
  routes.set(tagHref(tag.name), list(`Posts tagged “${tag.name}”`, paginate(tagged, { perPage: tagged.length, page: 1 }), tag.slug));
}
for (const post of posts) {
  const { newer, older } = adjacentPosts(posts, post.slug ?? '');
  const series = seriesOf(posts, post.slug ?? '');
  routes.set(postHref(post), {
    kind: 'post',
    post,
    ...(series && { series: { ...series, posts: series.posts.map(toSummary) } }),
    ...(newer && { newer: toSummary(newer) }),
    ...(older && { older: toSummary(older) }),
    related: relatedPosts(posts, post.slug ?? '', { limit: 3 }).map(toSummary),
  });
}

// routes.json maps each path to its data file; the files are numbered, so no slug names a file here.
const out = new URL('../src/generated/', import.meta.url);
await rm(out, { recursive: true, force: true });
await mkdir(new URL('routes/', out), { recursive: true });
const index: Record<string, string> = {};
for (const [i, [href, data]] of [...routes].entries()) {
  index[routeKey(href)] = String(i);
  await writeFile(new URL(`routes/${i}.json`, out), JSON.stringify(data));
}
await writeFile(new URL('routes.json', out), JSON.stringify(index, null, 1));
await writeFile(at('../public/feed.xml'), createFeed(posts, site, { format: 'rss', content: 'full', limit: 20 }));
await writeFile(at('../public/search.json'), JSON.stringify(createSearchIndex(posts, { href: postHref })));
console.log(`wrote ${routes.size} pages' data, the feed and the search index for ${posts.length} posts`);
