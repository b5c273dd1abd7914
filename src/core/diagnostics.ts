/*
 * Development-only diagnostics. Every call to these helpers sits inside a block written literally
 * as `if (process.env.NODE_ENV !== 'production') { … }` at the call site, as React and its
 * ecosystem write it: every host's bundler (Vite in dev and build, Next, Astro, webpack, esbuild
 * with its define) replaces `process.env.NODE_ENV`, so in the browser the block runs in development
 * and in a production build it becomes dead code, taking the messages (and these helpers) with it.
 * In Node the real variable is read. (A `typeof process` guard would be false in Vite's browser
 * bundles, which define the expression but have no `process`, so no warning would ever show there.)
 * The fallback behaviour itself (rendering what can be rendered) never depends on these blocks.
 */
import { boundedCache } from './cache.js';

/**
 * Reports data a component could not use, as one console.error per render naming each field.
 * Components call it after rendering what they could. Never throws.
 */
export function reportInvalid(component: string, problems: string[]): void {
  if (problems.length > 0) console.error(`react-blog-kit <${component}>: ignored invalid props: ${problems.join('; ')}.`);
}

/** Describes a received value for an error message. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** The problem of a tree in which `count` values under `field` are not hast nodes (skipped when rendering). */
export function skippedValues(field: string, count: number): string {
  return `${field}: skipped ${count} value${count > 1 ? 's' : ''} that ${count > 1 ? 'are' : 'is'} not a hast node`;
}

/**
 * The problem of a tree under `field` from which the render-time safety pass left out what no parse
 * gives (`the children of <img>`, `ref on <div>`): the first few, and how many more.
 */
export function droppedParts(field: string, parts: string[]): string {
  const shown = parts.slice(0, 6).join(', ');
  return `${field}: left out ${shown}${parts.length > 6 ? ` and ${parts.length - 6} more` : ''}`;
}

const warned = /* @__PURE__ */ boundedCache<string, true>('warnings', 200);

/**
 * A development warning about data that renders but should be fixed at its source (a missing
 * alt text): one console.warn per distinct message, or per `key` when one is given (a message
 * naming the first of several places), so a re-rendering page does not repeat it.
 */
export function warnOnce(message: string, key = message): void {
  if (!warned.first(key)) return;
  console.warn(`react-blog-kit: ${message}`);
}
