/**
 * Dates without the machine's time zone: a date-only value is a calendar day (`2022-07-24`) and
 * stays that day everywhere; a date-time becomes a UTC ISO string. Nothing here calls `Date.parse`
 * on free text, whose result depends on the engine and the time zone.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6,
  june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10,
  october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

function dayString(year: number, month: number, day: number): string | undefined {
  return isCalendarDay(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : undefined;
}

// A year first is a year, month, day however it is separated: react.dev and Hugo write `2020/12/21`.
const ISO_DAY = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
// ISO 8601 / RFC 3339 / YAML 1.1 timestamps: `T`, `t` or spaces between date and time, optional
// fraction, optional offset written `Z`, `+07:00`, `-0700` or `-7`.
const ISO_DATE_TIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|z|[+-]\d{1,2}(?::?\d{2})?)?$/;
const MONTH_FIRST = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/;

function fromDateObject(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  // TOML values (smol-toml's TomlDate) know whether they are only a day; a TOML date-time is an
  // instant and must not meet the local-midnight guess below (10:00Z is midnight in Kiritimati).
  const maybeToml = date as Date & { isDate?: () => boolean };
  if (typeof maybeToml.isDate === 'function') return maybeToml.isDate() ? date.toISOString().slice(0, 10) : date.toISOString();
  // A day parsed by YAML, gray-matter or `new Date('2022-07-24')` sits at UTC midnight.
  if (date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0 && date.getUTCMilliseconds() === 0) {
    return date.toISOString().slice(0, 10);
  }
  // A day coerced by a host in its own time zone (Astro's `z.coerce.date()` on 'Jul 24 2022')
  // sits at local midnight: take the calendar day it was meant to be.
  if (date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0 && date.getMilliseconds() === 0) {
    return dayString(date.getFullYear(), date.getMonth() + 1, date.getDate());
  }
  return date.toISOString();
}

function fromString(raw: string): string | undefined {
  const text = raw.trim();
  let m = ISO_DAY.exec(text);
  if (m) return dayString(Number(m[1]), Number(m[3]), Number(m[4]));

  m = ISO_DATE_TIME.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s = '0', frac = '', zone] = m;
    const year = Number(y), month = Number(mo), day = Number(d), hour = Number(h), minute = Number(mi), second = Number(s);
    if (!isCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 60) return undefined;
    const ms = frac ? Math.round(Number(`0${frac}`) * 1000) : 0;
    let offsetMinutes = 0;
    if (zone && zone.toUpperCase() !== 'Z') {
      const sign = zone[0] === '-' ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      const hours = digits.length <= 2 ? Number(digits) : Number(digits.slice(0, -2));
      const minutes = digits.length <= 2 ? 0 : Number(digits.slice(-2));
      if (hours > 14 || minutes > 59) return undefined;
      offsetMinutes = sign * (hours * 60 + minutes);
    }
    // A date-time without an offset is read as UTC, so that every machine reads the same instant.
    const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), ms) - offsetMinutes * 60_000;
    return new Date(utc).toISOString();
  }

  m = MONTH_FIRST.exec(text);
  if (m) {
    const month = MONTHS[m[1].toLowerCase()];
    return month ? dayString(Number(m[3]), month, Number(m[2])) : undefined;
  }
  m = DAY_FIRST.exec(text);
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    return month ? dayString(Number(m[3]), month, Number(m[1])) : undefined;
  }
  return undefined;
}

/**
 * Reads a date as posts write it: `2022-07-24`, `2022/07/24`, `2022-07-24T10:00:00+02:00`,
 * `2016-07-26 15:06:49 -0700`, `Jul 24 2022`, `July 24, 2022`, `24 Jul 2022`, or a `Date`.
 *
 * @returns `YYYY-MM-DD` for a calendar day, a UTC ISO string for a date-time, or `undefined`
 *   when the value is not a date.
 */
export function parseDate(value: unknown): string | undefined {
  if (value instanceof Date) return fromDateObject(value);
  if (typeof value === 'string') return fromString(value);
  return undefined;
}
