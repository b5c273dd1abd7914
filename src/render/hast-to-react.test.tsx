// @vitest-environment node
/**
 * hastToReact must give the React elements hast-util-to-jsx-runtime gives with the options the
 * kit uses (components with `node`, static children without keys, ignoreInvalidStyle): the same element tree (type, key,
 * props, the `node` a component receives) and the same markup, over every fixture (parsed with the
 * default and with `html: 'sanitize'`), the corpus when RBK_CORPUS names it, real KaTeX and Shiki
 * output, and every property name property-information knows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Element, Properties, Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { html as htmlSchema, svg as svgSchema } from 'property-information';
import { createElement, isValidElement, type ComponentProps, type ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { codeToHast } from 'shiki';
import { unified } from 'unified';
import { describe, expect, it, vi } from 'vitest';
import { parsePost } from '../parse/index.js';
import { fixture, repoRoot } from '../../test/helpers/fixtures.js';
import { hastToReact, parseStyle, reactName, type ComponentMap } from './hast-to-react.js';
import { defaultLabels } from '../core/labels.js';
import { decoratePost } from './decorate.js';
import { prepareTree } from '../core/prepare.js';

function reference(tree: Root, components?: ComponentMap) {
  return toJsxRuntime(tree, {
    Fragment,
    jsx,
    jsxs,
    components: components as never,
    ignoreInvalidStyle: true,
    passKeys: false,
    passNode: true,
  });
}

/** An element tree as plain data: React's bookkeeping fields left out, the hast `node` kept by identity. */
function shape(node: ReactNode): unknown {
  if (Array.isArray(node)) return node.map(shape);
  if (!isValidElement(node)) return node;
  const props = node.props as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(props)) out[key] = key === 'children' ? shape(props.children as ReactNode) : props[key];
  const type = typeof node.type === 'string' ? node.type : node.type === Fragment ? 'Fragment' : (node.type as { name?: string }).name;
  return { type, key: node.key, props: out, propOrder: Object.keys(props) };
}

function expectSame(tree: Root, components?: ComponentMap) {
  const mine = hastToReact(tree, components);
  const theirs = reference(tree, components);
  expect(shape(mine)).toEqual(shape(theirs));
  expect(renderToStaticMarkup(mine)).toBe(renderToStaticMarkup(theirs));
}

/** Every hast root a Post holds (intro, sections, items, footnotes, excerpt…), by its path. */
function treesOf(value: unknown, path = 'post', out: [string, Root][] = []): [string, Root][] {
  if (typeof value !== 'object' || value === null) return out;
  if ((value as { type?: unknown }).type === 'root') {
    out.push([path, value as Root]);
    return out;
  }
  for (const [key, child] of Object.entries(value)) treesOf(child, `${path}.${key}`, out);
  return out;
}

/** The section headings' inline content too, as the heading fast path converts it. */
function headingContents(post: unknown): Root[] {
  const out: Root[] = [];
  const walk = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    const v = value as { id?: unknown; children?: unknown; type?: unknown };
    if (typeof v.id === 'string' && Array.isArray(v.children) && v.type === undefined) {
      out.push({ type: 'root', children: v.children as Root['children'] });
    }
    for (const child of Object.values(value)) walk(child);
  };
  walk(post);
  return out;
}

function Span({ node: _node, ...props }: ComponentProps<'span'> & { node?: unknown }) {
  return createElement('span', { ...props, 'data-override': '' });
}
function Link({ node, ...props }: ComponentProps<'a'> & { node?: Element }) {
  return createElement('a', { ...props, 'data-tag': node?.tagName });
}
const overrides: ComponentMap = { span: Span, a: Link, code: Fragment, td: 'th' };

