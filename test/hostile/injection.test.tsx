/**
 * Injection suite, client side (issue 7): the same vectors rendered with React DOM in jsdom, as a
 * browser app renders a post it received as JSON. The live DOM must hold no script, no handler
 * attribute and no URL a browser would run; the canary and Object.prototype stay untouched.
 */
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { isPostParseError, PostLayout } from '../../src/index.js';
import { HTML_MODES, hostileElements, parseVector } from './cases.js';
import { findUnsafe, prototypePollution } from './inspect.js';
import { vectors } from './vectors.js';

afterEach(() => {
  expect(prototypePollution()).toEqual([]);
  expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
});

/** The rendered subtree and the document head (where React may hoist resources). */
function unsafeIn(container: HTMLElement): string[] {
  return [...findUnsafe(container), ...findUnsafe(document.head).filter((p) => !p.startsWith('<link'))];
}

describe('when every vector is rendered on the client', () => {
  for (const html of HTML_MODES) {
    describe(`when raw HTML is handled with html: '${html}'`, () => {
      for (const v of vectors) {
        it(`${v.family}: ${v.name}`, () => {
          const parsed = parseVector(v, html);
          if (!parsed.post) {
            expect(isPostParseError(parsed.error), String(parsed.error)).toBe(true);
            return;
          }
          // The Post travels as JSON from a server loader to the client.
          const post = JSON.parse(JSON.stringify(parsed.post));
          const { container } = render(<PostLayout post={post} metaProps={{ tagHref: (tag) => tag }} />);
          expect(unsafeIn(container)).toEqual([]);
          expect(container.querySelector('article')).not.toBeNull();
        });
      }
    });
  }
});

describe('when components are handed hostile props or markdown directly', () => {
  for (const { name, element } of hostileElements()) {
    it(name, () => {
      const { container } = render(element);
      expect(unsafeIn(container)).toEqual([]);
    });
  }
});

describe('when the checker looks at a live DOM', () => {
  it('reports what a careless render would leave (the check can fail)', () => {
    const div = document.createElement('div');
    div.innerHTML = '<a href="jav&#x09;ascript:x">x</a><img src="x" onerror="x"><form action="vbscript:x"></form>';
    expect(findUnsafe(div)).toHaveLength(3);
  });
});
