import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { paginate, postsWithTag, tagsOf } from "react-blog-kit/collection";
import { Listing } from "@/components/Listing";
import { feedTypes, getPosts } from "@/lib/blog";

export async function generateStaticParams() {
  return tagsOf(await getPosts()).map((tag) => ({ tag: tag.slug }));
}

/** Next may hand a non-ASCII segment over percent-encoded ("météo" as "m%C3%A9t%C3%A9o"). */
async function tagOf(params: PageProps<"/tags/[tag]">["params"]) {
  const slug = decodeURIComponent((await params).tag);
  const posts = await getPosts();
  const tag = tagsOf(posts).find((t) => t.slug === slug);
  if (!tag) notFound();
  return { posts, tag };
}

export async function generateMetadata({ params }: PageProps<"/tags/[tag]">): Promise<Metadata> {
  const { tag } = await tagOf(params);
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

/** A tag's posts on one page: a small blog needs no pagination per tag. */
async function TagView({ params }: Pick<PageProps<"/tags/[tag]">, "params">) {
  const { posts, tag } = await tagOf(params);
  const tagged = postsWithTag(posts, tag.slug);
  return (
    <Listing
      title={`Posts tagged “${tag.name}”`}
      page={paginate(tagged, { perPage: Math.max(1, tagged.length), page: 1 })}
      tags={tagsOf(posts)}
      currentTag={tag.slug}
      pageHref={() => `/tags/${tag.slug}/`}
    />
  );
}
