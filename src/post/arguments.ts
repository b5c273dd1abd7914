/**
 * The one shape of the error a public function throws when it is called with a value of the wrong
 * type: a `TypeError` naming the function, the parameter, what it expects and what it received —
 * `paginate: options.page must be a positive integer, received "2" (a string).` Every entry's
 * functions check their arguments through these helpers, so none fails later on with the engine's
 * "Cannot read properties of null". A value of the right type but out of range (a page number of 0)
 * is a `RangeError` with the same message.
 */

const MAX_SHOWN = 40;

/** What a message says it received: `null`, `undefined`, `"text" (a string)`, `42 (a number)`, `an object`, `an array`… */
export function describeReceived(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'string': {
      const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
      return `${JSON.stringify(shown)} (a string${value.length > MAX_SHOWN ? ` of ${value.length} characters` : ''})`;
    }
    case 'number':
      return `${String(value)} (a number)`;
    case 'boolean':
      return `${String(value)} (a boolean)`;
    case 'bigint':
      return `${String(value)}n (a bigint)`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default: {
      if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
      const name = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor?.name;
      return name && name !== 'Object' ? `a ${name}` : 'an object';
    }
  }
}

/** The error for `parameter` of `fn`, which must be `expected` and is `received`. */
export function argumentError(fn: string, parameter: string, expected: string, received: unknown): TypeError {
  return new TypeError(`${fn}: ${parameter} must be ${expected}, received ${describeReceived(received)}.`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` as an options object: `{}` for undefined, else it must be an object. */
export function optionsOf<T extends object>(fn: string, parameter: string, value: T | undefined): T {
  if (value === undefined) return {} as T;
  if (!isRecord(value)) throw argumentError(fn, parameter, 'an options object or undefined', value);
  return value;
}

/** Throws unless `value` is an object (not null, not an array); `expected` says which. */
export function requireObject(fn: string, parameter: string, value: unknown, expected = 'an object'): asserts value is Record<string, unknown> {
  if (!isRecord(value)) throw argumentError(fn, parameter, expected, value);
}

/** Throws unless `value` is an array. */
export function requireArray(fn: string, parameter: string, value: unknown, expected = 'an array'): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw argumentError(fn, parameter, expected, value);
}

/** Throws unless `value` is an array of posts (objects), naming the first item that is not one. */
export function requirePosts(fn: string, parameter: string, value: unknown): asserts value is readonly Record<string, unknown>[] {
  requireArray(fn, parameter, value, 'an array of posts');
  for (let i = 0; i < value.length; i++) {
    if (!isRecord(value[i])) throw argumentError(fn, `${parameter}[${i}]`, 'a post (an object)', value[i]);
  }
}

/** Throws unless `value` is a string. */
export function requireString(fn: string, parameter: string, value: unknown, expected = 'a string'): asserts value is string {
  if (typeof value !== 'string') throw argumentError(fn, parameter, expected, value);
}

/** Throws unless `value` is a string or undefined. */
export function optionalString(fn: string, parameter: string, value: unknown): asserts value is string | undefined {
  if (value !== undefined && typeof value !== 'string') throw argumentError(fn, parameter, 'a string or undefined', value);
}

/** Throws unless `value` is one of `allowed`, or undefined when `optional`; no other value falls back to a default. */
export function requireOneOf<T extends string | boolean>(fn: string, parameter: string, value: unknown, allowed: readonly T[], optional = true): asserts value is T | undefined {
  if ((optional && value === undefined) || allowed.includes(value as T)) return;
  const list = allowed.map((a) => JSON.stringify(a));
  const expected = `${list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}` : list[0]}${optional ? ' (or undefined)' : ''}`;
  throw argumentError(fn, parameter, expected, value);
}

/**
 * Throws unless `value` is a whole number of at least `min` (or undefined when `optional`): a
 * TypeError for another type, a RangeError for a number out of range.
 */
export function requireInteger(fn: string, parameter: string, value: unknown, min: 0 | 1, optional = false): asserts value is number | undefined {
  if (optional && value === undefined) return;
  if (typeof value === 'number' && Number.isInteger(value) && value >= min) return;
  const expected = `${min === 1 ? 'a positive integer' : 'a whole number of at least 0'}${optional ? ' or undefined' : ''}`;
  const error = argumentError(fn, parameter, expected, value);
  throw typeof value === 'number' ? new RangeError(error.message) : error;
}

/** Throws unless `value` is a function, or undefined when `optional`. */
export function requireFunction(fn: string, parameter: string, value: unknown, optional = true): asserts value is ((...args: never[]) => unknown) | undefined {
  if ((optional && value === undefined) || typeof value === 'function') return;
  throw argumentError(fn, parameter, optional ? 'a function or undefined' : 'a function', value);
}
