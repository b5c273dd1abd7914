import type { Element, Nodes, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import type { VFile } from 'vfile';
import { eachNode, eachParent } from '../core/walk.js';
import { restoreFootnoteLabel } from './footnotes.js';
import { optionsOf, requireObject } from '../post/arguments.js';

/** Options of {@link rehypeKitSanitize}. */
export interface KitSanitizeOptions {
  /** The rehype-sanitize schema. @default githubSchema */
  schema?: SanitizeSchema;
}

/**
 * GitHub's schema: rehype-sanitize's `defaultSchema` (GitHub's rules as hast-util-sanitize keeps
 * them) plus the phrasing and figure elements GitHub's README renderer also lets through.
 */
export const githubSchema: SanitizeSchema = /* @__PURE__ */ withGithubTags(defaultSchema);

// A function, so the schema is a pure call a bundler can drop from a page that never sanitizes.
function withGithubTags(base: SanitizeSchema): SanitizeSchema {
  return {
    ...base,
    tagNames: [
      ...(base.tagNames ?? []),
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
}

/**
 * The sanitizer runs over the whole tree once it holds raw HTML, so the attributes the kit's own
 * markdown parts carry (a callout's `role="note"`, `data-callout` and title, the `data-slot`s the
 * render pass styles) are let through whatever the schema: without them one `<kbd>` in a post
 * turned every callout of it into plain paragraphs. Raw HTML may write them too; they only style.
 */
function withKitParts(schema: SanitizeSchema): SanitizeSchema {
  const attributes = schema.attributes ?? {};
  return {
    ...schema,
    attributes: {
      ...attributes,
      div: [...(attributes.div ?? []), ['role', 'note']],
      '*': [...(attributes['*'] ?? []), 'dataSlot', 'dataCallout', 'dataCalloutLabel'],
    },
  };
}

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

/** An inline tag with its attributes as CommonMark reads one, and a closing tag: one tag, nothing else. */
const OPEN_TAG = /^<([a-z][a-z\d-]*)(?:\s+[a-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*(\/?)>$/i;
const CLOSE_TAG = /^<\/([a-z][a-z\d-]*)\s*>$/i;
const VOID = new Set(['br', 'hr', 'img', 'wbr']);
/** Phrasing elements the HTML parser opens and closes where they stand (no implied end, no other mode). */
const IN_PLACE = new Set(['br', 'img', 'wbr', 'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/** Elements an HTML block, or a run of blocks, may open and close (with the inline ones) and still be parsed alone. */
const BLOCKS = new Set([
  'blockquote', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
  'li', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
// Not `new Set([...IN_PLACE, …])`: a spread at module scope is code a bundler must keep, and this module
// shares a chunk with what every page imports.
const IN_BLOCK: Pick<ReadonlySet<string>, 'has'> = { has: (name) => IN_PLACE.has(name) || BLOCKS.has(name) };

/**
 * SVG drawing elements the HTML parser keeps in foreign content where they stand. None is a tag that
 * breaks out of SVG (`<b>`, `<p>`, `<span>`…: the parser closes the SVG, and a later `<circle/>` is
 * an HTML element left open) or an HTML integration point (`<foreignObject>`, `<desc>`, `<title>`,
 * whose content is HTML again); `<style>` and `<script>` are left out too, since their text is
 * markup inside SVG but not outside it.
 */
const SVG = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan',
  'lineargradient', 'radialgradient', 'stop', 'clippath', 'mask', 'pattern', 'marker',
]);

/** Whether the parser is inside an `<svg>`: only SVG elements are ever pushed there, so the last one open says. */
const inSvg = (open: readonly string[]) => open.length > 0 && SVG.has(open[open.length - 1]!);

/**
 * Follows one tag on the stack of `open` elements: false when it is not a whole tag named in
 * `names`, closes another element than the last one open, or leaves a non-void element open by a
 * self-closing slash (`<span/>`), which HTML ignores. An `<svg>` may open anywhere; inside it only
 * {@link SVG} elements may, and there a self-closing slash closes the element (foreign content).
 */
function follow(open: string[], tag: string, names: Pick<ReadonlySet<string>, 'has'>): boolean {
  const start = OPEN_TAG.exec(tag);
  const name = (start ?? CLOSE_TAG.exec(tag))?.[1]?.toLowerCase();
  if (name === undefined) return false;
  const foreign = inSvg(open);
  if (foreign ? !SVG.has(name) : !names.has(name) && name !== 'svg') return false;
  if (!foreign && VOID.has(name)) return start !== null; // `</br>` is read as `<br>`
  if (!start) return open.pop() === name;
  if (start[2]) return foreign || name === 'svg';
  open.push(name);
  return true;
}

/**
 * Whether the raw nodes among one element's children are whole tags that open and close in order:
 * then parsing them leaves the HTML parser as it found them, and what follows parses alike.
 */
function balanced(children: readonly Nodes[]): boolean {
  const open: string[] = [];
  for (const child of children) if (child.type === 'raw' && !follow(open, child.value, IN_PLACE)) return false;
  return open.length === 0;
}

/** A tag (no `<` or `>` inside: a quoted `>` makes it fail the tag test, so the block goes whole) or text. */
const PIECE = /<[^<>]*>|[^<]+/y;
/** A `<style>` start tag, its name ending where the tokenizer ends it. */
const STYLE_START = /^<style[\t\n\f\r />]/i;
/** Where a `<style>` element's text ends: the parser reads it as text up to `</style` and a space, `/` or `>`. */
const STYLE_END = /<\/style[\t\n\f\r />]/gi;

/**
 * Follows the tags of an HTML block (a raw node of the root, such as `<div class="filename">a.js</div>`
 * or an `<img>` line) on the stack of `open` elements: false when it holds anything but text, tags
 * from {@link IN_BLOCK} and SVG drawings, and `<style>` elements that end within it.
 */
function followBlock(open: string[], html: string): boolean {
  PIECE.lastIndex = 0;
  while (PIECE.lastIndex < html.length) {
    const piece = PIECE.exec(html)?.[0];
    if (piece === undefined) return false; // a `<` that starts no tag: a comment, a doctype, a lone `<`
    if (!piece.startsWith('<')) continue;
    if (STYLE_START.test(piece) && !inSvg(open)) {
      // A whole start tag (HTML ignores a slash in `<style/>`). Its text, `<` and `>` included, is not
      // markup: skip to its end tag, which must be whole too.
      if (!OPEN_TAG.test(piece)) return false;
      STYLE_END.lastIndex = PIECE.lastIndex;
      const end = STYLE_END.exec(html);
      if (!end) return false;
      PIECE.lastIndex = end.index;
      const close = PIECE.exec(html)?.[0];
      if (close === undefined || CLOSE_TAG.exec(close)?.[1]!.toLowerCase() !== 'style') return false;
      continue;
    }
    if (!follow(open, piece, IN_BLOCK)) return false;
  }
  return true;
}

const isSpace = (node: Nodes) => node.type === 'text' && node.value.trim() === '';

/** Whether a block other than an HTML block holds raw nodes, and whether they all close where they open. */
function rawIn(block: Nodes): 'none' | 'balanced' | 'open' {
  let found: 'none' | 'balanced' | 'open' = 'none';
  eachParent<Nodes>(block, (parent) => {
    if (found === 'open') return false;
    if ('children' in parent && parent.children.some((child) => child.type === 'raw')) found = balanced(parent.children) ? 'balanced' : 'open';
  });
  return found;
}

/**
 * The runs of top-level blocks the HTML parser must see, as `[start, end)` indexes, or `undefined`
 * when it must see the whole tree. A block whose raw nodes are all inline tags from {@link IN_PLACE}
 * that open and close within their element is a run of its own; so is an HTML block whose tags all
 * close within it. An HTML block that leaves elements open starts a run that goes on, over white space,
 * markdown blocks of the first kind and more HTML blocks, up to the one that closes them all: a table
 * written in HTML over several blocks, or `<details>` around markdown. Each run leaves the HTML parser
 * as it found it, so it parses alone as in the whole document; the blocks outside any run are left as
 * markdown made them (the parser would only copy them).
 */
export function blocksWithRaw(tree: Root): [number, number][] | undefined {
  const runs: [number, number][] = [];
  const children = tree.children;
  for (let index = 0; index < children.length; index++) {
    const block = children[index]!;
    if (block.type === 'raw') {
      const open: string[] = [];
      let end = index;
      for (;;) {
        const node = children[end];
        if (!node) return undefined; // the document ends with an element still open
        if (node.type === 'raw' ? !followBlock(open, node.value) : !isSpace(node) && rawIn(node) === 'open') return undefined;
        end++;
        if (open.length === 0) break;
      }
      runs.push([index, end]);
      index = end - 1;
      continue;
    }
    const found = rawIn(block);
    if (found === 'open') return undefined;
    if (found === 'balanced') runs.push([index, index + 1]);
  }
  return runs;
}

/**
 * Runs the HTML parser over `node` and gives back what markdown attached to its elements (`data`,
 * such as a code block's meta string), which the parser's copy would lose: found again by tag name
 * and source offset.
 */
export function reparse(node: Root | RootContent, file: VFile): Root | RootContent {
  const data = new Map<number, Element>();
  // The node itself too: a block that is one element (an MDX component holding raw HTML) keeps its data.
  const collect = (child: Nodes) => {
    const offset = child.position?.start.offset;
    if (child.type === 'element' && child.data && offset !== undefined) data.set(offset, child);
  };
  collect(node);
  eachNode<Nodes>(node, collect);
  const parsed = raw(node, { file }) as Root | RootContent;
  if (data.size) {
    const restore = (child: Nodes) => {
      const before = child.type === 'element' ? data.get(child.position?.start.offset ?? -1) : undefined;
      if (before && before.tagName === (child as Element).tagName) (child as Element).data = before.data;
    };
    restore(parsed);
    eachNode<Nodes>(parsed, restore);
  }
  return parsed;
}

/** The tree with its raw HTML parsed: only the blocks that hold some, when that parses alike. */
export function parseRaw(tree: Root, file: VFile): Root {
  const runs = blocksWithRaw(tree);
  if (!runs) return reparse(tree, file) as Root;
  for (let i = runs.length; i--; ) {
    const [start, end] = runs[i]!;
    const parsed = reparse(end - start === 1 ? tree.children[start]! : { type: 'root', children: tree.children.slice(start, end) }, file);
    tree.children.splice(start, end - start, ...(parsed.type === 'root' ? parsed.children : [parsed]));
  }
  return tree;
}

/**
 * rehype plugin: raw HTML parsed (hast-util-raw, what rehype-raw runs, over the blocks that hold it when
 * that parses alike, see {@link parseRaw}) and cleaned (rehype-sanitize over the whole tree, GitHub's
 * schema unless `schema` is given), with in-page links following the ids the sanitizer prefixed and
 * the footnotes label keeping its own. A tree with no raw HTML but comments under the default schema
 * skips both (`dropCommentsFindRaw`): that schema keeps everything markdown makes, and re-parsing
 * would only cost time.
 */
export function rehypeKitSanitize(sanitizeOptions?: KitSanitizeOptions) {
  const options = optionsOf('rehypeKitSanitize', 'options', sanitizeOptions);
  if (options.schema !== undefined) requireObject('rehypeKitSanitize', 'options.schema', options.schema, 'a rehype-sanitize schema (an object) or undefined');
  const sanitize = rehypeSanitize(withKitParts(options.schema ?? githubSchema));
  return (tree: Root, file: VFile): Root => {
    if (options.schema === undefined && !dropCommentsFindRaw(tree, file)) return tree;
    unprefixMarkdownIds(tree);
    const clean = sanitize(parseRaw(tree, file));
    relinkClobbered(clean);
    restoreFootnoteLabel(clean);
    return clean;
  };
}
