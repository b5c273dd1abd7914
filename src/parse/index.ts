/**
 * react-blog-kit/parse — markdown posts to typed, serialisable post data.
 * Imports neither React nor any DOM API: safe in build scripts and server loaders.
 */
export { parsePost, createPost } from './parse-post.js';
export { PostParseError, isPostParseError } from '../post/errors.js';
export { parseDate } from './dates.js';
export { markdownChain } from '../markdown/kit-chain.js';
export type { MarkdownChain } from '../markdown/chain.js';
export { rehypeKitHeadings } from '../markdown/headings.js';
export { rehypeKitSafety } from '../markdown/safety.js';
export { rehypeKitSanitize } from '../markdown/sanitize.js';
export type { ParseOptions, PostSource, HtmlHandling } from './options.js';
export type { AuthorEntry } from './authors.js';
// The kit's own markdown features as unified plugins, for MarkdownContent or any other chain.
export { rehypeKitHighlight, createKitHighlighter } from '../markdown/highlight.js';
export type { HighlightOptions } from '../markdown/highlight.js';
export { remarkKitCallouts } from '../markdown/callouts.js';
export { remarkKitDirectives } from '../markdown/directives.js';
export type { CalloutKind } from '../markdown/callouts.js';
export { remarkKitMath, rehypeKitMath } from '../markdown/math.js';
export { POST_FORMAT } from '../post/index.js';
export { asPost } from '../post/as-post.js';
export type {
  Post,
  PostImage,
  PostAuthor,
  PostSeries,
  PostSummary,
  TagCount,
  PostHeading,
  ReadingTime,
  Section,
  SectionItem,
  TocEntry,
} from '../post/index.js';
