import { forwardRef } from 'react';
import type { Root } from 'hast';
import {
  assembleChain,
  calloutsFeature,
  htmlPolicy,
  pickOptions,
  type ChainOptions,
  type FeatureOptionsOf,
  type MarkdownFeature,
  type rehypeKitSanitize,
} from '../../markdown/runtime.js';
import { FOOTNOTE_LABEL_ID } from '../../post/index.js';
import type { Labels } from '../../core/labels.js';
import { decoratePost } from '../../render/decorate.js';
import type { Components } from '../../render/render.js';
import { renderMarkdown } from '../../render/markdown.js';
import { defaultUrlTransform, type UrlTransform } from '../../core/url.js';
import { devCheck, devNote } from '../kit/checks.js';
import { codeFrame } from '../CodeBlock/CodeFrame.js';
import { builtinComponents } from '../Tabs/Tabs.js';
import { kit, named, type KitProps } from '../kit/base.js';

/** The props of MarkdownContent that do not depend on the features a page passes it. */
export interface MarkdownContentBaseProps
  extends Omit<React.ComponentPropsWithoutRef<'div'>, 'children'>,
    Omit<KitProps<'root'>, 'locale'>,
    ChainOptions {
  /** The markdown text. */
  children: string;
  /** Overrides for elements (tag → component), as react-markdown takes them. @default {} */
  components?: Components;
  /** Decides every URL. @default defaultUrlTransform */
  urlTransform?: UrlTransform;
  /**
   * The sanitizer `html: 'sanitize'` runs: pass `rehypeKitSanitize` (from `react-blog-kit`). It is a
   * prop, not built in, because it brings an HTML parser (parse5; `npm run size` prints its weight) that a page
   * showing markdown without HTML should not download. Without it, `'sanitize'` falls back to
   * `'escape'` and development says so. @default undefined
   */
  sanitizer?: typeof rehypeKitSanitize;
  /** A copy button on each code block (a client island). @default false */
  copyButton?: boolean;
}

/**
 * Props of MarkdownContent: with each feature a page passes in `features`, that feature's options
 * (`highlight`, `math` …, typed and documented by its declaration, as `parsePost` takes them).
 */
export type MarkdownContentProps<Features extends readonly MarkdownFeature[] = readonly []> = MarkdownContentBaseProps &
  FeatureOptionsOf<Features> & {
    /**
     * Markdown features beyond the ones always on (callouts from GitHub alerts), run in the order
     * given: `highlightFeature`, `mathFeature`, `imageCaptionsFeature` (from `react-blog-kit/parse`),
     * `directivesFeature` (from `react-blog-kit`). Passed, not built in, so a page carries Shiki or
     * KaTeX only when it asks for them. Each reads its options from these props. @default []
     */
    features?: Features;
  };

/**
 * The footnotes section as PostLayout draws it (remark-rehype made its heading, with the label):
 * labelled by its heading, with the kit's slot and class.
 */
function rehypeFootnotesSection(options: { unstyled?: boolean }) {
  return (tree: Root) => {
    const last = tree.children[tree.children.length - 1];
    if (last?.type !== 'element' || last.properties.dataFootnotes === undefined) return;
    last.properties = { ariaLabelledBy: [FOOTNOTE_LABEL_ID], dataSlot: 'footnotes', className: options.unstyled ? undefined : ['rbk-footnotes'] };
  };
}

/**
 * The option props of the kit's features that MarkdownContent does not always run, by the feature
 * that reads each (named, not imported: importing a feature brings its engine). A test holds this
 * list to the features' own declarations.
 */
export const FEATURE_OF_OPTION: Readonly<Record<string, string>> = {
  format: 'mdxFeature',
  math: 'mathFeature',
  highlight: 'highlightFeature',
  imageCaptions: 'imageCaptionsFeature',
};

const isFeature = (value: unknown): value is MarkdownFeature =>
  typeof (value as MarkdownFeature | undefined)?.plugins === 'function' && typeof (value as MarkdownFeature).options === 'object';

/** The features to run (callouts, then the page's), and their options taken out of `rest`, the root's props. */
function takeFeatures(features: unknown, rest: Record<string, unknown>, problems: string[]) {
  const given = Array.isArray(features) ? features : [];
  devNote(problems, ({ describe }) => [
    features !== undefined &&
      (!Array.isArray(features) || !features.every(isFeature)) &&
      `features: expected a list of markdown features such as highlightFeature, received ${describe(features)}`,
  ]);
  const list = [calloutsFeature, ...given.filter(isFeature)];
  const options: Record<string, unknown> = {};
  for (const feature of list) {
    Object.assign(options, pickOptions(feature, rest));
    for (const key in feature.options) delete rest[key];
  }
  // An option of a feature the page did not pass (`format="mdx"` without `mdxFeature`, from JavaScript
  // or past a cast) reaches no element, and development says what to pass.
  for (const key in FEATURE_OF_OPTION) {
    if (!Object.hasOwn(rest, key)) continue;
    const value = rest[key];
    delete rest[key];
    devNote(problems, ({ describe }) => [
      value !== undefined && `${key}: ${describe(value)} needs ${FEATURE_OF_OPTION[key]} in features (features={[${FEATURE_OF_OPTION[key]}]}, from react-blog-kit/parse)`,
    ]);
  }
  return { list, options };
}

