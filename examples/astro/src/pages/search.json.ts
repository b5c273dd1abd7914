import { createSearchIndex } from 'react-blog-kit/search';
import { getPosts, postHref } from '../lib/blog.js';

/**
 * The search index, written to dist/search.json at build time; the search dialog in the header
 * fetches it the first time a reader searches.
 */
export async function GET() {
  const index = createSearchIndex(await getPosts(), { href: postHref });
  return new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
