/**
 * MDX: `.mdx` posts read with the field's MDX syntax (remark-mdx) and turned into data, never run.
 * A component (`<Note type="tip">`) becomes an element that names it and holds its props as JSON
 * read from the props' syntax tree; lower-case JSX is HTML and goes the way raw HTML goes (the
 * `html` policy and its sanitizer); `import`/`export` go, `export const meta = {…}` (or `metadata`,
 * `frontmatter`) is read as data;
 * `{/* comments *\/}` go, `{/* truncate *\/}` (or `more`) ends the excerpt and `## Title {/*id*\/}` or
 * `## Title {#id}` set a heading's id. Nothing is evaluated: every value is read from literals.
 */
import type { Element, ElementContent } from 'hast';
import type { Heading, Html, Parents, Root, RootContent, Text } from 'mdast';
import remarkMdx from 'remark-mdx';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import type { FeatureHandlers, MarkdownFeature } from './feature.js';
import { unsafeProp } from '../core/props.js';
import { fenceRuns } from './fences.js';
import { rehypeKitMdxBuiltins } from './mdx-builtins.js';

/** A prop value a post may hold: what JSON holds. */
export type MdxValue = string | number | boolean | null | MdxValue[] | { [key: string]: MdxValue };

/**
 * What a component element of the tree carries on its `data`: the component's name as the post
 * wrote it (`Note`, `Tabs.Item`) and its props, read statically. The element itself is a `div`
 * (written as a block) or a `span` (inside a paragraph), so a renderer that knows nothing of
 * components shows its children.
 */
export interface MdxComponentData {
  component: string;
  props: Record<string, MdxValue>;
  /** The line of the source it was written on, for development warnings; never rendered. */
  line?: number;
}

/** Options of the mdx feature. */
export interface MdxOptions {
  /**
   * The syntax of the body: `'mdx'` reads it as MDX (JSX, expressions, `import`/`export`); `'md'`
   * as CommonMark and GFM. `parsePost` takes `'mdx'` for a `filename` ending in `.mdx`.
   * @default 'md'
   */
  format?: 'md' | 'mdx';
}

declare module 'vfile' {
  interface DataMap {
    /** The literal fields of `export const meta = { … }` in an MDX body. */
    mdxMeta: Record<string, MdxValue>;
    /** The line of the source file the body starts at (after frontmatter), for the lines components record. @default 1 */
    mdxFirstLine: number;
  }
}

// The few shapes of estree this module reads; the rest of a node is never looked at.
interface EsNode {
  type: string;
  [key: string]: unknown;
}
interface MdxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string; data?: { estree?: EsNode } };
}
interface MdxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: MdxAttribute[];
  children: RootContent[];
  data?: { kitComponent?: MdxComponentData };
  position?: RootContent['position'];
}
interface MdxExpression {
  type: 'mdxFlowExpression' | 'mdxTextExpression' | 'mdxjsEsm';
  value: string;
  data?: { estree?: EsNode };
  position?: RootContent['position'];
}

const NOT_LITERAL = Symbol('not a literal');

