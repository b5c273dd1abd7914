import { cacheLife } from "next/cache";
import { createFeed } from "react-blog-kit/feed";
import { getNewestPosts, site } from "@/lib/blog";

/** RSS 2.0 with each post's full content, links and images made absolute. Cached, so the build writes it once. */
async function feed() {
  "use cache";
  cacheLife("max");
  return createFeed(await getNewestPosts(20), site, { format: "rss", content: "full", limit: 20 });
}

export async function GET() {
  return new Response(await feed(), { headers: { "content-type": "application/rss+xml; charset=utf-8" } });
}
