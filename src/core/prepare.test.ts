// @vitest-environment node
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { defaultLabels } from './labels.js';
import { prepareTree, type PrepareOptions } from './prepare.js';

const options: PrepareOptions = { labels: defaultLabels };

/** A tree holding one component element, as a hand-edited Post JSON might hold it. */
const withComponent = (data: unknown): unknown => ({
  type: 'root',
  children: [{ type: 'element', tagName: 'div', properties: {}, data, children: [{ type: 'text', value: 'inside' }] }],
});

const dataOf = (tree: unknown, prepare = options) => (prepareTree(tree, prepare).children[0] as Element).data as { component: string; props: Record<string, unknown> } | undefined;

describe('prepareTree on a component element (MDX)', () => {
  it('keeps its name and its JSON props as they are', () => {
    const props = { kind: 'tip', level: 2, open: true, none: null, rows: [1, [2, 'x']], files: { 'App.js': 'export default function App() {}' }, href: '/docs', style: { color: 'red' } };
    expect(dataOf(withComponent({ component: 'Tabs.Item', props }))).toEqual({ component: 'Tabs.Item', props });
  });

  it('drops a name that is not a capitalised identifier, leaving a plain element', () => {
    for (const component of ['note', 'My-Note', '<img>', 'Note()', '', 42, ['Note'], null]) {
      expect(dataOf(withComponent({ component, props: {} }))).toBeUndefined();
    }
  });

  it('drops handlers, raw HTML and React props by name, at any depth', () => {
    const props = {
      onClick: 'alert(1)',
      onclick: 'alert(1)',
      dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' },
      ref: 'x',
      key: 'k',
      attrs: { onMouseOver: 'alert(1)', dangerouslySetInnerHTML: { __html: '<b>' }, title: 'kept' },
      kind: 'tip',
    };
    expect(dataOf(withComponent({ component: 'Note', props }))?.props).toEqual({ attrs: { title: 'kept' }, kind: 'tip' });
  });

  it('drops a URL the policy refuses, in a prop named for a URL or a value written as one, at any depth (null in a list)', () => {
    const props = {
      href: 'javascript:alert(1)',
      imageSrc: 'java\tscript:alert(1)',
      link: 'vbscript:x',
      to: 'javascript:alert(1)',
      next: '\u0001javascript:alert(1)',
      spaced: 'javascript: alert(1)',
      cards: [{ url: 'data:text/html,<script>alert(1)</script>', title: 'Card' }, 'javascript:void 0'],
      safe: 'https://example.com/a',
      relative: '/posts/a',
      title: 'Time: 12:30, and Note: this',
      caption: 'Data: tide tables, 2024',
      spacedData: 'data:text/html, <script>alert(1)</script>',
      bare: 'DATA:,alert(1) now',
    };
    expect(dataOf(withComponent({ component: 'Note', props }))?.props).toEqual({
      cards: [{ title: 'Card' }, null],
      safe: 'https://example.com/a',
      relative: '/posts/a',
      title: 'Time: 12:30, and Note: this',
      caption: 'Data: tide tables, 2024',
    });
  });

  it("puts URL props through the host's urlTransform", () => {
    const seen: string[] = [];
    const props = dataOf(withComponent({ component: 'Video', props: { src: '/clip.mp4', poster: '/still.png', caption: 'A clip' } }), {
      ...options,
      urlTransform: (url, key) => (seen.push(key), `https://cdn.test${url}`),
    })?.props;
    expect(props).toEqual({ src: 'https://cdn.test/clip.mp4', poster: 'https://cdn.test/still.png', caption: 'A clip' });
    expect(seen.sort()).toEqual(['poster', 'src']);
  });

  it('keeps a style only when it is an object whose values could not load or run anything', () => {
    const style = (value: unknown) => dataOf(withComponent({ component: 'Box', props: { style: value } }))?.props;
    expect(style({ color: 'red', margin: '0 auto' })).toEqual({ style: { color: 'red', margin: '0 auto' } });
    expect(style('color: red')).toEqual({});
    expect(style({ background: 'url(https://tracker.test/p.gif)' })).toEqual({});
    expect(style({ width: 'expression(alert(1))' })).toEqual({});
    expect(style({ background: ['u\\72l(x)'] })).toEqual({});
  });

  it('keeps only what JSON holds: functions, symbols and undefined go, NaN and Infinity become null', () => {
    const props = { run: () => 1, id: Symbol('x'), gone: undefined, nan: Number.NaN, big: Infinity, date: '2024-01-01' };
    expect(dataOf(withComponent({ component: 'Note', props }))?.props).toEqual({ nan: null, big: null, date: '2024-01-01' });
  });

  it('gives no props for props that are missing, or that JSON cannot write (a cycle)', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    expect(dataOf(withComponent({ component: 'Note' }))?.props).toEqual({});
    expect(dataOf(withComponent({ component: 'Note', props: cycle }))?.props).toEqual({});
  });

  it('lets no __proto__ key through, so nothing downstream can reach a prototype', () => {
    const props = JSON.parse('{"__proto__": {"polluted": true}, "nested": {"__proto__": {"polluted": true}, "ok": 1}}');
    const cleaned = dataOf(withComponent({ component: 'Note', props }))?.props;
    expect(cleaned).toEqual({ nested: { ok: 1 } });
    expect(Object.keys(Object.assign({}, cleaned, cleaned?.nested))).toEqual(['nested', 'ok']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not touch the props it is given', () => {
    const tree = withComponent({ component: 'Note', props: { href: 'javascript:x', onClick: 'y' } });
    const before = JSON.stringify(tree);
    dataOf(tree);
    expect(JSON.stringify(tree)).toBe(before);
  });

  it('never carries a data field other than a component', () => {
    expect((prepareTree(withComponent({ meta: 'x', position: 1 }), options).children[0] as Element).data).toBeUndefined();
    const root = prepareTree(withComponent({ component: 'Note', props: {}, extra: 'x' }), options) as Root;
    expect((root.children[0] as Element).data).toEqual({ component: 'Note', props: {} });
  });
});
