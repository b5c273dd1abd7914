// Runs in Node after both Vite builds: renders every page with the server bundle into
// dist/<path>/index.html, readable before any JavaScript runs, from the posts as loaded (no page's
// data is read back from a file); and writes each page's data beside the pages, which main.tsx
// fetches to hydrate the page, with the feed and the search index.
import { existsSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Route } from '../src/blog.ts';
import { imagesDir, loadBlog, writeBlog, type File } from './blog-data.ts';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const server: { renderPage(template: string, route: Route, path: string): string } = await import(
  new URL('../dist-server/entry-server.js', import.meta.url).href
);
const template = await readFile(at('../dist/index.html'), 'utf8');
const blog = await loadBlog();
// Images loadPosts copied into public/ after `vite build` copied public/ into dist/ go there too.
if (existsSync(at(`../public/${imagesDir}/`))) await cp(at(`../public/${imagesDir}/`), at(`../dist/${imagesDir}/`), { recursive: true });

// Each page is rendered when the writer is ready for it, so pages are written while the next renders.
function* pages(): Generator<File> {
  for (const [path, route] of blog.routes) {
    yield [join(at('../dist/'), ...segments(path), 'index.html'), server.renderPage(template, route, path)];
  }
}
await writeBlog(blog, at('../dist/'), pages());
console.log(`pre-rendered ${blog.routes.size} pages into dist/, with their data, the feed and the search index`);

/** `/posts/tides/` → ['posts', 'tides']. A slug is a path segment: one that could leave dist/ is refused. */
function segments(path: string): string[] {
  const parts = path.split('/').slice(1, -1);
  if (!path.startsWith('/') || !path.endsWith('/') || parts.some((s) => ['', '.', '..'].includes(s) || /[\\\0]/.test(s))) {
    throw new Error(`prerender: refused the page path ${JSON.stringify(path)}: expected plain segments between "/"s, ending in "/"`);
  }
  return parts;
}
