import type { Element, Nodes, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import type { VFile } from 'vfile';
import { eachNode, eachParent } from '../tree/walk.js';

/** Options of {@link rehypeKitSanitize}. */
export interface KitSanitizeOptions {
  /** The rehype-sanitize schema. @default githubSchema */
  schema?: SanitizeSchema;
}

/**
 * GitHub's schema: rehype-sanitize's `defaultSchema` (GitHub's rules as hast-util-sanitize keeps
 * them) plus the phrasing and figure elements GitHub's README renderer also lets through.
 */
export const githubSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'abbr',
    'bdo',
    'caption',
    'cite',
    'dfn',
    'figcaption',
    'figure',
    'mark',
    'small',
    'time',
    'wbr',
  ],
};

/** A raw node that is whole HTML comments and white space (`<!-- more -->`, `<!-- a --> <!-- b -->`). */
const COMMENT_ONLY = /^\s*(?:<!--(?:(?!-->)[\s\S])*-->\s*)+$/;
const COMMENT = /<!--(?:(?!-->)[\s\S])*-->/g;
const isCommentOnly = (node: Nodes) => node.type === 'raw' && COMMENT_ONLY.test(node.value);

/**
 * Drops every raw node that is only comments, keeping the white space around them as the parser
 * would (whether or not other raw HTML follows, so each comment is treated alike), and says whether
 * any other raw HTML is left: the only input the GitHub schema has anything
 * to clean in. The schema drops comments, so they are no reason to re-parse, and a post whose only
 * HTML is an excerpt marker (`<!-- more -->`) keeps the fast path.
 */
function dropCommentsFindRaw(tree: Root, file: VFile): boolean {
  // Markdown without a `<` has no raw HTML: one string search instead of a walk of the tree.
  if (typeof file.value === 'string' && !file.value.includes('<')) return false;
  let found = false;
  eachParent<Root | Nodes>(tree, (parent) => {
    if (!('children' in parent)) return;
    if (parent.children.some(isCommentOnly)) {
      const kept: Nodes[] = [];
      for (const child of parent.children) {
        if (!isCommentOnly(child)) kept.push(child);
        else {
          const space = (child as { value: string }).value.replace(COMMENT, '');
          if (space !== '') kept.push({ type: 'text', value: space });
        }
      }
      parent.children = kept as typeof parent.children;
    }
    found ||= parent.children.some((child) => child.type === 'raw');
  });
  return found;
}

const PREFIX = 'user-content-';
const CLOBBERED = ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'] as const;

/**
 * remark-rehype already prefixed the footnote ids it made; the sanitizer prefixes every id once
 * more, so the prefix is taken off the elements markdown made before the raw HTML joins them.
 */
function unprefixMarkdownIds(tree: Root) {
  eachNode<Nodes>(tree, (node) => {
    if (node.type !== 'element') return;
    const properties: Record<string, unknown> = node.properties;
    for (const key of CLOBBERED) {
      const value = properties[key];
      if (typeof value === 'string' && value.startsWith(PREFIX)) properties[key] = value.slice(PREFIX.length);
      else if (Array.isArray(value)) properties[key] = value.map((v) => (typeof v === 'string' && v.startsWith(PREFIX) ? v.slice(PREFIX.length) : v));
    }
  });
}

/** After the sanitizer prefixed ids with `user-content-`, points in-page links at the new ids. */
function relinkClobbered(tree: Root) {
  const ids = new Set<string>();
  const links: Element[] = [];
  eachNode<Nodes>(tree, (node) => {
    if (node.type !== 'element') return;
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    if (node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('#')) links.push(node);
  });
  for (const link of links) {
    const target = String(link.properties.href).slice(1);
    if (!ids.has(target) && ids.has(`${PREFIX}${target}`)) link.properties.href = `#${PREFIX}${target}`;
  }
}

/**
 * rehype plugin: raw HTML parsed (rehype-raw) and cleaned (rehype-sanitize, GitHub's schema unless
 * `schema` is given), with in-page links following the ids the sanitizer prefixed. A tree with no
 * raw HTML but comments under the default schema skips both (`dropCommentsFindRaw`): that schema
 * keeps everything markdown makes, and re-parsing would only cost time.
 */
export function rehypeKitSanitize(options: KitSanitizeOptions = {}) {
  const raw = rehypeRaw();
  const sanitize = rehypeSanitize(options.schema ?? githubSchema);
  return (tree: Root, file: VFile): Root => {
    if (options.schema === undefined && !dropCommentsFindRaw(tree, file)) return tree;
    unprefixMarkdownIds(tree);
    const clean = sanitize(raw(tree, file));
    relinkClobbered(clean);
    return clean;
  };
}
