import { createFeed } from 'react-blog-kit/feed';
import { getPosts, site } from '../lib/blog.js';

/** RSS 2.0 with each post's full content, written to dist/feed.xml at build time. */
export async function GET() {
  const xml = createFeed(await getPosts(), site, { format: 'rss', content: 'full', limit: 20 });
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
}
