import { Pagination, PostList, TagList } from 'react-blog-kit';
import { toSummary } from 'react-blog-kit/collection';
import { postHref, tagHref } from '../lib/blog.js';

/** An index or tag page, rendered to static HTML: cards of summaries (no bodies), pages, tags. */
export function Listing({ title, page, tags, currentTag, pageHref }) {
  return (
    <main className="blog-main">
      <h1>{title}</h1>
      <PostList posts={page.items.map(toSummary)} postHref={postHref} tagHref={tagHref} headingLevel={2} colorScheme="auto" />
      <Pagination page={page.page} pages={page.pages} pageHref={pageHref} colorScheme="auto" />
      <h2 id="all-tags">Tags</h2>
      <TagList tags={tags} tagHref={tagHref} current={currentTag} aria-labelledby="all-tags" colorScheme="auto" />
    </main>
  );
}
