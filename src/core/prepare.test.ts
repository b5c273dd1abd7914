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

const el = (tagName: string, properties: unknown = {}, children: unknown = []) => ({ type: 'element', tagName, properties, children });
const text = (value: unknown) => ({ type: 'text', value });

/** The tree prepared, and what the pass said it left out. */
function prepared(tree: unknown, prepare: Partial<PrepareOptions> = {}): { root: Root; dropped: string[] } {
  const dropped: string[] = [];
  const root = prepareTree(tree, { ...options, ...prepare, onDropped: (what) => dropped.push(what) });
  return { root, dropped };
}

/** Every element name and property of a prepared tree, as `tag` and `tag[name=value]`. */
function flat(root: Root): string[] {
  const out: string[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      out.push(child.tagName, ...Object.entries(child.properties).map(([k, v]) => `${child.tagName}[${k}=${String(v)}]`));
      walk(child);
    }
  };
  walk(root);
  return out;
}

describe('when a tree holds SVG animation, which writes an attribute after the pass has read it', () => {
  const link = (animation: object) => el('svg', {}, [el('a', {}, [animation, el('text', { x: 0, y: 20 }, [text('click')])])]);

  it('drops set, animate, animateMotion, animateTransform, discard (any case) with what they hold', () => {
    for (const tagName of ['set', 'SET', 'animate', 'animateMotion', 'animateTransform', 'animateColor', 'discard', 'handler', 'listener']) {
      const { root, dropped } = prepared(link(el(tagName, { attributeName: 'href', to: 'javascript:alert(1)', values: 'javascript:alert(1)', begin: '0s' }, [el('set', { attributeName: 'xlink:href', to: 'javascript:x' })])));
      expect(flat(root), tagName).toEqual(['svg', 'a', 'text', 'text[x=0]', 'text[y=20]']);
      expect(dropped).toEqual([`<${tagName}>`]);
    }
  });

  it('keeps the SVG around it, and what a parsed post holds says nothing', () => {
    const { root, dropped } = prepared(el('svg', { viewBox: '0 0 10 10' }, [el('circle', { r: 4, fill: 'url(#g)' })]));
    expect(flat(root)).toEqual(['svg', 'svg[viewBox=0 0 10 10]', 'circle', 'circle[r=4]', 'circle[fill=url(#g)]']);
    expect(dropped).toEqual([]);
  });
});

describe('when a tree writes a URL by another route', () => {
  it('puts xml:base and URLs in SVG presentation attributes through the policy', () => {
    const { root } = prepared(
      el('svg', { 'xml:base': 'javascript:alert(1)//' }, [
        el('rect', { fill: 'url(javascript:alert(1))', stroke: "url('data:image/svg+xml,<svg onload=alert(1)>')", filter: 'url(#blur)', mask: 'url(\\6a avascript:x)', cursor: 'url(/hand.png), pointer' }),
      ]),
    );
    expect(flat(root)).toEqual(['svg', 'rect', 'rect[filter=url(#blur)]', 'rect[cursor=url(/hand.png), pointer]']);
  });

  it('drops srcdoc anywhere, and the elements that load a document or rewrite the page', () => {
    const { root } = prepared({
      type: 'root',
      children: ['iframe', 'frame', 'portal', 'fencedframe', 'object', 'embed', 'meta', 'base', 'link', 'head'].map((tag) =>
        el(tag, { src: 'https://example.com/', srcDoc: '<script>alert(1)</script>', httpEquiv: 'refresh', content: '0;url=javascript:alert(1)' }),
      ).concat([el('div', { srcdoc: '<script>alert(1)</script>', SrcDoc: 'x' })]),
    });
    expect(flat(root)).toEqual(['div']);
  });

  it('checks formAction, action, ping, poster, background, data, srcset and style url() as before', () => {
    const bad = 'javascript:alert(1)';
    const { root } = prepared(
      el('form', { action: bad }, [
        el('button', { formAction: bad, formaction: bad }),
        el('a', { href: '/ok', ping: bad, target: '_blank' }, [text('x')]),
        el('video', { poster: bad, src: bad }),
        el('table', { background: bad }),
        el('img', { srcSet: `/a.png 1x, ${bad} 2x`, style: `background:url(${bad})` }),
        el('area', { href: 'https://example.com/', target: '_blank' }),
      ]),
    );
    expect(flat(root)).toEqual(['form', 'button', 'a', 'a[href=/ok]', 'a[target=_blank]', 'a[rel=noopener,noreferrer]', 'video', 'table', 'img', 'img[alt=]', 'area', 'area[href=https://example.com/]', 'area[target=_blank]', 'area[rel=noopener,noreferrer]']);
  });
});

