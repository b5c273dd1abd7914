import { ActiveTableOfContents, PostLayout } from 'react-blog-kit';
import { getPost, listSlugs } from '../../../lib/posts.js';

// Only the posts that exist; every page is rendered at build time.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await listSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }) {
  const post = await getPost((await params).slug);
  return { title: post.title, description: post.description };
}

/**
 * A server component: the post is parsed and rendered on the server. ActiveTableOfContents is the
 * kit's only client component; passing it as `tocComponent` makes it the page's only island.
 */
export default async function PostPage({ params }) {
  const post = await getPost((await params).slug);
  return (
    <main>
      <PostLayout post={post} colorScheme="auto" toc="aside" tocComponent={ActiveTableOfContents} />
    </main>
  );
}
