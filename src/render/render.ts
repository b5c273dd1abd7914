import type { ElementContent, Root } from 'hast';
import { toJsxRuntime, type Components as HastComponents } from 'hast-util-to-jsx-runtime';
import type { ReactElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { reportInvalid } from '../theme/dev.js';
import { prepareTree, type PrepareOptions } from './prepare.js';

/** Tag name → component, as react-markdown's `components` prop takes it; each receives `node` too. */
export type Components = Partial<HastComponents>;

/** Options of {@link renderTree}. */
export interface RenderOptions extends PrepareOptions {
  /** Overrides for body elements. @default {} */
  components?: Components | null;
}

/**
 * The single render path: hast → React elements through hast-util-to-jsx-runtime, after the
 * render-time safety pass. Never throws; a tree it cannot render gives `null`.
 */
export function renderTree(tree: unknown, options: RenderOptions, component = 'render'): ReactElement | null {
  try {
    return toJsxRuntime(prepareTree(tree, options), {
      Fragment,
      jsx,
      jsxs,
      components: options.components && typeof options.components === 'object' ? options.components : undefined,
      ignoreInvalidStyle: true,
      passKeys: true,
      passNode: true,
    });
  } catch (error) {
    reportInvalid(component, [`a body tree could not be rendered (${(error as Error).message})`]);
    return null;
  }
}

/** A heading of the post's structure (section or item) as a hast element for {@link renderTree}. */
export function headingTree(id: string, depth: number, children: ElementContent[]): Root {
  const level = Math.min(6, Math.max(2, Math.round(depth) || 2));
  return {
    type: 'root',
    children: [{ type: 'element', tagName: `h${level}`, properties: { id }, children }],
  };
}
