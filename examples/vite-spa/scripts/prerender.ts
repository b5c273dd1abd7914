// Runs in Node after both Vite builds: renders every page with the server bundle into
// dist/<path>/index.html, readable before any JavaScript runs, and writes each page's data beside
// the pages (dist/data/), which main.tsx fetches to hydrate the page, with the feed and the search
// index. The posts are loaded once. A page whose inputs are those of the last build is copied from
// the page cache (scripts/page-cache.ts); the others render in child processes
// (scripts/render-pages.ts) while this one writes the data files and builds the search index.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { imagesDir, loadBlog, pageData, writeBlog } from './blog-data.ts';
import { openPageCache } from './page-cache.ts';
import type { RenderJob } from './render-pages.ts';
import { writeFiles } from './write-files.ts';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
// A renderer costs a start (tsx, then the server bundle) worth a few hundred pages' rendering: a
// build that changed few pages starts one. Never more than one a core but this process's, which
// builds the search index meanwhile (on two cores, a renderer on each was measured no faster).
const PAGES_PER_RENDERER = 250;
const RENDERERS = Math.max(1, availableParallelism() - 1);
const template = await readFile(at('../dist/index.html'), 'utf8');
const blog = await loadBlog();
// Images loadPosts copied into public/ after `vite build` copied public/ into dist/ go there too.
if (existsSync(at(`../public/${imagesDir}/`))) await cp(at(`../public/${imagesDir}/`), at(`../dist/${imagesDir}/`), { recursive: true });

const data = pageData(blog);
const cache = await openPageCache(at('../node_modules/.cache/pages/'), { template, server: at('../dist-server/') });
const pages = [...data].map(([path, json]) => [join(at('../dist/'), ...segments(path), 'index.html'), path, json, cache.entry(path, json)] as const);
const unchanged = pages.filter(([, , , cached]) => cache.has(cached));
const changed = pages.filter(([, , , cached]) => !cache.has(cached));
const workers = Math.min(RENDERERS, Math.ceil(changed.length / PAGES_PER_RENDERER));
const server = new URL('../dist-server/entry-server.js', import.meta.url).href;
await Promise.all([
  ...Array.from({ length: workers }, (_, w) => render({ server, template, pages: changed.filter((_, i) => i % workers === w) })),
  writeFiles(unchanged.map(([file, , , cached]) => [file, { copyOf: cached }])),
  writeBlog(blog, at('../dist/'), data),
]);
await cache.prune();
console.log(`pre-rendered ${changed.length} of ${pages.length} pages into dist/ in ${workers} process(es) (the other ${unchanged.length} from the page cache: their inputs are unchanged), with their data, the feed and the search index`);

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
