import { remarkKitCallouts } from './callouts.js';
import type { MarkdownFeature } from './options.js';

/**
 * The features every chain has, on both paths: callouts (GitHub alerts, and `:::` containers where
 * the directive syntax is added). Small and engine-free; the rest (`features.ts`: the `:::` syntax,
 * excerpt markers, highlighting, math, captions) comes only where it is asked for.
 */
export const BASE_FEATURES: readonly MarkdownFeature[] = [{ name: 'callouts', remarkPlugins: [remarkKitCallouts] }];
