import type { Metadata } from "next";
import { Listing } from "@/components/Listing";
import { feedTypes, getIndexPage, pageHref, site } from "@/lib/blog";

export const metadata: Metadata = { alternates: { canonical: "/", types: feedTypes } };

export default async function Home() {
  const { page, tags } = (await getIndexPage(1))!;
  return <Listing title={site.name} page={page} tags={tags} pageHref={pageHref} />;
}
