import type { ElementContent, Root, Text } from 'hast';
import type { Components as HastComponents } from 'hast-util-to-jsx-runtime';
import type { ComponentType, ReactElement, ReactNode } from 'react';
import { jsx, jsxs } from 'react/jsx-runtime';
import { hastToReact } from './hast-to-react.js';
import { decoratePost, permalinked, type MakeElement } from './decorate.js';
import { droppedParts, skippedValues } from '../core/diagnostics.js';
import { textOf } from '../core/text.js';
import { prepareHeading, prepareTree, type PrepareOptions } from '../core/prepare.js';

/**
 * Tag name → component, as react-markdown's `components` prop takes it; each receives `node` too.
 * A capitalised name maps a component of an MDX post (`Note`, `Tabs.Item`): it receives the props
 * the post wrote (JSON, made safe) and its children. A post may leave any prop out, so give every
 * prop a default or make it optional.
 */
export type Components = Partial<HastComponents> & {
  [name: `${'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L' | 'M' | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S' | 'T' | 'U' | 'V' | 'W' | 'X' | 'Y' | 'Z'}${string}`]:
    // `any`: TypeScript refuses a props type with no property in common with an open record (a
    // `Chart({ data }: { data?: number[] })` without `children`), and no type could say which props a post wrote.
    | ComponentType<any>
    | undefined;
};

/** Options of {@link renderTree}. */
export interface RenderOptions extends PrepareOptions {
  /** Overrides for body elements. @default {} */
  components?: Components | null;
  /** Renders every `pre` (the copy button's frame); a `pre` in `components` wins. @default undefined */
  codeFrame?: ComponentType<any>;
  /**
   * The kit's components for MDX built-ins (`Tabs`, `TabItem`: components/Tabs), passed by the
   * components that render bodies; a name in `components` wins. @default undefined
   */
  builtins?: Components;
  /** The post's name (its slug or title), for development warnings. @default undefined */
  postName?: string;
}

function withCodeFrame(options: RenderOptions): Components | undefined {
  const components = options.components && typeof options.components === 'object' ? options.components : undefined;
  if (!options.codeFrame && !options.builtins) return components;
  return { ...(options.codeFrame && { pre: options.codeFrame }), ...options.builtins, ...components };
}

/**
 * Runs one render with the development diagnostics: values that are not hast nodes (skipped), what
 * the safety pass left out of a hand-made tree, and a tree that cannot render are described in
 * `problems` under `field`. Never throws.
 */
function guarded(
  options: RenderOptions,
  problems: string[] | undefined,
  field: string,
  run: (prepare: PrepareOptions, convert: (tree: Root) => ReactElement) => ReactElement | null,
): ReactElement | null {
  let skipped = 0;
  const dropped = new Set<string>();
  let prepare: PrepareOptions = options;
  if (process.env.NODE_ENV !== 'production') {
    prepare = { ...options, onInvalid: () => skipped++, onDropped: (what) => dropped.add(what) };
  }
  try {
    return run(prepare, (tree) =>
      hastToReact(tree, withCodeFrame(options), options.postName),
    );
  } catch (error) {
    if (process.env.NODE_ENV !== 'production') {
      problems?.push(`${field}: the tree could not be rendered (${(error as Error).message})`);
    }
    return null;
  } finally {
    if (process.env.NODE_ENV !== 'production') {
      if (skipped > 0) problems?.push(skippedValues(field, skipped));
      if (dropped.size > 0) problems?.push(droppedParts(field, [...dropped]));
    }
  }
}

/**
 * The single render path: hast → React elements through {@link hastToReact}, after the
 * render-time safety pass. Never throws; a tree it cannot render gives `null`. In development,
 * values that are not hast nodes (skipped) and a tree that cannot render are described in
 * `problems` under `field`, for the calling component to report once.
 */
export function renderTree(tree: unknown, options: RenderOptions, problems?: string[], field = 'body'): ReactElement | null {
  return guarded(options, problems, field, (prepare, convert) => convert(prepareTree(tree, prepare)));
}

function headingLevel(depth: number): number {
  return Math.min(6, Math.max(2, Math.round(depth) || 2));
}

/** A heading of the post's structure (section or item) as a hast element for {@link renderTree}. */
function headingTree(id: string, depth: number, children: ElementContent[]): Root {
  return {
    type: 'root',
    children: [{ type: 'element', tagName: `h${headingLevel(depth)}`, properties: { id }, children }],
  };
}

/**
 * A heading of the post's structure with its permalink (decorate.ts's {@link permalinked}): the markup of
 * `renderTree(headingTree(id, depth, children), …)` with the post's decorations. With `components`
 * overrides, or an empty id, it takes that path, so overrides apply as they do in a body.
 */
export function renderHeading(
  id: string,
  depth: number,
  children: ElementContent[],
  options: RenderOptions,
  problems?: string[],
  field = 'body',
): ReactElement | null {
  const c = options.components;
  if (typeof id !== 'string' || id === '' || (c && typeof c === 'object' && Object.keys(c).length > 0)) {
    return renderTree(headingTree(id, depth, children), { ...options, decorate: decoratePost }, problems, field);
  }
  return headingElements(headingLevel(depth), id, children, options, problems, field);
}

/**
 * The fast path of {@link renderHeading}, for speed: the same builder makes React elements directly,
 * since converting hast looks up every attribute's React name, once per heading of every page.
 * fast-paths.test.tsx holds its output equal to the general path's.
 */
function headingElements(level: number, id: string, children: ElementContent[], options: RenderOptions, problems: string[] | undefined, field: string): ReactElement | null {
  // Most headings are one text node: nothing to make safe (React escapes text), nothing to convert.
  const only = Array.isArray(children) && children.length === 1 ? (children[0] as unknown) : undefined;
  if (only && typeof only === 'object' && (only as Text).type === 'text' && typeof (only as Text).value === 'string') {
    const text = (only as Text).value;
    return permalinked(reactElement, level, id, jsx(`h${level}` as 'h2', { id, children: text }), text.trim(), options);
  }
  return guarded(options, problems, field, (prepare, convert) => {
    const heading = prepareHeading(level, id, children, prepare);
    const content = heading.children;
    let inner: ReactNode;
    if (content.length === 1 && content[0].type === 'text') inner = content[0].value;
    else if (content.length > 0) inner = convert({ type: 'root', children: content });
    return permalinked(reactElement, level, id, jsx(`h${level}` as 'h2', { id, children: inner }), textOf(heading).trim(), options);
  });
}

/**
 * React's props are the attributes {@link permalinked} writes, as they are (className included). Its
 * object is new on each call and takes the children itself: a spread followed by more props is V8's slow path.
 */
const reactElement: MakeElement<ReactElement> = (tagName, attributes, children) => {
  const props: Record<string, unknown> = attributes;
  props.children = children.length === 1 ? children[0] : children;
  return (children.length === 1 ? jsx : jsxs)(tagName as 'div', props);
};
