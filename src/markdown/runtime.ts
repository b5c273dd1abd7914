/**
 * What run-time rendering (`MarkdownContent`) takes of the markdown folder: the chain's assembly,
 * the raw-HTML policy, the features it always has (callouts) and the types of its options. Nothing
 * here imports a highlighter, KaTeX or the HTML sanitizer; the component is given those by its page.
 * A module apart because a bundler splitting the package into chunks follows every module one names.
 */
export { assembleChain } from './chain.js';
export { calloutsFeature } from './callouts.js';
export { pickOptions, type FeatureOptionsOf, type MarkdownFeature } from './feature.js';
export { htmlPolicy } from './html.js';
export type { ChainOptions } from './options.js';
export type { rehypeKitSanitize } from './sanitize.js';
