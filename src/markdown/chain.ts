import type { Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type PluggableList, type Processor } from 'unified';
import { kitFeatures } from './features.js';
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
 * 1. remark-gfm, the features' remark plugins, the host's remark plugins;
 * 2. remark-rehype (raw HTML kept as `raw` nodes for the next step);
 * 3. raw HTML: `sanitize` parses and cleans it (rehypeKitSanitize); `escape`/`skip` wait for step 5;
 * 4. the host's rehype plugins, then the features' rehype plugins;
 * 5. the kit's passes: safety (raw HTML as text or left out, comments dropped), the leading title
 *    (parse path), footnotes (label id, h2), heading ids and ranks.
 *
 * The URL policy is not part of it: it runs once, in the render pass every component shares.
 */
export function markdownChain(options: ChainOptions = {}): MarkdownChain {
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
    remarkPlugins: [remarkGfm, ...features.flatMap((f) => f.remarkPlugins ?? []), ...(options.remarkPlugins ?? [])],
    remarkRehypeOptions: { allowDangerousHtml: true },
    rehypePlugins,
  };
}

/** A frozen processor of the chain: remark-parse, then {@link markdownChain}. */
export type MarkdownProcessor = Processor<MdastRoot, MdastRoot, Root, undefined, undefined>;

// Frozen processors hold no per-document state; one per raw-HTML mode serves every post without plugins.
const shared = new Map<string, MarkdownProcessor>();

/** The chain as a unified processor (remark-parse first), for the parser. */
export function markdownProcessor(options: ChainOptions = {}): MarkdownProcessor {
  const html = options.html ?? DEFAULT_HTML;
  const plain =
    !options.remarkPlugins?.length && !options.rehypePlugins?.length && !options.sanitizeSchema && !options.features && typeof options.highlight !== 'object';
  const key = [html, options.leadingTitle === true, options.imageCaptions === true, options.highlight === false, options.math === true, options.slugPrefix ?? ''].join('|');
  const cached = plain ? shared.get(key) : undefined;
  if (cached) return cached;
  const chain = markdownChain(options);
  const processor = unified()
    .use(remarkParse)
    .use(chain.remarkPlugins)
    .use(remarkRehype, chain.remarkRehypeOptions)
    .use(chain.rehypePlugins)
    .freeze() as unknown as MarkdownProcessor;
  if (plain) {
    if (shared.size >= 32) shared.clear();
    shared.set(key, processor);
  }
  return processor;
}
