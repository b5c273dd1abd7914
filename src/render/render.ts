import type { ElementContent, Root } from 'hast';
import { toJsxRuntime, type Components as HastComponents } from 'hast-util-to-jsx-runtime';
import type { ReactElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
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
 * render-time safety pass. Never throws; a tree it cannot render gives `null`. In development,
 * values that are not hast nodes (skipped) and a tree that cannot render are described in
 * `problems` under `field`, for the calling component to report once.
 */
export function renderTree(tree: unknown, options: RenderOptions, problems?: string[], field = 'body'): ReactElement | null {
  let skipped = 0;
  let prepare: PrepareOptions = options;
  if (typeof process === 'object' && process.env.NODE_ENV !== 'production') {
    prepare = { ...options, onInvalid: () => skipped++ };
  }
  try {
    return toJsxRuntime(prepareTree(tree, prepare), {
      Fragment,
      jsx,
      jsxs,
      components: options.components && typeof options.components === 'object' ? options.components : undefined,
      ignoreInvalidStyle: true,
      passKeys: true,
      passNode: true,
    });
  } catch (error) {
    if (typeof process === 'object' && process.env.NODE_ENV !== 'production') {
      problems?.push(`${field}: the tree could not be rendered (${(error as Error).message})`);
    }
    return null;
  } finally {
    if (typeof process === 'object' && process.env.NODE_ENV !== 'production') {
      if (skipped > 0) problems?.push(`${field}: skipped ${skipped} value${skipped > 1 ? 's' : ''} that ${skipped > 1 ? 'are' : 'is'} not a hast node`);
    }
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
