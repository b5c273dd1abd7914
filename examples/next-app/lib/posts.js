import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parsePost } from 'react-blog-kit/parse';

const postsDir = path.join(process.cwd(), 'posts');
const publicDir = path.join(process.cwd(), 'public');

/** The slugs of every post in posts/. */
export async function listSlugs() {
  return (await readdir(postsDir)).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3));
}

/** Parses one post on the server; the client receives rendered HTML, never the parser. */
export async function getPost(slug) {
  const filename = `${slug}.md`;
  const post = parsePost(await readFile(path.join(postsDir, filename), 'utf8'), { filename });
  // The seed's frontmatter names the hero by path only; measure the file so the box is reserved.
  if (post.heroImage && !post.heroImage.width) {
    Object.assign(post.heroImage, await pngSize(path.join(publicDir, post.heroImage.src)));
  }
  return post;
}

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(file) {
  const bytes = await readFile(file);
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
