import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { assembleChain, type MarkdownChain } from './chain.js';
import { kitFeatures } from './features.js';
import { GFM_ALL, gfmSyntaxOf } from './gfm.js';
import { DEFAULT_HTML, type ChainOptions } from './options.js';
import { rehypeKitSanitize } from './sanitize.js';

/**
 * The one markdown → hast chain with everything the kit has: its features for `options`
 * (highlighting, callouts, math, captions, excerpt markers) and the sanitizer. This is what
 * `parsePost` runs; see `assembleChain` for the order of the steps.
 */
export function markdownChain(options: ChainOptions = {}, source?: string): MarkdownChain {
  return assembleChain(options, { features: kitFeatures(options), sanitizer: rehypeKitSanitize }, source);
}

/** A frozen processor of the chain: remark-parse, then {@link markdownChain}. */
export type MarkdownProcessor = Processor<MdastRoot, MdastRoot, Root, undefined, undefined>;

// Frozen processors hold no per-document state: one per set of options and GFM constructs serves
// every post without plugins. Bounded: cleared past 64 entries.
const shared = new Map<string, MarkdownProcessor>();

/**
 * The chain as a unified processor (remark-parse first), for the parser. Given the `source` it will
 * parse, its GFM syntax is limited to what that source can contain (see {@link markdownChain}).
 */
export function markdownProcessor(options: ChainOptions = {}, source?: string): MarkdownProcessor {
  const html = options.html ?? DEFAULT_HTML;
  const plain =
    !options.remarkPlugins?.length && !options.rehypePlugins?.length && !options.sanitizeSchema && !options.features && typeof options.highlight !== 'object';
  const gfmSyntax = source === undefined ? GFM_ALL : gfmSyntaxOf(source);
  const key = [gfmSyntax, html, options.leadingTitle === true, options.imageCaptions === true, options.highlight === false, options.math === true, options.slugPrefix ?? ''].join('|');
  const cached = plain ? shared.get(key) : undefined;
  if (cached) return cached;
  const chain = assembleChain(options, { features: kitFeatures(options), sanitizer: rehypeKitSanitize }, source);
  const processor = unified()
    .use(remarkParse)
    .use(chain.remarkPlugins)
    .use(remarkRehype, chain.remarkRehypeOptions)
    .use(chain.rehypePlugins)
    .freeze() as unknown as MarkdownProcessor;
  if (plain) {
    if (shared.size >= 64) shared.clear();
    shared.set(key, processor);
  }
  return processor;
}
