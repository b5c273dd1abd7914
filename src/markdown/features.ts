import { calloutsFeature } from './callouts.js';
import { directivesFeature } from './directives.js';
import { excerptFeature } from './excerpt.js';
import type { FeatureOptionsOf } from './feature.js';
import { highlightFeature } from './highlight.js';
import { imageCaptionsFeature } from './image-captions.js';
import { mathFeature } from './math.js';
import { mdxFeature } from './mdx.js';

/**
 * The kit's markdown features, in the order they run: the one list. `parsePost` runs each for its
 * options; `ParseOptions` takes their options ({@link FeatureOptions}), the processor and disk cache
 * keys their `cacheKey`, and the README's option table is generated from them. Adding a feature is
 * its module (plugins and declaration, see `MarkdownFeature`) and one entry here.
 *
 * MDX runs first: it turns `{/* truncate *\/}` into the marker the excerpt feature reads, and its
 * components and HTML into nodes every later feature walks as markdown. Math runs before highlighting, so a `$$` block is math, not a code block; every feature's rehype
 * plugins run after the sanitizer (their output is trusted kit markup), before the kit's passes.
 */
export const FEATURES = [mdxFeature, directivesFeature, excerptFeature, calloutsFeature, mathFeature, highlightFeature, imageCaptionsFeature] as const;

/** The options of every feature of {@link FEATURES}, each documented in its feature's module. */
export type FeatureOptions = FeatureOptionsOf<typeof FEATURES>;
