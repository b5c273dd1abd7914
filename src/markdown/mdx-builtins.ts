/**
 * The MDX components the kit renders itself when the host maps none (issue 24): the callout-like
 * ones (`<Note>`, `<Tip>`, `<Info>`, `<Warning>`, `<Caution>`, `<Danger>`, `<Important>` and
 * Docusaurus's `<Admonition type title>`) become the kit's callouts, and Docusaurus's `<Tabs>` /
 * `<TabItem>` get a visible label before each item's content. Done on the tree the parse makes, so a
 * feed, an excerpt, search text and a page without JavaScript all read the same thing; the element
 * keeps its `data.component` and props, so a host that maps the name still gets its own component
 * (hast-to-react.ts then leaves out the child made here: its props carry the title or label).
 *
 * A rehype plugin of the mdx feature, run after the sanitizer: the kit's markup (`role`, `data-slot`)
 * is trusted markup the sanitizer's schema would strip.
 */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import type { VFile } from 'vfile';
import { eachParent } from '../core/walk.js';
import { calloutTitles, type CalloutKind } from './callouts.js';

/** Each callout-like component's kind; `Admonition` takes its kind from `type`. */
const calloutNames: Readonly<Record<string, CalloutKind | undefined>> = {
  Note: 'note',
  Tip: 'tip',
  Info: 'info',
  Warning: 'warning',
  Caution: 'caution',
  Danger: 'danger',
  Important: 'important',
  Admonition: undefined,
};

/**
 * The names the kit renders by itself: never worth a warning when the host maps none. Built in a
 * call marked pure, so a page (which reads it only in development) drops it.
 */
export const MDX_BUILTINS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set([...Object.keys(calloutNames), 'Tabs', 'TabItem']))();

/** The first child of a built-in the kit made (a callout's title, a tab's label): a host's component gets it as a prop instead. */
export const KIT_MADE_SLOTS: ReadonlySet<string> = /* @__PURE__ */ new Set(['callout-title', 'tab-label']);

interface ComponentData {
  component?: unknown;
  props?: Record<string, unknown>;
}

const componentOf = (node: Nodes): string | undefined => {
  const name = node.type === 'element' ? (node.data as ComponentData | undefined)?.component : undefined;
  return typeof name === 'string' ? name : undefined;
};
const propsOf = (node: Element): Record<string, unknown> => (node.data as ComponentData | undefined)?.props ?? {};
const isSpace = (node: Nodes) => node.type === 'text' && node.value.trim() === '';
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined);

/**
 * A built-in written on one line (`<Note>Short.</Note>`, `<TabItem value="a">A</TabItem>`) is, in
 * MDX, inline content of a paragraph: alone in it, it becomes the block it stands for, its inline
 * content a paragraph of its own (as the multi-line form gives).
 */
function promoted(paragraph: Element): ElementContent[] | undefined {
  if (paragraph.tagName !== 'p' || !paragraph.children.some((c) => c.type === 'element')) return undefined;
  if (!paragraph.children.every((c) => isSpace(c) || MDX_BUILTINS.has(componentOf(c) ?? ''))) return undefined;
  return paragraph.children.filter((c): c is Element => c.type === 'element').map(asBlock);
}

function asBlock(element: Element): Element {
  if (element.tagName !== 'span') return element;
  const inner = element.children;
  // Tabs holds items, which become blocks in their turn; anything else holds phrasing content.
  const children: ElementContent[] =
    componentOf(element) === 'Tabs'
      ? inner.filter((c) => !isSpace(c)).map((c) => (c.type === 'element' ? asBlock(c) : c))
      : inner.every(isSpace)
        ? []
        : [{ type: 'element', tagName: 'p', properties: {}, children: inner }];
  return { ...element, tagName: 'div', children };
}

/** The kind a callout-like component stands for; an unknown Admonition `type` is a note, with a message. */
function kindOf(name: string, element: Element, file: VFile): CalloutKind {
  const kind = calloutNames[name];
  if (kind) return kind;
  const type = propsOf(element).type;
  const wanted = typeof type === 'string' ? type.trim().toLowerCase() : '';
  if (Object.hasOwn(calloutTitles, wanted)) return wanted as CalloutKind;
  file.message(
    `Unknown \`<Admonition type=${JSON.stringify(type ?? null)}>\`: shown as a note. Expected one of ${Object.keys(calloutTitles).join(', ')}.`,
    element as never,
  );
  return 'note';
}

/** The callout markup callouts.ts gives GitHub alerts and `:::` directives, the title from `title` or the kind. */
function makeCallout(element: Element, name: string, file: VFile): void {
  const kind = kindOf(name, element, file);
  const title = text(propsOf(element).title);
  element.properties = { role: 'note', dataSlot: 'callout', dataCallout: kind };
  const heading: Element = {
    type: 'element',
    tagName: 'p',
    properties: title ? { dataSlot: 'callout-title' } : { dataSlot: 'callout-title', dataCalloutLabel: kind },
    children: [{ type: 'text', value: title ?? calloutTitles[kind] }],
  };
  element.children = [heading, ...element.children];
}

/** `<Tabs values={[{ label, value }]}>`: a label by value, for the items that give none of their own. */
function labelsOf(tabs: Element): Map<string, string> {
  const labels = new Map<string, string>();
  const values = propsOf(tabs).values;
  if (!Array.isArray(values)) return labels;
  for (const entry of values) {
    const value = entry && typeof entry === 'object' ? text((entry as Record<string, unknown>).value) : undefined;
    const label = value ? text((entry as Record<string, unknown>).label) : undefined;
    if (value && label) labels.set(value, label);
  }
  return labels;
}

/** A tab's visible label before its content, so without tabs (a feed, no JavaScript) each panel says what it is. */
function makeTabItem(element: Element, labels?: Map<string, string>): void {
  const props = propsOf(element);
  const value = text(props.value);
  const label = text(props.label) ?? (value && labels?.get(value)) ?? value;
  element.properties = { dataSlot: 'tab-item' };
  if (label) element.children = [{ type: 'element', tagName: 'p', properties: { dataSlot: 'tab-label' }, children: [{ type: 'text', value: label }] }, ...element.children];
}

/** One list of children: built-ins alone in a paragraph made blocks, then each built-in given its markup. */
function rewrite(parent: Root | Element, file: VFile): void {
  const children: Nodes[] = [];
  for (const child of parent.children as Nodes[]) {
    const blocks = child.type === 'element' ? promoted(child) : undefined;
    children.push(...(blocks ?? [child]));
  }
  parent.children = children as Element['children'];
  const tabs = parent.type === 'element' && componentOf(parent) === 'Tabs' && parent.tagName === 'div' ? labelsOf(parent) : undefined;
  for (const child of parent.children as Nodes[]) {
    const name = componentOf(child);
    // Inline in a sentence, a built-in stays the span it is (its children show); a second run of the
    // plugin over the same tree finds the markup made.
    if (!name || child.type !== 'element' || child.tagName !== 'div' || child.properties.dataSlot !== undefined) continue;
    if (Object.hasOwn(calloutNames, name)) makeCallout(child, name, file);
    else if (name === 'Tabs') child.properties = { dataSlot: 'tabs' };
    else if (name === 'TabItem') makeTabItem(child, tabs);
  }
}

/** rehype plugin: the built-in components' markup (see the module's comment). */
export function rehypeKitMdxBuiltins() {
  return (tree: Root, file: VFile) => {
    eachParent<Root | Nodes>(tree, (parent) => {
      if (parent.type === 'root' || parent.type === 'element') rewrite(parent, file);
    });
  };
}
