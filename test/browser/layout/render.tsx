/**
 * Server-rendered pages for the layout checks, the visual baselines' companions and the README
 * screenshots: a post parsed from markdown, rendered with PostLayout into a bare HTML page whose only
 * styling is the kit's stylesheet (the body keeps the browser's 8 px margin, as a new host's page does).
 * Built by esbuild from src/ (see layout.mjs), so it tests the working tree, not a stale dist/.
 */
import { renderToString } from 'react-dom/server';
import { ActiveTableOfContents, AuthorCard, Pagination, PostLayout, PostList, PostNav, SeriesNav, ShareLinks, TagList, type ColorScheme, type Post, type TocPlacement } from '../../../src/index.js';
import { parsePost } from '../../../src/parse/index.js';
import { tagSlug, tagsOf, toSummary } from '../../../src/collection/index.js';

export interface PageOptions {
  colorScheme?: ColorScheme;
  toc?: TocPlacement;
  /** Replaces the hero's URL (the fixtures point at images the page server does not have). */
  heroSrc?: string;
  heroAlt?: string;
  title?: string;
}

/** Parses markdown like a build step would; returns undefined with the reason when the parser refuses it. */
export function parse(markdown: string, filename: string): { post?: Post; error?: string } {
  try {
    return { post: parsePost(markdown, { filename, imageCaptions: true }) };
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0] };
  }
}

export function renderPage(post: Post, options: PageOptions = {}): string {
  const shown: Post = post.heroImage && options.heroSrc
    ? { ...post, heroImage: { ...post.heroImage, src: options.heroSrc, alt: options.heroAlt ?? post.heroImage.alt } }
    : post;
  const body = renderToString(
    <PostLayout
      post={shown}
      colorScheme={options.colorScheme ?? 'light'}
      toc={options.toc ?? 'aside'}
      tocComponent={ActiveTableOfContents}
    />,
  );
  const title = (options.title ?? post.title).replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
  return `<!doctype html>
<html lang="${post.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/styles.css">
</head>
<body>
<div id="root">${body}</div>
</body>
</html>
`;
}

/** A small blog's posts, parsed as a build step would, for the index page. */
function blogPosts(): Post[] {
  const posts = [
    ['reading-a-tide-table', 'Reading a tide table before a coastal walk', '2024-06-18', 'oceans, walking'],
    ['what-bees-do-all-winter', 'What bees do all winter', '2024-05-02', 'bees, gardening'],
    ['choosing-gears', 'Choosing gears for a hilly commute, and the long argument about whether a heavier bicycle is slower', '2024-04-11', 'bicycles'],
  ];
  return posts.map(([slug, title, date, tags]) =>
    parsePost(`---\ntitle: ${JSON.stringify(title)}\nslug: ${slug}\npubDate: ${date}\ntags: [${tags}]\nseries: Coast\n---\n\nA first paragraph long enough to run to a second line on a phone, as an excerpt does.\n`, { filename: `${slug}.md` }),
  );
}

/**
 * An index page as a host composes it: PostList, Pagination, TagList, then the blocks of a post's
 * footer (PostNav, SeriesNav, AuthorCard, ShareLinks) on their own, all with `colorScheme`, in a
 * body styled by `bodyCss` (none: a bare page).
 */
export function renderIndexPage(options: { colorScheme: ColorScheme; bodyCss?: string; layout?: 'list' | 'grid' }): string {
  const posts = blogPosts();
  const summaries = posts.map((p) => toSummary(p));
  const postHref = (p: { slug?: string }) => `/posts/${p.slug ?? ''}/`;
  const tagHref = (name: string) => `/tags/${tagSlug(name)}/`;
  const scheme = options.colorScheme;
  const body = renderToString(
    <main>
      <h1>Notes from the coast</h1>
      <PostList colorScheme={scheme} layout={options.layout ?? 'list'} posts={summaries} postHref={postHref} />
      <Pagination colorScheme={scheme} page={1} pages={3} pageHref={(n) => `/page/${n}/`} />
      <TagList colorScheme={scheme} tags={tagsOf(posts)} tagHref={tagHref} />
      <PostNav colorScheme={scheme} newer={summaries[0]} older={summaries[2]} postHref={postHref} />
      <SeriesNav colorScheme={scheme} series={{ name: 'Coast', slug: 'coast', index: 2, total: 3, posts: summaries }} current={summaries[1].slug} postHref={postHref} />
      <AuthorCard colorScheme={scheme} author={{ name: 'Ines Varga', bio: 'Bakes before sunrise and keeps two hives on a roof.' }} />
      <ShareLinks colorScheme={scheme} url="https://example.com/posts/reading-a-tide-table/" title="Reading a tide table" />
    </main>,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Notes from the coast</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/styles.css">
<style>${options.bodyCss ?? ''}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