/** The value of an estree expression made only of literals, or {@link NOT_LITERAL}. */
export function literalOf(node: EsNode | null | undefined): MdxValue | typeof NOT_LITERAL {
  if (!node) return NOT_LITERAL;
  switch (node.type) {
    case 'Literal': {
      const value = node.value;
      // A regular expression or a bigint is a Literal too, but no JSON value.
      if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
      return typeof value === 'number' && Number.isFinite(value) ? value : NOT_LITERAL;
    }
    case 'TemplateLiteral': {
      const quasis = node.quasis as { value: { cooked: string | null } }[];
      if ((node.expressions as unknown[]).length || quasis.length !== 1 || quasis[0]!.value.cooked === null) return NOT_LITERAL;
      return quasis[0]!.value.cooked;
    }
    case 'UnaryExpression': {
      const argument = literalOf(node.argument as EsNode);
      if (typeof argument !== 'number' || (node.operator !== '-' && node.operator !== '+')) return NOT_LITERAL;
      return node.operator === '-' ? -argument : argument;
    }
    case 'ArrayExpression': {
      const values: MdxValue[] = [];
      for (const element of node.elements as (EsNode | null)[]) {
        const value = element?.type === 'SpreadElement' ? NOT_LITERAL : literalOf(element);
        if (value === NOT_LITERAL) return NOT_LITERAL;
        values.push(value);
      }
      return values;
    }
    case 'ObjectExpression': {
      const object: Record<string, MdxValue> = {};
      for (const property of node.properties as EsNode[]) {
        if (property.type !== 'Property' || property.kind !== 'init' || property.computed || property.method || property.shorthand) return NOT_LITERAL;
        const key = property.key as EsNode;
        const name = key.type === 'Identifier' ? (key.name as string) : key.type === 'Literal' ? String(key.value) : undefined;
        const value = literalOf(property.value as EsNode);
        if (name === undefined || value === NOT_LITERAL || name === '__proto__') return NOT_LITERAL;
        object[name] = value;
      }
      return object;
    }
    default:
      return NOT_LITERAL;
  }
}

/** The expression of an MDX expression's program (`{…}`), when it holds one. */
function expressionOf(program: EsNode | undefined): EsNode | undefined {
  const body = program?.body as EsNode[] | undefined;
  return body?.length === 1 && body[0]!.type === 'ExpressionStatement' ? (body[0]!.expression as EsNode) : undefined;
}

/** A component's name: capitalised, or a member (`Tabs.Item`); anything else is an HTML tag. */
const isComponentName = (name: string) => /^[A-Z]/.test(name) || name.includes('.');

