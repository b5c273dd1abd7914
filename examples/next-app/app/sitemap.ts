import type { MetadataRoute } from "next";
import { paginate, tagsOf } from "react-blog-kit/collection";
import { sitemapEntries } from "react-blog-kit/seo";
import { getSummaries, pageHref, PER_PAGE, site } from "@/lib/blog";

/** Every post (from sitemapEntries), every index page and every tag page; built once, from cached summaries. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const posts = await getSummaries();
  const newest = posts[0]?.updatedDate ?? posts[0]?.pubDate;
  const { pages } = paginate(posts, { perPage: PER_PAGE, page: 1 });
  const lists = [
    ...Array.from({ length: pages }, (_, i) => pageHref(i + 1)),
    ...tagsOf(posts).map((tag) => `/tags/${encodeURIComponent(tag.slug)}/`),
  ].map((href) => ({ url: new URL(href, site.url).href, ...(newest && { lastModified: newest }) }));
  return [...lists, ...sitemapEntries(posts, site)];
}
