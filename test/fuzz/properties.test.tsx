/**
 * Property-based tests over generated posts (issue 7), part 1: parsing and rendering. `npm test` runs
 * RBK_FUZZ_RUNS (default 200) cases per property with a fixed seed; `npm run test:fuzz` runs 10,000
 * (vitest.fuzz.config.ts). A failure prints the seed and the shrunk post (see check.ts).
 */
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { isPostParseError, PostLayout, type Post } from '../../src/index.js';
import { PostParseError } from '../../src/parse/index.js';
import { findUnsafe, prototypePollution } from '../hostile/inspect.js';
import { assertProperty } from './check.js';
import { captureConsoleErrors, consoleErrors, isPlainPost, mount, parse, parsed, postArb, show, showParsed, TIMEOUT } from './posts.js';

captureConsoleErrors();

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
        consoleErrors.length = 0;
        const html = renderToString(<PostLayout post={outcome.post} />);
        expect(html).toContain('<article');
        expect(consoleErrors).toEqual([]);
        expect(findUnsafe(mount(html).root)).toEqual([]);
        // What a server loader sends to the client renders the same HTML.
        const copy = JSON.parse(JSON.stringify(outcome.post)) as Post;
        expect(renderToString(<PostLayout post={copy} />)).toBe(html);
      }),
      showParsed,
    );
  }, TIMEOUT);
});
