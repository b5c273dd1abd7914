import { PostLayout } from 'react-blog-kit';
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

/** A server component: parses and renders on the server. Only the active TOC hydrates. */
export default async function PostPage({ params }) {
  const post = await getPost((await params).slug);
  return (
    <main>
      <PostLayout post={post} toc="aside" colorScheme="auto" />
    </main>
  );
}
