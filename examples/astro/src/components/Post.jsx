import { PostLayout } from 'react-blog-kit';

/**
 * PostLayout rendered by Astro to static HTML. Astro cannot hydrate a component nested inside a
 * static React tree, so the interactive table of contents comes in as the `toc` slot, an island of
 * its own, and is put where PostLayout places its table of contents.
 */
export function Post({ post, toc, ...props }) {
  return <PostLayout post={post} toc={toc ? 'aside' : 'none'} tocComponent={toc ? () => toc : undefined} {...props} />;
}