/** The props of a JSX element read statically; each one that is not a literal is reported and left out. */
function readProps(element: MdxElement, file: VFile | undefined): Record<string, MdxValue> {
  const props: Record<string, MdxValue> = {};
  for (const attribute of element.attributes) {
    const where = `\`<${element.name}>\``;
    if (attribute.type === 'mdxJsxExpressionAttribute' || attribute.name === undefined) {
      file?.message(`Left out a spread of props on ${where}: props are read as data, and a spread is code.`, element as never);
      continue;
    }
    const name = attribute.name;
    if (unsafeProp.test(name)) {
      file?.message(`Left out \`${name}\` on ${where}: a post cannot attach code or raw HTML to an element.`, element as never);
      continue;
    }
    const raw = attribute.value;
    let value: MdxValue | typeof NOT_LITERAL;
    if (raw === null || raw === undefined) value = true;
    else if (typeof raw === 'string') value = raw;
    else value = literalOf(expressionOf(raw.data?.estree));
    if (value === NOT_LITERAL) {
      file?.message(
        `Left out \`${name}={${typeof raw === 'object' && raw ? raw.value : ''}}\` on ${where}: expected a literal (text, number, boolean, null, list or object); code is never run.`,
        element as never,
      );
      continue;
    }
    if (name === '__proto__') continue;
    props[name] = value;
  }
  return props;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const HTML_NAMES: Record<string, string> = { className: 'class', htmlFor: 'for' };

/** A lower-case JSX element as the HTML tags raw HTML would have written: the same policy treats both. */
function htmlTags(element: MdxElement, file: VFile | undefined): { open: string; close?: string } {
  const name = element.name!;
  let attributes = '';
  for (const [key, value] of Object.entries(readProps(element, file))) {
    if (value === false || value === null) continue;
    if (typeof value === 'object') {
      file?.message(`Left out \`${key}\` on \`<${name}>\`: an HTML attribute takes text, not a list or object.`, element as never);
      continue;
    }
    const attribute = HTML_NAMES[key] ?? key;
    attributes += value === true ? ` ${attribute}` : ` ${attribute}="${escapeAttribute(String(value))}"`;
  }
  if (VOID_TAGS.has(name.toLowerCase())) return { open: `<${name}${attributes}>` };
  return { open: `<${name}${attributes}>`, close: `</${name}>` };
}

const COMMENT = /^\s*\/\*([\s\S]*)\*\/\s*$/;
const TRUNCATE = /^\s*(?:truncate|more)\s*$/i;
const HEADING_ID = /^\s*([A-Za-z][\w.:-]*)\s*$/;

/** The text of an expression that is a comment alone (`{/* text *\/}`), or undefined. */
function commentOf(node: MdxExpression): string | undefined {
  const program = node.data?.estree;
  if (program && (program.body as unknown[]).length) return undefined;
  return COMMENT.exec(node.value)?.[1];
}

// The names posts give their data: `meta` (the Next.js starters), `metadata` (`@next/mdx`'s App Router pages),
// `frontmatter` / `frontMatter` (MDX 1 and Docusaurus).
const META_NAMES = new Set(['meta', 'metadata', 'frontmatter', 'frontMatter']);

/** `new Date('2024-05-10')` in a meta object: the date as written, which the fields reader reads. */
function dateOf(node: EsNode | undefined): string | undefined {
  if (node?.type !== 'NewExpression' || (node.callee as EsNode).type !== 'Identifier' || (node.callee as EsNode).name !== 'Date') return undefined;
  const args = node.arguments as EsNode[];
  const only = args.length === 1 ? literalOf(args[0]) : undefined;
  return typeof only === 'string' ? only : undefined;
}

/**
 * `export const meta = { … }` (or `metadata`, `frontmatter`): its fields whose values are literals (a
 * `new Date('…')` of a literal reads as that date), and the names of the others, which are left out.
 */
function metaOf(node: MdxExpression): { fields: Record<string, MdxValue>; leftOut: string[] } | undefined {
  for (const statement of (node.data?.estree?.body as EsNode[] | undefined) ?? []) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? (statement.declaration as EsNode | null) : undefined;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations as EsNode[]) {
      const init = declarator.init as EsNode | undefined;
      if (!META_NAMES.has((declarator.id as EsNode).name as string) || init?.type !== 'ObjectExpression') continue;
      const fields: Record<string, MdxValue> = {};
      const leftOut: string[] = [];
      for (const property of init.properties as EsNode[]) {
        const key = property.key as EsNode | undefined;
        const name = property.computed ? undefined : key?.type === 'Identifier' ? (key.name as string) : key?.type === 'Literal' ? String(key.value) : undefined;
        const literal = property.type === 'Property' && property.kind === 'init' && !property.method && !property.shorthand ? literalOf(property.value as EsNode) : NOT_LITERAL;
        const value = literal === NOT_LITERAL ? dateOf(property.value as EsNode) : literal;
        if (name === undefined || name === '__proto__' || value === undefined) leftOut.push(name ?? '…');
        else fields[name] = value;
      }
      return { fields, leftOut };
    }
  }
  return undefined;
}

/** A heading's trailing `{/*id*\/}`, or `{#id}` (escaped before parsing, see {@link prepareMdxSource}), as the `{#id}` text the heading pass reads. */
function headingId(heading: Heading) {
  const children = heading.children as RootContent[];
  let last = children.length - 1;
  while (last >= 0 && children[last]!.type === 'text' && (children[last] as Text).value.trim() === '') last--;
  const node = children[last];
  let id: string | undefined;
  if (node?.type === 'mdxTextExpression') {
    id = HEADING_ID.exec(commentOf(node as unknown as MdxExpression) ?? '')?.[1];
    if (id) children.splice(last);
  } else if (node?.type === 'text') {
    const escaped = /\s*\{#([A-Za-z][\w.:-]*)$/.exec(node.value);
    if (escaped) {
      id = escaped[1];
      node.value = node.value.slice(0, escaped.index);
      children.splice(node.value ? last + 1 : last);
    }
  }
  if (!id) return;
  const before = children[children.length - 1];
  if (before?.type === 'text') before.value = before.value.trimEnd();
  // The heading pass (headings.ts) takes a trailing `{#id}` as the id and removes it.
  children.push({ type: 'text', value: `{#${id}}` });
}

/** HTML elements that end a paragraph they open in. */
const BLOCK_HTML = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul',
]);

