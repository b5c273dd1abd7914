/**
 * hast → React elements for trees that went through the render-time safety pass (prepare.ts).
 *
 * It gives the same elements as hast-util-to-jsx-runtime called as render.ts called it (`Fragment`,
 * `jsx`, `jsxs`, `components` with `passNode`, `ignoreInvalidStyle`, `passKeys: false`), without carrying
 * property-information's tables to every page that renders a post: a Post is parsed at build time,
 * so its property names are already hast's (`className`, `htmlFor`, `ariaLabel`, `dataSlot`,
 * `strokeWidth`) and mostly need no table to become React's. The names that cannot be derived
 * sit in the small lists below; hast-to-react.test.tsx checks every name property-information
 * knows, in hast and in HTML spelling, against hast-util-to-jsx-runtime.
 *
 * Spellings neither of them uses may differ: a lowercased camelCase name (`viewbox`, `arialabel`),
 * an upper-case spelling of a lowercase name (`HREF`), an unknown dashed or `aria*` name inside
 * <svg>. Event handlers never get here (the safety pass drops every `on*` property), and a style
 * with a comment or an escape is dropped by that pass too.
 */
import type { Element, ElementContent, Properties, Root } from 'hast';
import type { ReactElement, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { warnOnce } from '../core/diagnostics.js';
import { KIT_MADE_SLOTS, MDX_BUILTINS } from '../markdown/mdx-builtins.js';

/** Tag name → component; each receives the hast `node` as a prop. */
export type ComponentMap = Record<string, unknown>;

type Props = Record<string, unknown> & { children?: ReactNode; style?: Record<string, string> };

// Built through a pure call, with its extra pairs as an argument rather than later `.set()` calls,
// so a page that never renders a tree (TagList, Pagination) drops the tables.
function byLowercase(names: string, extra: [string, string][] = []): Map<string, string> {
  return new Map([...names.split(' ').map((name): [string, string] => [name.toLowerCase(), name]), ...extra]);
}

// HTML attributes that are one lowercase word in HTML and camelCase in React (tabindex → tabIndex).
const htmlNames = /* @__PURE__ */ byLowercase(
  'accessKey allowFullScreen allowPaymentRequest allowUserMedia autoCapitalize autoComplete autoFocus autoPlay charSet ' +
    'closedBy colorSpace colSpan commandFor contentEditable controlsList crossOrigin dateTime dirName encType enterKeyHint ' +
    'fetchPriority formAction formEncType formMethod formNoValidate formTarget hrefLang imageSizes imageSrcSet inputMode ' +
    'isMap itemID itemProp itemRef itemScope itemType maxLength minLength noModule noValidate playsInline popoverTarget ' +
    'popoverTargetAction readOnly referrerPolicy rowSpan shadowRootClonable shadowRootCustomElementRegistry ' +
    'shadowRootDelegatesFocus shadowRootMode shadowRootSerializable spellCheck srcDoc srcLang srcSet tabIndex ' +
    'typeMustMatch useMap writingSuggestions aLink bgColor borderColor bottomMargin cellPadding cellSpacing charOff ' +
    'classID codeBase codeType frameBorder hSpace leftMargin longDesc lowSrc marginHeight marginWidth noResize noHref ' +
    'noShade noWrap rightMargin topMargin valueType vAlign vLink vSpace allowTransparency autoCorrect autoSave ' +
    'disablePictureInPicture disableRemotePlayback exportParts',
  [
    ['for', 'htmlFor'],
    ['accept-charset', 'acceptCharset'],
    ['http-equiv', 'httpEquiv'],
  ],
);

// The same inside <svg>, and the SVG names whose React spelling is not hast's (strokeDashArray).
const svgNames = /* @__PURE__ */ byLowercase(
  'crossOrigin hrefLang playbackOrder referrerPolicy tabIndex timelineBegin datatype typeof ' +
    'strokeDasharray strokeDashoffset strokeLinecap strokeLinejoin strokeMiterlimit',
);

// Both spaces: `class`, `style` in any case, and hast's xLink*/xmlnsXLink spelling of the XLink names.
const commonNames = /* @__PURE__ */ byLowercase(
  'className style xlinkActuate xlinkArcrole xlinkHref xlinkRole xlinkShow xlinkTitle xlinkType xmlnsXlink',
  [['class', 'className']],
);

const camelCase = (name: string) => name.replace(/[-:]([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The React prop name of a hast property name, inside or outside <svg>. */
export function reactName(key: string, svg: boolean): string {
  const lower = key.toLowerCase();
  const named = (svg ? svgNames : htmlNames).get(lower) ?? commonNames.get(lower);
  if (named) return named;
  // aria-* stays an attribute: ariaDescribedBy → aria-describedby.
  if (/^aria[-A-Z]/.test(key)) return `aria-${lower.slice(lower[4] === '-' ? 5 : 4)}`;
  // data-* as property-information turns a hast name back into an attribute (dataFooBar → data-foo-bar).
  if (lower.length > 4 && lower.startsWith('data') && /^data[-\w.:]+$/i.test(key)) {
    const rest = key.slice(4);
    if (rest[0] === '-' || /-[a-z]/.test(rest)) return key;
    const dashed = rest.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    return `data${dashed[0] === '-' ? '' : '-'}${dashed}`;
  }
  if (/^xml(ns)?:|^xlink:/.test(lower)) return camelCase(lower);
  // SVG presentation attributes: stroke-width → strokeWidth.
  if (svg && key.includes('-')) return camelCase(lower);
  return key;
}

const commaSeparated = (name: string, svg: boolean) =>
  svg ? name === 'g1' || name === 'g2' || name === 'glyphName' : name === 'accept' || name === 'coords' || name === 'exportParts';

/** A list value as one string, the way comma- and space-separated-tokens write it. */
function joinList(values: unknown[], commas: boolean): string {
  if (!commas) return values.join(' ').trim();
  return (values[values.length - 1] === '' ? [...values, ''] : values).join(', ').trim();
}

const styleProperty = /^(\*?[-#/*\\\w]+(\[[0-9a-z_-]+\])?)\s*/;
const styleValue = /^((?:'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|url\((?:'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|[^)]*)\)|[^};])+)/;

/**
 * A `style` string as React's style object (`background-color` → `backgroundColor`, custom
 * properties kept), read as inline-style-parser reads it: declarations up to the first that is not
 * one; a name without a colon makes the whole style invalid, and an invalid style is ignored.
 */
export function parseStyle(source: string): Record<string, string> {
  const style: Record<string, string> = {};
  if (source.includes('/*')) return {};
  let rest = source.trimStart();
  while (rest !== '') {
    const property = styleProperty.exec(rest);
    if (!property) break;
    rest = rest.slice(property[0].length);
    const colon = /^:\s*/.exec(rest);
    if (!colon) return {};
    rest = rest.slice(colon[0].length);
    const value = styleValue.exec(rest);
    if (value) rest = rest.slice(value[0].length);
    rest = rest.replace(/^[;\s]*/, '');
    let name = property[0].trim();
    const text = value ? value[0].trim() : '';
    if (name === '' || text === '') continue;
    if (!name.startsWith('--')) {
      name = name.toLowerCase();
      if (name.startsWith('-ms-')) name = name.slice(1);
      name = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    }
    style[name] = text;
  }
  return style;
}

function elementProps(node: Element, svg: boolean): Props {
  const props: Props = {};
  const cell = node.tagName === 'td' || node.tagName === 'th';
  let align: string | undefined;
  const properties: Properties = node.properties ?? {};
  for (const key in properties) {
    if (key === 'children' || !Object.hasOwn(properties, key)) continue;
    let value: unknown = properties[key];
    if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) continue;
    const name = reactName(key, svg);
    if (Array.isArray(value)) value = joinList(value, commaSeparated(name, svg));
    if (name === 'style') {
      props.style = parseStyle(String(value));
    } else if (cell && name === 'align' && typeof value === 'string') {
      // A table cell's alignment (GFM's `:--:`) is a style: React has no `align` on <td>.
      align = value;
    } else {
      props[name] = value;
    }
  }
  if (align) (props.style ??= {}).textAlign = align;
  return props;
}

const tableParts = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);
const interElementWhitespace = /^[ \t\n\f\r]*$/;

