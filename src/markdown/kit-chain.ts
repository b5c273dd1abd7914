import { boundedCache } from '../core/cache.js';
import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { assembleChain, type ChainParts, type MarkdownChain } from './chain.js';
import { featuresKey } from './feature.js';
import { FEATURES, type FeatureOptions } from './features.js';
import { GFM_ALL, gfmSyntaxOf } from './gfm.js';
import { htmlPolicy } from './html.js';
import { checkChainOptions, type ChainOptions } from './options.js';
import { optionalString, optionsOf } from '../post/arguments.js';
import { rehypeKitSanitize } from './sanitize.js';

/** Options of the chain with everything the kit has: the chain's and every feature's. */
export interface KitChainOptions extends ChainOptions, FeatureOptions {}

/** Every feature of the kit and the sanitizer; an `html` value the chain does not know is an error. */
function kitParts(options: KitChainOptions, leadingTitle?: boolean): ChainParts {
  const html = htmlPolicy(options.html, 'parse', rehypeKitSanitize, options.sanitizeSchema);
  if (options.html !== undefined && options.html !== html.html) {
    throw new TypeError(`Invalid \`html\`: received ${JSON.stringify(options.html)}, expected 'sanitize', 'escape' or 'skip'.`);
  }
  return { features: FEATURES, html, leadingTitle };
}

/**
 * The one markdown → hast chain with everything the kit has: its features for `options`
 * (highlighting, callouts, math, captions, excerpt markers) and the sanitizer. This is what
 * `parsePost` runs; see `assembleChain` for the order of the steps.
 */
export function markdownChain(options?: KitChainOptions, source?: string): MarkdownChain {
  const checked = optionsOf('markdownChain', 'options', options);
  checkChainOptions('markdownChain', checked as Record<string, unknown>);
  optionalString('markdownChain', 'source', source);
  return assembleChain(checked, kitParts(checked), source);
}

/** A frozen processor of the chain: remark-parse, then {@link markdownChain}. */
export type MarkdownProcessor = Processor<MdastRoot, MdastRoot, Root, undefined, undefined>;

// Frozen processors hold no per-document state: one per set of options and GFM constructs serves
// every post without plugins.
const processors = /* @__PURE__ */ boundedCache<string, MarkdownProcessor>('processors', 64);

/**
 * The chain as a unified processor (remark-parse first), for the parser. Given the `source` it will
 * parse, its GFM syntax is limited to what that source can contain (see {@link markdownChain}).
 * Shared when its options are named by text: the features' `cacheKey` and the chain's own values,
 * without the host's plugins or schema.
 */
export function markdownProcessor(options: KitChainOptions & { leadingTitle?: boolean } = {}, source?: string): MarkdownProcessor {
  const parts = kitParts(options, options.leadingTitle === true);
  const features = featuresKey(FEATURES, options);
  const plain = features !== undefined && !options.remarkPlugins?.length && !options.rehypePlugins?.length && !options.sanitizeSchema;
  const key = [source === undefined ? GFM_ALL : gfmSyntaxOf(source), parts.html.html, parts.leadingTitle, options.slugPrefix ?? '', features].join('|');
  const make = () => {
    const chain = assembleChain(options, parts, source);
    return unified()
      .use(remarkParse)
      .use(chain.remarkPlugins)
      .use(remarkRehype, chain.remarkRehypeOptions)
      .use(chain.rehypePlugins)
      .freeze() as unknown as MarkdownProcessor;
  };
  return plain ? processors.get(key, make) : make();
}
