import { cacheLife } from "next/cache";
import { createSearchIndex } from "react-blog-kit/search";
import { getAllPosts, postHref } from "@/lib/blog";

/**
 * The search index, built from the posts at build time. Under Cache Components a GET handler whose data
 * is cached is prerendered (○ in the route table), like the feed: the build writes it once, and the
 * search dialog fetches it the first time a reader searches.
 */
async function searchIndex() {
  "use cache";
  cacheLife("max");
  return JSON.stringify(createSearchIndex(await getAllPosts(), { href: postHref }));
}

export async function GET() {
  return new Response(await searchIndex(), { headers: { "content-type": "application/json; charset=utf-8" } });
}
