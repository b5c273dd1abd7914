import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { paginate } from "react-blog-kit/collection";
import { Listing } from "@/components/Listing";
import { feedTypes, getIndexPage, getSummaries, pageHref, PER_PAGE } from "@/lib/blog";

/** Page 1 is the home page; these are pages 2 and on. */
export async function generateStaticParams() {
  const { pages } = paginate(await getSummaries(), { perPage: PER_PAGE, page: 1 });
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ page: String(i + 2) }));
}

/** The page number the URL names: 2 or more, written plainly ("2", not "02", "2.0" or "abc"); else a 404 page. */
async function pageOf(params: PageProps<"/page/[page]">["params"]) {
  const { page } = await params;
  if (!/^[1-9][0-9]*$/.test(page) || page === "1") notFound();
  return Number(page);
}

export async function generateMetadata({ params }: PageProps<"/page/[page]">): Promise<Metadata> {
  const page = await pageOf(params);
  return { title: `Posts, page ${page}`, alternates: { canonical: pageHref(page), types: feedTypes } };
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
  const number = await pageOf(params);
  const listing = await getIndexPage(number);
  if (!listing) notFound();
  return <Listing title={`Posts, page ${number}`} page={listing.page} tags={listing.tags} pageHref={pageHref} />;
}
