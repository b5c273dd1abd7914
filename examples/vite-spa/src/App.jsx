import { PostLayout } from 'react-blog-kit';
import 'react-blog-kit/styles.css';
import post from './generated/post.json';

/** The whole page: the post parsed at build time, rendered by the kit's layout. */
export function App() {
  return <PostLayout post={post} toc="aside" colorScheme="auto" />;
}