const isBlockHtmlOrSpace = (node: RootContent) =>
  (node.type === 'text' && node.value.trim() === '') ||
  (node.type === 'mdxJsxTextElement' && node.name !== null && !isComponentName(node.name) && BLOCK_HTML.has(node.name.toLowerCase()));

/** The nodes one MDX node becomes (itself, changed, when it stays). */
function transform(node: RootContent, file: VFile | undefined): RootContent[] {
  switch (node.type as string) {
    case 'mdxjsEsm': {
      const found = metaOf(node as unknown as MdxExpression);
      if (found && file) {
        const meta = found.fields;
        for (const name of found.leftOut) {
          file.message(`Left out \`${name}\` of the exported meta: expected a literal (text, number, boolean, null, list, object or new Date('…')); code is never run.`, node as never);
        }
        file.data.mdxMeta = { ...file.data.mdxMeta, ...meta };
        // Parse path: a meta title is the post's title when the frontmatter gave none, so a leading
        // `# Title` repeating it goes as it would for a frontmatter title (see rehypeKitLeadingTitle).
        if (typeof meta.title === 'string' && meta.title.trim() && !file.data.kitTitle) file.data.kitTitle = meta.title;
      }
      return [];
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const expression = node as unknown as MdxExpression;
      const comment = commentOf(expression);
      if (comment !== undefined) {
        // The excerpt feature reads an HTML comment as the marker; the safety pass drops it after.
        return TRUNCATE.test(comment) ? [{ type: 'html', value: '<!-- truncate -->', position: node.position } satisfies Html] : [];
      }
      const value = literalOf(expressionOf(expression.data?.estree));
      if (typeof value === 'string' || typeof value === 'number') return [{ type: 'text', value: String(value), position: node.position } satisfies Text];
      file?.message(`Left out the expression \`{${expression.value}}\`: code is never run; only text and numbers are shown.`, node as never);
      return [];
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const element = node as unknown as MdxElement;
      const children = transformChildren(element.children, file);
      if (element.name === null) return children; // a fragment, <>…</>
      if (!isComponentName(element.name)) {
        const tags = htmlTags(element, file);
        const open: Html = { type: 'html', value: tags.open, position: node.position };
        return tags.close === undefined ? [open] : [open, ...children, { type: 'html', value: tags.close }];
      }
      // The excerpt's copy of the tree runs through the plugin again: the props read the first time stay.
      const line = node.position && node.position.start.line + (file?.data.mdxFirstLine ?? 1) - 1;
      element.data = { kitComponent: element.data?.kitComponent ?? { component: element.name, props: readProps(element, file), ...(line && { line }) } };
      element.attributes = [];
      element.children = children;
      return [node];
    }
    default:
      if ('children' in node) {
        // Before its children are changed: a trailing `{/*id*\/}` would go as a comment.
        if (node.type === 'heading') headingId(node);
        const children = transformChildren((node as Parents).children as RootContent[], file);
        // `<summary>…</summary>` alone on its line is, in MDX, a paragraph holding it; as HTML a block
        // element inside a `<p>` closes it and leaves an empty one behind, so the paragraph goes.
        if (node.type === 'paragraph' && node.children.every(isBlockHtmlOrSpace)) return children;
        (node as Parents).children = children as never;
        if (node.type === 'heading') {
          // A comment removed at the end leaves the space before it.
          const last = children[children.length - 1];
          if (last?.type === 'text') last.value = last.value.trimEnd();
        }
      }
      return [node];
  }
}

