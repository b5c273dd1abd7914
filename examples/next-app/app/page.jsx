import Link from 'next/link';
import { getPost, listSlugs } from '../lib/posts.js';

export default async function Home() {
  const posts = await Promise.all((await listSlugs()).map(async (slug) => ({ slug, post: await getPost(slug) })));
  return (
    <main>
      <h1>Posts</h1>
      <ul>
        {posts.map(({ slug, post }) => (
          <li key={slug} lang={post.lang} dir={post.dir}>
            <Link href={`/posts/${slug}/`}>{post.title}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
