/**
 * Property-based tests over generated posts (issue 7). `npm test` runs RBK_FUZZ_RUNS (default 200)
 * cases per property with a fixed seed; `npm run test:fuzz` runs 10,000 (vitest.fuzz.config.ts).
 * A failure prints the seed and the shrunk post (see check.ts).
 */
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPostParseError, parsePost, PostLayout, PostParseError, type Post } from '../../src/index.js';
import { findUnsafe, prototypePollution } from '../hostile/inspect.js';
import { assertProperty, RUNS } from './check.js';
import { post as postArb, type GeneratedPost } from './grammar.js';

type Outcome = { post: Post; error?: undefined } | { post?: undefined; error: unknown };

function parse(input: GeneratedPost): Outcome {
  try {
    return { post: parsePost(input.source, { html: input.html, slugPrefix: input.slugPrefix }) };
  } catch (error) {
    return { error };
  }
}

const show = (input: GeneratedPost) =>
  `(parsePost options: { html: '${input.html}', slugPrefix: '${input.slugPrefix}' })\n${input.source}`;

/** Posts the parser accepts, with their options: the input of every rendering property. */
const parsed = postArb
  .map((input) => ({ input, outcome: parse(input) }))
  .filter((x): x is { input: GeneratedPost; outcome: { post: Post } } => x.outcome.post !== undefined);
const showParsed = (x: { input: GeneratedPost }) => show(x.input);

function isPlainPost(value: unknown): value is Post {
  const p = value as Post;
  return (
    typeof p === 'object' &&
    p !== null &&
    p.format === 1 &&
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
function mount(html: string) {
  host.innerHTML = html;
  return {
    root: host,
    withId: (id: string) => Array.from(host.querySelectorAll('[id]')).filter((el) => el.id === id),
    byId: (id: string) => Array.from(host.querySelectorAll('[id]')).find((el) => el.id === id) ?? null,
  };
}

/** Generous: rendering hundreds of posts on a slow CI machine (timings are never asserted). */
const TIMEOUT = Math.max(120_000, RUNS * 100);

let errors: unknown[][] = [];
const originalError = console.error;
beforeEach(() => {
  errors = [];
  console.error = (...args: unknown[]) => {
    errors.push(args);
  };
});
afterEach(() => {
  console.error = originalError;
  host.textContent = '';
});

describe('when posts come from the grammar', () => {
  it('parsePost returns a plain Post or throws a PostParseError, never anything else', () => {
    assertProperty(
      fc.property(postArb, (input) => {
        const outcome = parse(input);
        expect(prototypePollution()).toEqual([]);
        if (outcome.post) {
          expect(isPlainPost(outcome.post)).toBe(true);
          // Plain JSON: nothing is lost or changed by serialising it (no Dates, undefined values, classes).
          expect(JSON.parse(JSON.stringify(outcome.post))).toStrictEqual(outcome.post);
          return;
        }
        const error = outcome.error;
        expect(error).toBeInstanceOf(PostParseError);
        expect(isPostParseError(error)).toBe(true);
        const e = error as PostParseError;
        expect(e.message.length).toBeGreaterThan(10);
        expect(typeof e.field).toBe('string');
      }),
      show,
    );
  }, TIMEOUT);

  it('rendering a parsed Post never throws, logs nothing, emits nothing unsafe, and survives a JSON round trip', () => {
    assertProperty(
      fc.property(parsed, ({ outcome }) => {
        errors = [];
        const html = renderToString(<PostLayout post={outcome.post} />);
        expect(html).toContain('<article');
        expect(errors).toEqual([]);
        expect(findUnsafe(mount(html).root)).toEqual([]);
        // What a server loader sends to the client renders the same HTML.
        const copy = JSON.parse(JSON.stringify(outcome.post)) as Post;
        expect(renderToString(<PostLayout post={copy} />)).toBe(html);
      }),
      showParsed,
    );
  }, TIMEOUT);

  it('heading ids are unique and every TOC entry points at a rendered heading', () => {
    assertProperty(
      fc.property(parsed, ({ outcome }) => {
        const post = outcome.post;
        const doc = mount(renderToString(<PostLayout post={post} toc="top" tocProps={{ minDepth: 2, maxDepth: 6 }} />));
        const headings = Array.from(doc.root.querySelectorAll('h1, h2, h3, h4, h5, h6')).filter((h) => h.id !== '');
        const headingIds = headings.map((h) => h.id);
        expect(new Set(headingIds).size).toBe(headingIds.length);
        // Nothing else on the page may share a heading's id, or `#id` would land elsewhere.
        for (const id of headingIds) expect(doc.withId(id).map((el) => el.outerHTML.slice(0, 80)), `elements with id "${id}"`).toHaveLength(1);
        for (const entry of post.toc) {
          const target = doc.byId(entry.id);
          expect(target, `TOC entry #${entry.id}`).not.toBeNull();
          expect(target!.localName).toBe(`h${entry.depth}`);
          const link = Array.from(doc.root.querySelectorAll('nav a[href]')).find((a) => a.getAttribute('href') === `#${entry.id}`);
          expect(link, `TOC link to #${entry.id}`).toBeDefined();
        }
        // And every link the navigation shows lands on a heading.
        for (const link of Array.from(doc.root.querySelectorAll('nav a[href^="#"]'))) {
          const target = doc.byId(link.getAttribute('href')!.slice(1));
          expect(target?.localName, `target of ${link.getAttribute('href')}`).toMatch(/^h[2-6]$/);
        }
      }),
      showParsed,
    );
  }, TIMEOUT);

  it('every heading of the top level starts a section', () => {
    assertProperty(
      fc.property(parsed, ({ outcome }) => {
        const post = outcome.post;
        if (post.toc.length === 0) {
          expect(post.sections).toEqual([]);
          return;
        }
        const doc = mount(renderToString(<PostLayout post={post} />));
        // The outline's top rank is h2, and every h2 of the top level opens a <section> it labels and
        // comes first in; the sections are exactly those headings, in order. No h2 sits in the intro.
        const topLevel = post.toc.filter((e) => e.depth === 2);
        expect(post.toc[0].depth).toBe(2);
        expect(post.sections.map((s) => s.id)).toEqual(topLevel.map((e) => e.id));
        for (const entry of topLevel) {
          const heading = doc.byId(entry.id)!;
          expect(heading.localName).toBe('h2');
          const section = heading.closest('section');
          expect(section, `section of #${entry.id}`).not.toBeNull();
          // Labelled by its heading; a repeated title gets a numbered aria-label instead, so that
          // screen readers can tell the landmarks apart.
          const labelledBy = section!.getAttribute('aria-labelledby');
          if (labelledBy !== null) expect(labelledBy).toBe(entry.id);
          else {
            const label = section!.getAttribute('aria-label') ?? '';
            expect(label.startsWith(`${entry.title} (`) && /\(\d+\)$/.test(label), `aria-label "${label}" of #${entry.id}`).toBe(true);
          }
          expect(section!.querySelector('h2, h3, h4, h5, h6')).toBe(heading);
        }
        // (A heading quoted inside a blockquote is content, wherever it sits.)
        const intro = doc.root.querySelector('[data-slot="intro"]');
        const introHeadings = intro ? Array.from(intro.children).filter((el) => el.matches('h2, [data-slot="heading"]')) : [];
        expect(introHeadings.map((el) => el.textContent)).toEqual([]);
      }),
      showParsed,
    );
  }, TIMEOUT);
});
