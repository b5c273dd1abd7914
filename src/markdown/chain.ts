import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type PluggableList, type Processor } from 'unified';
import { kitFeatures } from './features.js';
import { GFM_ALL, gfmSyntaxOf, remarkKitGfm } from './gfm.js';
import { rehypeKitFootnotes } from './footnotes.js';
import { rehypeKitHeadings, rehypeKitLeadingTitle } from './headings.js';
import { DEFAULT_HTML, type ChainOptions } from './options.js';
import { rehypeKitSafety } from './safety.js';
import { rehypeKitSanitize } from './sanitize.js';

/**
 * The chain as the three lists react-markdown takes: what runs after remark-parse, the options of
 * remark-rehype, and what runs after it. `parsePost` wraps it in a processor; `MarkdownContent`
 * hands it to react-markdown.
 */
export interface MarkdownChain {
  remarkPlugins: PluggableList;
  remarkRehypeOptions: RemarkRehypeOptions;
  rehypePlugins: PluggableList;
}

/**
 * The one markdown → hast chain, in this order:
 *
 * 1. GFM (remark-gfm's syntax, see gfm.ts), the features' remark plugins, the host's remark plugins;
 * 2. remark-rehype (raw HTML kept as `raw` nodes for the next step);
 * 3. raw HTML: `sanitize` parses and cleans it (rehypeKitSanitize); `escape`/`skip` wait for step 5;
 * 4. the host's rehype plugins, then the features' rehype plugins;
 * 5. the kit's passes: safety (raw HTML as text or left out, comments dropped), the leading title
 *    (parse path), footnotes (label id, h2), heading ids and ranks.
 *
 * The URL policy is not part of it: it runs once, in the render pass every component shares.
 *
 * Given the `source` it will parse, the chain leaves out the GFM constructs that source cannot
 * contain (see gfm.ts); without it, the chain parses any source.
 */
export function markdownChain(options: ChainOptions = {}, source?: string): MarkdownChain {
  return chainOf(options, source === undefined ? GFM_ALL : gfmSyntaxOf(source));
}

function chainOf(options: ChainOptions, gfmSyntax: number): MarkdownChain {
  const html = options.html ?? DEFAULT_HTML;
  const features = options.features ?? kitFeatures(options);
  const rehypePlugins: PluggableList = [];
  if (html === 'sanitize') rehypePlugins.push([rehypeKitSanitize, { schema: options.sanitizeSchema }]);
  rehypePlugins.push(...(options.rehypePlugins ?? []));
  for (const feature of features) rehypePlugins.push(...(feature.rehypePlugins ?? []));
  rehypePlugins.push([rehypeKitSafety, { html }]);
  if (options.leadingTitle) rehypePlugins.push(rehypeKitLeadingTitle);
  rehypePlugins.push(rehypeKitFootnotes, [rehypeKitHeadings, { slugPrefix: options.slugPrefix ?? '' }]);
  return {
    remarkPlugins: [[remarkKitGfm, { syntax: gfmSyntax }], ...features.flatMap((f) => f.remarkPlugins ?? []), ...(options.remarkPlugins ?? [])],
    remarkRehypeOptions: { allowDangerousHtml: true },
    rehypePlugins,
  };
}

/** A frozen processor of the chain: remark-parse, then {@link markdownChain}. */
export type MarkdownProcessor = Processor<MdastRoot, MdastRoot, Root, undefined, undefined>;

// Frozen processors hold no per-document state: one per set of options and GFM constructs serves
// every post without plugins.
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
  const chain = chainOf(options, gfmSyntax);
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
