/*
 * The options of the markdown features are typed from their declarations: ParseOptions takes every
 * feature's of the kit's list (FEATURES), and MarkdownContent those of the features a page passes
 * it. A feature added to the list (here the tests' dummy) is typed the same way, with nothing else
 * to write. Compiled with `tsc --strict` by test/types.test.ts; each `@ts-expect-error` line must fail.
 */
import { MarkdownContent, type FeatureOptionsOf, type MarkdownContentProps } from '../../src/index.js';
import type { FEATURES } from '../../src/markdown/features.js';
import { highlightFeature, mathFeature, type ParseOptions } from '../../src/parse/index.js';
import { dummyFeature } from '../helpers/dummy-feature.js';

type KitFeatureOptions = FeatureOptionsOf<typeof FEATURES>;

// ParseOptions has every option of every feature of the list, with its type.
export const everyOption: Required<Pick<ParseOptions, keyof KitFeatureOptions>> extends Required<KitFeatureOptions> ? true : false = true;
export const parseOptions: ParseOptions = { math: true, imageCaptions: true, highlight: { aliases: { exs: 'elixir' } } };
// @ts-expect-error math is a boolean
export const wrongMath: ParseOptions = { math: 'yes' };

// The list with one more feature: its option is typed, as the ones before it.
type WithDummy = FeatureOptionsOf<[...typeof FEATURES, typeof dummyFeature]>;
export const stamp: WithDummy['stamp'] = 'hive';
// @ts-expect-error the stamp is text
export const wrongStamp: WithDummy['stamp'] = 1;
export const stillMath: WithDummy['math'] = true;

// MarkdownContent takes the options of the features it is given, and only those.
export const withDummy = (
  <MarkdownContent features={[dummyFeature]} stamp="hive">
    {'Bees.'}
  </MarkdownContent>
);
// @ts-expect-error no stamp without the feature that reads it
export const withoutDummy = <MarkdownContent stamp="hive">{'Bees.'}</MarkdownContent>;
// @ts-expect-error the stamp is text
export const wrongDummy = <MarkdownContent features={[dummyFeature]} stamp={1}>{'Bees.'}</MarkdownContent>;
export const withEngines = (
  <MarkdownContent features={[mathFeature, highlightFeature]} math highlight={{ aliases: { exs: 'elixir' } }}>
    {'$x$'}
  </MarkdownContent>
);
// @ts-expect-error highlight takes a boolean or HighlightOptions
export const wrongHighlight = <MarkdownContent features={[highlightFeature]} highlight="yes">{'x'}</MarkdownContent>;

// A host's wrapper names the props with the features it passes.
export const wrapperProps: MarkdownContentProps<[typeof highlightFeature]> = { children: 'x', features: [highlightFeature], highlight: false };
// Every feature of the kit can reach MarkdownContent: its props with the whole list hold every option.
export const allProps: Required<Pick<MarkdownContentProps<typeof FEATURES>, keyof KitFeatureOptions>> extends Required<KitFeatureOptions> ? true : false = true;
