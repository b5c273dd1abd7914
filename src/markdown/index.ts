/**
 * The one markdown → hast chain (remark-parse, remark-gfm, the kit's features, the host's plugins,
 * remark-rehype, raw HTML handling and the kit's passes as named unified plugins). `parsePost` and
 * `MarkdownContent` both build from it; nothing else wires remark or rehype.
 */
export { assembleChain, type ChainParts, type MarkdownChain } from './chain.js';
export { markdownChain, markdownProcessor, type MarkdownProcessor } from './kit-chain.js';
export { BASE_FEATURES } from './base-features.js';
export { KIT_FEATURES, kitFeatures } from './features.js';
export { remarkExcerpt, type ExcerptData } from './excerpt.js';
export { rehypeImageCaptions } from './image-captions.js';
export { rehypeKitFootnotes } from './footnotes.js';
export { rehypeKitHeadings, rehypeKitLeadingTitle, TOP_RANK, type FoundHeading, type KitHeadingsOptions } from './headings.js';
export { DEFAULT_HTML, type ChainOptions, type FeatureOptions, type HtmlHandling, type MarkdownFeature } from './options.js';
export { rehypeKitSafety, type KitSafetyOptions } from './safety.js';
export { githubSchema, rehypeKitSanitize, type KitSanitizeOptions } from './sanitize.js';
export { rehypeKitHighlight, createKitHighlighter, type HighlightOptions } from './highlight.js';
export { remarkKitCallouts, type CalloutKind } from './callouts.js';
export { remarkKitDirectives } from './directives.js';
export { remarkKitMath, rehypeKitMath } from './math.js';
