/**
 * What the property files share: generated posts parsed with their options, a reused element to read
 * server HTML in, and console.error captured per test. The properties are split over two files so that
 * vitest runs them on two workers: `npm run test:fuzz` runs 10,000 cases of each.
 */
import fc from 'fast-check';
import { afterEach, beforeEach } from 'vitest';
import { POST_FORMAT, type Post } from '../../src/index.js';
import { parsePost } from '../../src/parse/index.js';
import { RUNS } from './check.js';
import { post as postArb, type GeneratedPost } from './grammar.js';

export { postArb };

type Outcome = { post: Post; error?: undefined } | { post?: undefined; error: unknown };

/**
 * Every property of a file runs with the same seed, so it sees the same generated posts: each is parsed
 * once per file and the outcome reused (the first property to meet a post is the one that parses it).
 */
const outcomes = new Map<string, Outcome>();

export function parse(input: GeneratedPost): Outcome {
  const key = `${input.html}\0${input.slugPrefix}\0${input.source}`;
  let outcome = outcomes.get(key);
  if (outcome) return outcome;
  try {
    outcome = { post: parsePost(input.source, { html: input.html, slugPrefix: input.slugPrefix }) };
  } catch (error) {
    outcome = { error };
  }
  outcomes.set(key, outcome);
  return outcome;
}

export const show = (input: GeneratedPost) =>
  `(parsePost options: { html: '${input.html}', slugPrefix: '${input.slugPrefix}' })\n${input.source}`;

/** Posts the parser accepts, with their options: the input of every rendering property. */
export const parsed = postArb
  .map((input) => ({ input, outcome: parse(input) }))
  .filter((x): x is { input: GeneratedPost; outcome: { post: Post } } => x.outcome.post !== undefined);
export const showParsed = (x: { input: GeneratedPost }) => show(x.input);

export function isPlainPost(value: unknown): value is Post {
  const p = value as Post;
  return (
    typeof p === 'object' &&
    p !== null &&
    p.format === POST_FORMAT &&
    typeof p.title === 'string' &&
    p.title.trim() !== '' &&
    Array.isArray(p.authors) &&
    Array.isArray(p.tags) &&
    Array.isArray(p.toc) &&
    Array.isArray(p.sections) &&
    p.intro?.type === 'root' &&
    typeof p.readingTime?.minutes === 'number'
  );
}

/**
 * Server HTML placed in one reused element of the jsdom document. (A Document per case, as
 * DOMParser makes, is never freed by jsdom: 10,000 of them exhaust the heap.) Ids are looked up by
 * iteration, since jsdom's selector engine mishandles some astral-plane characters in `[id="…"]`.
 */
const host = document.createElement('div');
export function mount(html: string) {
  host.innerHTML = html;
  return {
    root: host,
    withId: (id: string) => Array.from(host.querySelectorAll('[id]')).filter((el) => el.id === id),
    byId: (id: string) => Array.from(host.querySelectorAll('[id]')).find((el) => el.id === id) ?? null,
  };
}

/** Generous: rendering hundreds of posts on a slow CI machine (timings are never asserted). */
export const TIMEOUT = Math.max(120_000, RUNS * 100);

/** What console.error received during the current test. */
export const consoleErrors: unknown[][] = [];

/**
 * Captures console.error for each test of the file and empties the shared element after it. Development
 * warnings (a hero without alt text, say) are what generated posts are expected to cause; they are
 * silenced here, or 10,000 posts print thousands of lines into the CI log.
 */
export function captureConsoleErrors(): void {
  const originalError = console.error;
  const originalWarn = console.warn;
  beforeEach(() => {
    consoleErrors.length = 0;
    console.error = (...args: unknown[]) => {
      consoleErrors.push(args);
    };
    console.warn = () => {};
  });
  afterEach(() => {
    console.error = originalError;
    console.warn = originalWarn;
    host.textContent = '';
  });
}
