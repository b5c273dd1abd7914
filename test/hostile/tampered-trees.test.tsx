/**
 * Tampered trees (issue 26): a Post's trees edited by hand, in a cache, a CMS or on the client, must
 * never crash a render. Each tree goes through every component that renders a body tree — PostLayout
 * (intro, a section's content, a section heading's children, footnotes), SectionList and PostExcerpt —
 * rendered with renderToString and hydrated over that HTML, as a host page does. Nothing throws,
 * React reports no error, and development names what was left out, once per render.
 */
import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PostExcerpt, PostLayout, SectionList, type Post } from '../../src/index.js';
import { parsePost } from '../../src/parse/index.js';

const el = (tagName: string, properties: unknown = {}, children: unknown = []) => ({ type: 'element', tagName, properties, children });
const text = (value: unknown) => ({ type: 'text', value });

interface Case {
  name: string;
  /** The node put where the body's content goes. */
  node: () => unknown;
  /** What the development message names (undefined: nothing to say). */
  says?: string;
  /** Text still rendered. */
  keeps: string;
}

function cycle(): unknown {
  const node = el('div', {}, [text('kept')]) as { children: unknown[] };
  node.children.push(node);
  return node;
}

function deep(levels: number): unknown {
  let node: unknown = text('gone');
  for (let i = 0; i < levels; i++) node = el('span', {}, [node]);
  return node;
}

