import type { Metadata } from "next";
import { paginate, tagsOf } from "react-blog-kit/collection";
import { Listing } from "@/components/Listing";
import { feedTypes, getPosts, pageHref, PER_PAGE, site } from "@/lib/blog";

export const metadata: Metadata = { alternates: { canonical: "/", types: feedTypes } };

export default async function Home() {
  const posts = await getPosts();
  return <Listing title={site.name} page={paginate(posts, { perPage: PER_PAGE, page: 1 })} tags={tagsOf(posts)} pageHref={pageHref} />;
}
