import { boundedCache } from '../../core/cache.js';
import { readPostDate } from '../../post/identity.js';
import { requireString } from '../../post/arguments.js';

// Intl formatters are immutable and costly to build (a large share of a post's render): keep a few.
const formatters = /* @__PURE__ */ boundedCache<string, Intl.DateTimeFormat | Intl.PluralRules | Intl.NumberFormat>('intl-formatters', 64);

/** A cached Intl formatter for `locale` + `key`, built by `make` on first use. A constructor that throws caches nothing. */
function cachedFormatter<T extends Intl.DateTimeFormat | Intl.PluralRules | Intl.NumberFormat>(
  key: string,
  make: () => T,
): T {
  return formatters.get(key, make) as T;
}

/**
 * Formats a post date with Intl.DateTimeFormat. Date-only values are formatted in UTC so the day is
 * the same on the server and in every reader's time zone; date-times use `timeZone`. A value that is
 * not a date comes back as it is.
 */
export function formatPostDate(value: string, locale: string, timeZone = 'UTC'): string {
  requireString('formatPostDate', 'value', value, 'a post date (a string)');
  requireString('formatPostDate', 'locale', locale, 'a BCP 47 locale (a string)');
  requireString('formatPostDate', 'timeZone', timeZone, 'an IANA time zone (a string) or undefined');
  return postDateText(value, locale, timeZone) ?? value;
}

// Formatting is the costly part of a date (Intl), and a page shows the same few dates again and
// again (a list of posts, each render of a post): the strings are kept like the formatters, and so is
// the answer for a value that is not a date.
const formatted = /* @__PURE__ */ boundedCache<string, string | null>('formatted-dates', 256);

/** {@link formatPostDate}, or undefined when `value` is not a date. */
export function postDateText(value: string, locale: string, timeZone = 'UTC'): string | undefined {
  return formatted.get(`${locale}|${timeZone}|${value}`, () => formatUncached(value, locale, timeZone)) ?? undefined;
}

function formatUncached(value: string, locale: string, timeZone: string): string | null {
  const read = readPostDate(value);
  if (!read) return null;
  const zone = read.dateOnly ? 'UTC' : timeZone;
  try {
    return cachedFormatter(`date|${locale}|${zone}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: zone })).format(read.date);
  } catch {
    return cachedFormatter('date|en-US|UTC', () => new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })).format(read.date);
  }
}

/** The plural category of `count` in `locale` (en-US when Intl refuses the locale). */
export function plural(locale: string, count: number): Intl.LDMLPluralRule {
  try {
    return cachedFormatter(`plural|${locale}`, () => new Intl.PluralRules(locale)).select(count);
  } catch {
    return cachedFormatter('plural|en-US', () => new Intl.PluralRules('en-US')).select(count);
  }
}

/** `count` formatted as a number in `locale`. */
export function formatCount(locale: string, count: number): string {
  return cachedFormatter(`number|${locale}`, () => new Intl.NumberFormat(locale)).format(count);
}

// A count's category and its digits, for the few counts a page shows (minutes of reading, posts per
// tag), kept like the dates: Intl's select() and format() cost more than a lookup.
const counted = /* @__PURE__ */ boundedCache<string, readonly [Intl.LDMLPluralRule, string]>('counts', 256);

/** The plural category of `count` in `locale` and `count` formatted there, as a pair. */
export function countIn(locale: string, count: number): readonly [Intl.LDMLPluralRule, string] {
  return counted.get(`${locale}|${count}`, () => [plural(locale, count), formatCount(locale, count)] as const);
}
