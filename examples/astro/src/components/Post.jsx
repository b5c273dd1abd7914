import { AuthorCard, PostLayout, PostList, PostNav, SeriesNav } from 'react-blog-kit';
import { postHref, tagHref } from '../lib/blog.js';
import { Chart } from './Chart.jsx';

/** The components MDX posts name, by name: `<Chart … />` in a post renders this blog's Chart. */
const postComponents = { Chart };

/**
 * PostLayout rendered by Astro to static HTML. Astro cannot hydrate a component nested inside a
 * static React tree, so the interactive table of contents comes in as the `toc` slot, an island of
 * its own, and is put where PostLayout places its table of contents. Series, newer/older and
 * related posts arrive as summaries.
 */
export function Post({ post, toc, series, newer, older, related = [], ...props }) {
  return (
    <PostLayout
      post={post}
      toc={toc ? 'aside' : 'none'}
      tocComponent={toc ? () => toc : undefined}
      components={postComponents}
      metaProps={{ tagHref }}
      beforeBody={series ? <SeriesNav series={series} current={post.slug} postHref={postHref} /> : undefined}
      afterBody={
        <>
          {post.authors.map((author) => (
            <AuthorCard key={author.key ?? author.name} author={author} />
          ))}
          <PostNav newer={newer} older={older} postHref={postHref} />
          {related.length > 0 ? (
            <section aria-labelledby="related-posts" className="blog-related">
              <h2 id="related-posts">Related posts</h2>
              <PostList posts={related} postHref={postHref} headingLevel={3} layout="grid" cardProps={{ hero: false }} />
            </section>
          ) : null}
        </>
      }
      {...props}
    />
  );
}
