import { forwardRef } from 'react';
import type { Element, Root } from 'hast';
import Markdown from 'react-markdown';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { remarkKitCallouts } from '../../markdown/callouts.js';
import type { HtmlHandling } from '../../parse/options.js';
import { rehypeKitHeadings, rehypeKitSafety } from '../../parse/rehype-kit.js';
import { resolveLabels, type Labels } from '../../render/labels.js';
import { prepareTree, type PrepareOptions } from '../../render/prepare.js';
import type { Components } from '../../render/render.js';
import { defaultUrlTransform, type UrlTransform } from '../../render/url.js';
import { describe, reportInvalid } from '../../theme/dev.js';
import { codeFrame } from '../CodeBlock/CodeFrame.js';
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
  /**
   * Raw HTML in the text: shown as text (`'escape'`), left out (`'skip'`), or parsed and cleaned by
   * rehype-sanitize (`'sanitize'`, the only way HTML renders as HTML). @default 'escape'
   */
  html?: HtmlHandling;
  /** The rehype-sanitize schema used when `html` is `'sanitize'`. @default GitHub's schema */
  sanitizeSchema?: SanitizeSchema;
  /** Prefix for every heading id, to keep ids unique when several documents share a page. @default '' */
  slugPrefix?: string;
  /** A copy button on each code block (a client island). @default false */
  copyButton?: boolean;
  /** BCP 47 locale (kept for symmetry with the other components). @default 'en-US' */
  locale?: string;
}

function rehypeKitPrepare(options: PrepareOptions) {
  return (tree: unknown) => prepareTree(tree, options);
}

function findElement(node: Root | Element, test: (el: Element) => boolean): Element | undefined {
  const stack = [...node.children];
  while (stack.length > 0) {
    const child = stack.shift()!;
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    stack.push(...child.children);
  }
  return undefined;
}

/**
 * rehype-sanitize prefixes ids with `user-content-` (against DOM clobbering) but not the in-page
 * links to them; point those links at the prefixed ids, as the parser does.
 */
function rehypeRelinkClobbered() {
  return (tree: Root) => {
    const ids = new Set<string>();
    const links: Element[] = [];
    const stack: (Root | Element)[] = [tree];
    while (stack.length > 0) {
      const node = stack.pop()!;
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (typeof child.properties.id === 'string') ids.add(child.properties.id);
        if (child.tagName === 'a' && typeof child.properties.href === 'string' && child.properties.href.startsWith('#')) links.push(child);
        stack.push(child);
      }
    }
    for (const link of links) {
      const target = String(link.properties.href).slice(1);
      if (!ids.has(target) && ids.has(`user-content-${target}`)) link.properties.href = `#user-content-${target}`;
    }
  };
}

/**
 * The footnotes section remark-rehype appends: its heading keeps the id the references point to
 * (the heading pass renamed it), takes `labels.footnotes`, and is shown like PostLayout's.
 */
function rehypeKitFootnotes(options: { labels: Labels; unstyled?: boolean }) {
  return (tree: Root) => {
    const section = findElement(tree, (el) => el.tagName === 'section' && 'dataFootnotes' in el.properties);
    const heading = section && findElement(section, (el) => /^h[2-6]$/.test(el.tagName));
    if (!section || !heading) return;
    const ref = findElement(tree, (el) => 'dataFootnoteRef' in el.properties);
    const by = ref?.properties.ariaDescribedBy;
    const id = String((Array.isArray(by) ? by[0] : by) ?? heading.properties.id);
    heading.properties = { id };
    heading.children = [{ type: 'text', value: options.labels.footnotes }];
    section.properties = { ariaLabelledBy: [id], dataSlot: 'footnotes', className: options.unstyled ? undefined : ['rbk-footnotes'] };
  };
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
      html = 'escape',
      sanitizeSchema,
      slugPrefix,
      copyButton = false,
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
    const problems: string[] = [];
    if (typeof process === 'object' && process.env.NODE_ENV !== 'production') {
      if (typeof children !== 'string' && children !== undefined) problems.push(`children: expected markdown text, received ${describe(children)}`);
    }
    const transform = urlTransform ?? defaultUrlTransform;
    const root = rootProps('markdown', { className, classNames, unstyled, theme, colorScheme, style });
    let body: React.ReactNode = null;
    try {
      // Called as a function (it is synchronous and hook-free) so a plugin error is caught here.
      const resolved = resolveLabels(labels);
      const sanitize = html === 'sanitize';
      body = Markdown({
        children: source,
        components: copyButton === true ? { pre: codeFrame(resolved, unstyled), ...components } : components,
        // Sanitizing prefixes ids itself; prefixing footnote ids before it would do it twice.
        remarkRehypeOptions: sanitize ? { clobberPrefix: '' } : undefined,
        urlTransform: transform,
        remarkPlugins: [remarkGfm, remarkKitCallouts, ...(Array.isArray(remarkPlugins) ? remarkPlugins : [])],
        rehypePlugins: [
          ...(sanitize ? [rehypeRaw] : []),
          ...(Array.isArray(rehypePlugins) ? rehypePlugins : []),
          ...(sanitize ? [[rehypeSanitize, sanitizeSchema ?? defaultSchema], rehypeRelinkClobbered] : []),
          [rehypeKitHeadings, { slugPrefix: typeof slugPrefix === 'string' ? slugPrefix : '' }],
          [rehypeKitSafety, { html: html === 'skip' ? 'skip' : sanitize ? 'sanitize' : 'escape' }],
          [rehypeKitFootnotes, { labels: resolved, unstyled }],
          [rehypeKitPrepare, { labels: resolved, urlTransform: transform, unstyled }],
        ] as PluggableList,
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
