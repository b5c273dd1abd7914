import type { Element, Nodes, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { eachNode } from '../core/walk.js';
import type { HtmlHandling } from './html.js';
import { markdownProcessor } from './kit-chain.js';
import { prepareMdxSource, literalOf, type MdxComponentData } from './mdx.js';

/** MDX through the kit's whole chain, as parsePost runs it. */
function run(source: string, html?: HtmlHandling) {
  const processor = markdownProcessor({ format: 'mdx', html }, source);
  const file = new VFile(source);
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return { tree, html: toHtml(tree), warnings: file.messages.map((m) => m.reason), file };
}

/** The component elements of a tree, in document order. */
function components(tree: Root): (MdxComponentData & { tagName: string; text: string })[] {
  const found: (MdxComponentData & { tagName: string; text: string })[] = [];
  eachNode<Nodes>(tree, (node) => {
    const data = node.type === 'element' ? (node.data as Partial<MdxComponentData> | undefined) : undefined;
    if (data?.component) found.push({ ...(data as MdxComponentData), tagName: (node as Element).tagName, text: toHtml(node) });
  });
  return found;
}

describe('mdx feature', () => {
  describe('components', () => {
    it('makes a block component an element that names it, with its children parsed as markdown', () => {
      const { tree } = run('<Aside type="tip">\n  Some **bold** text.\n</Aside>\n');
      const [note] = components(tree);
      expect(note).toMatchObject({ component: 'Aside', props: { type: 'tip' }, tagName: 'div' });
      expect(note!.text).toBe('<div><p>Some <strong>bold</strong> text.</p></div>');
    });

    it('makes a component inside a paragraph an inline element', () => {
      const { tree, html } = run('Read <Badge tone="new">this</Badge> first.\n');
      expect(components(tree)).toMatchObject([{ component: 'Badge', props: { tone: 'new' }, tagName: 'span' }]);
      expect(html).toBe('<p>Read <span>this</span> first.</p>');
    });

    it('keeps a member name (Tabs.Item) as the component name', () => {
      expect(components(run('<Tabs.Item label="A">one</Tabs.Item>\n').tree)[0]!.component).toBe('Tabs.Item');
    });

    it('reads every literal prop as JSON: text, numbers, booleans, null, lists and objects of those', () => {
      const source =
        '<Sandpack title="Demo" count={3} ratio={-0.5} open hidden={false} none={null} tags={["a", 1, true]} ' +
        "files={{ 'App.js': `export default 1;`, \"style.css\": { code: 'a {}', active: true } }} />\n";
      const { tree, warnings } = run(source);
      expect(components(tree)[0]!.props).toEqual({
        title: 'Demo',
        count: 3,
        ratio: -0.5,
        open: true,
        hidden: false,
        none: null,
        tags: ['a', 1, true],
        files: { 'App.js': 'export default 1;', 'style.css': { code: 'a {}', active: true } },
      });
      expect(warnings).toEqual([]);
    });

    it('leaves out each prop that is not a literal, and warns naming it', () => {
      const source = '<Chart data={load()} label={`n: ${n}`} {...rest} size={[1, x]} kind="bar">text</Chart>\n';
      const { tree, warnings } = run(source);
      expect(components(tree)[0]!.props).toEqual({ kind: 'bar' });
      expect(warnings).toHaveLength(4);
      expect(warnings[0]).toContain('`data={load()}`');
      expect(warnings[1]).toContain('label=');
      expect(warnings[2]).toContain('spread');
      expect(warnings[3]).toContain('`size={[1, x]}`');
      expect(warnings.every((w) => w.includes('`<Chart>`'))).toBe(true);
    });

    it('never passes event handlers or raw HTML props, even written as text', () => {
      const { tree, warnings } = run('<Card onClick="alert(1)" onMouseOver={() => steal()} dangerouslySetInnerHTML={{ __html: "<b>x</b>" }} title="ok">x</Card>\n');
      expect(components(tree)[0]!.props).toEqual({ title: 'ok' });
      expect(warnings.filter((w) => w.includes('cannot attach code'))).toHaveLength(3);
    });

    it('evaluates nothing: an expression with a side effect has none', () => {
      const scope = globalThis as { mdxRan?: boolean };
      run('<Note a={globalThis.mdxRan = true}>{globalThis.mdxRan = true}</Note>\n\n{(() => { globalThis.mdxRan = true })()}\n');
      expect(scope.mdxRan).toBeUndefined();
    });

    it('unwraps a fragment into its children', () => {
      expect(run('<>\n  Just *text*.\n</>\n').html).toBe('<p>Just <em>text</em>.</p>');
    });

    it('keeps a component and its data where the sanitizer re-parses raw HTML inside it', () => {
      const { tree } = run('<Note kind="a">\n  Some <span>html</span> here.\n</Note>\n\n<div>\n\nafter\n\n</div>\n');
      expect(components(tree)).toMatchObject([{ component: 'Note', props: { kind: 'a' } }]);
    });
  });

  describe('lower-case JSX is HTML, under the html policy', () => {
    it('sanitizes it as raw HTML: safe elements stay, handlers, scripts and unsafe URLs go', () => {
      const { html } = run(
        '<details open>\n  <summary>More</summary>\n\n  Hidden *text*.\n</details>\n\n<img src="javascript:alert(1)" onError="alert(2)" alt="x" />\n\n<iframe src="https://example.com" />\n',
      );
      // Line breaks between blocks are remark-rehype's; the elements are what matters.
      expect(html.replace(/\n/g, '')).toContain('<details open><summary>More</summary><p>Hidden <em>text</em>.</p></details>');
      expect(html).not.toMatch(/javascript:|onerror|alert|iframe/i);
      expect(html).toContain('<img alt="x">');
    });

    it('never writes code props into the HTML it hands the sanitizer', () => {
      const { html, warnings } = run('<div className="box" style={{ color: "red" }} onClick={() => go()}>\n  text\n</div>\n');
      expect(html).not.toMatch(/style|onclick|go\(\)/i);
      expect(warnings.join('\n')).toContain('`style`');
    });

    it('shows the tags as text with html: escape, and drops them with html: skip, keeping the children', () => {
      expect(run('A <span className="x">b</span> c.\n', 'escape').html).toBe('<p>A &#x3C;span class="x">b&#x3C;/span> c.</p>');
      expect(run('A <span className="x">b</span> c.\n', 'skip').html).toBe('<p>A b c.</p>');
    });
  });

  describe('expressions, comments, import and export', () => {
    it('removes import and export statements', () => {
      const { html } = run("import Chart from './chart.js'\nexport const answer = 42\n\nText.\n");
      expect(html).toBe('<p>Text.</p>');
    });

    it('reads `export const meta` with literal values as data on the file', () => {
      const { file, html } = run("export const meta = { title: 'Tides', tags: ['sea'], draft: false }\n\nBody.\n");
      expect(file.data.mdxMeta).toEqual({ title: 'Tides', tags: ['sea'], draft: false });
      expect(html).toBe('<p>Body.</p>');
    });

    it('leaves out and reports a lower-case handler as the render pass would drop it (onclick, as the Astro template writes)', () => {
      const { html, file } = run('<HeaderLink href="#" onclick="alert(1)">Hi</HeaderLink>\n');
      expect(html).not.toContain('alert');
      expect(file.messages.map((m) => m.reason)).toEqual([expect.stringContaining('Left out `onclick` on `<HeaderLink>`')]);
    });

    it('reads no field of meta that holds code, and says which', () => {
      const { file } = run('export const meta = { title: make(), draft: true }\n\nBody.\n');
      expect(file.data.mdxMeta).toEqual({ draft: true });
      expect(file.messages.map((m) => m.reason)).toEqual([expect.stringContaining('Left out `title` of the exported meta')]);
    });

    it('removes comments, block and inline, leaving no braces', () => {
      const { html } = run('{/* a note to self */}\n\nText {/* inline */} here.\n');
      expect(html).toBe('<p>Text  here.</p>');
    });

    it('shows a string or number expression as text, and leaves out any other with a warning', () => {
      const { html, warnings } = run("One{' '}two {3} {items.map((i) => i)}.\n");
      expect(html).toBe('<p>One two 3 .</p>');
      expect(warnings).toEqual([expect.stringContaining('`{items.map((i) => i)}`')]);
    });

    it('turns `{/* truncate */}` into the excerpt marker', () => {
      const processor = markdownProcessor({ format: 'mdx' });
      const tree = processor.runSync(processor.parse('Lead.\n\n{/* truncate */}\n\nRest.\n'));
      expect(toHtml(tree)).toBe('<p>Lead.</p>\n\n<p>Rest.</p>');
    });
  });

  describe('heading ids', () => {
    it.each([
      ['## Getting started {/*start-here*/}\n', 'start-here'],
      ['## Getting started {#start-here}\n', 'start-here'],
      ['## Getting started {/* start-here */} ##\n', 'start-here'],
    ])('takes the id of %j and never shows it', (source, id) => {
      expect(run(source).html).toBe(`<h2 id="${id}">Getting started</h2>`);
    });

    it('leaves `{#id}` alone in a fenced code block', () => {
      const source = '```md\n## Title {#kept}\n```\n';
      expect(prepareMdxSource(source)).toBe(source);
      expect(run(source).html).toContain('## Title {#kept}');
    });

    it('keeps the source its length, so every position stays where it was', () => {
      const source = '# A {#a}\n\ntext <!-- x */ y -->\n\n### B {#b-c.d} ###\n';
      expect(prepareMdxSource(source)).toHaveLength(source.length);
      expect(prepareMdxSource(source)).toBe('# A \\{#a\n\ntext {/*  x *  y */}\n\n### B \\{#b-c.d ###\n');
    });

    it('leaves HTML comments alone in code spans and fenced code', () => {
      const source = 'Use `<!-- more -->` here.\n\n```html\n<!-- kept -->\n```\n';
      expect(prepareMdxSource(source)).toBe(source);
    });

    it('reads a comment that is not an id as a comment', () => {
      expect(run('## Title {/* two words */}\n').html).toBe('<h2 id="title">Title</h2>');
    });
  });

  describe('literalOf', () => {
    it('reads no regular expression, bigint, identifier or computed key as a literal', () => {
      const NOT = literalOf(undefined);
      expect(literalOf({ type: 'Literal', value: /x/, regex: { pattern: 'x', flags: '' } })).toBe(NOT);
      expect(literalOf({ type: 'Identifier', name: 'x' })).toBe(NOT);
      expect(
        literalOf({
          type: 'ObjectExpression',
          properties: [{ type: 'Property', kind: 'init', computed: true, key: { type: 'Identifier', name: 'k' }, value: { type: 'Literal', value: 1 } }],
        }),
      ).toBe(NOT);
      expect(literalOf({ type: 'Literal', value: 1 })).toBe(1);
    });
  });
});
