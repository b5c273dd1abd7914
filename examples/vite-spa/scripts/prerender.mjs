// Optional static pre-rendering: the server build renders the app to HTML and writes it into
// dist/index.html, so the post is readable before JavaScript runs; main.jsx then hydrates it.
import { readFile, writeFile, rm } from 'node:fs/promises';

const { render } = await import(new URL('../dist-server/entry-server.js', import.meta.url).href);
const file = new URL('../dist/index.html', import.meta.url);
const template = await readFile(file, 'utf8');
if (!template.includes('<!--app-->')) throw new Error('dist/index.html has no <!--app--> placeholder');
await writeFile(file, template.replace('<!--app-->', render()));
await rm(new URL('../dist-server/', import.meta.url), { recursive: true, force: true });
console.log('pre-rendered dist/index.html');