function checkPost(source: string, filename: string) {
  let count = 0;
  for (const html of ['escape', 'sanitize'] as const) {
    const post = parsePost(source, { filename, html });
    const trees = [...treesOf(post).map(([, tree]) => tree), ...headingContents(post)];
    for (const tree of trees) {
      for (const options of [{ labels: defaultLabels, decorate: decoratePost }, { labels: defaultLabels, unstyled: true, decorate: decoratePost }]) {
        const prepared = prepareTree(tree, options);
        expectSame(prepared);
        expectSame(prepared, overrides);
        count++;
      }
    }
  }
  return count;
}

// Hand-made properties on purpose: values hast's types would not allow must convert the same too.
const el = (tagName: string, properties: Record<string, unknown>, children: Element['children'] = []): Element => ({
  type: 'element',
  tagName,
  properties: properties as Properties,
  children,
});
const root = (...children: Root['children']): Root => ({ type: 'root', children });

/**
 * Our fixtures, and the posts of the folder named by RBK_CORPUS when it is set (CI sets it to the
 * shared corpus) that parse: `npm test` needs nothing outside the repository.
 */
function postCases(): [string, string, string][] {
  const cases: [string, string, string][] = [];
  for (const name of readdirSync(resolve(repoRoot, 'test/fixtures')).filter((f) => f.endsWith('.md'))) {
    cases.push([`fixture ${name}`, fixture(name), name]);
  }
  const corpus = process.env.RBK_CORPUS ? resolve(repoRoot, process.env.RBK_CORPUS) : undefined;
  for (const name of corpus ? readdirSync(corpus).filter((f) => /\.(md|mdx|markdown)$/.test(f) && f !== 'SOURCES.md') : []) {
    cases.push([`corpus ${name}`, readFileSync(resolve(corpus!, name), 'utf8'), name.split('__').pop()!]);
  }
  return cases.filter(([, source, filename]) => {
    try {
      parsePost(source, { filename });
      return true;
    } catch {
      return false; // the corpus suite covers posts the parser refuses
    }
  });
}

describe('when a parsed post is converted', () => {
  it.each(postCases())('%s gives the elements and markup hast-util-to-jsx-runtime gives', (_, source, filename) => {
    expect(checkPost(source, filename)).toBeGreaterThan(0);
  });
});

describe('when a tree holds KaTeX or Shiki output', () => {
  it('converts KaTeX (MathML, spans with style, and SVG) the same', async () => {
    const processor = unified().use(remarkParse).use(remarkMath).use(remarkRehype).use(rehypeKatex);
    const source = 'Inline $\\sqrt{x^2+1}$ and $\\overrightarrow{AB}$.\n\n$$\n\\frac{a}{b} = \\widehat{xyz} \\quad \\color{red}{c}\n$$\n';
    const tree = (await processor.run(processor.parse(source))) as Root;
    expect(JSON.stringify(tree)).toContain('"tagName":"svg"');
    expectSame(tree);
    const html = renderToStaticMarkup(hastToReact(tree));
    expect(html).toContain('viewBox="');
    expect(html).toContain('preserveAspectRatio="');
    expect(html).toContain('style="height:');
  });

  it('converts Shiki output (class, style and tabindex in HTML spelling, dual themes) the same', async () => {
    const code = 'const tide = (moon) => moon.pull * 2; // twice a day\n';
    const tree = (await codeToHast(code, { lang: 'js', themes: { light: 'github-light', dark: 'github-dark' } })) as Root;
    expectSame(tree);
    const html = renderToStaticMarkup(hastToReact(tree));
    expect(html).toMatch(/^<pre class="shiki shiki-themes github-light github-dark" style="background-color:#fff;--shiki-dark-bg:#24292e;color:#24292e;--shiki-dark:#e1e4e8" tabindex="0">/);
  });
});

