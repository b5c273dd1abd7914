/**
 * Server-rendered pages for the layout checks, the visual baselines' companions and the README
 * screenshots: a post parsed from markdown, rendered with PostLayout into a bare HTML page whose only
 * styling is the kit's stylesheet (the body keeps the browser's 8 px margin, as a new host's page does).
 * Built by esbuild from src/ (see layout.mjs), so it tests the working tree, not a stale dist/.
 */
import { renderToString } from 'react-dom/server';
import { ActiveTableOfContents, PostLayout, type ColorScheme, type Post, type TocPlacement } from '../../../src/index.js';
import { parsePost } from '../../../src/parse/index.js';

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
