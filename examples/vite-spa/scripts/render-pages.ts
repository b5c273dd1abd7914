// A child process of scripts/prerender.ts: renders its share of the pages with the server bundle,
// each from its data as JSON, and writes each into dist/ and into the page cache, while the
// prerender writes the data files and builds the search index. (A process, not a worker thread: tsx
// runs TypeScript in processes it starts.)
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
  function* rendered(): Generator<File> {
    for (const [file, path, data, cached] of pages) {
      const html = server.renderPage(template, JSON.parse(data), path);
      yield [file, html];
      yield [cached, html];
    }
  }
  await writeFiles(rendered());
  process.disconnect();
});
