import { remarkExcerpt } from './excerpt.js';
import { rehypeImageCaptions } from './image-captions.js';
import type { FeatureOptions, MarkdownFeature } from './options.js';

/**
 * The kit's markdown features for a set of options, wired into both paths in this order. Adding one
 * (highlighting, callouts, math) is one entry here: `{ name, remarkPlugins, rehypePlugins }`, and,
 * when it takes options, a field of {@link FeatureOptions} that the processor cache keys on.
 */
export function kitFeatures(options: FeatureOptions = {}): MarkdownFeature[] {
  const features: MarkdownFeature[] = [{ name: 'excerpt', remarkPlugins: [remarkExcerpt] }];
  if (options.imageCaptions) features.push({ name: 'image-captions', rehypePlugins: [rehypeImageCaptions] });
  return features;
}

/** The features with every option at its default. */
export const KIT_FEATURES: readonly MarkdownFeature[] = kitFeatures();
