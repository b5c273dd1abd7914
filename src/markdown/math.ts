/**
 * Math at parse time: `$…$` and `$$…$$` (remark-math) typeset by KaTeX (rehype-katex) into MathML,
 * which screen readers read, and KaTeX's HTML, which only needs `katex/dist/katex.min.css` in the
 * page. No KaTeX code reaches the browser.
 */
import type { Nodes, Root } from 'hast';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { eachNode } from '../core/walk.js';
import type { MarkdownFeature } from './feature.js';

/** remark plugin: `$inline$` and `$$display$$` math nodes. */
export const remarkKitMath = remarkMath;

/**
 * rehype plugin: KaTeX with settings for posts — never throws (a formula it cannot read shows its
 * source), error text in the text colour, and limits on size and macro expansion so one formula
 * cannot stall a build. Display math becomes a focusable box that scrolls sideways on its own.
 */
export function rehypeKitMath() {
  const katex = rehypeKatex({
    output: 'htmlAndMathml',
    strict: 'ignore',
    errorColor: 'currentColor',
    maxSize: 50,
    maxExpand: 500,
    trust: false,
  });
  return (tree: Root, file: Parameters<typeof katex>[1]) => {
    katex(tree, file);
    eachNode<Nodes>(tree, (node) => {
      if (node.type !== 'element') return;
      const classes = node.properties.className;
      if (!Array.isArray(classes)) return;
      if (classes.includes('katex-display')) {
        // A wide formula scrolls; keyboard users must be able to reach that scroll box.
        node.properties.tabIndex = 0;
        node.properties.dataSlot = 'math-display';
        return false;
      }
      return !classes.includes('katex');
    });
  };
}

/** Options of {@link mathFeature}. */
export interface MathOptions {
  /**
   * `$…$` and `$$…$$` typeset with KaTeX (MathML for screen readers, and KaTeX's HTML); the page then
   * needs `katex/dist/katex.min.css`. @default false (dollar signs stay text)
   */
  math?: boolean;
}

/**
 * Math as a feature. It runs before highlighting (its place in `FEATURES`), so a `$$` block is
 * math, not a code block.
 */
export const mathFeature: MarkdownFeature<'math', MathOptions> = {
  name: 'math',
  options: { math: true },
  plugins: (options) => (options.math === true ? { remark: [remarkKitMath], rehype: [rehypeKitMath] } : undefined),
};
