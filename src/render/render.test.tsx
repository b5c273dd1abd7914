import { render, screen } from '@testing-library/react';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Element, Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { urlAttributes } from 'html-url-attributes';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { fixture, repoRoot } from '../../test/helpers/fixtures.js';
import { textOf } from '../core/text.js';
import { defaultLabels } from '../core/labels.js';
import { decorateContent, decoratePost } from './decorate.js';
import { prepareTree } from '../core/prepare.js';
import { renderTree } from './render.js';
import { defaultUrlTransform, safeImageSrc } from '../core/url.js';

describe('defaultUrlTransform', () => {
  describe('when the URL is relative or uses a safe scheme', () => {
    it.each(['/a', 'a/b:c', '#x', '?q=a:b', 'https://x.test', 'HTTP://x.test', 'mailto:a@b.c', 'ircs://x', 'xmpp:a@b'])('keeps %s', (url) => {
      expect(defaultUrlTransform(url)).toBe(url);
    });
  });

  describe('when the URL uses another scheme', () => {
    it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'vbscript:x', 'data:text/html,x', 'data:image/png;base64,x', 'file:///etc/passwd'])(
      'drops %j',
      (url) => {
        expect(defaultUrlTransform(url)).toBe('');
      },
    );
  });

  it('lets images, and only images, load raster data: URLs', () => {
    expect(safeImageSrc('data:image/webp;base64,AAA')).toBe('data:image/webp;base64,AAA');
    expect(safeImageSrc('data:image/svg+xml,<svg onload=alert(1)>')).toBeUndefined();
    expect(safeImageSrc('data:text/html,x')).toBeUndefined();
  });
});

describe('prepareTree', () => {
  const options = { labels: defaultLabels, decorate: decoratePost };

  it('makes code blocks reachable by keyboard, since long lines scroll sideways', () => {
    const tree = { type: 'root' as const, children: [{ type: 'element' as const, tagName: 'pre', properties: {}, children: [] }] };
    const pre = prepareTree(tree, options).children[0];
    expect(pre).toMatchObject({ tagName: 'pre', properties: { tabIndex: 0 } });
  });

  it('does not touch the tree it is given', () => {
    const tree = { type: 'root' as const, children: [{ type: 'element' as const, tagName: 'h2', properties: { id: 'a' }, children: [{ type: 'text' as const, value: 'A' }] }] };
    const before = JSON.stringify(tree);
    prepareTree(tree, options);
    expect(JSON.stringify(tree)).toBe(before);
  });

  it('skips values that are not hast nodes instead of throwing', () => {
    const junk = { type: 'root', children: [null, 3, 'x', { type: 'element' }, { type: 'element', tagName: 'p', properties: 'bad', children: 'bad' }] };
    expect(prepareTree(junk, options)).toEqual({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [] }] });
  });

  it('does not let a __proto__ property reach Object.prototype', () => {
    const properties = JSON.parse('{"__proto__": {"polluted": true}, "title": "t"}');
    prepareTree({ type: 'root', children: [{ type: 'element', tagName: 'p', properties, children: [] }] }, options);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('demotes an h1 in the body, keeping the title the only h1', () => {
    render(<>{renderTree({ type: 'root', children: [{ type: 'element', tagName: 'h1', properties: {}, children: [{ type: 'text', value: 'Body title' }] }] }, options)}</>);
    expect(screen.getByRole('heading', { level: 2, name: 'Body title' })).toBeInTheDocument();
  });

  it('adds rel="noopener noreferrer" to links that open a new tab', () => {
    render(<>{renderTree({ type: 'root', children: [{ type: 'element', tagName: 'a', properties: { href: 'https://x.test', target: '_blank' }, children: [{ type: 'text', value: 'out' }] }] }, options)}</>);
    expect(screen.getByRole('link', { name: 'out' })).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('honours a custom urlTransform for every URL attribute', () => {
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'a', properties: { href: '/post' }, children: [{ type: 'text', value: 'p' }] }] };
    render(<>{renderTree(tree, { ...options, urlTransform: (url) => `https://cdn.test${url}` })}</>);
    expect(screen.getByRole('link', { name: 'p' })).toHaveAttribute('href', 'https://cdn.test/post');
  });

  it('puts every URL attribute html-url-attributes names, in any spelling, through the policy', () => {
    const names = Object.keys(urlAttributes).flatMap((name) => [name, name.toUpperCase()]);
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'span', properties: Object.fromEntries(names.map((n) => [n, 'javascript:alert(1)'])), children: [] }] };
    expect((prepareTree(tree, options).children[0] as Element).properties).toEqual({});
    const seen: string[] = [];
    prepareTree(tree, { ...options, urlTransform: (url, key) => void seen.push(key) });
    expect(seen.sort()).toEqual(names.sort());
  });

  it('names a table region by its header row, or plainly when it has none', () => {
    const cell = (tag: string, value: string) => ({ type: 'element', tagName: tag, properties: {}, children: [{ type: 'text', value }] });
    const row = (...cells: object[]) => ({ type: 'element', tagName: 'tr', properties: {}, children: cells });
    const table = (...children: object[]) => ({ type: 'element', tagName: 'table', properties: {}, children });
    const tree = {
      type: 'root',
      children: [
        table({ type: 'element', tagName: 'thead', properties: {}, children: [row(cell('th', 'Name'), cell('th', 'Size'))] }),
        table({ type: 'element', tagName: 'tbody', properties: {}, children: [row(cell('td', '1'))] }),
      ],
    };
    render(<>{renderTree(tree, { labels: { ...defaultLabels, tableColumns: 'Tableau : {columns}' }, decorate: decoratePost })}</>);
    expect(screen.getByRole('region', { name: 'Tableau : Name, Size' })).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('region', { name: 'Table' }).querySelector('table')).not.toBeNull();
  });

  it("names every fixture's tables by the first header row visit finds in each", () => {
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype);
    const names = readdirSync(resolve(repoRoot, 'test/fixtures')).filter((name) => name.endsWith('.md'));
    let tables = 0;
    for (const name of names) {
      const tree = processor.runSync(processor.parse(fixture(name))) as Root;
      const expected: string[] = [];
      visit(tree, 'element', (table) => {
        if (table.tagName !== 'table') return;
        let row: string[] | undefined;
        visit(table, 'element', (node, _index, parent) => {
          if (row || node.tagName === 'tbody' || node.tagName === 'tfoot') return 'skip';
          if (node.tagName === 'th' && parent?.type === 'element' && parent.tagName === 'tr') {
            row = (parent.children.filter((c) => c.type === 'element' && c.tagName === 'th') as Element[]).map((c) => textOf(c).trim());
          }
        });
        expected.push(row?.length ? `Table: ${row.filter(Boolean).join(', ')}` : 'Table');
      });
      const regions: string[] = [];
      visit(prepareTree(tree, { labels: { ...defaultLabels, tableColumns: 'Table: {columns}' }, decorate: decoratePost }), 'element', (node) => {
        if (node.properties.dataSlot === 'table') regions.push(String(node.properties.ariaLabel));
      });
      expect(regions).toEqual(expected);
      tables += regions.length;
    }
    expect(tables).toBeGreaterThanOrEqual(2);
  });

  it('names a task list checkbox by its item text', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'li',
          properties: { className: ['task-list-item'] },
          children: [
            { type: 'element', tagName: 'input', properties: { type: 'checkbox', checked: true, disabled: true }, children: [] },
            { type: 'text', value: ' Write the tests' },
          ],
        },
      ],
    };
    render(<ul>{renderTree(tree, options)}</ul>);
    expect(screen.getByRole('checkbox', { name: 'Write the tests' })).toBeChecked();
  });

  it('joins the text around raw HTML into one text node', () => {
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'a ' }, { type: 'raw', value: '<b>' }, { type: 'text', value: ' c' }] }] };
    expect(prepareTree(tree, options).children[0]).toMatchObject({ children: [{ type: 'text', value: 'a <b> c' }] });
  });
});

