// @vitest-environment node
/**
 * Pathological posts (issue 7): each generator either parses and renders on the server without a
 * stack overflow (and without the render path swallowing one: nothing may be logged), or is refused
 * with a PostParseError naming the limit it hit. Timings are the bench's business, not asserted here.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPostParseError, PostLayout, type Post } from '../../src/index.js';
import { parsePost } from '../../src/parse/index.js';
import { LIMITS } from '../../src/parse/limits.js';
import { pathological } from './pathological.js';

/** Words each limit's refusal must use, besides the limit's number. */
const LIMIT_WORDS: Record<keyof typeof LIMITS, RegExp> = {
  nestingDepth: /nest/i,
  frontmatterBytes: /frontmatter/i,
  yamlAliasCount: /alias/i,
  sourceBytes: /too large/i,
  footnoteReferences: /footnote/i,
  inlineDelimiters: /inline markup/i,
};

/** Very slow on a busy 2-core CI machine; a hung case still fails, it is not a timing assertion. */
const TIMEOUT = 15 * 60 * 1000;

let logged: unknown[][] = [];
const originalError = console.error;
beforeEach(() => {
  logged = [];
  console.error = (...args: unknown[]) => void logged.push(args);
});
afterEach(() => {
  console.error = originalError;
});

describe('when a post is pathological', () => {
  for (const p of pathological) {
    it(`${p.name}: ${p.expect.outcome === 'render' ? 'parses and renders' : p.expect.outcome === 'refuse' ? `is refused at LIMITS.${p.expect.limit}` : `renders or is refused at LIMITS.${p.expect.limit}`}`, () => {
      const source = p.source();
      let post: Post;
      try {
        post = parsePost(source, p.options);
      } catch (error) {
        expect(isPostParseError(error), `${(error as Error)?.name}: ${(error as Error)?.message}`).toBe(true);
        expect(p.expect.outcome, `refused: ${(error as Error).message}`).not.toBe('render');
        if (p.expect.outcome !== 'render') {
          const message = (error as Error).message;
          expect(message).toMatch(LIMIT_WORDS[p.expect.limit]);
          expect(message).toContain(String(LIMITS[p.expect.limit]));
        }
        return;
      }
      expect(p.expect.outcome, 'parsed a post that should have been refused').not.toBe('refuse');
      const html = renderToString(createElement(PostLayout, { post }));
      expect(html.endsWith('</article>')).toBe(true);
      // renderTree turns a thrown RangeError into a logged error and an empty body: that is a failure here.
      expect(logged).toEqual([]);
      if (post.toc.length > 0) expect(html).toContain(`id="${post.toc[post.toc.length - 1].id}"`);
    }, TIMEOUT);
  }
});
