/**
 * Markdown text → React elements at run time (MarkdownContent): the chain its caller assembled
 * (markdown/chain.ts), run over the text, then the render path a parsed post takes ({@link renderTree}:
 * the safety pass, the decorations, hastToReact). So text rendered at run time and a parsed post go
 * through one hast → React converter. A module of its own: only MarkdownContent brings the parser.
 */
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import type { ReactElement } from 'react';
import { renderTree, type RenderOptions } from './render.js';
import { warnOnce } from '../core/diagnostics.js';

/** The three lists the markdown chain is made of (markdown/chain.ts's `MarkdownChain`). */
export interface ChainLists {
  /** What runs after remark-parse. */
  remarkPlugins: PluggableList;
  /** remark-rehype's options. @default {} */
  remarkRehypeOptions?: RemarkRehypeOptions;
  /** What runs after remark-rehype. */
  rehypePlugins: PluggableList;
}

/**
 * Runs `chain` over `text` (remark-parse, the remark plugins, remark-rehype, the rehype plugins) and
 * renders the tree through {@link renderTree}. A plugin's error is thrown, for the caller to report;
 * what the render itself cannot handle lands in `problems`, as it does for a post.
 */
export function renderMarkdown(text: string, chain: ChainLists, options: RenderOptions, problems?: string[]): ReactElement | null {
  const processor = unified()
    .use(remarkParse)
    .use(chain.remarkPlugins)
    .use(remarkRehype, chain.remarkRehypeOptions ?? {})
    .use(chain.rehypePlugins);
  const file = new VFile(text);
  const tree = processor.runSync(processor.parse(file), file);
  // What the chain left out (MDX code) is told in development, once, as parsePost tells it at build time.
  if (process.env.NODE_ENV !== 'production') {
    for (const message of file.messages) warnOnce(`MarkdownContent: ${message.reason}${message.line ? ` (line ${message.line} of its text)` : ''}`);
  }
  return renderTree(tree, options, problems);
}
