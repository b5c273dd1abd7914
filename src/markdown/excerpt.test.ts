// @vitest-environment node
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { contentBeforeMarker, remarkExcerpt, type ExcerptData } from './excerpt.js';

const parse = (markdown: string) => unified().use(remarkParse).parse(markdown);

/** The excerpt's text, block by block, for short exact assertions. */
function blocks(root: Root | undefined): string[] | undefined {
  if (!root) return undefined;
  const text = (node: unknown): string => {
    const n = node as { value?: string; children?: unknown[] };
    return n.value ?? (n.children ?? []).map(text).join('');
  };
  return root.children.map((c) => `${c.type}: ${text(c)}`);
}

describe('when a body has an excerpt marker', () => {
  it('keeps the blocks before <!-- more -->', () => {
    expect(blocks(contentBeforeMarker(parse('Tides rise.\n\nTwice a day.\n\n<!-- more -->\n\nThe rest.\n')))).toEqual([
      'paragraph: Tides rise.',
      'paragraph: Twice a day.',
    ]);
  });

  it('knows Docusaurus <!--truncate--> and any spacing or case', () => {
    expect(blocks(contentBeforeMarker(parse('Bees.\n\n<!--truncate-->\n\nMore.\n')))).toEqual(['paragraph: Bees.']);
    expect(blocks(contentBeforeMarker(parse('Bees.\n\n<!--   MORE -->\n')))).toEqual(['paragraph: Bees.']);
  });

  it('cuts a paragraph at a marker in the middle of it, as Hugo allows', () => {
    expect(blocks(contentBeforeMarker(parse('Bread needs time. <!--more--> And patience.\n')))).toEqual(['paragraph: Bread needs time. ']);
  });

  it('uses the first marker only', () => {
    expect(blocks(contentBeforeMarker(parse('One.\n\n<!-- more -->\n\nTwo.\n\n<!-- more -->\n')))).toEqual(['paragraph: One.']);
  });

  it('drops a container the cut leaves empty', () => {
    expect(blocks(contentBeforeMarker(parse('Lead.\n\n> <!-- more -->\n> quoted\n')))).toEqual(['paragraph: Lead.']);
  });

  it('does not change the tree it reads', () => {
    const tree = parse('Keep.\n\n<!-- more -->\n\nAll.\n');
    const before = JSON.stringify(tree);
    contentBeforeMarker(tree);
    expect(JSON.stringify(tree)).toBe(before);
  });
});

describe('when a body has no marker', () => {
  it('gives nothing, also for other comments and for the word in text', () => {
    expect(contentBeforeMarker(parse('Read more below.\n\n<!-- note to self -->\n\n`<!-- more -->`\n'))).toBeUndefined();
  });
});

describe('as a remark plugin', () => {
  it('puts the excerpt on the tree data and leaves the body whole', () => {
    const processor = unified().use(remarkParse).use(remarkExcerpt);
    const tree = processor.runSync(processor.parse('Wheels.\n\n<!-- more -->\n\nSpokes.\n')) as Root & { data?: ExcerptData };
    expect(blocks(tree.data?.excerpt)).toEqual(['paragraph: Wheels.']);
    expect(tree.children).toHaveLength(3);
  });
});

describe('when parsePost meets the marker', () => {
  it('gives Post.excerpt as hast through the same pipeline, and keeps the whole body', async () => {
    const { parsePost } = await import('../parse/index.js');
    const { toHtml } = await import('hast-util-to-html');
    const post = parsePost('---\ntitle: Tides\n---\nThe moon *pulls*.\n\n<!-- more -->\n\n## Why\n\nGravity.\n', { html: 'sanitize' });
    expect(toHtml(post.excerpt!)).toBe('<p>The moon <em>pulls</em>.</p>');
    expect(post.sections.map((s) => s.title)).toEqual(['Why']);
    expect(JSON.stringify(post.excerpt)).not.toContain('position');
  });

  it('gives no excerpt without a marker, and an empty one with nothing before it (as Docusaurus cuts)', async () => {
    const { parsePost } = await import('../parse/index.js');
    const { excerptOf } = await import('../post/identity.js');
    expect('excerpt' in parsePost('---\ntitle: T\n---\nText.\n')).toBe(false);
    const opened = parsePost('---\ntitle: T\n---\n<!-- truncate -->\n\nText after.\n');
    expect(opened.excerpt).toEqual({ type: 'root', children: [] });
    expect(excerptOf(opened)).toEqual({ type: 'root', children: [] });
    expect(parsePost('# Only a title\n\n<!-- more -->\n\nText.\n').excerpt).toEqual({ type: 'root', children: [] });
  });

  it('drops a leading # title from the excerpt, as from the body', async () => {
    const { parsePost } = await import('../parse/index.js');
    const { toHtml } = await import('hast-util-to-html');
    const post = parsePost('# Bread at Home\n\nFlour, water, salt.\n\n<!-- more -->\n\nKnead.\n');
    expect(post.title).toBe('Bread at Home');
    expect(toHtml(post.excerpt!)).toBe('<p>Flour, water, salt.</p>');
  });
});
