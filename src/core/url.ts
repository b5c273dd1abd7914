import type { Element } from 'hast';
import { argumentError } from '../post/arguments.js';

/**
 * Decides what a URL in the post becomes: return the URL to keep (possibly rewritten), or
 * `null`/`undefined`/`''` to drop the attribute. Same signature as react-markdown's `urlTransform`.
 */
export type UrlTransform = (url: string, key: string, node: Readonly<Element>) => string | null | undefined;

const safeProtocol = /^(https?|ircs?|mailto|xmpp)$/i;

/**
 * The default {@link UrlTransform}, equivalent to react-markdown's `defaultUrlTransform`: relative
 * URLs and `http(s)`, `irc(s)`, `mailto` and `xmpp` stay; every other scheme (`javascript:`,
 * `vbscript:`, `data:` …) becomes `''`, which drops the attribute.
 */
export function defaultUrlTransform(value: string): string {
  const colon = value.indexOf(':');
  const questionMark = value.indexOf('?');
  const numberSign = value.indexOf('#');
  const slash = value.indexOf('/');
  if (
    colon === -1 ||
    (slash !== -1 && colon > slash) ||
    (questionMark !== -1 && colon > questionMark) ||
    (numberSign !== -1 && colon > numberSign) ||
    safeProtocol.test(value.slice(0, colon))
  ) {
    return value;
  }
  return '';
}

/**
 * {@link defaultUrlTransform} as the main entry exports it, for a host's own calls: a value that is
 * not a string is a TypeError naming it. The components call the unchecked one, so a page carries no
 * argument messages.
 */
export function checkedUrlTransform(value: string): string {
  if (typeof value !== 'string') throw argumentError('defaultUrlTransform', 'value', 'a URL (a string)', value);
  return defaultUrlTransform(value);
}

const dataImage = /^data:image\/(?:png|gif|jpeg|webp|avif);/i;

/**
 * The URL an `<img>` may load: whatever {@link defaultUrlTransform} keeps, plus `data:` URLs of
 * raster images. Returns undefined for anything else.
 */
export function safeImageSrc(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (dataImage.test(value.trim())) return value.trim();
  return defaultUrlTransform(value) || undefined;
}

/** A link URL, or undefined when it is not a string or not safe. */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return defaultUrlTransform(value) || undefined;
}

/** A `srcset`, kept only when every candidate URL passes `check`. */
export function safeSrcSet(value: unknown, check: (url: string) => string | null | undefined): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  for (const candidate of value.split(',')) {
    const url = candidate.trim().split(/\s+/)[0];
    if (!url || !check(url)) return undefined;
  }
  return value;
}

/**
 * `value` as an absolute http(s) URL, normalised by the URL parser (what a share link or a feed may
 * point at); anything else, relative URLs included, gives undefined.
 */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