describe('when a hand-made tree would make React throw', () => {
  it('gives a void element no children, and says so', () => {
    for (const tagName of ['img', 'br', 'hr', 'input', 'area', 'col', 'source', 'track', 'wbr']) {
      const { root, dropped } = prepared(el(tagName, {}, [text('inside'), el('b', {}, [text('bold')])]));
      expect((root.children[0] as Element).children, tagName).toEqual([]);
      expect(dropped).toEqual([`the children of <${tagName}>`]);
    }
  });

  it("drops React's reserved props and what writes markup, in any case, and names each", () => {
    const properties = {
      dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' },
      children: 'text',
      key: 'k',
      ref: 'r',
      suppressHydrationWarning: true,
      innerHTML: '<b>',
      OuterHTML: '<b>',
      is: 'x-y',
      '0': 'index',
      'a b': 'space',
      title: 'kept',
    };
    const { root, dropped } = prepared(el('div', properties));
    expect((root.children[0] as Element).properties).toEqual({ title: 'kept' });
    expect(dropped.sort()).toEqual(['0', 'OuterHTML', 'a b', 'children', 'dangerouslySetInnerHTML', 'innerHTML', 'is', 'key', 'ref', 'suppressHydrationWarning'].map((k) => `${k} on <div>`).sort());
  });

  it('drops values of the wrong type: objects and functions, a boolean class, a style object', () => {
    const { root, dropped } = prepared(el('div', { title: { text: 'x' }, hidden: () => 1, className: true, style: { color: 'red' }, id: 'kept', lang: null, tabIndex: Number.NaN }));
    expect((root.children[0] as Element).properties).toEqual({ id: 'kept' });
    expect(dropped.sort()).toEqual(['className on <div> (a boolean)', 'hidden on <div> (a function)', 'style on <div> (an object)', 'title on <div> (an object)']);
  });

  it('keeps a class list of text, and drops one that holds anything else', () => {
    expect(prepared(el('p', { className: ['a', 'b'] })).root.children[0]).toMatchObject({ properties: { className: ['a', 'b'] } });
    const { root, dropped } = prepared(el('p', { className: ['a', {}] }));
    expect((root.children[0] as Element).properties).toEqual({ className: ['a'] });
    expect(dropped).toEqual(['className on <p> (a list holding something other than text and numbers)']);
  });

  it('keeps only global attributes, data-* and aria-* on a custom element, whose props React sets as DOM properties', () => {
    const { root, dropped } = prepared(el('x-card', { id: 'c', className: ['k'], dataKind: 'tip', ariaLabel: 'Card', outerHTML: '<img src=x onerror=alert(1)>', dataset: 'x', shadowRoot: 'y' }));
    expect((root.children[0] as Element).properties).toEqual({ id: 'c', className: ['k'], dataKind: 'tip', ariaLabel: 'Card' });
    expect(dropped).toEqual(['outerHTML on <x-card>', 'dataset on <x-card> (a custom element, whose props React sets as DOM properties)', 'shadowRoot on <x-card> (a custom element, whose props React sets as DOM properties)']);
  });
});

describe('when a tree is wrong in its structure', () => {
  it('renders what it can: a nested root and a document html/body in their place, a number as text', () => {
    const tree = { type: 'root', children: [el('html', {}, [el('head', {}, [el('title', {}, [text('t')])]), el('body', {}, [el('p', {}, [text(42)])])]), { type: 'root', children: [el('p', {}, [text('inner')])] }] };
    const { root, dropped } = prepared(tree);
    expect(root.children).toEqual([el('p', {}, [text('42')]), el('p', {}, [text('inner')])]);
    expect(dropped).toEqual(['<head>']);
  });

  it('skips a node without a type, and says that children which are not a list were left out', () => {
    const { root, dropped } = prepared({ type: 'root', children: [{ tagName: 'p', children: [] }, el('p', {}, 'text'), el('ul', 'class')] });
    expect(root.children).toEqual([el('p'), el('ul')]);
    expect(dropped).toEqual(['the children of <p> (a string, not an array)', 'the properties of <ul> (a string, not an object)']);
  });

  it('renders a tree that holds itself once inside itself, and says so', () => {
    const cycle = el('div', {}, [text('once')]) as { children: unknown[] };
    cycle.children.push(cycle);
    const { root, dropped } = prepared(cycle);
    expect(JSON.stringify(root).split('once').length - 1).toBeLessThanOrEqual(34);
    expect(dropped).toEqual(['a <div> inside itself (the tree holds itself)']);
  });

});
