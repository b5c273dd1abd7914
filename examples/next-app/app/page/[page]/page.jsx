import { notFound } from 'next/navigation';
import { paginate, tagsOf } from 'react-blog-kit/collection';
import { Listing } from '../../../components/Listing.jsx';
import { feedTypes, getPosts, pageHref, PER_PAGE } from '../../../lib/blog.js';

export const dynamicParams = false;

/** Page 1 is the home page; these are pages 2 and on. */
export async function generateStaticParams() {
  const { pages } = paginate(await getPosts(), { perPage: PER_PAGE, page: 1 });
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ page: String(i + 2) }));
}

export async function generateMetadata({ params }) {
  const { page } = await params;
  return { title: `Posts, page ${page}`, alternates: { canonical: pageHref(Number(page)), types: feedTypes } };
}

export default async function IndexPage({ params }) {
  const number = Number((await params).page);
  const posts = await getPosts();
  const page = paginate(posts, { perPage: PER_PAGE, page: number });
  if (page.page !== number) notFound();
  return <Listing title={`Posts, page ${number}`} page={page} tags={tagsOf(posts)} pageHref={pageHref} />;
}
