import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { tagsOf } from "react-blog-kit/collection";
import { Listing } from "@/components/Listing";
import { feedTypes, getSummaries, getTagPage } from "@/lib/blog";

export async function generateStaticParams() {
  return tagsOf(await getSummaries()).map((tag) => ({ tag: tag.slug }));
}

/** Next may hand a non-ASCII segment over percent-encoded ("météo" as "m%C3%A9t%C3%A9o"). */
async function tagPageOf(params: PageProps<"/tags/[tag]">["params"]) {
  const listing = await getTagPage(decodeURIComponent((await params).tag));
  if (!listing) notFound();
  return listing;
}

export async function generateMetadata({ params }: PageProps<"/tags/[tag]">): Promise<Metadata> {
  const { tag } = await tagPageOf(params);
  return { title: `Posts tagged “${tag.name}”`, alternates: { canonical: `/tags/${tag.slug}/`, types: feedTypes } };
}

/** The tag is read from `params` inside `<Suspense>`, so a client navigation never waits on a blank page. */
export default function TagPage({ params }: PageProps<"/tags/[tag]">) {
  return (
    <Suspense fallback={<main className="blog-main" />}>
      <TagView params={params} />
    </Suspense>
  );
}

async function TagView({ params }: Pick<PageProps<"/tags/[tag]">, "params">) {
  const { tag, tags, page } = await tagPageOf(params);
  return <Listing title={`Posts tagged “${tag.name}”`} page={page} tags={tags} currentTag={tag.slug} pageHref={() => `/tags/${tag.slug}/`} />;
}
