import type { Element, ElementContent, Properties, Root, RootContent, Text } from 'hast';
import type { Labels } from './labels.js';
import { defaultUrlTransform, safeSrcSet, type UrlTransform } from './url.js';
import { expandRuns } from './code-runs.js';
import { unsafeProp } from './props.js';

/** Options of the render-time pass every tree goes through. */
export interface PrepareOptions {
  /** Labels for permalinks and table regions. */
  labels: Labels;
  /** Decides every URL; see {@link defaultUrlTransform}. */
  urlTransform?: UrlTransform | null;
  /** Leave the kit's classes off the elements the pass adds. */
  unstyled?: boolean;
  /** Called for each value that is not a hast node (development diagnostics); it is skipped either way. */
  onInvalid?: (value: unknown) => void;
  /**
   * Called with what the pass left out of a tree no parse would give (development diagnostics): an
   * element it never renders, the children of a void element, a property React reserves, a value of the
   * wrong type; `the children of <img>`, `ref on <div>`. Left out either way.
   */
  onDropped?: (what: string) => void;
  /**
   * What a page adds around each element (render/decorate.ts: {@link Decorate} functions for a post
   * body and for an excerpt rendered by PostExcerpt). Absent or false for HTML that leaves the page,
   * such as feed content. @default undefined (no decorations)
   */
  decorate?: Decorate | false;
}

/**
 * Adds what a page needs around one element the pass has made safe (a permalink, a scroll region),
 * returning the element or its wrapper. Kept out of this module so a page that renders no post body
 * carries none of it.
 */
export type Decorate = (element: Element, options: PrepareOptions) => ElementContent;

/** Elements that never reach the DOM, even from a hand-made tree (their children go with them). */
const droppedElements = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'portal',
  'fencedframe',
  'object',
  'embed',
  'applet',
  'meta',
  'link',
  'base',
  'template',
  'noscript',
  // SVG animation writes an attribute after this pass has read it: `<set attributeName="href"
  // to="javascript:…">` in an `<a>` makes a link no URL check saw. SVG Tiny's handler and listener too.
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
  'animatecolor',
  'discard',
  'handler',
  'listener',
  // The HTML parser reads their content as text, so the server's markup is not the DOM React hydrates;
  // `plaintext` would turn the rest of the page into text.
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
  // React renders the document's own head, html and body as the page's one instance of each.
  'head',
]);

/** A tree may wrap content in a whole document's `html` and `body`: their children take their place. */
const unwrappedElements = new Set(['html', 'body']);

/** Elements that cannot have children: React throws for one that has any. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'menuitem']);

/**
 * Past this depth the pass remembers the nodes above it, so a tree that holds itself (a cycle, which
 * JSON cannot write but an object can) stops where it repeats instead of exhausting the stack. A post
 * rarely nests this deep, so the common path pays nothing for it. A tree too deep for the stack without
 * a cycle is left out whole by the caller (render/render.ts), which catches the RangeError.
 */