interface State {
  components: ComponentMap;
  svg: boolean;
  /** The post's name (its slug or title) in development warnings. */
  postName?: string;
}

function create(type: unknown, props: Props): ReactElement {
  return (Array.isArray(props.children) ? jsxs : jsx)(type as 'div', props);
}

/**
 * Children as React nodes. They go to `jsxs` as static children, as compiled JSX passes them: a
 * post's content never reorders, so React matches them by position and needs no keys (and builds
 * no key warnings for them in development).
 */
function childrenOf(state: State, parent: Element | Root, table: boolean): ReactNode[] {
  const out: ReactNode[] = [];
  for (const child of parent.children as ElementContent[]) {
    if (child.type === 'element') {
      out.push(element(state, child));
    } else if (child.type === 'text') {
      // Whitespace between table parts would be an invalid text node in React's DOM.
      if (!table || !interElementWhitespace.test(child.value)) out.push(child.value);
    }
  }
  return out;
}

function setChildren(props: Props, children: ReactNode[]): void {
  const value = children.length > 1 ? children : children[0];
  if (value) props.children = value;
}

/** A built-in's own first child (a callout's title, a tab's label: see mdx-builtins.ts), which a host's component takes from its props. */
function withoutKitMade(node: Element): Element {
  const first = node.children[0];
  const slot = first?.type === 'element' ? first.properties.dataSlot : undefined;
  return typeof slot === 'string' && KIT_MADE_SLOTS.has(slot) ? { ...node, children: node.children.slice(1) } : node;
}