describe('when properties need React names', () => {
  // Every name property-information knows (event handlers aside: the safety pass drops them), in
  // hast's spelling and in HTML's, inside and outside <svg>.
  const names = (schema: typeof htmlSchema) =>
    Object.values(schema.property)
      .filter((info) => !/^on/i.test(info.attribute))
      .flatMap((info) => [info.property, info.attribute]);
  const referenceName = (key: string, svg: boolean) => {
    const leaf = el('i', { [key]: 'v' });
    const out = reference(root(svg ? el('svg', {}, [leaf]) : leaf));
    const inner = (svg ? (out.props as { children: { props: { children: { props: object } } } }).children.props.children : out.props.children) as {
      props: object;
    };
    return Object.keys(inner.props)[0];
  };

  it.each([
    ['HTML', htmlSchema, false],
    ['SVG', svgSchema, true],
  ] as const)('gives every %s name the name hast-util-to-jsx-runtime gives', (_, schema, svg) => {
    const keys = names(schema);
    expect(keys.length).toBeGreaterThan(300);
    const differ = keys.filter((key) => reactName(key, svg) !== referenceName(key, svg)).map((key) => `${key} → ${reactName(key, svg)}, expected ${referenceName(key, svg)}`);
    expect(differ).toEqual([]);
  });

  it('turns data and aria names into attributes, and keeps unknown names as written', () => {
    for (const key of ['dataFootnoteRef', 'data-footnote-ref', 'dataX', 'data-x', 'data-Mixed', 'dataFoo-bar', 'data.x', 'ariaDescribedBy', 'aria-hidden', 'role', 'itemProp', 'fooBar', 'foo-bar', 'x:y', 'xml:lang', 'XLINK:HREF', 'ClassName', 'class', 'FOR']) {
      expect(reactName(key, false), key).toBe(referenceName(key, false));
    }
    expect(reactName('dataType', true)).toBe('datatype');
    expect(reactName('xLinkHref', true)).toBe('xlinkHref');
    expect(reactName('stroke-dasharray', true)).toBe('strokeDasharray');
  });
});

describe('when values need converting', () => {
  it('joins lists, keeps booleans and numbers, and skips null, undefined and NaN', () => {
    expectSame(
      root(
        el('input', { type: 'checkbox', checked: true, disabled: true, accept: ['image/png', 'image/webp'], className: ['a', 'b'] }),
        el('details', { open: true, hidden: false }, [{ type: 'text', value: 'x' }]),
        el('td', { colSpan: 2, rowSpan: 0, title: null, id: undefined, width: Number.NaN }),
        el('area', { coords: [1, 2, 3], shape: 'rect' }),
        el('span', { className: ['x', ''], accept: ['a', ''] }),
        el('ol', { start: 3, reversed: true }, [el('li', { dataSlot: 'item', ariaCurrent: 'step' }, [{ type: 'text', value: 'one' }])]),
      ),
    );
  });

  it('parses style strings as the reference does, and ignores invalid ones', () => {
    const styles = [
      'color: red; background-color: #fff',
      'COLOR:Red;;  margin-top : 2px ;',
      '--shiki-dark: #e1e4e8; --Custom-Name: 1px',
      '-ms-transform: none; -webkit-line-clamp: 2',
      "font-family: 'Iowan Old Style', serif; content: \"a;b\"",
      'color',
      'color: red; 12',
      'color: red; !important: x',
      'color:',
      '',
      '   ',
      'top: 0}left: 1px',
      'height: 1.2em; vertical-align: -0.25em',
    ];
    for (const style of styles) expectSame(root(el('span', { style })));
    expectSame(root(el('span', { style: true }), el('span', { style: 3 }), el('span', { style: ['color: red;', 'top: 0'] })));
    expect(parseStyle('color')).toEqual({});
    expect(parseStyle('border-top-width: 1px; --x: y; -ms-flex: 1')).toEqual({ borderTopWidth: '1px', '--x': 'y', msFlex: '1' });
  });

  it('moves a table cell alignment into its style, after any style it has', () => {
    expectSame(
      root(
        el('table', {}, [
          { type: 'text', value: '\n' },
          el('thead', {}, [el('tr', {}, [{ type: 'text', value: ' ' }, el('th', { align: 'center' }, [{ type: 'text', value: 'H' }])])]),
          { type: 'text', value: '\n' },
          el('tbody', {}, [
            el('tr', {}, [
              el('td', { style: 'color: red', align: 'right', id: 'c' }, [{ type: 'text', value: ' ' }]),
              el('td', { align: '' }),
              el('td', { align: ['left'] }),
              el('td', { align: 'left', style: 'top: 0' }),
              el('p', { align: 'center' }),
            ]),
          ]),
        ]),
      ),
    );
  });

  it('switches to SVG names inside <svg> only, and back after it', () => {
    expectSame(
      root(
        el('p', { className: ['x'] }, [
          el('svg', { viewBox: '0 0 10 10', xmlns: 'http://www.w3.org/2000/svg', 'stroke-width': 2, class: 'icon', tabindex: 0 }, [
            el('use', { xLinkHref: '#a', 'xlink:title': 't', strokeDashArray: [1, 2], 'fill-opacity': 0.5, style: 'stroke-linecap: round' }),
            el('g', { requiredExtensions: ['a', 'b'] }, [el('div', { 'stroke-width': 1, htmlFor: 'x' })]),
          ]),
          el('label', { htmlFor: 'x', 'stroke-width': 1, class: 'y', tabindex: '-1', 'accept-charset': 'utf-8' }),
        ]),
      ),
    );
  });
});

