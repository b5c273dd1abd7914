import type { Nodes, Root } from 'hast';
import { eachNode } from '../../src/core/walk.js';
import type { MarkdownFeature } from '../../src/markdown/feature.js';

/** Options of {@link dummyFeature}. */
export interface StampOptions {
  /** Every paragraph carries `data-stamp` with this text, in lower case. @default undefined (no stamp) */
  stamp?: string;
}

/** rehype plugin: `data-stamp` on every paragraph. */
function rehypeStamp(options: { stamp: string }) {
  return (tree: Root) =>
    eachNode<Nodes>(tree, (node) => {
      if (node.type === 'element' && node.tagName === 'p') node.properties.dataStamp = options.stamp;
    });
}

/**
 * A feature the kit does not have, declared as the kit's are: tests add it to the list of features
 * and follow its option to every place derived from that list. Its cache key is its own (the stamp
 * in lower case, as the plugin writes it), so a test can tell it from a key made of the raw value.
 */
export const dummyFeature: MarkdownFeature<'stamp', StampOptions> = {
  name: 'stamp',
  options: { stamp: true },
  plugins: ({ stamp }) => (typeof stamp === 'string' ? { rehype: [[rehypeStamp, { stamp: stamp.toLowerCase() }]] } : undefined),
  cacheKey: ({ stamp }) => String(stamp?.toLowerCase()),
};
