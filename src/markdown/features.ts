import type { MarkdownFeature } from './options.js';

/**
 * The kit's markdown features, wired into both paths in this order. Adding one (highlighting,
 * callouts, math, excerpt markers) is one entry here: `{ name, remarkPlugins, rehypePlugins }`.
 */
export const KIT_FEATURES: readonly MarkdownFeature[] = [];
