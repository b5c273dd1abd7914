/**
 * What run-time rendering (`MarkdownContent`) takes of the markdown folder: the chain's assembly
 * with the base features, and the types of its options. Nothing here imports a highlighter, KaTeX
 * or the HTML sanitizer; the component is given those by its host. A barrel apart from `index.ts`
 * because a bundler splitting the package into chunks follows every module a barrel names.
 */
export { assembleChain, type ChainParts, type MarkdownChain } from './chain.js';
export type { HtmlHandling } from './options.js';
export type { rehypeKitSanitize } from './sanitize.js';
