/**
 * The base every component stands on: the props they all take (theme, colour scheme, classes, labels,
 * locale) and `kit()`, the one call that turns them into what a component renders with — the
 * resolved labels and locale, the root element's attributes, the class and `data-slot` of each part,
 * the link component — and the props left to spread on the root. React-free apart from types and
 * hook-free, so a static component built on it stays server-safe and a client island can use it too.
 */
import type { CSSProperties, ElementType } from 'react';
import { cx, slot } from './classes.js';
import { resolveLabels, type Labels } from '../../core/labels.js';
import { boundedCache } from '../../core/cache.js';
import { rootStyle } from '../../theme/css-vars.js';
import type { ColorScheme, Theme } from '../../theme/tokens.js';

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

/** What `kit()` reads: the shared props plus the root's own `className` and `style`. */
export interface SharedProps<Slot extends string> extends KitProps<Slot> {
  className?: string;
  style?: CSSProperties;
}

/** The attributes of a component's root element. */
interface RootProps {
  className?: string;
  'data-slot': string;
  'data-color-scheme'?: ColorScheme;
  style?: CSSProperties;
}

/** The class and `data-slot` of one part. */
export interface PartProps<Slot extends string> {
  className?: string;
  'data-slot': Slot;
}

/** What a component renders with, from `kit()`. */
export interface Kit<Slot extends string, Rest> {
  /** The labels, defaults filled in. */
  labels: Labels;
  /** A locale Intl accepts (else en-US). */
  locale: string;
  /** The root element's classes, slot, colour scheme and theme variables. */
  root: RootProps;
  /** A part's class and `data-slot`, with the host's `classNames[name]`; `extra` is one more class (e.g. `rbk-prose`), which the caller leaves out when `unstyled`. */
  part: (name: Slot, extra?: string) => PartProps<Slot>;
  /** The link component: the host's, else `'a'`. */
  Link: ElementType;
  /** Every prop `kit()` did not take, for the root element. */
  rest: Rest;
}

const colorSchemes = new Set(['light', 'dark', 'auto']);

/** Root attributes shared by every component: classes, slot, colour scheme and theme variables. */
function rootProps(name: string, props: SharedProps<string>): RootProps {
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

const DEFAULT_LOCALE = 'en-US';

const locales = /* @__PURE__ */ boundedCache<string, string>('locales', 32);

/** The locale to use: the given one when Intl accepts it, else en-US. */
function safeLocale(locale: unknown): string {
  if (typeof locale !== 'string' || locale === '') return DEFAULT_LOCALE;
  // Kept per tag: a list renders one meta line per card, each asking for the same locale.
  return locales.get(locale, () => {
    try {
      return Intl.getCanonicalLocales(locale)[0] ?? DEFAULT_LOCALE;
    } catch {
      return DEFAULT_LOCALE;
    }
  });
}

/**
 * The shared preamble of every component, in one call: takes the props (after the component has
 * taken its own), the root's part name (`rbk-<name>`, `data-slot`) and the host's link component
 * where the component renders links.
 */
export function kit<Slot extends string, P extends SharedProps<Slot>>(
  name: string,
  props: P,
  linkComponent?: ElementType,
): Kit<Slot, Omit<P, keyof SharedProps<Slot>>> {
  const base = kitParts<Slot, P>(name, props) as Kit<Slot, Omit<P, keyof SharedProps<Slot>>>;
  base.labels = resolveLabels(props.labels);
  base.locale = safeLocale(props.locale);
  base.Link = linkComponent ?? 'a';
  return base;
}

/**
 * `kit()` without the labels, locale and link, for a component that shows no strings (a client
 * island such as ReadingProgress), so its bundle does not carry the default labels.
 */
export function kitParts<Slot extends string, P extends SharedProps<Slot>>(
  name: string,
  props: P,
): Pick<Kit<Slot, Omit<P, keyof SharedProps<Slot>>>, 'root' | 'part' | 'rest'> {
  const { theme, colorScheme, className, classNames, unstyled, labels: _labels, locale: _locale, style, ...rest } = props;
  return {
    root: rootProps(name, { theme, colorScheme, className, classNames, unstyled, style }),
    part: (part, extra) => slot(part, classNames, unstyled, extra),
    rest,
  };
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
