const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;

// Intl formatters are immutable and costly to build (a fifth of a post's render): keep the last few.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.PluralRules | Intl.NumberFormat>();

/**
 * A cached Intl formatter for `locale` + `key`, built by `make` on first use. The cache is bounded:
 * past 64 entries it starts over. A constructor that throws caches nothing.
 */
export function cachedFormatter<T extends Intl.DateTimeFormat | Intl.PluralRules | Intl.NumberFormat>(
  key: string,
  make: () => T,
): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    if (formatters.size >= 64) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A post date as a Date and whether it carried a time, or undefined when it is not a date. */
export function readDate(value: unknown): { date: Date; dateOnly: boolean } | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const m = dateOnly.exec(value.trim());
  if (m) {
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(m[3])) return undefined;
    return { date, dateOnly: true };
  }
  // Only ISO date-times: anything else would be read differently by each engine and time zone.
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value.trim())) return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : { date, dateOnly: false };
}

/**
 * Formats a post date with Intl.DateTimeFormat. Date-only values are formatted in UTC so the day is
 * the same on the server and in every reader's time zone; date-times use `timeZone`.
 */
export function formatPostDate(value: string, locale: string, timeZone = 'UTC'): string {
  // Formatting is the costly part of a date (Intl), and a page shows the same few dates again and
  // again (a list of posts, each render of a post): the strings are kept like the formatters.
  const key = `${locale}|${timeZone}|${value}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = formatUncached(value, locale, timeZone);
    if (formatted.size >= 256) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

const formatted = new Map<string, string>();

function formatUncached(value: string, locale: string, timeZone: string): string {
  const read = readDate(value);
  if (!read) return value;
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