describe('decorations', () => {
  const tree = {
    type: 'root',
    children: [
      { type: 'element', tagName: 'h2', properties: { id: 'tides' }, children: [{ type: 'text', value: 'Tides' }] },
      { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: 'x' }] },
      { type: 'element', tagName: 'img', properties: { src: '/a.png', alt: 'A' }, children: [] },
      { type: 'element', tagName: 'table', properties: {}, children: [] },
    ],
  };
  const tags = (root: { children: unknown[] }) => root.children.map((c) => (c as { tagName: string }).tagName);

  describe('when none is given (HTML that leaves the page, such as a feed)', () => {
    it('adds nothing around the content', () => {
      const out = prepareTree(tree, { labels: defaultLabels });
      expect(tags(out)).toEqual(['h2', 'pre', 'img', 'table']);
      expect(out.children[1]).toMatchObject({ properties: {} });
      expect(out.children[2]).toMatchObject({ properties: { src: '/a.png', alt: 'A' } });
      expect((out.children[2] as { properties: object }).properties).not.toHaveProperty('loading');
    });
  });

  describe('when it is a card excerpt (decorateContent)', () => {
    it('wraps tables, makes code blocks focusable and images lazy, and adds no permalink', () => {
      const out = prepareTree(tree, { labels: defaultLabels, decorate: decorateContent });
      expect(tags(out)).toEqual(['h2', 'pre', 'img', 'div']);
      expect(out.children[1]).toMatchObject({ properties: { tabIndex: 0 } });
      expect(out.children[2]).toMatchObject({ properties: { loading: 'lazy', decoding: 'async' } });
      expect(out.children[3]).toMatchObject({ properties: { role: 'region', dataSlot: 'table' } });
    });
  });

  describe('when it is a post body (decoratePost)', () => {
    it('adds the permalink to a heading with an id, and the content decorations', () => {
      const out = prepareTree(tree, { labels: defaultLabels, decorate: decoratePost });
      expect(tags(out)).toEqual(['div', 'pre', 'img', 'div']);
      expect(out.children[0]).toMatchObject({ properties: { dataSlot: 'heading' } });
      expect(out.children[1]).toMatchObject({ properties: { tabIndex: 0 } });
    });
  });
});
