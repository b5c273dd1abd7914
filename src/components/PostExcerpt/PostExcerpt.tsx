import type { Root } from 'hast';
import type { FunctionComponent, ReactElement } from 'react';
import { resolveLabels, type Labels } from '../../core/labels.js';
import { renderTree, type Components } from '../../render/render.js';
import { decorateContent } from '../../render/decorate.js';
import type { UrlTransform } from '../../core/url.js';
import { named } from '../kit/base.js';
import { builtinComponents } from '../Tabs/Tabs.js';
import { devCheck } from '../kit/checks.js';

/** Props of PostExcerpt; PostCard passes these to its `excerptComponent`. */
export interface PostExcerptProps {
  /** The excerpt: a hast root, as `PostSummary.excerpt` holds it. Required. */
  excerpt: Root;
  /** Overrides for excerpt elements (tag → component), as PostLayout takes them. @default {} */
  components?: Components;
  /** Decides every URL in the excerpt. @default defaultUrlTransform */
  urlTransform?: UrlTransform;
  /** Strings announced for the parts the render adds (a table's scroll region). @default defaultLabels */
  labels?: Partial<Labels>;
  /** Leave the kit's classes off the parts the render adds. @default false */
  unstyled?: boolean;
  /** The post's name (its slug or title), named in development warnings about the excerpt; PostCard passes it. @default undefined */
  postName?: string;
}

/**
 * A post's excerpt with its markup — links, emphasis, code, tables, images — through the kit's render
 * path, as a post body renders: the URL policy, dropped elements and handlers, then `decorateContent`
 * (no heading permalinks: an excerpt's headings are not the page's sections). Renders the content
 * only, no element of its own; PostCard puts it in its `card-excerpt` part, elsewhere wrap it in an
 * element with the `rbk-prose` class. Give it to a card as `excerptComponent={PostExcerpt}`: a card
 * shows its excerpt as plain text otherwise, so an index page that wants no markup does not carry
 * this render path.
 */
export const PostExcerpt = /* @__PURE__ */ named<FunctionComponent<PostExcerptProps>>(function PostExcerpt({
  excerpt,
  components,
  urlTransform,
  labels,
  unstyled,
  postName,
}: PostExcerptProps): ReactElement | null {
  const problems: string[] = [];
  const rendered = renderTree(
    excerpt,
    { labels: resolveLabels(labels), unstyled, components, urlTransform, decorate: decorateContent, builtins: builtinComponents(unstyled), postName },
    problems,
    'excerpt',
  );
  devCheck('PostExcerpt', () => [], problems);
  return rendered;
}, 'PostExcerpt');
