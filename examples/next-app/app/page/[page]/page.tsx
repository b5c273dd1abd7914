import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { paginate, tagsOf } from "react-blog-kit/collection";
import { Listing } from "@/components/Listing";
import { feedTypes, getPosts, pageHref, PER_PAGE } from "@/lib/blog";

/** Page 1 is the home page; these are pages 2 and on. */
export async function generateStaticParams() {
  const { pages } = paginate(await getPosts(), { perPage: PER_PAGE, page: 1 });
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ page: String(i + 2) }));
}

export async function generateMetadata({ params }: PageProps<"/page/[page]">): Promise<Metadata> {
  const { page } = await params;
  return { title: `Posts, page ${page}`, alternates: { canonical: pageHref(Number(page)), types: feedTypes } };
}

/** The page number is read from `params` inside `<Suspense>`, so a client navigation never waits on a blank page. */
export default function IndexPage({ params }: PageProps<"/page/[page]">) {
  return (
    <Suspense fallback={<main className="blog-main" />}>
      <IndexView params={params} />
    </Suspense>
  );
}

async function IndexView({ params }: Pick<PageProps<"/page/[page]">, "params">) {
  const number = Number((await params).page);
  const posts = await getPosts();
  const page = paginate(posts, { perPage: PER_PAGE, page: number });
  if (number < 2 || page.page !== number || page.items.length === 0) notFound();
  return <Listing title={`Posts, page ${number}`} page={page} tags={tagsOf(posts)} pageHref={pageHref} />;
}
