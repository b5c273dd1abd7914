import type { Element, Nodes, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { prepareTree } from '../core/prepare.js';
import { defaultLabels } from '../core/labels.js';
import { eachNode } from '../core/walk.js';
import { isPostParseError } from '../post/errors.js';
import { parsePost } from '../parse/index.js';
import { PostLayout } from '../components/PostLayout/PostLayout.js';
import { markdownProcessor } from './kit-chain.js';
import type { MdxComponentData } from './mdx.js';

/** Markdown or MDX through the kit's whole chain, as parsePost runs it. */
function run(source: string, format: 'md' | 'mdx' = 'mdx') {
  const processor = markdownProcessor({ format }, source);
  const file = new VFile(source);
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return { tree, html: toHtml(tree), warnings: file.messages.map((m) => m.reason) };
}

/** The elements naming a component, in document order. */
function components(tree: Root): (Element & { data: MdxComponentData })[] {
  const found: (Element & { data: MdxComponentData })[] = [];
  eachNode<Nodes>(tree, (node) => {
    if (node.type === 'element' && (node.data as Partial<MdxComponentData> | undefined)?.component) found.push(node as Element & { data: MdxComponentData });
  });
  return found;
}

describe('MDX built-in components', () => {
  describe('when a post uses a callout-like component', () => {
    it.each([
      ['Note', '> [!NOTE]\n> Slack water lasts minutes.\n'],
      ['Tip', '> [!TIP]\n> Slack water lasts minutes.\n'],
      ['Important', '> [!IMPORTANT]\n> Slack water lasts minutes.\n'],
      ['Warning', '> [!WARNING]\n> Slack water lasts minutes.\n'],
      ['Caution', '> [!CAUTION]\n> Slack water lasts minutes.\n'],
      ['Info', ':::info\nSlack water lasts minutes.\n:::\n'],
      ['Danger', ':::danger\nSlack water lasts minutes.\n:::\n'],
    ])('renders <%s> as the callout markdown makes of the same kind', (name, markdown) => {
      const mdx = run(`<${name}>\n  Slack water lasts minutes.\n</${name}>\n`);
      expect(mdx.html).toBe(run(markdown, 'md').html.replaceAll('\n', ''));
      expect(mdx.warnings).toEqual([]);
    });

    it('reads the one-line form (inline in MDX) as the block it stands for', () => {
      const block = run('<Tip>\n  Compare *both* tables.\n</Tip>\n').html;
      expect(run('<Tip>Compare *both* tables.</Tip>\n').html).toBe(block);
      expect(block).toContain('<p>Compare <em>both</em> tables.</p>');
    });

    it('keeps the component and its props on the element, for a host that maps the name', () => {
      const [note] = components(run('<Warning title="Storms" level={2}>\n  Surge is not modelled.\n</Warning>\n').tree);
      expect(note!.data).toMatchObject({ component: 'Warning', props: { title: 'Storms', level: 2 } });
      expect(note!.properties).toEqual({ role: 'note', dataSlot: 'callout', dataCallout: 'warning' });
    });

    it('takes the title from `title`, and marks a default title so the host\'s labels replace it', () => {
      const given = run('<Note title="Chart datum">\n  Heights in metres.\n</Note>\n').html;
      expect(given).toContain('<p data-slot="callout-title">Chart datum</p>');
      const kept = run('<Note>\n  Heights in metres.\n</Note>\n').tree;
      const prepared = prepareTree(kept, { labels: { ...defaultLabels, calloutNote: 'Hinweis' } });
      expect(toHtml(prepared)).toContain('<p data-slot="callout-title" class="rbk-callout-title">Hinweis</p>');
    });

    it('reads Docusaurus\'s <Admonition type title>', () => {
      const { html, warnings } = run('<Admonition type="danger" title="Shallow water">\n  Add the shallow-water constituents.\n</Admonition>\n');
      expect(html).toBe(
        '<div role="note" data-slot="callout" data-callout="danger"><p data-slot="callout-title">Shallow water</p><p>Add the shallow-water constituents.</p></div>',
      );
      expect(warnings).toEqual([]);
      expect(run('<Admonition type="TIP">\n  a\n</Admonition>\n').html).toContain('data-callout="tip"');
    });

    it('shows an Admonition of an unknown type as a note, and says so', () => {
      const { html, warnings } = run('<Admonition type="success">\n  Done.\n</Admonition>\n');
      expect(html).toContain('data-callout="note"');
      expect(html).toContain('data-callout-label="note">Note</p>');
      expect(warnings).toEqual([expect.stringMatching(/Unknown `<Admonition type="success">`: shown as a note\. Expected one of note, tip, /)]);
      expect(run('<Admonition>\n  Done.\n</Admonition>\n').warnings).toEqual([expect.stringContaining('type=null')]);
    });

    it('keeps its markup in a post whose raw HTML the sanitizer re-parses', () => {
      const { html } = run('<Caution>\n  Never <b>guess</b>.\n</Caution>\n\n<div align="center">\n\nafter\n\n</div>\n');
      expect(html).toContain('<div role="note" data-slot="callout" data-callout="caution"><p data-slot="callout-title" data-callout-label="caution">Caution</p><p>Never <b>guess</b>.</p></div>');
    });

    it('leaves one used inside a sentence as the inline wrapper it is', () => {
      expect(run('The <Important>datum</Important> matters.\n').html).toBe('<p>The <span>datum</span> matters.</p>');
    });

    it('is read once when the excerpt runs the chain again', () => {
      const post = parsePost('---\ntitle: T\n---\n\n<Note>\n  Before.\n</Note>\n\n{/* truncate */}\n\nAfter.\n', { filename: 't.mdx' });
      expect(toHtml(post.excerpt!).match(/callout-title/g)).toHaveLength(1);
      expect(toHtml(post.intro).match(/callout-title/g)).toHaveLength(1);
    });
  });

  describe('when a post uses Tabs', () => {
    const tabs = [
      '<Tabs groupId="os" values={[{ label: "macOS", value: "mac" }]}>',
      '  <TabItem value="mac">',
      '    Press **⌘C**.',
      '  </TabItem>',
      '  <TabItem value="win" label="Windows" default>',
      '    Press **Ctrl+C**.',
      '  </TabItem>',
      '  <TabItem value="linux">',
      '    Same as Windows.',
      '  </TabItem>',
      '</Tabs>',
      '',
    ].join('\n');

    it('gives every item a visible label before its content: the label, else the Tabs values\' label, else the value', () => {
      expect(run(tabs).html).toBe(
        '<div data-slot="tabs">' +
          '<div data-slot="tab-item"><p data-slot="tab-label">macOS</p><p>Press <strong>⌘C</strong>.</p></div>' +
          '<div data-slot="tab-item"><p data-slot="tab-label">Windows</p><p>Press <strong>Ctrl+C</strong>.</p></div>' +
          '<div data-slot="tab-item"><p data-slot="tab-label">linux</p><p>Same as Windows.</p></div>' +
          '</div>',
      );
    });

    it('keeps the components and their props, for the kit\'s Tabs or the host\'s', () => {
      expect(components(run(tabs).tree).map((c) => [c.data.component, c.data.props])).toEqual([
        ['Tabs', { groupId: 'os', values: [{ label: 'macOS', value: 'mac' }] }],
        ['TabItem', { value: 'mac' }],
        ['TabItem', { value: 'win', label: 'Windows', default: true }],
        ['TabItem', { value: 'linux' }],
      ]);
    });

    it('reads items written on one line each (Docusaurus\'s own example) as blocks', () => {
      const oneLine = '<Tabs>\n  <TabItem value="apple" label="Apple" default>This is an apple</TabItem>\n  <TabItem value="orange" label="Orange">This is an orange</TabItem>\n</Tabs>\n';
      expect(run(oneLine).html).toBe(
        '<div data-slot="tabs">' +
          '<div data-slot="tab-item"><p data-slot="tab-label">Apple</p><p>This is an apple</p></div>' +
          '<div data-slot="tab-item"><p data-slot="tab-label">Orange</p><p>This is an orange</p></div>' +
          '</div>',
      );
      expect(run('<Tabs><TabItem value="a">A</TabItem><TabItem value="b">B</TabItem></Tabs>\n').html).toBe(
        '<div data-slot="tabs"><div data-slot="tab-item"><p data-slot="tab-label">a</p><p>A</p></div><div data-slot="tab-item"><p data-slot="tab-label">b</p><p>B</p></div></div>',
      );
    });

    it('shows a feed reader every label and panel (the feed renders the prepared tree as HTML)', () => {
      const post = parsePost(`---\ntitle: T\n---\n\n${tabs}`, { filename: 't.mdx' });
      const html = toHtml(prepareTree(post.intro, { labels: defaultLabels }));
      expect(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()).toBe('macOS Press ⌘C . Windows Press Ctrl+C . linux Same as Windows.');
    });
  });

  describe('the line a component is written on', () => {
    it('is recorded as the source file\'s line, frontmatter counted, and kept through the sanitizer and the safety pass', () => {
      const source = '---\ntitle: Lines\nslug: lines\n---\n\nIntro <b>raw</b> HTML.\n\n<Sandpack>\n  code\n</Sandpack>\n\nText <Badge>new</Badge>.\n';
      const post = parsePost(source, { filename: 'lines.mdx' });
      expect(components(post.intro).map((c) => [c.data.component, c.data.line])).toEqual([
        ['Sandpack', 8],
        ['Badge', 12],
      ]);
      const prepared = prepareTree(post.intro, { labels: defaultLabels });
      expect(components(prepared).map((c) => c.data.line)).toEqual([8, 12]);
      expect(toHtml(prepared)).not.toMatch(/line|8|12/);
    });

    it('is dropped by the safety pass unless it is a positive whole number', () => {
      const tree: Root = {
        type: 'root',
        children: [
          { type: 'element', tagName: 'div', properties: {}, children: [], data: { component: 'A', props: {}, line: -1 } as never },
          { type: 'element', tagName: 'div', properties: {}, children: [], data: { component: 'B', props: {}, line: '3' } as never },
          { type: 'element', tagName: 'div', properties: {}, children: [], data: { component: 'C', props: {}, line: 7 } as never },
        ],
      };
      expect(components(prepareTree(tree, { labels: defaultLabels })).map((c) => c.data.line)).toEqual([undefined, undefined, 7]);
    });
  });

  describe('whatever built-ins a post nests, in whatever order', () => {
    it('parses to a Post (or a PostParseError) that renders without throwing', () => {
      const pieces = ['<Note>', '</Note>', '<Tabs>', '</Tabs>', '<TabItem value="a">', '<TabItem label={1}>', '</TabItem>', '<Admonition type="x">', '</Admonition>',
        '<Tip>t</Tip>', '<Tabs values={[null, {"value": "a"}]}>', 'text ', '\n\n', '\n  ', '- ', '> ', '<b>', '</b>', '<details>', '</details>', '<Tabs />'];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), (parts) => {
          let parsed;
          try {
            parsed = parsePost(`---\ntitle: T\n---\n${parts.join('')}`, { filename: 'f.mdx' });
          } catch (error) {
            expect(isPostParseError(error)).toBe(true);
            return;
          }
          expect(() => renderToStaticMarkup(<PostLayout post={parsed} toc="none" />)).not.toThrow();
        }),
        { numRuns: 200 },
      );
    });
  });
});
