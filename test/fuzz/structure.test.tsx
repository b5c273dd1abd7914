/**
 * Property-based tests over generated posts (issue 7), part 2: the structure of the rendered page —
 * heading ids, the TOC and the sections. Same seed and run counts as part 1 (properties.test.tsx).
 */
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PostLayout } from '../../src/index.js';
import { assertProperty } from './check.js';
import { captureConsoleErrors, mount, parsed, showParsed, TIMEOUT } from './posts.js';

captureConsoleErrors();

describe('when posts come from the grammar', () => {
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