type Body = Pick<MarkdownContentBaseProps, 'components' | 'copyButton' | 'unstyled' | keyof ChainOptions | 'sanitizer'> & { source: string };

/** The markdown through the kit's chain and the render path a post takes (a plugin may throw). */
function markdownBody(props: Body, features: ReturnType<typeof takeFeatures>, labels: Labels, urlTransform: UrlTransform, problems: string[]) {
  const { source, components, copyButton, unstyled, html, sanitizer, sanitizeSchema, slugPrefix, remarkPlugins, rehypePlugins } = props;
  const policy = htmlPolicy(html, 'runtime', sanitizer, sanitizeSchema);
  devNote(problems, ({ describe }) => [
    html !== undefined &&
      html !== policy.html &&
      (html === 'sanitize'
        ? `sanitizer: html="sanitize" needs sanitizer={rehypeKitSanitize}, received ${describe(sanitizer)}; raw HTML is shown as text`
        : `html: expected 'sanitize', 'escape' or 'skip', received ${describe(html)}; raw HTML is shown as text`),
  ]);
  const chain = assembleChain(
    {
      ...features.options,
      slugPrefix: typeof slugPrefix === 'string' ? slugPrefix : '',
      remarkPlugins: Array.isArray(remarkPlugins) ? remarkPlugins : undefined,
      rehypePlugins: Array.isArray(rehypePlugins) ? rehypePlugins : undefined,
    },
    { features: features.list, html: policy, footnoteLabel: labels.footnotes },
    source,
  );
  return renderMarkdown(
    source,
    { ...chain, rehypePlugins: [...chain.rehypePlugins, [rehypeFootnotesSection, { unstyled }]] },
    {
      labels, urlTransform, unstyled, decorate: decoratePost, components, codeFrame: copyButton === true ? codeFrame(labels, unstyled) : undefined,
      builtins: builtinComponents(unstyled),
    },
    problems,
  );
}

/** MarkdownContent's type: generic in the features a page passes, whose options become props. */
type MarkdownContentComponent = (<Features extends readonly MarkdownFeature[] = readonly []>(
  props: MarkdownContentProps<Features> & React.RefAttributes<HTMLDivElement>,
) => React.ReactElement | null) & { displayName?: string };

/**
 * Markdown text rendered at run time through the kit's markdown chain (the one
 * `parsePost` uses) and its render pass and components map, so it looks like a parsed post. It carries the
 * markdown parser: import it only where the text is not known at build time.
 */
export const MarkdownContent = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, MarkdownContentBaseProps & { features?: readonly MarkdownFeature[] }>(function MarkdownContent(
    {
      children,
      components,
      urlTransform,
      remarkPlugins,
      rehypePlugins,
      html,
      sanitizer,
      sanitizeSchema,
      slugPrefix,
      copyButton = false,
      features,
      ...shared
    },
    ref,
  ) {
    const { labels, root, rest } = kit('markdown', shared);
    const unstyled = shared.unstyled;
    const source = typeof children === 'string' ? children : '';
    const problems: string[] = [];
    const taken = takeFeatures(features, rest as Record<string, unknown>, problems);
    let body: React.ReactNode = null;
    let failure: unknown;
    let mdxFailure: unknown;
    const props = { source, components, copyButton, unstyled, html, sanitizer, sanitizeSchema, slugPrefix, remarkPlugins, rehypePlugins };
    try {
      body = markdownBody(props, taken, labels, urlTransform ?? defaultUrlTransform, problems);
    } catch (error) {
      failure = error;
    }
    // Text that is not valid MDX yet (a live editor, a tag still open) shows as markdown rather than
    // nothing; development says why.
    if (failure !== undefined && taken.options.format === 'mdx') {
      mdxFailure = failure;
      failure = undefined;
      try {
        body = markdownBody(props, { ...taken, options: { ...taken.options, format: 'md' } }, labels, urlTransform ?? defaultUrlTransform, problems);
      } catch (error) {
        failure = error;
      }
    }
    devCheck(
      'MarkdownContent',
      ({ describe }) => [
        typeof children !== 'string' && children !== undefined && `children: expected markdown text, received ${describe(children)}`,
        ...problems,
        mdxFailure !== undefined && `children: the text is not valid MDX (${(mdxFailure as Error).message}); shown as markdown`,
        failure !== undefined && `the markdown could not be rendered (${(failure as Error).message})`,
      ],
    );
    return (
      <div ref={ref} {...rest} {...root} className={unstyled ? root.className : `${root.className} rbk-prose`}>
        {body}
      </div>
    );
  }) as MarkdownContentComponent,
  'MarkdownContent',
);
