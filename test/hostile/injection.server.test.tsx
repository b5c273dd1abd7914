// @vitest-environment node
/**
 * Injection suite, server side (issue 7): every XSS vector goes through parsePost (in each raw-HTML
 * mode) and PostLayout's renderToString; the HTML must hold no script, no handler attribute and no
 * URL a browser would run, and nothing may touch Object.prototype. The whole page of vectors is
 * then loaded into a DOM that runs scripts, where the canary must stay unset.
 */
import { JSDOM } from 'jsdom';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isPostParseError, PostLayout } from '../../src/index.js';
import { HTML_MODES, hostileElements, parseVector } from './cases.js';
import { effectiveScheme, findUnsafeInHtml, isUnsafeUrl, prototypePollution } from './inspect.js';
import { renderHostilePage } from './page.js';
import { CANARY, vectors } from './vectors.js';

const families = [...new Set(vectors.map((v) => v.family))];

afterEach(() => {
  expect(prototypePollution()).toEqual([]);
  expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
});

describe('when the checker reads URLs the way a browser does', () => {
  // The suite is only as good as its detector: these pin what it must catch and let pass.
  it('catches schemes hidden by case, entities, controls and whitespace', () => {
    expect(effectiveScheme(' \u0001JaVa\tSc\nRiPt:x')).toBe('javascript');
    expect(isUnsafeUrl('java\u0000script:x', 'a', 'href')).toBe(true);
    expect(isUnsafeUrl('data:text/html,x', 'a', 'href')).toBe(true);
    expect(isUnsafeUrl('data:image/svg+xml,x', 'img', 'src')).toBe(true);
    expect(isUnsafeUrl('data:image/png;base64,AAAA', 'img', 'src')).toBe(false);
    expect(isUnsafeUrl('data:image/png;base64,AAAA', 'a', 'href')).toBe(true);
    expect(isUnsafeUrl('https://example.com/javascript:x', 'a', 'href')).toBe(false);
    expect(isUnsafeUrl('/notes#javascript:x', 'a', 'href')).toBe(false);
  });

  it('finds each kind of problem in HTML', () => {
    expect(findUnsafeInHtml(`<a href="&#106;ava&#x09;script:${CANARY}">x</a>`)).toHaveLength(1);
    expect(findUnsafeInHtml(`<img src=x onerror="${CANARY}">`)).toHaveLength(1);
    expect(findUnsafeInHtml(`<script>${CANARY}</script>`)).toHaveLength(1);
    expect(findUnsafeInHtml(`<img src=a.png srcset="a.png 1x, javascript:x 2x">`)).toHaveLength(1);
    expect(findUnsafeInHtml(`<form><button formaction="vbscript:x">b</button></form>`)).toHaveLength(1);
    expect(findUnsafeInHtml(`<svg><a xlink:href="javascript:x">x</a></svg>`)).toHaveLength(1);
    expect(findUnsafeInHtml(`<video poster="javascript:x"></video>`)).toHaveLength(1);
    expect(findUnsafeInHtml('<a href="https://example.com">ok</a><img src="/a.png" alt="">')).toEqual([]);
  });
});

describe('when every vector is parsed and rendered on the server', () => {
  it('covers at least 60 vectors across the OWASP families the issue names', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(60);
    for (const family of ['url-scheme', 'entity', 'whitespace', 'image', 'reference-definition', 'autolink', 'raw-html', 'event-handler', 'style', 'meta', 'frontmatter-url', 'frontmatter-html', 'prototype', 'yaml-alias']) {
      expect(families).toContain(family);
    }
  });

  for (const html of HTML_MODES) {
    describe(`when raw HTML is handled with html: '${html}'`, () => {
      for (const v of vectors) {
        it(`${v.family}: ${v.name}`, () => {
          const parsed = parseVector(v, html);
          if (!parsed.post) {
            // A refusal is fine, as long as it is the kit's own error.
            expect(isPostParseError(parsed.error), String(parsed.error)).toBe(true);
            return;
          }
          const out = renderToString(<PostLayout post={parsed.post} metaProps={{ tagHref: (tag) => tag }} />);
          expect(findUnsafeInHtml(out)).toEqual([]);
          expect(out).not.toMatch(/<script/i);
          expect(prototypePollution()).toEqual([]);
        });
      }
    });
  }

  it('keeps the text a reader should see, escaped rather than dropped, in the default mode', () => {
    const v = vectors.find((x) => x.name === 'script inline in a paragraph')!;
    // React separates adjacent text nodes with empty comments; a reader sees one run of text.
    const out = renderToString(<PostLayout post={parseVector(v, 'escape').post!} />).replace(/<!-- -->/g, '');
    expect(out).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
  });

  it('never turns __proto__ keys in frontmatter into a prototype', () => {
    for (const v of vectors.filter((x) => x.family === 'prototype' || x.family === 'yaml-alias')) {
      const parsed = parseVector(v, 'escape');
      if (!parsed.post) continue;
      expect(Object.getPrototypeOf(parsed.post.data)).toBe(Object.prototype);
      for (const value of Object.values(parsed.post.data)) {
        if (value && typeof value === 'object' && !Array.isArray(value)) expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      }
      expect(prototypePollution()).toEqual([]);
    }
  });
});

describe('when components are handed hostile props or markdown directly', () => {
  for (const { name, element } of hostileElements()) {
    it(name, () => {
      const out = renderToString(element);
      expect(findUnsafeInHtml(out)).toEqual([]);
    });
  }
});

describe('when the page of every vector is loaded where scripts run', () => {
  let page = '';
  beforeAll(() => {
    page = renderHostilePage();
  }, 120_000);

  function load(html: string): JSDOM {
    const dom = new JSDOM(html, { runScripts: 'dangerously', pretendToBeVisual: true });
    const { window } = dom;
    // Give handlers their chance: load, focus, pointer and toggle events on every element.
    window.dispatchEvent(new window.Event('load'));
    for (const el of Array.from(window.document.querySelectorAll('*'))) {
      for (const type of ['load', 'error', 'focus', 'mouseover', 'click', 'toggle', 'begin']) el.dispatchEvent(new window.Event(type));
    }
    return dom;
  }

  it('the canary fires on a page that does run an injected payload (the check works)', () => {
    const dom = load(page.replace('</body>', `<script>${CANARY}</script><img src=x onerror="${CANARY}"></body>`));
    expect((dom.window as unknown as { __pwned?: unknown }).__pwned).toBe(1);
    dom.window.close();
  });

  it('never sets window.__pwned', () => {
    const dom = load(page);
    expect((dom.window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(dom.window.document.querySelectorAll('script')).toHaveLength(0);
    dom.window.close();
  });
});
