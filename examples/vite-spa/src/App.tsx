import {
  ActiveTableOfContents,
  AuthorCard,
  Pagination,
  PostLayout,
  PostList,
  PostNav,
  SearchDialog,
  SeriesNav,
  TagList,
  asPost,
} from 'react-blog-kit';
import 'react-blog-kit/styles.css';
import './blog.css';
import { pageHref, postHref, searchFallback, searchIndexUrl, site, tagHref, type ListRoute, type PostRoute, type Route } from './blog.ts';
import { Chart } from './Chart.tsx';

/** The components MDX posts name, by name: `<Chart … />` in a post renders this blog's Chart. */
const postComponents = { Chart };

/** A page of the blog from its data (scripts/blog-data.ts): a list of posts or one post. */
export function App({ route }: { route: Route | undefined }) {
  return (
    <>
      <header className="blog-header">
        <a href="/">{site.name}</a>
        {/* The index and the search code load the first time a reader opens it (the button, Ctrl-K or /). */}
        <SearchDialog indexUrl={searchIndexUrl} fallbackHref={searchFallback} colorScheme="auto" />
      </header>
      {!route ? <NotFound /> : route.kind === 'post' ? <PostPage {...route} /> : <ListPage {...route} />}
    </>
  );
}

/** An index or tag page: cards of summaries, the pages, every tag. */
function ListPage({ title, page, tags, currentTag }: ListRoute) {
  return (
    <main className="blog-main">
      <h1>{title}</h1>
      <PostList colorScheme="auto" layout="grid" posts={page.items} postHref={postHref} tagHref={tagHref} headingLevel={2} />
      <Pagination colorScheme="auto" page={page.page} pages={page.pages} pageHref={pageHref} />
      <h2 id="all-tags">Tags</h2>
      <TagList colorScheme="auto" tags={tags} tagHref={tagHref} current={currentTag} aria-labelledby="all-tags" />
    </main>
  );
}

/** The post, with its series, authors, newer/older posts and related posts after it. */
function PostPage({ post: data, series, newer, older, related }: PostRoute) {
  // The post came through JSON: asPost checks it is a post of this version of the kit.
  const post = asPost(data);
  return (
    <main className="blog-main">
      <PostLayout
        post={post}
        colorScheme="auto"
        tocComponent={ActiveTableOfContents}
        components={postComponents}
        metaProps={{ tagHref }}
        beforeBody={series && <SeriesNav series={series} current={post.slug ?? ''} postHref={postHref} />}
        afterBody={
          <>
            {post.authors.map((author) => (
              <AuthorCard key={author.key ?? author.name} author={author} />
            ))}
            <PostNav newer={newer} older={older} postHref={postHref} />
            {related.length > 0 && (
              <section aria-labelledby="related-posts" className="blog-related">
                <h2 id="related-posts">Related posts</h2>
                <PostList posts={related} postHref={postHref} headingLevel={3} layout="grid" cardProps={{ hero: false }} />
              </section>
            )}
          </>
        }
      />
    </main>
  );
}

function NotFound() {
  return (
    <main className="blog-main">
      <h1>Page not found</h1>
      <p>
        <a href="/">All posts</a>
      </p>
    </main>
  );
}
