// A child process of scripts/prerender.ts: renders its share of the pages with the server bundle,
// each from its data as JSON, and writes them, while the prerender writes the data files and builds
// the search index. (A process, not a worker thread: tsx runs TypeScript in processes it starts.)
import type { Route } from '../src/blog.ts';
import { writeFiles, type File } from './write-files.ts';

/** What a renderer is sent: the server bundle's URL, the page template and its pages. */
export interface RenderJob {
  server: string;
  template: string;
  /** Each page's file, its key (its path) and its data as JSON. */
  pages: (readonly [file: string, path: string, data: string])[];
}

process.once('message', async ({ server: url, template, pages }: RenderJob) => {
  const server: { renderPage(template: string, route: Route, path: string): string } = await import(url);
  function* rendered(): Generator<File> {
    for (const [file, path, data] of pages) yield [file, server.renderPage(template, JSON.parse(data), path)];
  }
  await writeFiles(rendered());
  process.disconnect();
});
