/**
 * Callouts: GitHub alerts (`> [!NOTE]`) and the `:::note` container directives of Docusaurus and
 * Starlight, as one kind of block — `<div role="note" data-callout="note">` whose first child is a
 * visible title naming the kind, so the kind never depends on colour. The title the markdown did not
 * write is marked `data-callout-label`, so the render pass can put the host's `labels` in its place.
 */
import type { Blockquote, Nodes, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { eachParent } from '../core/walk.js';
import type { MarkdownFeature } from './feature.js';

/** The kinds of callout; `info` and `danger` come from Docusaurus, the rest from GitHub. */
export type CalloutKind = 'note' | 'tip' | 'important' | 'warning' | 'caution' | 'info' | 'danger';

/** Each kind's title when the host's labels do not give one. */
export const calloutTitles: Readonly<Record<CalloutKind, string>> = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
  info: 'Info',
  danger: 'Danger',
};

const ALERT = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|$)/i;

function callout(kind: CalloutKind, title: PhrasingContent[] | undefined, body: RootContent[]): Parent & { type: 'blockquote' } {
  const heading: Paragraph = {
    type: 'paragraph',
    children: title ?? [{ type: 'text', value: calloutTitles[kind] }],
    data: { hProperties: title ? { dataSlot: 'callout-title' } : { dataSlot: 'callout-title', dataCalloutLabel: kind } },
  };
  // A blockquote node keeps every plugin that walks block content working; it renders as a <div>.
  return {
    type: 'blockquote',
    children: [heading, ...body] as Blockquote['children'],
    data: { hName: 'div', hProperties: { role: 'note', dataSlot: 'callout', dataCallout: kind } },
  };
}

/** `> [!NOTE]` at the top level of a post, with a body; anything else stays a quote, as on GitHub. */
function alertOf(node: Blockquote): Parent | undefined {
  const first = node.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const text = first.children[0];
  if (text?.type !== 'text') return undefined;
  const match = ALERT.exec(text.value);
  if (!match) return undefined;
  const rest = text.value.slice(match[0].length);
  const paragraph: Paragraph = { ...first, children: rest ? [{ ...text, value: rest }, ...first.children.slice(1)] : first.children.slice(1) };
  // A break right after the marker (`[!NOTE]\` or two spaces) would open the body with an empty line.
  if (paragraph.children[0]?.type === 'break') paragraph.children.shift();
  const body = [...(paragraph.children.length ? [paragraph] : []), ...node.children.slice(1)];
  if (body.length === 0) return undefined;
  return callout(match[1].toLowerCase() as CalloutKind, undefined, body as RootContent[]);
}

function source(file: VFile | undefined, node: { position?: { start: { offset?: number }; end: { offset?: number } } }): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (file === undefined || start === undefined || end === undefined) return undefined;
  return String(file.value).slice(start, end);
}

function directiveCallout(node: ContainerDirective): Parent {
  const kind = node.name.toLowerCase() as CalloutKind;
  let children = node.children as RootContent[];
  let title: PhrasingContent[] | undefined;
  const first = children[0];
  if (first?.type === 'paragraph' && first.data?.directiveLabel) {
    title = first.children;
    children = children.slice(1);
  }
  return callout(kind, title, children);
}

/**
 * remark plugin: GitHub alerts and `:::` callout directives become callouts. A container that is not a
 * callout keeps its content, with its fence lines shown as written. The `:::` syntax itself comes from
 * {@link remarkKitDirectives} (`directives.ts`), which the parser always adds and `MarkdownContent`
 * adds when asked: without it, `:::note` is a paragraph.
 */
export function remarkKitCallouts() {
  return (tree: Root, file: VFile) => {
    // Each list of children is rebuilt before the walk goes into it, so callouts inside callouts are found.
    const rewrite = (parent: Parent, top: boolean) => {
      const out: RootContent[] = [];
      for (const child of parent.children as RootContent[]) {
        let node: RootContent = child;
        if (node.type === 'blockquote' && top) node = (alertOf(node) as RootContent | undefined) ?? node;
        else if (node.type === 'containerDirective') {
          if (Object.hasOwn(calloutTitles, node.name.toLowerCase())) node = directiveCallout(node) as RootContent;
          else {
            // An unknown container keeps its content between its fence lines, shown as written.
            const text = source(file, node) ?? '';
            const open = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
            out.push({ type: 'paragraph', children: [{ type: 'text', value: open }] });
            for (const inner of node.children) {
              if (inner.type === 'paragraph' && inner.data?.directiveLabel) continue;
              out.push(inner as RootContent);
            }
            if (/\n\s*:{3,}\s*$/.test(text)) out.push({ type: 'paragraph', children: [{ type: 'text', value: text.slice(text.lastIndexOf('\n') + 1).trim() }] });
            continue;
          }
        }
        out.push(node);
      }
      parent.children = out as Parent['children'];
    };
    eachParent<Root | Nodes>(tree, (parent) => void rewrite(parent as Parent, parent === tree));
  };
}

/**
 * Callouts as a feature: always on, on both paths (`MarkdownContent` has it built in: small and
 * engine-free). The `:::` form needs the directive syntax too (`directivesFeature`).
 */
export const calloutsFeature: MarkdownFeature<'callouts', {}> = {
  name: 'callouts',
  options: {},
  plugins: () => ({ remark: [remarkKitCallouts] }),
};
