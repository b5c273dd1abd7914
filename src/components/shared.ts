import type { CSSProperties } from 'react';
import { cx } from './classes.js';
import type { Labels } from '../core/labels.js';
import { rootStyle } from '../theme/css-vars.js';
import type { ColorScheme, Theme } from '../theme/tokens.js';

/** Props every component of the kit takes. */
export interface KitProps<Slot extends string> {
  /** Design tokens, set as `--rbk-*` custom properties on the root so every part inherits them. @default undefined (the stylesheet's palette) */
  theme?: Theme;
  /** Colour scheme; `'auto'` follows `prefers-color-scheme`. @default inherited from an enclosing kit component, else 'light' */
  colorScheme?: ColorScheme;
  /** Extra class names per part, keyed by the part's `data-slot` name. @default {} */
  classNames?: Partial<Record<Slot, string>>;
  /** Leave out the kit's `rbk-*` classes, so the stylesheet does not apply. @default false */
  unstyled?: boolean;
  /** Strings shown or announced; anything left out keeps its English default. @default defaultLabels */
  labels?: Partial<Labels>;
  /** BCP 47 locale for dates and plurals. @default 'en-US' */
  locale?: string;
}

const colorSchemes = new Set(['light', 'dark', 'auto']);

/** Root attributes shared by every component: classes, slot, colour scheme and theme variables. */
export function rootProps(
  name: string,
  props: {
    className?: string;
    classNames?: Partial<Record<string, string>>;
    unstyled?: boolean;
    theme?: Theme;
    colorScheme?: ColorScheme;
    style?: CSSProperties;
  },
): { className?: string; 'data-slot': string; 'data-color-scheme'?: ColorScheme; style?: CSSProperties } {
  const host = props.classNames && typeof props.classNames === 'object' ? props.classNames.root : undefined;
  return {
    className: cx(
      !props.unstyled && 'rbk-root',
      !props.unstyled && `rbk-${name}`,
      typeof host === 'string' ? host : undefined,
      typeof props.className === 'string' ? props.className : undefined,
    ),
    'data-slot': name,
    'data-color-scheme': colorSchemes.has(props.colorScheme as string) ? props.colorScheme : undefined,
    style: rootStyle(props.theme, props.colorScheme, props.style),
  };
}

export const DEFAULT_LOCALE = 'en-US';

/** The locale to use: the given one when Intl accepts it, else en-US. */
export function safeLocale(locale: unknown): string {
  if (typeof locale !== 'string' || locale === '') return DEFAULT_LOCALE;
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * Sets a component's displayName inside an expression, so the definition can be marked pure and a
 * bundler can drop a component the host does not use (a separate `X.displayName = …` statement
 * would keep it, and everything it imports, in every bundle).
 */
export function named<T extends { displayName?: string }>(component: T, name: string): T {
  component.displayName = name;
  return component;
}
