// Ships src/styles/styles.css as dist/styles.css (react-blog-kit/styles.css), with its local
// `@import './x.css'` lines inlined in order so hosts get one file and no extra request.
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const dir = new URL('../src/styles/', import.meta.url);
const index = await readFile(new URL('styles.css', dir), 'utf8');
const parts = [];
for (const line of index.split('\n')) {
  const match = /^@import\s+['"]\.\/([\w-]+\.css)['"];\s*$/.exec(line.trim());
  if (match) parts.push((await readFile(new URL(match[1], dir), 'utf8')).trimEnd());
  else if (line.trim().startsWith('@import')) throw new Error(`copy-styles: unsupported import line: ${line}`);
}
await mkdir(new URL('../dist/', import.meta.url), { recursive: true });
await writeFile(new URL('../dist/styles.css', import.meta.url), parts.join('\n\n') + '\n');
