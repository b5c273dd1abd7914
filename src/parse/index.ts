/**
 * react-blog-kit/parse — markdown posts to typed, serialisable post data.
 * Imports neither React nor any DOM API: safe in build scripts and server loaders.
 */
export { parsePost, createPost } from './parse-post.js';
export { PostParseError, isPostParseError } from '../post/errors.js';
export type { PostWarning, SourcePlace } from '../post/errors.js';
export { parseDate } from './dates.js';
export { markdownChain } from '../markdown/kit-chain.js';
export type { MarkdownChain } from '../markdown/chain.js';
export { rehypeKitHeadings } from '../markdown/headings.js';
export { rehypeKitSafety } from '../markdown/safety.js';
export { rehypeKitSanitize } from '../markdown/sanitize.js';
export type { ParseOptions, PostSource, HtmlHandling, FrontmatterHook, FrontmatterContext } from './options.js';
export type { AuthorEntry } from './authors.js';
export type { ChainOptions } from '../markdown/options.js';
export type { MarkdownFeature, FeatureOptionsOf, FeatureHandlers } from '../markdown/feature.js';
// The kit's own markdown features, as features for MarkdownContent (`features={[highlightFeature]}`)
// and as unified plugins for any other chain.
export { rehypeKitHighlight, createKitHighlighter, highlightFeature } from '../markdown/highlight.js';
export type { HighlightOptions, HighlightFeatureOptions } from '../markdown/highlight.js';
export { remarkKitCallouts } from '../markdown/callouts.js';
export { remarkKitDirectives, directivesFeature } from '../markdown/directives.js';
export type { CalloutKind } from '../markdown/callouts.js';
export { remarkKitMath, rehypeKitMath, mathFeature } from '../markdown/math.js';
export type { MathOptions } from '../markdown/math.js';
export { imageCaptionsFeature } from '../markdown/image-captions.js';
export type { ImageCaptionsOptions } from '../markdown/image-captions.js';
export { mdxFeature } from '../markdown/mdx.js';
export type { MdxOptions, MdxValue, MdxComponentData } from '../markdown/mdx.js';
export * from '../post/public.js';
