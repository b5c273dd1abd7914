// Build step: parse the markdown once, in Node, and hand the browser plain JSON.
// The client bundle then imports only the components, never the markdown parser.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { parsePost } from 'react-blog-kit/parse';

const root = new URL('../', import.meta.url);
const filename = 'posts/how-sourdough-rises.md';
const post = parsePost(await readFile(new URL(filename, root), 'utf8'), { filename });

// The seed's frontmatter names the hero by path only; measure the file so the page reserves its
// box before it loads (no layout shift).
if (post.heroImage && !post.heroImage.width) {
  Object.assign(post.heroImage, await pngSize(new URL(`public${post.heroImage.src}`, root)));
}

await mkdir(new URL('src/generated/', root), { recursive: true });
await writeFile(new URL('src/generated/post.json', root), JSON.stringify(post));
console.log(`parsed ${filename}: ${post.sections.length} sections, ${post.readingTime.minutes} min read`);

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(file) {
  const bytes = await readFile(file);
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file.pathname} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
