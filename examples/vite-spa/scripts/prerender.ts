// Runs in Node after both Vite builds: renders every page with the server bundle into
// dist/<path>/index.html, readable before any JavaScript runs; main.tsx then hydrates it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Route } from '../src/blog.ts';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const server: { renderPage(template: string, route: Route, path: string): string } = await import(
  new URL('../dist-server/entry-server.js', import.meta.url).href
);
const template = await readFile(at('../dist/index.html'), 'utf8');
const routes: Record<string, string> = JSON.parse(await readFile(at('../src/generated/routes.json'), 'utf8'));

for (const [path, id] of Object.entries(routes)) {
  const route: Route = JSON.parse(await readFile(at(`../src/generated/routes/${id}.json`), 'utf8'));
  const file = join(at('../dist/'), ...segments(path), 'index.html');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, server.renderPage(template, route, path));
}
console.log(`pre-rendered ${Object.keys(routes).length} pages into dist/`);

/** `/posts/tides/` → ['posts', 'tides']. A slug is a path segment: one that could leave dist/ is refused. */
function segments(path: string): string[] {
  const parts = path.split('/').slice(1, -1);
  if (!path.startsWith('/') || !path.endsWith('/') || parts.some((s) => ['', '.', '..'].includes(s) || /[\\\0]/.test(s))) {
    throw new Error(`prerender: refused the page path ${JSON.stringify(path)}: expected plain segments between "/"s, ending in "/"`);
  }
  return parts;
}
