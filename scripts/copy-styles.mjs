// Ships src/styles/styles.css as dist/styles.css (react-blog-kit/styles.css), with its local
// `@import './x.css'` lines inlined in order so hosts get one file and no extra request.
// Comments and indentation stay in the sources: they were over a quarter of the shipped file's gzip
// size. Rules, selectors and values are copied as written, one declaration a line, so the shipped
// sheet styles the page exactly as the sources do (Storybook and the browser suite use the sources).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const dir = new URL('../src/styles/', import.meta.url);

/** CSS without its comments (a quoted string is kept whole, whatever it contains) and without blank lines or indentation. */
export function compact(css) {
  return css
    .replace(/("(?:\\[\s\S]|[^"\\\n])*"|'(?:\\[\s\S]|[^'\\\n])*')|\/\*[\s\S]*?\*\//g, (match, string) => string ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The stylesheet as shipped: the index's imports inlined in order, each compacted. */
export async function shippedStylesheet() {
  const index = await readFile(new URL('styles.css', dir), 'utf8');
  const parts = [];
  for (const line of index.split('\n')) {
    const match = /^@import\s+['"]\.\/([\w-]+\.css)['"];\s*$/.exec(line.trim());
    if (match) parts.push(compact(await readFile(new URL(match[1], dir), 'utf8')));
    else if (line.trim().startsWith('@import')) throw new Error(`copy-styles: unsupported import line: ${line}`);
  }
  const banner = '/* react-blog-kit/styles.css — commented sources: src/styles/ in the repository */';
  return `${banner}\n${parts.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await mkdir(new URL('../dist/', import.meta.url), { recursive: true });
  await writeFile(new URL('../dist/styles.css', import.meta.url), await shippedStylesheet());
}