const cases: Case[] = [
  { name: 'an img with children', node: () => el('p', {}, [text('kept'), el('img', { src: '/a.png', alt: 'a' }, [text('inside')])]), says: 'the children of <img>', keeps: 'kept' },
  { name: 'a br with an element inside', node: () => el('p', {}, [text('kept'), el('br', {}, [el('b', {}, [text('x')])])]), says: 'the children of <br>', keeps: 'kept' },
  { name: 'an hr, input, wbr, source, track and area with children', node: () => el('div', {}, [text('kept'), ...['hr', 'input', 'wbr', 'source', 'track', 'area'].map((t) => el(t, {}, [text('x')]))]), says: 'the children of <hr>', keeps: 'kept' },
  { name: 'dangerouslySetInnerHTML as a property', node: () => el('div', { dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' } }, [text('kept')]), says: 'dangerouslySetInnerHTML on <div>', keeps: 'kept' },
  { name: 'dangerouslySetInnerHTML on a void element', node: () => el('p', {}, [text('kept'), el('img', { dangerouslySetInnerHTML: { __html: 'x' } })]), says: 'dangerouslySetInnerHTML on <img>', keeps: 'kept' },
  { name: 'children, key, ref and suppressHydrationWarning as properties', node: () => el('p', { children: 'other', key: 'k', ref: 'r', suppressHydrationWarning: true }, [text('kept')]), says: 'children on <p>', keeps: 'kept' },
  { name: 'a property whose value is an object or a function', node: () => el('p', { title: { a: 1 }, hidden: () => true }, [text('kept')]), says: 'title on <p> (an object)', keeps: 'kept' },
  { name: 'a class name that is a boolean', node: () => el('p', { className: true }, [text('kept')]), says: 'className on <p> (a boolean)', keeps: 'kept' },
  { name: 'a style object', node: () => el('p', { style: { color: 'red' } }, [text('kept')]), says: 'style on <p> (an object)', keeps: 'kept' },
  { name: 'properties that are a list', node: () => el('p', ['a', 'b'], [text('kept')]), says: 'the properties of <p>', keeps: 'kept' },
  { name: 'a custom element with DOM properties', node: () => el('x-card', { outerHTML: '<b>x</b>', dataset: 'x', id: 'c' }, [text('kept')]), says: 'outerHTML on <x-card>', keeps: 'kept' },
  { name: 'SVG animation writing a link', node: () => el('p', {}, [text('kept'), el('svg', {}, [el('a', {}, [el('set', { attributeName: 'href', to: 'javascript:alert(1)' }), el('text', {}, [text('go')])])])]), says: '<set>', keeps: 'kept' },
  { name: 'children that are not a list', node: () => el('div', {}, [el('p', {}, 'text'), el('p', {}, [text('kept')])]), says: 'the children of <p> (a string, not an array)', keeps: 'kept' },
  { name: 'a text node whose value is a number', node: () => el('p', {}, [text(42), text(' kept')]), keeps: '42 kept' },
  { name: 'a code block whose language is markup', node: () => el('figure', { dataSlot: 'code-block', dataLanguage: '<img src=x onerror=alert(1)>' }, [el('figcaption', { dataSlot: 'code-header' }, [text('kept')]), el('pre', {}, [el('code', {}, [text('x')])])]), keeps: 'kept' },
  { name: 'a root inside an element', node: () => el('div', {}, [{ type: 'root', children: [el('p', {}, [text('kept')])] }]), keeps: 'kept' },
  { name: 'a whole document', node: () => el('html', {}, [el('head', {}, [el('title', {}, [text('t')])]), el('body', {}, [el('p', {}, [text('kept')])])]), says: '<head>', keeps: 'kept' },
  { name: 'a tree that holds itself', node: cycle, says: 'a <div> inside itself', keeps: 'kept' },
  // Deeper than the stack holds: the field is left out, and the rest of the page renders.
  { name: 'a tree 20,000 levels deep', node: () => el('div', {}, [text('gone'), deep(20_000)]), says: 'could not be rendered', keeps: '' },
];

/** A post whose intro is one highlighted block: code as one text, colours as a run table (core/code-runs.ts). */
const highlighted = (): Post => parsePost('---\ntitle: Tides\n---\n```ts\nconst tide = "high"; // [!code ++]\nlet ebb = 2;\n```\n');

interface RunsCase {
  name: string;
  /** Edits the intro of a highlighted post (its root and the block's <code>). */
  edit: (root: { data?: Record<string, unknown> }, code: { data?: Record<string, unknown>; children: unknown[] }) => void;
  says?: string;
}

const runsCases: RunsCase[] = [
  { name: 'a run table of garbage', edit: (_, code) => void (code.data!.runs = '[[[!!9999999999Z\u0100\uffff,,,]]') },
  { name: 'a run table that is not text', edit: (_, code) => void (code.data!.runs = { length: 1 }) },
  { name: 'line classes that are not text, and one named __proto__', edit: (_, code) => void (code.data!.lineClasses = JSON.parse('{"__proto__":"x","0":{"a":1},"1":["b"]}')) },
  { name: 'a style that loads a URL', edit: (root) => void ((root.data!.codeStyles as string[])[0] = 'color:red;background:url(javascript:alert(1))'), says: 'code style 1 (not a safe style)' },
  { name: 'a style that is an object', edit: (root) => void ((root.data!.codeStyles as unknown[])[0] = { color: 'red' }), says: 'code style 1 (an object)' },
  { name: 'styles that are not a list', edit: (root) => void (root.data!.codeStyles = 'color:red') },
  { name: 'a <code> of several children', edit: (_, code) => void code.children.push({ type: 'element', tagName: 'b', properties: {}, children: [{ type: 'text', value: '!' }] }) },
];

const good = (): Post => parsePost('---\ntitle: Tides\n---\nIntro.\n\n## Moon\n\nThe moon pulls.[^1]\n\n[^1]: A note.\n');

/** The node in a root, where each component reads a body tree. */
const root = (node: unknown) => ({ type: 'root', children: [node] });

function elementsFor(c: Case): [string, () => ReactElement][] {
  const post = good();
  const section = post.sections[0];
  return [
    ['PostLayout intro', () => <PostLayout post={{ ...post, intro: root(c.node()) } as Post} />],
    ['PostLayout section content', () => <PostLayout post={{ ...post, sections: [{ ...section, content: root(c.node()) }] } as Post} />],
    ['PostLayout section heading', () => <PostLayout post={{ ...post, sections: [{ ...section, children: [c.node()] }] } as Post} />],
    ['PostLayout footnotes', () => <PostLayout post={{ ...post, footnotes: root(c.node()) } as Post} />],
    ['SectionList', () => <SectionList sections={[{ ...section, content: root(c.node()) }] as Post['sections']} />],
    ['PostExcerpt', () => <PostExcerpt excerpt={root(c.node()) as Post['intro']} />],
  ];
}

let logged: string[] = [];
const originalError = console.error;
beforeEach(() => {
  logged = [];
  console.error = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
});
afterEach(() => {
  console.error = originalError;
});

const kitMessages = () => logged.filter((m) => m.startsWith('react-blog-kit'));

describe('when a highlighted block was edited by hand', () => {
  for (const c of runsCases) {
    it(`renders its code and hydrates when it holds ${c.name}${c.says ? ', naming what it left out' : ''}`, async () => {
      const post = highlighted();
      const pre = (post.intro.children[0] as { children: { tagName: string; children: unknown[] }[] }).children.find((n) => n.tagName === 'pre')!;
      c.edit(post.intro as never, pre.children[0] as never);
      for (const element of [() => <PostLayout post={post} />, () => <PostExcerpt excerpt={post.intro} />]) {
        logged = [];
        let html = '';
        expect(() => (html = renderToString(element()))).not.toThrow();
        expect(html).not.toMatch(/url\(|javascript:/);
        const container = document.createElement('div');
        container.innerHTML = html;
        document.body.append(container);
        expect(container.querySelector('code')?.textContent).toMatch(/^const tide = "high";\nlet ebb = 2;/);
        const recoverable: unknown[] = [];
        await act(async () => {
          hydrateRoot(container, element(), { onRecoverableError: (error) => void recoverable.push(error) });
        });
        expect(recoverable, 'hydration errors').toEqual([]);
        container.remove();
        expect(logged.filter((m) => !m.startsWith('react-blog-kit')), 'React errors').toEqual([]);
        if (c.says) expect(kitMessages().join('\n')).toContain(c.says);
        else expect(kitMessages()).toEqual([]);
      }
    });
  }
});

describe('when a body tree was edited by hand', () => {
  for (const c of cases) {
    describe(`when it holds ${c.name}`, () => {
      for (const [where, element] of elementsFor(c)) {
        it(`${where} renders on the server and hydrates without throwing${c.says ? ', naming what it left out' : ''}`, async () => {
          let html = '';
          expect(() => {
            html = renderToString(element());
          }).not.toThrow();
          // A heading is text only: a section title keeps its text, the rest keep the node's.
          expect(html).toContain(c.keeps);
          const server = kitMessages();

          const container = document.createElement('div');
          container.innerHTML = html;
          document.body.append(container);
          const recoverable: unknown[] = [];
          await act(async () => {
            hydrateRoot(container, element(), { onRecoverableError: (error) => void recoverable.push(error) });
          });
          expect(recoverable, 'hydration errors').toEqual([]);
          expect(container.textContent).toContain(c.keeps);
          container.remove();

          const client = kitMessages().slice(server.length);
          expect(logged.filter((m) => !m.startsWith('react-blog-kit')), 'React errors').toEqual([]);
          if (c.says) {
            for (const messages of [server, client]) {
              expect(messages, logged.join('\n')).toHaveLength(1);
              expect(messages[0]).toContain(c.says);
            }
          } else {
            expect(kitMessages()).toEqual([]);
          }
        });
      }
    });
  }

  it('a parsed post with highlighted code draws its spans and says nothing', async () => {
    const html = renderToString(<PostLayout post={highlighted()} />);
    expect(html).toContain('<span style="--shiki-light:#c4232f;--shiki-dark:#F97583">const</span>');
    expect(logged).toEqual([]);
  });

  it('a parsed post without code says nothing either', async () => {
    const html = renderToString(<PostLayout post={good()} />);
    const container = document.createElement('div');
    container.innerHTML = html;
    await act(async () => {
      hydrateRoot(container, <PostLayout post={good()} />);
    });
    expect(logged).toEqual([]);
  });
});
