import { paginate, tagsOf } from 'react-blog-kit/collection';
import { sitemapEntries } from 'react-blog-kit/seo';
import { getPosts, pageHref, PER_PAGE, site } from '../lib/blog.js';

// Written once at build time to out/sitemap.xml.
export const dynamic = 'force-static';

/** Every post (from sitemapEntries), every index page and every tag page. */
export default async function sitemap() {
  const posts = await getPosts();
  const newest = posts[0]?.updatedDate ?? posts[0]?.pubDate;
  const { pages } = paginate(posts, { perPage: PER_PAGE, page: 1 });
  const lists = [
    ...Array.from({ length: pages }, (_, i) => pageHref(i + 1)),
    ...tagsOf(posts).map((tag) => `/tags/${encodeURIComponent(tag.slug)}/`),
  ].map((href) => ({ url: new URL(href, site.url).href, ...(newest && { lastModified: newest }) }));
  return [...lists, ...sitemapEntries(posts, site)];
}