function transformChildren(children: RootContent[], file: VFile | undefined): RootContent[] {
  return children.flatMap((child) => transform(child, file));
}

/**
 * remark plugin: the MDX nodes of the tree made data (see the module's comment). Warnings for what
 * it leaves out go on the file.
 */
function remarkKitMdx() {
  return (tree: Root, file: VFile) => {
    tree.children = transformChildren(tree.children, file) as Root['children'];
  };
}

const ATX_ID = /^( {0,3}#{1,6}[ \t].*?)\{(#[A-Za-z][\w.:-]*)\}([ \t]*#*[ \t]*)$/;
/** A code span (kept as it is) or an HTML comment. */
const SPAN_OR_COMMENT = /(`+)[\s\S]*?\1|<!--([\s\S]*?)-->/g;

/** Outside code: `<!-- text -->` as `{/* text *\/}`, each the same length. */
function commentsAsExpressions(text: string): string {
  if (!text.includes('<!--')) return text;
  return text.replace(SPAN_OR_COMMENT, (whole, ticks: string | undefined, inner: string) =>
    ticks !== undefined ? whole : `{/* ${inner.replace(/\*\//g, '* ')}*/}`,
  );
}

/**
 * Two things markdown writers put in MDX that MDX reads as code, made what they mean, each keeping
 * the text its length (so every position keeps its place), outside fenced code:
 *
 * - `## Title {#id}`: the braces would be an expression, which `#id` is not. The opening brace is
 *   escaped and the closing one dropped, and {@link headingId} finds `{#id` at the heading's end.
 * - `<!-- comment -->` (MDX 1 had them; `<!-- truncate -->` is Docusaurus's marker): a syntax error
 *   in MDX 2 and later, read here as the comment `{/* comment *\/}`.
 */
export function prepareMdxSource(doc: string): string {
  if (!doc.includes('{#') && !doc.includes('<!--')) return doc;
  return fenceRuns(doc)
    .map(({ code, lines }) => {
      if (code) return lines.join('\n');
      const prose = lines.map((line) => {
        const match = ATX_ID.exec(line);
        return match ? `${match[1]}\\{${match[2]}${match[3]}` : line;
      });
      return commentsAsExpressions(prose.join('\n'));
    })
    .join('\n');
}

/** remark-mdx's syntax, with heading ids and HTML comments made MDX before the parser reads them (see {@link prepareMdxSource}). */
function remarkKitMdxSyntax(this: Processor) {
  remarkMdx.call(this as never);
  const self = this as unknown as { parser?: (doc: string, file: VFile) => unknown };
  const parse = self.parser;
  if (parse) self.parser = (doc, file) => parse(prepareMdxSource(doc), file);
}

/** A component node as hast: a `div` or `span` whose `data` names the component and holds its props. */
const componentHandler: NonNullable<FeatureHandlers['mdxJsxFlowElement']> = (state, node) => {
  const element = node as unknown as MdxElement;
  const result: Element = {
    type: 'element',
    tagName: element.type === 'mdxJsxTextElement' ? 'span' : 'div',
    properties: {},
    data: element.data?.kitComponent as Element['data'],
    children: state.all(node as never) as ElementContent[],
  };
  state.patch(node as never, result);
  return result;
};

/** MDX as a feature: on for `format: 'mdx'` (and, in `parsePost`, an `.mdx` filename). */
export const mdxFeature: MarkdownFeature<'mdx', MdxOptions> = {
  name: 'mdx',
  options: { format: true },
  plugins: (options) =>
    options.format === 'mdx'
      ? { remark: [remarkKitMdxSyntax, remarkKitMdx], rehype: [rehypeKitMdxBuiltins], handlers: { mdxJsxFlowElement: componentHandler, mdxJsxTextElement: componentHandler as NonNullable<FeatureHandlers['mdxJsxTextElement']> } }
      : undefined,
};
