// A child process of scripts/prerender.ts: renders its share of the pages with the server bundle,
// each from its data as JSON, and writes each into dist/ and into the page cache, while the
// prerender writes the data files and builds the search index. (A process, not a worker thread: tsx
// runs TypeScript in processes it starts.)
import { rename } from 'node:fs/promises';
import type { Route } from '../src/blog.ts';
import { writeFiles, type File } from './write-files.ts';

/** What a renderer is sent: the server bundle's URL, the page template and its pages. */
export interface RenderJob {
  server: string;
  template: string;
  /** Each page's file, its key (its path), its data as JSON and its file in the page cache. */
  pages: (readonly [file: string, path: string, data: string, cached: string])[];
}

process.once('message', async ({ server: url, template, pages }: RenderJob) => {
  const server: { renderPage(template: string, route: Route, path: string): string } = await import(url);
  const partial = (cached: string) => `${cached}.${process.pid}.partial`;
  function* rendered(): Generator<File> {
    for (const [file, path, data, cached] of pages) {
      const html = server.renderPage(template, JSON.parse(data), path);
      yield [file, html];
      yield [partial(cached), html];
    }
  }
  await writeFiles(rendered());
  // The cache trusts every page it finds, so a page enters it only whole: a renderer stopped part
  // way leaves `.partial` files, which the next build removes.
  await Promise.all(pages.map(([, , , cached]) => rename(partial(cached), cached)));
  process.disconnect();
});
