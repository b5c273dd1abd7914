// Build step, in Node: load every post with loadPosts and write one small JSON file per page, so
// each page's browser bundle imports only its own data (an index page gets summaries, no bodies)
// and never the markdown parser.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { adjacentPosts, paginate, postsWithTag, relatedPosts, seriesOf, tagsOf, toSummary } from 'react-blog-kit/collection';
import { PER_PAGE, pageHref, site } from '../src/blog.js';
import { getPosts } from './posts.mjs';

const posts = await getPosts();
const tags = tagsOf(posts);
const routes = new Map();

const listing = (title, page, extra = {}) => ({
  kind: 'list',
  title,
  page: { ...page, items: page.items.map(toSummary) },
  tags,
  ...extra,
});

const { pages } = paginate(posts, { perPage: PER_PAGE, page: 1 });
for (let n = 1; n <= pages; n++) {
  routes.set(pageHref(n), listing(n === 1 ? site.name : `Posts, page ${n}`, paginate(posts, { perPage: PER_PAGE, page: n }), { basePath: '/' }));
}
for (const tag of tags) {
  const tagged = postsWithTag(posts, tag.slug);
  routes.set(`/tags/${tag.slug}/`, listing(`Posts tagged “${tag.name}”`, paginate(tagged, { perPage: Math.max(1, tagged.length), page: 1 }), { currentTag: tag.slug }));
}
for (const post of posts) {
  const { newer, older } = adjacentPosts(posts, post.slug);
  const series = seriesOf(posts, post.slug);
  routes.set(site.postHref(post), {
    kind: 'post',
    post,
    ...(series && { series: { ...series, posts: series.posts.map(toSummary) } }),
    ...(newer && { newer: toSummary(newer) }),
    ...(older && { older: toSummary(older) }),
    related: relatedPosts(posts, post.slug, { limit: 3 }).map(toSummary),
  });
}

const out = new URL('../src/generated/', import.meta.url);
await rm(out, { recursive: true, force: true });
await mkdir(new URL('routes/', out), { recursive: true });
const index = {};
for (const [i, [path, data]] of [...routes].entries()) {
  index[path] = String(i);
  await writeFile(new URL(`routes/${i}.json`, out), JSON.stringify(data));
}
await writeFile(new URL('routes.json', out), JSON.stringify(index, null, 1));
console.log(`wrote ${routes.size} pages' data for ${posts.length} posts`);
