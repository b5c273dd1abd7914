/**
 * The other side of bench/converter.mjs: render/hast-to-react.ts's `hastToReact` spelled with
 * hast-util-to-jsx-runtime, called with the options the fork reproduces (hast-to-react.test.tsx
 * holds the two equal). The bench builds the kit a second time with this module in the fork's place.
 */
import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ReactElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

export type ComponentMap = Record<string, unknown>;

export function hastToReact(tree: Root, components?: ComponentMap | null): ReactElement {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components: (components ?? {}) as never, ignoreInvalidStyle: true, passKeys: false, passNode: true }) as ReactElement;
}
