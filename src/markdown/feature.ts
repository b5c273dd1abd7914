import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import type { PluggableList } from 'unified';

/** remark-rehype handlers by mdast node type: how a feature's own nodes become hast. */
export type FeatureHandlers = NonNullable<RemarkRehypeOptions['handlers']>;

/**
 * A markdown feature of the kit (callouts, math, highlighting …), declared once, in the module that
 * holds its plugins: its name, the options it reads, the plugins it adds for them and its part of
 * the cache key. The list of features (`FEATURES` in features.ts) is the one source that
 * `ParseOptions`, the processor and disk cache keys and the docs' option table are derived from;
 * `MarkdownContent` takes the declarations a page passes it, and its props from their options.
 * Without type arguments it is any feature (`Options` is `any`: each `plugins` takes its own).
 */
export interface MarkdownFeature<Name extends string = string, Options extends object = any> {
  /** Names the feature, for a reader of the chain and in messages. */
  readonly name: Name;
  /**
   * Every option the feature reads, each key once (`{ math: true }`): which fields of the parse
   * options or of MarkdownContent's props are its own.
   */
  readonly options: { readonly [K in keyof Options]-?: true };
  /**
   * The plugins it adds for these options, or nothing when they turn it off. remark plugins run
   * after remark-gfm and before the host's; rehype plugins after the sanitizer and the host's,
   * before the kit's passes, so their output is trusted kit markup (the render-time pass still
   * applies the URL policy). `handlers` turn the node types its syntax adds into hast, for
   * remark-rehype (MDX's components: a node whose hast must carry `data`).
   */
  plugins(options: Options): { remark?: PluggableList; rehype?: PluggableList; handlers?: FeatureHandlers } | undefined;
  /**
   * Its part of the cache key: a text that names what `plugins` adds for these options, or
   * `undefined` when they hold values no text names (then nothing built with them is shared).
   * @default the values of its options as JSON when each is text, a number or a boolean; else undefined
   */
  cacheKey?(options: Options): string | undefined;
}

/** The options of one feature. */
type OptionsOf<F> = F extends MarkdownFeature<string, infer Options> ? Options : never;

type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/**
 * The options of a list of features as one object type, each field with the JSDoc of its feature's
 * declaration: what `ParseOptions` takes of the registry, and `MarkdownContent` of the features a
 * page passes it.
 */
export type FeatureOptionsOf<List extends readonly MarkdownFeature[]> = {} & Intersection<OptionsOf<List[number]>>;

/** The remark and rehype plugins of `features` for `options`, in the features' order. */
export function featurePlugins(features: readonly MarkdownFeature[], options: object): { remark: PluggableList; rehype: PluggableList; handlers?: FeatureHandlers } {
  const added = features.map((feature) => feature.plugins(options));
  const handlers = added.some((a) => a?.handlers) ? Object.assign({}, ...added.map((a) => a?.handlers)) : undefined;
  return { remark: added.flatMap((a) => a?.remark ?? []), rehype: added.flatMap((a) => a?.rehype ?? []), ...(handlers && { handlers }) };
}

/**
 * The features' part of a cache key for `options`: each feature's `cacheKey` (by default its option
 * values, when none is an object or a function), or, where that is `undefined`, what `unnamed` makes
 * of the values (the disk cache fingerprints them); `undefined` when a part stays unnamed.
 */
export function featuresKey(features: readonly MarkdownFeature[], options: object, unnamed?: (values: object) => string): string | undefined {
  let key = '';
  for (const feature of features) {
    const values = pickOptions(feature, options);
    const named = feature.cacheKey ? feature.cacheKey(options) : Object.values(values).some((v) => Object(v) === v) ? undefined : JSON.stringify(values);
    const part = named ?? unnamed?.(values);
    if (part === undefined) return undefined;
    key += `${feature.name}:${part};`;
  }
  return key;
}

/** The values of the feature's options among `values`. */
export function pickOptions(feature: MarkdownFeature, values: object): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key in feature.options) picked[key] = (values as Record<string, unknown>)[key];
  return picked;
}
