import { forwardRef } from 'react';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { rehypeKitHeadings, rehypeKitSafety } from '../../parse/rehype-kit.js';
import { resolveLabels } from '../../render/labels.js';
import { prepareTree, type PrepareOptions } from '../../render/prepare.js';
import type { Components } from '../../render/render.js';
import { defaultUrlTransform, type UrlTransform } from '../../render/url.js';
import { describe, reportInvalid } from '../../theme/dev.js';
import { named, rootProps, type KitProps } from '../shared.js';

/** Props of MarkdownContent. */
export interface MarkdownContentProps extends Omit<React.ComponentPropsWithoutRef<'div'>, 'children'>, Omit<KitProps<'root'>, 'locale'> {
  /** The markdown text. */
  children: string;
  /** Overrides for elements (tag → component), as react-markdown takes them. @default {} */
  components?: Components;
  /** Decides every URL. @default defaultUrlTransform */
  urlTransform?: UrlTransform;
  /** remark plugins run after remark-gfm. @default [] */
  remarkPlugins?: PluggableList;
  /** rehype plugins run before the kit's heading and safety passes. @default [] */
  rehypePlugins?: PluggableList;
  /** Leave raw HTML out instead of showing it as text. @default false */
  skipHtml?: boolean;
  /** Prefix for every heading id, to keep ids unique when several documents share a page. @default '' */
  slugPrefix?: string;
  /** BCP 47 locale (kept for symmetry with the other components). @default 'en-US' */
  locale?: string;
}

function rehypeKitPrepare(options: PrepareOptions) {
  return (tree: unknown) => prepareTree(tree, options);
}

/**
 * Markdown text rendered at run time through react-markdown with remark-gfm, the kit's heading ids
 * and ranks, its safety pass and components map, so it looks like a parsed post. It carries the
 * markdown parser: import it only where the text is not known at build time.
 */
export const MarkdownContent = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, MarkdownContentProps>(function MarkdownContent(
    {
      children,
      components,
      urlTransform,
      remarkPlugins,
      rehypePlugins,
      skipHtml = false,
      slugPrefix,
      theme,
      colorScheme,
      className,
      classNames,
      unstyled,
      labels,
      locale: _locale,
      style,
      ...rest
    },
    ref,
  ) {
    const source = typeof children === 'string' ? children : '';
    if (typeof children !== 'string' && children !== undefined)
      reportInvalid('MarkdownContent', [`children: expected markdown text, received ${describe(children)}`]);
    const transform = urlTransform ?? defaultUrlTransform;
    const root = rootProps('markdown', { className, classNames, unstyled, theme, colorScheme, style });
    let body: React.ReactNode = null;
    try {
      // Called as a function (it is synchronous and hook-free) so a plugin error is caught here.
      body = Markdown({
        children: source,
        components,
        urlTransform: transform,
        remarkPlugins: [remarkGfm, ...(Array.isArray(remarkPlugins) ? remarkPlugins : [])],
        rehypePlugins: [
          ...(Array.isArray(rehypePlugins) ? rehypePlugins : []),
          [rehypeKitHeadings, { slugPrefix: typeof slugPrefix === 'string' ? slugPrefix : '' }],
          [rehypeKitSafety, { html: skipHtml ? 'skip' : 'escape' }],
          [rehypeKitPrepare, { labels: resolveLabels(labels), urlTransform: transform, unstyled }],
        ],
      });
    } catch (error) {
      reportInvalid('MarkdownContent', [`the markdown could not be rendered (${(error as Error).message})`]);
    }
    return (
      <div ref={ref} {...rest} {...root} className={unstyled ? root.className : `${root.className} rbk-prose`}>
        {body}
      </div>
    );
  }),
  'MarkdownContent',
);
