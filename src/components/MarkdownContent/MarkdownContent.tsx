import { forwardRef } from 'react';
import type { Element, Root } from 'hast';
import Markdown from 'react-markdown';
import type { Options as SanitizeSchema } from 'rehype-sanitize';
import type { PluggableList } from 'unified';
import { assembleChain, type HtmlHandling, type rehypeKitSanitize } from '../../markdown/runtime.js';
import { FOOTNOTE_LABEL_ID } from '../../post/index.js';
import { resolveLabels, type Labels } from '../../core/labels.js';
import { prepareTree, type PrepareOptions } from '../../core/prepare.js';
import { decoratePost } from '../../render/decorate.js';
import type { Components } from '../../render/render.js';
import { defaultUrlTransform, type UrlTransform } from '../../core/url.js';
import { describe, reportInvalid } from '../../core/diagnostics.js';
import { codeFrame } from '../CodeBlock/CodeFrame.js';
import { named, rootProps, type KitProps } from '../kit/base.js';

/** Props of MarkdownContent. */
export interface MarkdownContentProps extends Omit<React.ComponentPropsWithoutRef<'div'>, 'children'>, Omit<KitProps<'root'>, 'locale'> {
  /** The markdown text. */
  children: string;
  /** Overrides for elements (tag → component), as react-markdown takes them. @default {} */
  components?: Components;
  /** Decides every URL. @default defaultUrlTransform */
  urlTransform?: UrlTransform;
  /** remark plugins run after remark-gfm and the kit's features. @default [] */
  remarkPlugins?: PluggableList;
  /** rehype plugins run after raw HTML was sanitized, before the kit's passes. @default [] */
  rehypePlugins?: PluggableList;
  /**
   * Raw HTML in the text: shown as text (`'escape'`, as react-markdown does), left out (`'skip'`),
   * or parsed and cleaned by `sanitizer` (`'sanitize'`, the only way HTML renders as HTML).
   * @default 'escape'
   */
  html?: HtmlHandling;
  /**
   * The sanitizer `html: 'sanitize'` runs: pass `rehypeKitSanitize` (from `react-blog-kit`). It is a
   * prop, not built in, because it brings an HTML parser (parse5, about 50 kB gzip) that a page
   * showing markdown without HTML should not download. Without it, `'sanitize'` falls back to
   * `'escape'` and development says so. @default undefined
   */
  sanitizer?: typeof rehypeKitSanitize;
  /** The rehype-sanitize schema used when `html` is `'sanitize'`. @default GitHub's schema */
  sanitizeSchema?: SanitizeSchema;
  /** Prefix for every heading id, to keep ids unique when several documents share a page. @default '' */
  slugPrefix?: string;
  /** A copy button on each code block (a client island). @default false */
  copyButton?: boolean;
}

/** The render pass every component shares (URL policy, permalinks, tables), as a rehype plugin. */
function rehypeKitPrepare(options: PrepareOptions) {
  return (tree: Root) => prepareTree(tree, options);
}

/** The URL policy already ran in the render pass; react-markdown must not apply it a second time. */
const keepUrl = (url: string) => url;

/**
 * The footnotes section as PostLayout draws it: the chain made its heading an h2 with the label
 * id; here it takes `labels.footnotes` and the kit's slot and class.
 */
function rehypeFootnotesLabel(options: { labels: Labels; unstyled?: boolean }) {
  return (tree: Root) => {
    const last = tree.children[tree.children.length - 1];
    if (last?.type !== 'element' || last.properties.dataFootnotes === undefined) return;
    const heading = last.children.find((c): c is Element => c.type === 'element' && c.properties.id === FOOTNOTE_LABEL_ID);
    if (heading) {
      heading.properties = { id: FOOTNOTE_LABEL_ID };
      heading.children = [{ type: 'text', value: options.labels.footnotes }];
    }
    last.properties = { ariaLabelledBy: [FOOTNOTE_LABEL_ID], dataSlot: 'footnotes', className: options.unstyled ? undefined : ['rbk-footnotes'] };
  };
}

/**
 * Markdown text rendered at run time through react-markdown with the kit's markdown chain (the one
 * `parsePost` uses) and its render pass and components map, so it looks like a parsed post. It carries the
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
      html,
      sanitizer,
      sanitizeSchema,
      slugPrefix,
      copyButton = false,
      theme,
      colorScheme,
      className,
      classNames,
      unstyled,
      labels,
      style,
      ...rest
    },
    ref,
  ) {
    const source = typeof children === 'string' ? children : '';
    const problems: string[] = [];
    if (typeof process === 'object' && process.env.NODE_ENV !== 'production') {
      if (typeof children !== 'string' && children !== undefined) problems.push(`children: expected markdown text, received ${describe(children)}`);
      if (html === 'sanitize' && typeof sanitizer !== 'function')
        problems.push(`sanitizer: html="sanitize" needs sanitizer={rehypeKitSanitize}, received ${describe(sanitizer)}; raw HTML is shown as text`);
    }
    const transform = urlTransform ?? defaultUrlTransform;
    const root = rootProps('markdown', { className, classNames, unstyled, theme, colorScheme, style });
    let body: React.ReactNode = null;
    try {
      // Called as a function (it is synchronous and hook-free) so a plugin error is caught here.
      const resolved = resolveLabels(labels);
      const sanitizing = html === 'sanitize' && typeof sanitizer === 'function';
      // Runtime text brings only the base features (callouts, excerpt markers): a host that wants
      // highlighting or math passes the kit's plugins in rehypePlugins / remarkPlugins.
      const chain = assembleChain({
        html: sanitizing ? 'sanitize' : html === 'skip' ? 'skip' : 'escape',
        sanitizeSchema,
        slugPrefix: typeof slugPrefix === 'string' ? slugPrefix : '',
        remarkPlugins: Array.isArray(remarkPlugins) ? remarkPlugins : undefined,
        rehypePlugins: Array.isArray(rehypePlugins) ? rehypePlugins : undefined,
      }, { sanitizer: sanitizing ? sanitizer : undefined }, source);
      body = Markdown({
        children: source,
        components: copyButton === true ? { pre: codeFrame(resolved, unstyled), ...components } : components,
        remarkPlugins: chain.remarkPlugins,
        remarkRehypeOptions: chain.remarkRehypeOptions,
        rehypePlugins: [
          ...chain.rehypePlugins,
          [rehypeFootnotesLabel, { labels: resolved, unstyled }],
          [rehypeKitPrepare, { labels: resolved, urlTransform: transform, unstyled, decorate: decoratePost }],
        ],
        urlTransform: keepUrl,
      });
    } catch (error) {
      if (typeof process === 'object' && process.env.NODE_ENV !== 'production') {
        problems.push(`the markdown could not be rendered (${(error as Error).message})`);
      }
    }
    if (typeof process === 'object' && process.env.NODE_ENV !== 'production') reportInvalid('MarkdownContent', problems);
    return (
      <div ref={ref} {...rest} {...root} className={unstyled ? root.className : `${root.className} rbk-prose`}>
        {body}
      </div>
    );
  }),
  'MarkdownContent',
);
