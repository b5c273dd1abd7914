import Link from "next/link";
import { Pagination, PostList, TagList, type PostSummary, type TagCount } from "react-blog-kit";
import type { Page } from "react-blog-kit/collection";
import { postHref, tagHref } from "@/lib/blog";

interface ListingProps {
  title: string;
  page: Page<PostSummary>;
  tags: TagCount[];
  currentTag?: string;
  pageHref: (page: number) => string;
}

/**
 * An index or tag page: cards for one page of posts, the pages, and every tag. The cards are given
 * summaries, so the page (and its RSC payload) carries no post bodies. `colorScheme="auto"` follows the
 * reader's light or dark setting, as the page around them does (the kit's default is light).
 */
export function Listing({ title, page, tags, currentTag, pageHref }: ListingProps) {
  return (
    <main className="blog-main">
      <h1>{title}</h1>
      <PostList posts={page.items} postHref={postHref} tagHref={tagHref} headingLevel={2} colorScheme="auto" linkComponent={Link} />
      <Pagination page={page.page} pages={page.pages} pageHref={pageHref} colorScheme="auto" linkComponent={Link} />
      <h2 id="all-tags">Tags</h2>
      <TagList tags={tags} tagHref={tagHref} current={currentTag} aria-labelledby="all-tags" colorScheme="auto" linkComponent={Link} />
    </main>
  );
}
