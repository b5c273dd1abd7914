import { ActiveTableOfContents, PostLayout } from 'react-blog-kit';
import 'react-blog-kit/styles.css';
import post from './generated/post.json';

/**
 * The whole page: the post parsed at build time, rendered by the kit's layout. The table of
 * contents is the interactive one, which marks the section in view.
 */
export function App() {
  return <PostLayout post={post} colorScheme="auto" toc="aside" tocComponent={ActiveTableOfContents} />;
}
