// Static pre-rendering: the server build renders every page of the blog to HTML, with its head
// tags, into dist/<path>/index.html, so each page is readable before JavaScript runs (main.jsx
// then hydrates it); and writes dist/feed.xml with every post's full content.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createFeed } from 'react-blog-kit/feed';
import { site } from '../src/blog.js';
import { getPosts } from './posts.mjs';

const dist = new URL('../dist/', import.meta.url);
const { render, head } = await import(new URL('../dist-server/entry-server.js', import.meta.url).href);
const routes = JSON.parse(await readFile(new URL('../src/generated/routes.json', import.meta.url), 'utf8'));
const template = await readFile(new URL('index.html', dist), 'utf8');
for (const marker of ['<!--app-->', '<!--head-->']) if (!template.includes(marker)) throw new Error(`dist/index.html has no ${marker} placeholder`);

for (const [path, id] of Object.entries(routes)) {
  const route = JSON.parse(await readFile(new URL(`../src/generated/routes/${id}.json`, import.meta.url), 'utf8'));
  const dir = new URL(`.${path}`, dist);
  await mkdir(dir, { recursive: true });
  await writeFile(new URL('index.html', dir), template.replace('<!--head-->', head(route, path)).replace('<!--app-->', render(route)));
}
await writeFile(new URL('feed.xml', dist), createFeed(await getPosts(), site, { format: 'rss', content: 'full', limit: 20 }));
await rm(new URL('../dist-server/', import.meta.url), { recursive: true, force: true });
console.log(`pre-rendered ${Object.keys(routes).length} pages and dist/feed.xml`);
