import type { Root } from 'hast';
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import type { PluggableList } from 'unified';
import { BASE_FEATURES } from './base-features.js';
import { GFM_ALL, gfmSyntaxOf, remarkKitGfm } from './gfm.js';
import { rehypeKitFootnotes } from './footnotes.js';
import { rehypeKitHeadings, rehypeKitLeadingTitle } from './headings.js';
import { DEFAULT_HTML, type ChainOptions, type MarkdownFeature } from './options.js';
import { rehypeKitSafety } from './safety.js';
import type { rehypeKitSanitize } from './sanitize.js';

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
export function assembleChain(options: ChainOptions, parts: ChainParts, source?: string): MarkdownChain {
  return chainOf(options, parts, source === undefined ? GFM_ALL : gfmSyntaxOf(source));
}

/**
 * What the chain is assembled with, passed in by its caller instead of imported here: the parser
 * brings every feature and the sanitizer, `MarkdownContent` only what its props ask for, so a
 * client bundle never carries Shiki, KaTeX or an HTML parser it was not asked for.
 */
export interface ChainParts {
  /** The features to wire in, in order, when `options.features` is not given. @default BASE_FEATURES */
  features?: readonly MarkdownFeature[];
  /** The raw-HTML sanitizer (`rehypeKitSanitize`), required for `html: 'sanitize'`. */
  sanitizer?: typeof rehypeKitSanitize;
}

function chainOf(options: ChainOptions, parts: ChainParts, gfmSyntax: number): MarkdownChain {
  const html = options.html ?? DEFAULT_HTML;
  const features = options.features ?? parts.features ?? BASE_FEATURES;
  const rehypePlugins: PluggableList = [];
  if (html === 'sanitize') {
    if (!parts.sanitizer) throw new TypeError("markdown chain: `html: 'sanitize'` needs a sanitizer (rehypeKitSanitize), received none.");
    rehypePlugins.push([parts.sanitizer, { schema: options.sanitizeSchema }]);
  }
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