const WATCH_DEPTH = 32;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function cleanValue(value: unknown): Properties[string] | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (Array.isArray(value)) {
    const items = value.filter((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
    return items as string[] | number[];
  }
  return undefined;
}

// URL-valued attributes by their normalised name (lowercase, letters only): a tree that did not come
// from the parser may spell them `HREF`, `FormAction` or `xlink:href`, and HTML names ignore case.
// The names of html-url-attributes (prepare.test.ts holds the list to the package's, whose table of
// the elements each name applies to no page needs), then older ones and `xml:base`, which once
// changed what the others resolve against. Built in a call marked pure,
// so a bundle that never renders a tree (an index page) drops the table.
const normalise = (key: string) => key.toLowerCase().replace(/[^a-z]/g, '');
const urlNames = /* @__PURE__ */ (() =>
  new Set(
    'action cite data formaction href icon itemid manifest ping poster src xlinkhref background longdesc codebase lowsrc dynsrc archive classid profile xmlbase'.split(' '),
  ))();
// A style that could load or run anything (url(), expression(), script schemes, escapes or comments
// that could hide them) is dropped whole; the parser never emits `style`.
const unsafeStyle = /\\|\/\*|(?:url|expression|image|image-set|cross-fade|element|src)\s*\(|(?:java|vb)script:|behavior|binding/i;

// A component's props (an MDX post's `<Note kind="tip">`, see markdown/mdx.ts) are JSON the host's
// component receives as they are. They go through JSON (a value JSON does not have goes; NaN becomes
// null, as JSON writes it), and what could run code or load an unsafe URL goes, even from a
// hand-edited Post: handlers, raw HTML and React's own props by name, at any depth (a component may
// spread an object onto an element); a `style` that is not an object, or holds what could load or
// run anything (its values read as text, as React writes them); a URL the policy refuses (in a
// list, as null, so the other items keep their places), in a prop named for one (`href`, `poster`,
// `imageSrc`, `link`) or a value written as one: a scheme with no space after it (`Time: 12:30` is
// prose), or a scheme that runs code.
const componentName = /^[A-Z][\w.]*$/;
const urlProp = /(?:href|src|url|link)$/i;
// `data:` only as a data URL starts (a type, or the comma or `;base64` of none): `Data: tide tables` is prose.
const urlValue = /^(?:[a-z][\w+.-]*:\S*$|(?:java|vb)script:|data:[\w.+-]*[/,;])/i;

function cleanProps(props: unknown, transform: UrlTransform, node: Element): unknown {
  try {
    return JSON.parse(
      JSON.stringify(props, (key, value: unknown) =>
        unsafeProp.test(key) || (key === 'style' && (!isObject(value) || unsafeStyle.test(Object.values(value).join())))
          ? undefined
          : // Read as a URL parser reads it: tabs and line breaks go anywhere, controls and spaces at the start.
            typeof value === 'string' && (urlProp.test(key) || urlNames.has(normalise(key)) || urlValue.test(value.replace(/^[\0- ]+|[\t\n\r]/g, '')))
            ? transform(value, key, node) || undefined
            : value,
      ),
    );
  } catch {
    // No props (JSON.parse(undefined)), or a cycle or a bigint in a hand-made object.
    return {};
  }
}

// Names React reads itself, or that write markup or a document when set on a DOM object (a custom
// element's props are set as properties: `outerHTML` would parse HTML), or that make an element a
// custom one (`is`). By their normalised name, so `InnerHTML` goes too. `srcdoc` is a document.
const reservedNames = /* @__PURE__ */ (() =>
  new Set('children key ref dangerouslysetinnerhtml suppresshydrationwarning suppresscontenteditablewarning innerhtml outerhtml innertext outertext textcontent is srcdoc defaultvalue defaultchecked'.split(' ')))();
// What an attribute name may be in markup React writes; anything else React warns of and a browser refuses.
const attributeName = /^[A-Za-z_:][\w:.-]*$/;
// React sets a custom element's props as DOM properties, where a name that is not an attribute can be
// anything a DOM object has (`outerHTML`, or a getter that throws when set): it keeps these global
// attributes, `data-*` and `aria-*`.
const customElementNames = /* @__PURE__ */ (() =>
  new Set('classname class style id title lang dir hidden slot tabindex role translate draggable part'.split(' ')))();
// SVG presentation attributes read as CSS, where `url(…)` loads a resource: its URLs go through the policy.
const cssUrlNames = /* @__PURE__ */ (() =>
  new Set('fill stroke filter mask clippath markerstart markermid markerend marker cursor'.split(' ')))();
const cssUrl = /url\s*\(\s*(['"]?)([^'")]*)\1\s*\)/gi;

/** Why a value cannot be an attribute, for the development message. */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list holding something other than text and numbers';
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function cssUrlsSafe(value: string, key: string, transform: UrlTransform, node: Element): boolean {
  const opened = value.match(/url\s*\(/gi)?.length ?? 0;
  if (opened === 0) return true;
  // An escape could spell a scheme the check would not see; every `url(` must be one the check reads.
  const urls = [...value.matchAll(cssUrl)];
  return !value.includes('\\') && urls.length === opened && urls.every((match) => !!transform(match[2].trim(), key, node));
}

function cleanProperties(tagName: string, input: unknown, pass: Pass, node: Element): Properties {
  const out: Properties = {};
  if (input === undefined || input === null) return out;
  const drop = pass.drop;
  const where = `<${tagName}>`;
  if (!isObject(input) || Array.isArray(input)) {
    drop?.(`the properties of ${where} (${kindOf(input)}, not an object)`);
    return out;
  }
  const { transform } = pass;
  const custom = tagName.includes('-');
  let href = false;
  for (const key of Object.keys(input)) {
    const raw = input[key];
    const name = normalise(key);
    // Event handlers never render; `__proto__` would reach Object.prototype through assignment; React
    // reads `ref`, `key`, `children` and its raw-HTML property itself.
    if (unsafeProp.test(key) || key === 'constructor' || reservedNames.has(name) || !attributeName.test(key)) {
      drop?.(`${key} on ${where}`);
      continue;
    }
    if (custom && !customElementNames.has(name) && !/^(?:data|aria)[-A-Z]/.test(key)) {
      drop?.(`${key} on ${where} (a custom element, whose props React sets as DOM properties)`);
      continue;
    }
    let value = cleanValue(raw);
    if (value === undefined || (Array.isArray(raw) && (value as unknown[]).length !== raw.length)) {
      // hast writes an absent value as null or undefined; NaN is a number no attribute can hold.
      if (raw !== null && raw !== undefined && !(typeof raw === 'number')) drop?.(`${key} on ${where} (${kindOf(raw)})`);
      if (value === undefined) continue;
    }
    if (name === 'classname' || name === 'class') {
      if (typeof value === 'boolean') {
        drop?.(`${key} on ${where} (a boolean)`);
        continue;
      }
    }
    if (urlNames.has(name)) {
      const url = transform(String(value), key, node);
      // An unsafe URL loses its attribute; an empty link destination (`[x]()`) stays `href=""`.
      if (typeof url !== 'string' || (url === '' && !(name === 'href' && value === ''))) continue;
      value = url;
      if (name === 'href') href = true;
    } else if (name === 'srcset' || name === 'imagesrcset') {
      value = safeSrcSet(String(value), (url) => transform(url, 'src', node));
      if (value === undefined) continue;
    } else if (name === 'style' && unsafeStyle.test(String(value))) {
      continue;
    } else if (cssUrlNames.has(name) && !cssUrlsSafe(String(value), key, transform, node)) {
      continue;
    }
    out[key] = value;
  }
  // Links that leave the page through a new tab must not hand it `window.opener`.
  if ((tagName === 'a' || tagName === 'area') && out.target !== undefined && href) out.rel = ['noopener', 'noreferrer'];
  return out;
}

/** Parts of the body the parser marks with `data-slot`; the pass gives each its `rbk-<slot>` class. */
const bodySlots = new Set(['code-block', 'code-header', 'code-title', 'code-language', 'callout', 'callout-title', 'math-display']);

/** A callout title the markdown did not write takes the host's label for its kind. */
function calloutTitle(element: Element, labels: Labels): void {
  const kind = String(element.properties.dataCalloutLabel);
  delete element.properties.dataCalloutLabel;
  const key = `callout${kind.charAt(0).toUpperCase()}${kind.slice(1)}` as keyof Labels;
  const label = labels[key];
  if (typeof label === 'string') element.children = [{ type: 'text', value: label }];
}

const blockTags = new Set(['ul', 'ol', 'p', 'div', 'pre', 'blockquote', 'table']);

/**
 * A GFM task item's checkbox (`- [x] done`) has no name of its own: wrap it and the text after it
 * in a <label>, so the item text names it and is read once.
 */
function labelTaskCheckbox(parent: Element): void {
  const first = parent.children.findIndex((c) => c.type === 'element' || (c.type === 'text' && c.value.trim() !== ''));
  const input = parent.children[first];
  if (!input || input.type !== 'element' || input.tagName !== 'input' || input.properties.type !== 'checkbox') return;
  let end = first + 1;
  while (end < parent.children.length) {
    const c = parent.children[end];
    if (c.type === 'element' && blockTags.has(c.tagName)) break;
    end++;
  }
  if (end === first + 1) return;
  const label: Element = { type: 'element', tagName: 'label', properties: {}, children: parent.children.slice(first, end) };
  parent.children.splice(first, end - first, label);
}

/**
 * A code block's header with its language label: the parse keeps the language once, as the figure's
 * `data-language` (markdown/highlight.ts), and the label is written here, after the file name, as
 * input to the pass like the rest of the block.
 */
function withLanguageLabel(figure: Element, children: unknown): unknown {
  const lang = figure.properties.dataLanguage;
  if (figure.properties.dataSlot !== 'code-block' || typeof lang !== 'string' || !Array.isArray(children)) return children;
  const label = { type: 'element', tagName: 'span', properties: { dataSlot: 'code-language' }, children: [{ type: 'text', value: lang }] };
  const header = children[0] as Element | undefined;
  if (header?.tagName !== 'figcaption') return [{ type: 'element', tagName: 'figcaption', properties: { dataSlot: 'code-header' }, children: [label] }, ...children];
  if (!Array.isArray(header.children) || header.children.some((c) => (c as Element | null)?.properties?.dataSlot === 'code-language')) return children;
  return [{ ...header, children: [...header.children, label] }, ...children.slice(1)];
}

/** One run of the pass: its options, the URL policy, and where development hears of what it left out. */
interface Pass {
  options: PrepareOptions;
  transform: UrlTransform;
  drop?: (what: string) => void;
  /** The input elements above the current one, past {@link WATCH_DEPTH}. */
  above: Set<object>;
  /** The tree's code styles (`root.data.codeStyles`), each a safe style or undefined. */
  styles?: (string | undefined)[];
}

function passOf(options: PrepareOptions, tree?: Record<string, unknown>): Pass {
  const pass: Pass = { options, transform: options.urlTransform ?? defaultUrlTransform, drop: options.onDropped, above: new Set() };
  const styles = isObject(tree?.data) ? tree.data.codeStyles : undefined;
  // A style goes on a span as it is, so each must pass the check every style attribute passes.
  if (Array.isArray(styles)) {
    pass.styles = styles.map((s, i) => {
      if (typeof s === 'string' && !unsafeStyle.test(s)) return s;
      pass.drop?.(`code style ${i + 1} (${typeof s === 'string' ? 'not a safe style' : kindOf(s)})`);
      return undefined;
    });
  }
  return pass;
}

/** Appends a prepared node: raw HTML shown as text sits between text nodes, and one text node renders without <!-- --> markers. */
function append(out: ElementContent[], node: ElementContent): void {
  const last = out[out.length - 1];
  if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + node.value };
  else out.push(node);
}

function prepareChildren(children: unknown, pass: Pass, depth: number, parent: string, out: ElementContent[] = []): ElementContent[] {
  if (!Array.isArray(children)) {
    if (children !== undefined && children !== null) pass.drop?.(`the children of ${parent} (${kindOf(children)}, not an array)`);
    return out;
  }
  for (const child of children) {
    // A root inside a tree, or a document's html and body: render what they hold in their place.
    if (isObject(child) && (child.type === 'root' || (child.type === 'element' && typeof child.tagName === 'string' && unwrappedElements.has(child.tagName.toLowerCase())))) {
      prepareChildren(child.children, pass, depth + 1, child.type === 'root' ? 'a root' : `<${String(child.tagName).toLowerCase()}>`, out);
      continue;
    }
    const node = prepareNode(child, pass, depth);
    if (node) append(out, node);
  }
  return out;
}

function prepareNode(input: unknown, pass: Pass, depth: number): ElementContent | undefined {
  const { options, transform } = pass;
  // Raw HTML shows as its text, as react-markdown does by default; it is never parsed here.
  if (isObject(input) && (input.type === 'text' || input.type === 'raw')) {
    if (typeof input.value === 'string') return { type: 'text', value: input.value } satisfies Text;
    // A number written where the text goes is still the text a reader should see.
    if (typeof input.value === 'number' && Number.isFinite(input.value)) return { type: 'text', value: String(input.value) };
  }
  if (!isObject(input) || input.type !== 'element' || typeof input.tagName !== 'string') {
    // Comments and doctypes are hast too: dropped without a word.
    if (!isObject(input) || (input.type !== 'comment' && input.type !== 'doctype')) options.onInvalid?.(input);
    return undefined;
  }
  let tagName = input.tagName.toLowerCase();
  if (droppedElements.has(tagName) || !/^[a-z][a-z0-9-]*$/.test(tagName)) {
    pass.drop?.(`<${input.tagName.slice(0, 40)}>`);
    return undefined;
  }
  // The post title is the page's only h1: the markdown chain ranks body headings from h2 (TOP_RANK),
  // and a hand-made tree gets the same.
  if (tagName === 'h1') tagName = 'h2';
  const element: Element = { type: 'element', tagName, properties: {}, children: [] };
  element.properties = cleanProperties(tagName, input.properties, pass, element);
  if (voidElements.has(tagName) || tagName === 'textarea') {
    // React throws for a void element with children; a textarea's text would be its value.
    if (Array.isArray(input.children) && input.children.length > 0) pass.drop?.(`the children of <${tagName}>`);
  } else if (depth < WATCH_DEPTH) {
    element.children = prepareChildren(withLanguageLabel(element, input.children), pass, depth + 1, `<${tagName}>`);
  } else {
    if (pass.above.has(input)) {
      pass.drop?.(`a <${tagName}> inside itself (the tree holds itself)`);
      return undefined;
    }
    pass.above.add(input);
    element.children = prepareChildren(withLanguageLabel(element, input.children), pass, depth + 1, `<${tagName}>`);
    pass.above.delete(input);
  }
  const data = input.data as { component?: unknown; props?: unknown; line?: unknown; runs?: unknown; lineClasses?: unknown } | null | undefined;
  // A highlighted block's code and run table (core/code-runs.ts) become the spans the highlighter made.
  const only = element.children[0];
  if (tagName === 'code' && typeof data?.runs === 'string' && element.children.length === 1 && only.type === 'text') {
    element.children = expandRuns(only.value, data as { runs: string }, pass.styles ?? []);
  }
  const component = data?.component;
  if (typeof component === 'string' && componentName.test(component)) {
    element.data = { component, props: cleanProps(data!.props, transform, element) } as Element['data'];
    // The line it was written on names it in a development warning (hast-to-react.ts); `data` never reaches the DOM.
    if (process.env.NODE_ENV !== 'production') {
      const line = data!.line;
      if (Number.isSafeInteger(line) && (line as number) > 0) (element.data as { line?: unknown }).line = line;
    }
  }

  if (element.children.length > 0) labelTaskCheckbox(element);
  const part = element.properties.dataSlot;
  if (typeof part === 'string' && bodySlots.has(part)) {
    if (element.properties.dataCalloutLabel !== undefined) calloutTitle(element, options.labels);
    if (!options.unstyled) element.properties.className = [`rbk-${part}`, ...(Array.isArray(element.properties.className) ? element.properties.className : [])] as string[];
  }
  // An image whose URL the policy removed keeps its alt text, as react-markdown keeps it.
  if (tagName === 'img' && typeof element.properties.alt !== 'string') element.properties.alt = '';
  return options.decorate ? options.decorate(element, options) : element;
}

/**
 * A structure heading (`h2`…`h6` with a non-empty id) through the same pass as
 * {@link prepareTree} gives it, but without the permalink wrapper, which the caller renders itself:
 * the element with its prepared inline content.
 */
export function prepareHeading(level: number, id: string, children: unknown, options: PrepareOptions): Element {
  const element: Element = { type: 'element', tagName: `h${level}`, properties: { id }, children: [] };
  element.children = prepareChildren(children, passOf(options), 1, `<h${level}>`);
  if (element.children.length > 0) labelTaskCheckbox(element);
  return element;
}

/**
 * The render-time pass: returns a new tree (the input is not touched) in which raw nodes are text,
 * comments and dangerous elements (SVG animation among them) are gone, `on*` properties are dropped,
 * every URL went through `urlTransform`, and each element went through `options.decorate` when given.
 * Anything that is not a hast node is skipped, and what would make React throw (a void element's
 * children, React's reserved props, values of the wrong type) is left out and told to
 * `options.onDropped`, so hand-made trees cannot throw.
 */
export function prepareTree(tree: unknown, options: PrepareOptions): Root {
  const children = isObject(tree)
    ? tree.type === 'root'
      ? tree.children
      : [tree]
    : [];
  return { type: 'root', children: prepareChildren(children, passOf(options, isObject(tree) ? tree : undefined), 0, 'the tree') as RootContent[] };
}
