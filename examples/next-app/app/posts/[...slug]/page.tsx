import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ActiveTableOfContents, AuthorCard, JsonLd, PostLayout, PostList, PostNav, SeriesNav } from "react-blog-kit";
import { getPostMetadata, postJsonLd } from "react-blog-kit/seo";
import { Chart } from "@/components/Chart";
import { getPostPage, getSummaries, postHref, site, tagHref } from "@/lib/blog";

/** The components MDX posts name, by name: `<Chart … />` in a post renders this blog's Chart. */
const postComponents = { Chart };

/** Every post is prerendered at build time. A slug may be a path (`hey/my-path`), hence `[...slug]`. */
export async function generateStaticParams() {
  return (await getSummaries()).map((post) => ({ slug: post.slug.split("/") }));
}

/** The post's slug from the route's segments, as Next hands them over (each one percent-encoded or not). */
const slugOfParams = (segments: string[]) => segments.map((s) => decodeURIComponent(s)).join("/");

/** Title, description, canonical URL, feed links, Open Graph and Twitter card, all from the post. */
export async function generateMetadata({ params }: PageProps<"/posts/[...slug]">): Promise<Metadata> {
  return getPostMetadata((await getPostPage(slugOfParams((await params).slug))).post, site);
}

/**
 * The post is read from `params` inside `<Suspense>`: every post is prerendered whole at build time,
 * and a client navigation shows the page's frame at once while the post's data arrives.
 */
export default function PostPage({ params }: PageProps<"/posts/[...slug]">) {
  return (
    <Suspense fallback={<main className="blog-main" />}>
      <PostView params={params} />
    </Suspense>
  );
}

/**
 * A server component: the post is read from the kit's cache (parsed once a build) and rendered on the
 * server. The page's islands are the kit's client components: ActiveTableOfContents (passed as
 * `tocComponent`) and the code blocks' copy buttons. Series, newer/older and related posts are
 * summaries, so no other body ships here.
 */
async function PostView({ params }: Pick<PageProps<"/posts/[...slug]">, "params">) {
  const slug = slugOfParams((await params).slug);
  const { post, newer, older, series, related } = await getPostPage(slug);
  return (
    <main className="blog-main">
      <JsonLd data={postJsonLd(post, site)} />
      <PostLayout
        post={post}
        colorScheme="auto"
        toc="aside"
        tocComponent={ActiveTableOfContents}
        components={postComponents}
        metaProps={{ tagHref }}
        beforeBody={
          series ? (
            <SeriesNav series={series} current={slug} postHref={postHref} linkComponent={Link} />
          ) : undefined
        }
        afterBody={
          <>
            {post.authors.map((author) => (
              <AuthorCard key={author.key ?? author.name} author={author} />
            ))}
            <PostNav newer={newer} older={older} postHref={postHref} linkComponent={Link} />
            {related.length > 0 ? (
              <section aria-labelledby="related-posts" className="blog-related">
                <h2 id="related-posts">Related posts</h2>
                <PostList posts={related} postHref={postHref} headingLevel={3} layout="grid" cardProps={{ hero: false }} linkComponent={Link} />
              </section>
            ) : null}
          </>
        }
      />
    </main>
  );
}
