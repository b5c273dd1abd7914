// Runs in Node after both Vite builds: renders every page with the server bundle into
// dist/<path>/index.html, readable before any JavaScript runs, and writes each page's data beside
// the pages (dist/data/), which main.tsx fetches to hydrate the page, with the feed and the search
// index. The posts are loaded once; the pages render in child processes (scripts/render-pages.ts, one
// a core but this process's) while this one writes the data files and builds the search index.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { imagesDir, loadBlog, pageData, writeBlog } from './blog-data.ts';
import type { RenderJob } from './render-pages.ts';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const template = await readFile(at('../dist/index.html'), 'utf8');
const blog = await loadBlog();
// Images loadPosts copied into public/ after `vite build` copied public/ into dist/ go there too.
if (existsSync(at(`../public/${imagesDir}/`))) await cp(at(`../public/${imagesDir}/`), at(`../dist/${imagesDir}/`), { recursive: true });

const data = pageData(blog);
const pages = [...data].map(([path, json]) => [join(at('../dist/'), ...segments(path), 'index.html'), path, json] as const);
const workers = Math.max(1, availableParallelism() - 1);
const server = new URL('../dist-server/entry-server.js', import.meta.url).href;
await Promise.all([
  ...Array.from({ length: workers }, (_, w) => render({ server, template, pages: pages.filter((_, i) => i % workers === w) })),
  writeBlog(blog, at('../dist/'), data),
]);
console.log(`pre-rendered ${pages.length} pages into dist/ in ${workers} process(es), with their data, the feed and the search index`);

/** Runs scripts/render-pages.ts on `job` in a process of its own; settles once it has written its pages. */
function render(job: RenderJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(at('./render-pages.ts'), { execArgv: process.execArgv, serialization: 'advanced' });
    child.on('error', reject).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`prerender: a renderer stopped with exit code ${code}`))));
    child.send(job);
  });
}

/** `/posts/tides/` → ['posts', 'tides']. A slug is a path segment: one that could leave dist/ is refused. */
function segments(path: string): string[] {
  const parts = path.split('/').slice(1, -1);
  if (!path.startsWith('/') || !path.endsWith('/') || parts.some((s) => ['', '.', '..'].includes(s) || /[\\\0]/.test(s))) {
    throw new Error(`prerender: refused the page path ${JSON.stringify(path)}: expected plain segments between "/"s, ending in "/"`);
  }
  return parts;
}
