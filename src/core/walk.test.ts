import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Nodes, Root } from 'hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { depthOf, eachNode, eachParent, type WalkNode } from './walk.js';
import { fixture, repoRoot } from '../../test/helpers/fixtures.js';
import { textOf } from './text.js';

const tree = (markdown: string) => {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true });
  return processor.runSync(processor.parse(markdown)) as Root;
};
const markdownOf = (markdown: string) => unified().use(remarkParse).use(remarkGfm).runSync(unified().use(remarkParse).parse(markdown));

// Every markdown fixture, as mdast (what the nesting check walks) and as hast (what the chain's passes walk).
const fixtures = readdirSync(resolve(repoRoot, 'test/fixtures')).filter((name) => name.endsWith('.md') && name !== 'README.md');
const fixtureTrees: [string, WalkNode][] = fixtures.flatMap((name): [string, WalkNode][] => [
  [`${name} (mdast)`, markdownOf(fixture(name)) as WalkNode],
  [`${name} (hast)`, tree(fixture(name)) as WalkNode],
]);

describe('on every fixture', () => {
  it.each(fixtureTrees)('%s: eachNode, eachParent, depthOf and textOf see what visit sees, in its order', (_name, root) => {
    const below: [unknown, number, unknown][] = [];
    visit(root as Root, (node, index, parent) => void (parent && below.push([node, index!, parent])));
    const ours: [unknown, number, unknown][] = [];
    eachNode(root, (node, index, parent) => void ours.push([node, index, parent]));
    expect(ours.length).toBeGreaterThan(10);
    expect(ours.length).toBe(below.length);
    ours.forEach((entry, i) => expect(entry.every((part, j) => part === below[i][j])).toBe(true));

    const parents: unknown[] = [];
    visit(root as Root, (node) => void ('children' in node && parents.push(node)));
    const ourParents: unknown[] = [];
    eachParent(root, (parent) => void ourParents.push(parent));
    expect(ourParents.length).toBe(parents.length);
    ourParents.forEach((parent, i) => expect(parent).toBe(parents[i]));

    const depth = new Map<unknown, number>([[root, 0]]);
    visit(root as Root, (node, _index, parent) => void (parent && depth.set(node, depth.get(parent)! + 1)));
    const deepest = Math.max(...depth.values());
    expect(depthOf(root)).toBe(deepest);

    let text = '';
    visit(root as Root, 'text', (node) => void (text += node.value));
    expect(textOf(root)).toBe(text);
  });
});

describe('depthOf', () => {
  it('measures a tree too deep for a recursive walk', () => {
    let node: WalkNode = { type: 'text' };
    for (let i = 0; i < 100_000; i++) node = { type: 'element', children: [node] };
    expect(depthOf({ type: 'root', children: [node] })).toBe(100_001);
  });
});

const sample = tree('# A *b*\n\n> - one [x](y)\n> - two `c`\n\n| a | b |\n| - | - |\n| 1 | **2** |\n\n<b>raw</b>\n\nText[^1]\n\n[^1]: Note');

describe('eachNode', () => {
  describe('when nothing is skipped', () => {
    it('visits what unist-util-visit visits below the root, in the same order, with the same index and parent', () => {
      const ours: [Nodes, number, Nodes][] = [];
      const theirs: [Nodes, number, Nodes][] = [];
      eachNode<Nodes>(sample, (node, index, parent) => void ours.push([node, index, parent]));
      visit(sample, (node, index, parent) => void (parent && theirs.push([node, index!, parent])));
      expect(ours.length).toBeGreaterThan(30);
      expect(ours).toEqual(theirs);
      for (let i = 0; i < ours.length; i++) expect(ours[i][0]).toBe(theirs[i][0]);
    });
  });

  describe('when a visitor returns false', () => {
    it("skips that node's children as SKIP does", () => {
      const ours: Nodes[] = [];
      const theirs: Nodes[] = [];
      const skip = (node: Nodes) => node.type === 'element' && (node.tagName === 'blockquote' || node.tagName === 'table');
      eachNode<Nodes>(sample, (node) => (ours.push(node), !skip(node)));
      visit(sample, (node) => (node !== sample && theirs.push(node), skip(node) ? SKIP : undefined));
      expect(ours).toEqual(theirs);
    });
  });

  describe('when a visitor replaces the children of the node it visits', () => {
    it('walks the new children', () => {
      const root: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'old' }] }] };
      const seen: string[] = [];
      eachNode<Nodes>(root, (node) => {
        if (node.type === 'element') node.children = [{ type: 'text', value: 'new' }];
        if (node.type === 'text') seen.push(node.value);
      });
      expect(seen).toEqual(['new']);
    });
  });

  describe('when the tree is deep', () => {
    it('does not overflow the stack', () => {
      let node: Root | Nodes = { type: 'text', value: 'leaf' };
      for (let i = 0; i < 100_000; i++) node = { type: 'element', tagName: 'span', properties: {}, children: [node as never] };
      let count = 0;
      eachNode<Nodes>({ type: 'root', children: [node as never] }, () => void count++);
      expect(count).toBe(100_001);
    });
  });
});

describe('eachParent', () => {
  it('visits the root, then every node with children in document order, and goes into the lists the visitor left', () => {
    const seen: Nodes[] = [];
    eachParent<Root | Nodes>(sample, (parent) => void seen.push(parent as Nodes));
    const parents: Nodes[] = [sample as unknown as Nodes];
    eachNode<Nodes>(sample, (node) => void ('children' in node && parents.push(node)));
    expect(seen).toEqual(parents);

    const root: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [] }] };
    const tags: string[] = [];
    eachParent<Root | Nodes>(root, (parent) => {
      if (parent.type === 'element') tags.push(parent.tagName);
      if (parent.type === 'element' && parent.tagName === 'p') parent.children = [{ type: 'element', tagName: 'em', properties: {}, children: [] }];
    });
    expect(tags).toEqual(['p', 'em']);
  });

  it("skips a parent's descendants when it returns false, and everything when the root does", () => {
    const seen: string[] = [];
    eachParent<Root | Nodes>(sample, (parent) => {
      if (parent.type === 'element') seen.push(parent.tagName);
      return !(parent.type === 'element' && parent.tagName === 'table');
    });
    expect(seen).toContain('table');
    expect(seen).not.toContain('tr');
    let count = 0;
    eachParent<Root | Nodes>(sample, () => (count++, false));
    expect(count).toBe(1);
  });
});
