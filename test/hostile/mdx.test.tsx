/**
 * MDX posts from an untrusted source (issue 24), client side: component props written to run code or
 * load a script (handlers, raw HTML, `javascript:` URLs, style expressions), in an .mdx file and in a
 * hand-edited Post JSON that no parser checked. The host here is as careless as a host can be: its
 * components spread every prop they get onto a DOM element and link whatever URL a prop holds. The
 * live DOM must hold no handler attribute and no URL a browser would run; nothing may run, and
 * Object.prototype stays untouched.
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MarkdownContent, PostLayout, type Components, type Post } from '../../src/index.js';
import { mdxFeature } from '../../src/markdown/mdx.js';
import { parsePost } from '../../src/parse/index.js';
import { findUnsafe, prototypePollution } from './inspect.js';
import { CANARY } from './vectors.js';

afterEach(() => {
  expect(prototypePollution()).toEqual([]);
  expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  vi.restoreAllMocks();
});

type Props = Record<string, unknown> & { children?: ReactNode };

/** Spreads every prop onto a DOM element: whatever the post could put there, it is there. */
const Spread = (props: Props) => <div data-testid="spread" {...props} />;
/** Links every prop that holds text (nested ones too), as a card or a tab list might. */
function Links(props: Props) {
  const urls: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === 'string') urls.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect({ ...props, children: undefined });
  return (
    <nav>
      {urls.map((url, i) => (
        <a key={i} href={url}>
          {i}
        </a>
      ))}
      {props.children}
    </nav>
  );
}
const components: Components = { Note: Spread, Card: Links, Term: Spread };

const hostileMdx = [
  '---',
  'title: Hostile',
  '---',
  `<Note href="javascript:${CANARY}" to="javascript:${CANARY}" onClick={() => ${CANARY}} onMouseOver="${CANARY}" dangerouslySetInnerHTML={{ __html: '<img src=x onerror="${CANARY}">' }} style={{ background: 'url(javascript:${CANARY})' }} ref="x" {...rest}>`,
  '  Inside the note.',
  '</Note>',
  '',
  `<Card links={[{ url: "javascript:${CANARY}" }, " java\tscript:${CANARY}", "data:text/html,<script>${CANARY}</script>"]} poster="vbscript:x" />`,
  '',
  `A <Term title={eval("${CANARY}")} imageSrc="javascript:${CANARY}">term</Term>.`,
  '',
].join('\n');

/** A component element as a hand-edited Post would carry it. */
const component = (name: unknown, props: unknown, tagName = 'div') => ({
  type: 'element',
  tagName,
  properties: {},
  data: { component: name, props },
  children: [{ type: 'text', value: `inside ${String(name)}` }],
});

/** A Post JSON whose body a person or a CMS edited after parsing: props no parser would have kept. */
function handEdited(): Post {
  const post = parsePost('---\ntitle: Edited\n---\nFirst paragraph.\n', { filename: 'edited.mdx' });
  const json = JSON.stringify({
    ...post,
    intro: {
      type: 'root',
      children: [
        component('Note', {
          onClick: CANARY,
          onclick: CANARY,
          render: `function () { ${CANARY} }`,
          children: { __html: `<img src=x onerror="${CANARY}">` },
          dangerouslySetInnerHTML: { __html: `<img src=x onerror="${CANARY}">` },
          href: ` javascript:${CANARY}`,
          style: { background: `url("javascript:${CANARY}")`, color: 'red' },
          nested: { onError: CANARY, dangerouslySetInnerHTML: { __html: '<b>' } },
          key: 'k',
        }),
        component('Card', { links: [{ url: `javascript:${CANARY}` }, `vbscript:${CANARY}`], cta: `JaVaScRiPt:${CANARY}` }),
        // Names that are not components: the element stays a plain wrapper and its props go.
        component('script', { src: `data:text/javascript,${CANARY}` }),
        component('Note<img src=x onerror=x>', { href: `javascript:${CANARY}` }),
        component('Note', { href: `javascript:${CANARY}` }, 'script'),
      ],
    },
  });
  // The pollution attempt is written as JSON text, so JSON.parse makes it an own key.
  return JSON.parse(json.replace('"nested":{', '"nested":{"__proto__":{"polluted":true},')) as Post;
}

function renderSafely(element: ReturnType<typeof PostLayout>) {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const { container } = render(element);
  return container;
}

describe('MDX with hostile props', () => {
  describe('when an .mdx file is parsed and rendered by components that spread their props', () => {
    it('puts no handler, raw HTML, script URL or style expression in the DOM', () => {
      const post = JSON.parse(JSON.stringify(parsePost(hostileMdx, { filename: 'hostile.mdx' })));
      const container = renderSafely(<PostLayout post={post} components={components} />);
      expect(findUnsafe(container)).toEqual([]);
      expect(container.querySelector('img')).toBeNull();
      expect(container.innerHTML).not.toMatch(/pwned|javascript|vbscript|data:text/i);
      // What was safe still shows.
      expect(container.textContent).toContain('Inside the note.');
      expect(container.textContent).toContain('term');
    });

    it('does the same on the runtime path (MarkdownContent with the mdx feature)', () => {
      const body = hostileMdx.split('---\n')[2]!;
      const container = renderSafely(
        <MarkdownContent features={[mdxFeature]} format="mdx" components={components}>
          {body}
        </MarkdownContent>,
      );
      expect(findUnsafe(container)).toEqual([]);
      expect(container.innerHTML).not.toMatch(/pwned|javascript|vbscript|data:text/i);
      expect(container.textContent).toContain('Inside the note.');
    });
  });

  describe('when a hand-edited Post JSON carries components no parser checked', () => {
    it('drops the props that could run code and the URLs the policy refuses, for mapped components', () => {
      const container = renderSafely(<PostLayout post={handEdited()} components={components} />);
      expect(findUnsafe(container)).toEqual([]);
      expect(container.innerHTML).not.toMatch(/javascript|vbscript|polluted/i);
      const note = container.querySelector('[data-testid="spread"]')!;
      // The function-like text is only text: an attribute nothing runs. Its children are the element's.
      expect(note.getAttribute('render')).toBe(`function () { ${CANARY} }`);
      expect([...note.attributes].map((a) => a.name).sort()).toEqual(['data-testid', 'nested', 'render']);
      expect(note.textContent).toBe('inside Note');
      expect(note.getAttribute('style')).toBeNull();
      expect(container.querySelectorAll('nav a')).toHaveLength(0);
    });

    it('leaves the props out when the components are not mapped, showing only the children', () => {
      const container = renderSafely(<PostLayout post={handEdited()} />);
      expect(findUnsafe(container)).toEqual([]);
      expect(container.innerHTML).not.toMatch(/pwned|javascript|vbscript|render=|polluted/i);
      expect(container.textContent).toContain('inside Note');
      expect(container.textContent).toContain('inside Card');
    });

    it('never puts props on a DOM element, even when a host maps a name to a tag', () => {
      const container = renderSafely(<PostLayout post={handEdited()} components={{ Note: 'a', Card: 'a' } as unknown as Components} />);
      expect(container.querySelector('a[render], a[href^="java"], a[cta]')).toBeNull();
      expect(findUnsafe(container)).toEqual([]);
    });
  });
});
