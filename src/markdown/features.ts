import { BASE_FEATURES } from './base-features.js';
import { remarkKitDirectives } from './directives.js';
import { remarkExcerpt } from './excerpt.js';
import { rehypeKitHighlight } from './highlight.js';
import { rehypeImageCaptions } from './image-captions.js';
import { rehypeKitMath, remarkKitMath } from './math.js';
import type { FeatureOptions, MarkdownFeature } from './options.js';

/**
 * The kit's markdown features for a set of options, wired into both paths in this order. Adding one
 * is one entry here: `{ name, remarkPlugins, rehypePlugins }`, and, when it takes options, a field of
 * {@link FeatureOptions} that the processor cache keys on (see `markdownProcessor`).
 *
 * Math runs before highlighting, so a `$$` block is math, not a code block; both run after the
 * sanitizer (feature output is trusted kit markup), before the kit's safety pass.
 */
export function kitFeatures(options: FeatureOptions = {}): MarkdownFeature[] {
  const features: MarkdownFeature[] = [
    { name: 'directives', remarkPlugins: [remarkKitDirectives] },
    { name: 'excerpt', remarkPlugins: [remarkExcerpt] },
    ...BASE_FEATURES,
  ];
  if (options.math === true) features.push({ name: 'math', remarkPlugins: [remarkKitMath], rehypePlugins: [rehypeKitMath] });
  if (options.highlight !== false) {
    const highlight = typeof options.highlight === 'object' && options.highlight ? options.highlight : {};
    features.push({ name: 'highlight', rehypePlugins: [[rehypeKitHighlight, highlight]] });
  }
  if (options.imageCaptions) features.push({ name: 'image-captions', rehypePlugins: [rehypeImageCaptions] });
  return features;
}

/** The features with every option at its default. */
export const KIT_FEATURES: readonly MarkdownFeature[] = /* @__PURE__ */ kitFeatures();