function element(state: State, node: Element): ReactElement {
  // A component of an MDX post (markdown/mdx.ts), its props made safe by the render-time pass: the
  // host's component receives them; without one, the element shows its children, and never the props.
  const data = node.data as { component?: string; props?: Props; line?: number } | undefined;
  const name = data?.component;
  if (name) {
    // No own-property check: the safety pass keeps only capitalised names, which no Object.prototype key is.
    const type = state.components[name];
    // A tag name in its place would put the props on a DOM element. Its children are the element's.
    if (type && typeof type !== 'string') {
      const props: Props = { ...data!.props, children: undefined };
      setChildren(props, childrenOf(state, withoutKitMade(node), false));
      return create(type, props);
    }
    if (process.env.NODE_ENV !== 'production') {
      // The kit renders its built-ins (callouts, tabs) itself: nothing is missing.
      if (!MDX_BUILTINS.has(name)) {
        const post = state.postName ? ` in ${JSON.stringify(state.postName)}` : ' in a post';
        const line = data!.line ? ` (line ${data!.line})` : '';
        warnOnce(
          `<${name}>${post}${line} is not in components; its children show without it. Map it: components={{ ${name}: … }}.`,
          `${name}${post}`,
        );
      }
    }
  }
  const outer = state.svg;
  if (!outer && node.tagName.toLowerCase() === 'svg') state.svg = true;
  const type = Object.hasOwn(state.components, node.tagName) ? state.components[node.tagName] : node.tagName;
  const props = elementProps(node, state.svg);
  const children = childrenOf(state, node, tableParts.has(node.tagName));
  if (typeof type !== 'string' && type !== Fragment) props.node = node;
  setChildren(props, children);
  state.svg = outer;
  return create(type, props);
}

/**
 * A prepared hast root as one React fragment. `components` replaces elements by tag name, and each
 * replacement receives the hast `node` as a prop, as react-markdown's `components` do.
 */
export function hastToReact(tree: Root, components?: ComponentMap | null, postName?: string): ReactElement {
  const state: State = { components: components ?? {}, svg: false, postName };
  const props: Props = {};
  setChildren(props, childrenOf(state, tree, false));
  return create(Fragment, props);
}