describe('when children and components are given', () => {
  it('passes children as static children (no keys, and no key warning), merges nothing, and drops comments', () => {
    const tree = root(
      el('p', {}, [{ type: 'text', value: 'a' }, el('em', {}, [{ type: 'text', value: 'b' }]), { type: 'text', value: 'c' }, el('em', {}), el('strong', {})]),
      { type: 'comment', value: 'gone' } as never,
      el('p', {}, [{ type: 'text', value: '' }]),
      el('p', {}, [el('br', {})]),
      { type: 'text', value: 'tail' },
    );
    expectSame(tree);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      renderToStaticMarkup(hastToReact(tree));
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it('passes the hast node to components only, never to tags or fragments', () => {
    const tree = root(
      el('p', {}, [el('a', { href: '/tides' }, [{ type: 'text', value: 'Tides' }]), el('span', { className: ['s'] }), el('code', {}, [{ type: 'text', value: 'x' }])]),
      el('td', { align: 'left' }),
    );
    expectSame(tree, overrides);
    const link = (hastToReact(tree, overrides).props as { children: { props: { children: { props: { node: Element } }[] } }[] }).children[0].props.children[0];
    expect(link.props.node).toBe((tree.children[0] as Element).children[0]);
    expect(renderToStaticMarkup(hastToReact(tree, overrides))).toBe('<p><a href="/tides" data-tag="a">Tides</a><span class="s" data-override=""></span>x</p><th style="text-align:left"></th>');
  });
});

describe('when a post has task lists and footnotes', () => {
  it('renders a labelled checkbox and the footnote links as the reference does', () => {
    const source = '---\ntitle: Bees\n---\n\n- [x] count the hives\n- [ ] weigh the honey[^1]\n\n| left | mid | right |\n|:--|:-:|--:|\n| a | b | c |\n\n[^1]: In spring.\n';
    const post = parsePost(source, { filename: 'bees.md' });
    const trees = treesOf(post).map(([, tree]) => prepareTree(tree, { labels: defaultLabels, decorate: decoratePost }));
    for (const tree of trees) expectSame(tree);
    const html = trees.map((tree) => renderToStaticMarkup(hastToReact(tree))).join('');
    expect(html).toContain('<label><input type="checkbox" disabled="" checked=""/> count the hives</label>');
    expect(html).toContain('style="text-align:center"');
    expect(html).toContain('data-footnote-ref="true" aria-describedby="footnote-label"');
  });
});
