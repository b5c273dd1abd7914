// Runs in Node after both Vite builds: renders every page with the server bundle into
// dist/<path>/index.html, readable before any JavaScript runs; main.tsx then hydrates it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageFile, type Route } from '../src/blog.ts';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const server: { renderPage(template: string, route: Route, path: string): string } = await import(
  new URL('../dist-server/entry-server.js', import.meta.url).href
);
const template = await readFile(at('../dist/index.html'), 'utf8');
const routes: Record<string, string> = JSON.parse(await readFile(at('../src/generated/routes.json'), 'utf8'));

for (const [path, id] of Object.entries(routes)) {
  const route: Route = JSON.parse(await readFile(at(`../src/generated/routes/${id}.json`), 'utf8'));
  const file = join(at('../dist/'), pageFile(path)); // pageFile refuses a path that would leave dist/
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, server.renderPage(template, route, path));
}
console.log(`pre-rendered ${Object.keys(routes).length} pages into dist/`);
