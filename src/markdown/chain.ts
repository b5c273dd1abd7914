import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import type { PluggableList } from 'unified';
import { featurePlugins, type MarkdownFeature } from './feature.js';
import { GFM_ALL, gfmSyntaxOf, remarkKitGfm } from './gfm.js';
import { rehypeKitHeadings, rehypeKitLeadingTitle } from './headings.js';
import type { HtmlPolicy } from './html.js';
import type { ChainOptions } from './options.js';
import { rehypeKitSafety } from './safety.js';

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
 * What the chain is assembled with, passed in by its caller instead of imported here: the parser
 * brings every feature and the sanitizer, `MarkdownContent` only what its page passes it, so a
 * client bundle never carries Shiki, KaTeX or an HTML parser it was not asked for.
 */
export interface ChainParts {
  /** The features to wire in, in order; each reads its options from the chain's options. */
  features: readonly MarkdownFeature[];
  /** What happens to raw HTML, as `htmlPolicy` decided it for the caller's path. */
  html: HtmlPolicy;
  /**
   * Parse path: a leading `# Heading` is the post title (read from and written to
   * `file.data.kitTitle`), and is removed when it repeats the title. @default false
   */
  leadingTitle?: boolean;
  /**
   * The text of the footnotes heading, which remark-rehype builds (an h2 with the id
   * `FOOTNOTE_LABEL_ID`) with no class: `MarkdownContent`'s `labels.footnotes`. The parser keeps
   * only the list, and the layout draws the heading from its own labels. @default remark-rehype's
   */
  footnoteLabel?: string;
}

/**
 * The one markdown → hast chain, in this order:
 *
 * 1. GFM (remark-gfm's syntax, see gfm.ts), the features' remark plugins, the host's remark plugins;
 * 2. remark-rehype (raw HTML kept as `raw` nodes for the next step; the footnotes section);
 * 3. raw HTML: `sanitize` parses and cleans it (rehypeKitSanitize); `escape`/`skip` wait for step 5;
 * 4. the host's rehype plugins, then the features' rehype plugins;
 * 5. the kit's passes: safety (raw HTML as text or left out, comments dropped), the leading title
 *    (parse path), heading ids and ranks.
 *
 * The URL policy is not part of it: it runs once, in the render pass every component shares.
 *
 * Given the `source` it will parse, the chain leaves out the GFM constructs that source cannot
 * contain (see gfm.ts); without it, the chain parses any source.
 */
export function assembleChain(options: ChainOptions, parts: ChainParts, source?: string): MarkdownChain {
  const features = featurePlugins(parts.features, options);
  const rehypePlugins: PluggableList = [...parts.html.sanitize, ...(options.rehypePlugins ?? []), ...features.rehype, [rehypeKitSafety, { html: parts.html.html }]];
  if (parts.leadingTitle) rehypePlugins.push(rehypeKitLeadingTitle);
  rehypePlugins.push([rehypeKitHeadings, { slugPrefix: options.slugPrefix ?? '' }]);
  const remarkRehypeOptions: RemarkRehypeOptions = { allowDangerousHtml: true };
  if (features.handlers) remarkRehypeOptions.handlers = features.handlers;
  if (parts.footnoteLabel !== undefined) Object.assign(remarkRehypeOptions, { footnoteLabel: parts.footnoteLabel, footnoteLabelProperties: {} });
  return {
    remarkPlugins: [[remarkKitGfm, { syntax: source === undefined ? GFM_ALL : gfmSyntaxOf(source) }], ...features.remark, ...(options.remarkPlugins ?? [])],
    remarkRehypeOptions,
    rehypePlugins,
  };
}
