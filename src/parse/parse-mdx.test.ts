import type { Nodes, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { eachNode } from '../core/walk.js';
import { bodyTree } from '../post/identity.js';
import { isPostParseError, PostParseError } from '../post/errors.js';
import { parsePost } from './parse-post.js';

const post = [
  '---',
  'title: Reading the tide tables',
  '---',
  "import Chart from '../components/Chart'",
  '',
  'Tables give <Term word="slack">slack water</Term> times.',
  '',
  '{/* truncate */}',
  '',
  '## How to read one {/*read-one*/}',
  '',
  '<Panel kind="tip" rows={[1, 2]}>',
  '  Look at **both** columns.',
  '',
  '  | high | low |',
  '  | ---- | --- |',
  '  | 06:10 | 12:25 |',
  '</Panel>',
  '',
  '## Springs and neaps {#springs}',
  '',
  '<Chart data={load()} />',
  '',
  'The end.',
  '',
].join('\n');

/** Everything the page would show of a post's body, as HTML. */
const bodyHtml = (root: Root) => toHtml(root);

describe('parsePost with MDX', () => {
  describe('when the filename ends in .mdx', () => {
    const parsed = parsePost(post, { filename: 'tides.mdx' });
    const html = bodyHtml(bodyTree(parsed) as Root);

    it('leaves no trace of MDX source in the body, the TOC or the excerpt', () => {
      const shown = [html, JSON.stringify(parsed.toc), toHtml(parsed.excerpt as Root)].join('\n');
      expect(shown).not.toMatch(/import |\{\/\*|\*\/\}|\{#|<Panel|<Chart|<Term|load\(\)/);
    });

    it('takes heading ids from `{/*id*/}` and `{#id}`', () => {
      expect(parsed.toc).toEqual([
        { id: 'read-one', title: 'How to read one', depth: 2 },
        { id: 'springs', title: 'Springs and neaps', depth: 2 },
      ]);
    });

    it('ends the excerpt at `{/* truncate */}`', () => {
      expect(toHtml(parsed.excerpt as Root)).toBe('<p>Tables give <span>slack water</span> times.</p>');
    });

    it('keeps components as data, their children as parsed markdown (GFM tables included)', () => {
      const found: unknown[] = [];
      eachNode<Nodes>(bodyTree(parsed) as Root, (node) => {
        if (node.type === 'element' && node.data && 'component' in node.data) found.push(node.data);
      });
      expect(found).toEqual([
        // Each with the line of the file it is written on, for development warnings.
        { component: 'Term', props: { word: 'slack' }, line: 6 },
        { component: 'Panel', props: { kind: 'tip', rows: [1, 2] }, line: 12 },
        { component: 'Chart', props: {}, line: 22 },
      ]);
      expect(html).toMatch(/<div><p>Look at <strong>both<\/strong> columns.<\/p>\s*<table>/);
    });

    it('survives JSON: the components and their props round-trip', () => {
      expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
    });

    it('counts reading time over the text, not the import line', () => {
      const plain = parsePost(post.replace("import Chart from '../components/Chart'\n", ''), { filename: 'tides.mdx' });
      expect(parsed.readingTime).toEqual(plain.readingTime);
    });
  });

  it('runs every feature of the chain over MDX as over markdown: math with braces, alerts, directives, highlighting, footnotes, tasks', () => {
    const body = [
      'Inline $\\frac{a}{b}$.',
      '',
      '> [!WARNING]',
      '> Mind the gap.',
      '',
      ':::tip',
      'A tip.',
      ':::',
      '',
      '```js',
      'const tide = { high: 1 };',
      '```',
      '',
      'A note[^1].',
      '',
      '[^1]: Its text.',
      '',
      '- [x] done',
      '',
    ].join('\n');
    const onWarning = vi.fn();
    const mdx = parsePost(`---\ntitle: T\n---\n\n${body}`, { filename: 'f.mdx', math: true, onWarning });
    const md = parsePost(`---\ntitle: T\n---\n\n${body}`, { filename: 'f.md', math: true });
    expect(onWarning).not.toHaveBeenCalled();
    expect(mdx.intro).toEqual(md.intro);
    expect(mdx.footnotes).toEqual(md.footnotes);
    const html = bodyHtml(mdx.intro as Root);
    for (const part of ['class="katex"', 'data-callout="warning"', 'data-callout="tip"', '--shiki-light', 'data-footnote-ref', 'type="checkbox"']) expect(html).toContain(part);
  });

  it('reads HTML comments, which MDX 2 refuses, as comments, and `<!-- truncate -->` as the excerpt marker', () => {
    const parsed = parsePost('---\ntitle: T\n---\n\nLead <!-- aside --> text.\n\n<!-- truncate -->\n\nRest `<!-- kept -->`.\n', { filename: 'c.mdx' });
    expect(toHtml(parsed.excerpt as Root)).toBe('<p>Lead  text.</p>');
    expect(bodyHtml(bodyTree(parsed) as Root)).toBe('<p>Lead  text.</p><p>Rest <code>&#x3C;!-- kept --></code>.</p>');
  });

  describe('when the body exports meta', () => {
    const source = "export const meta = { title: 'Neap tides', pubDate: '2024-05-09', tags: ['Tides'], series: 'Tides' }\n\n# Neap tides\n\nBody.\n";

    it('takes the fields the frontmatter does not give from it, and drops a leading heading repeating its title', () => {
      const parsed = parsePost(source, { filename: 'neap.mdx' });
      expect(parsed).toMatchObject({ title: 'Neap tides', pubDate: '2024-05-09', tags: ['Tides'], series: { name: 'Tides' } });
      expect(bodyHtml(bodyTree(parsed) as Root)).toBe('<p>Body.</p>');
    });

    it('lets the frontmatter win', () => {
      const parsed = parsePost(`---\ntitle: Springs\ntags: [Sea]\n---\n${source}`, { filename: 'neap.mdx' });
      expect(parsed).toMatchObject({ title: 'Springs', pubDate: '2024-05-09', tags: ['Sea'] });
    });

    it('reads `metadata` (@next/mdx) and `frontmatter` the same, and a date written new Date(\'…\')', () => {
      for (const name of ['metadata', 'frontmatter']) {
        const parsed = parsePost(`export const ${name} = { title: 'Dated', date: new Date('2024-05-10') }\n\nBody.\n`, { filename: 'x.mdx', onWarning: () => {} });
        expect(parsed, name).toMatchObject({ title: 'Dated', pubDate: '2024-05-10' });
      }
    });

    it('keeps the literal fields of a meta that holds code, and reports each field left out by name', () => {
      const warnings: { message: string; line?: number }[] = [];
      const parsed = parsePost("---\n---\nexport const meta = { title: 'Kept', readTime: words.length / 200, [key]: 1 }\n\nBody.\n", {
        filename: 'm.mdx',
        onWarning: (warning) => void warnings.push(warning),
      });
      expect(parsed.title).toBe('Kept');
      expect(warnings.map((w) => w.message)).toEqual([expect.stringContaining('`readTime`'), expect.stringContaining('`…`')]);
      expect(warnings[0]!.line).toBe(3);
    });

    it('refuses a field of meta as it would the same field in frontmatter', () => {
      expect(() => parsePost("export const meta = { title: 'T', pubDate: 'soon' }\n\nBody.\n", { filename: 'm.mdx' })).toThrow(
        expect.objectContaining({ field: 'pubDate' }),
      );
    });
  });

  it('reads a string as MDX with format: mdx, and a .md file as markdown', () => {
    const source = '---\ntitle: T\n---\n\nA {/* note */} b.\n';
    expect(bodyHtml(bodyTree(parsePost(source, { format: 'mdx' })) as Root)).toBe('<p>A  b.</p>');
    expect(bodyHtml(bodyTree(parsePost(source, { filename: 'a.md' })) as Root)).toBe('<p>A {/* note */} b.</p>');
  });

  it('gives the same source a markdown and an MDX processor of their own', () => {
    const source = '---\ntitle: T\n---\n\n{/* x */}\n';
    const mdx = parsePost(source, { format: 'mdx' });
    const md = parsePost(source, { format: 'md' });
    expect(mdx.intro).toEqual({ type: 'root', children: [] });
    expect(bodyHtml(md.intro as Root)).toBe('<p>{/* x */}</p>');
  });

  describe('when code is left out', () => {
    it('tells onWarning what was left out, with the file, and the line and column in the file; the post is returned', () => {
      const warnings: unknown[] = [];
      const read = parsePost(post, { filename: 'tides.mdx', onWarning: (warning) => void warnings.push(warning) });
      expect(read.title).toBe('Reading the tide tables');
      // `<Chart data={load()} />` opens line 22 of the file.
      expect(warnings).toEqual([{ message: expect.stringContaining('`data={load()}`'), filename: 'tides.mdx', line: 22, column: 1 }]);
      expect((warnings[0] as { message: string }).message).toContain('<Chart>');
    });

    it('writes each warning to the console as file:line:column when no onWarning is given', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      try {
        parsePost('---\ntitle: T\n---\n\nSum: {1 + 1}\n', { filename: 'sum.mdx' });
        expect(warn).toHaveBeenCalledTimes(1);
        expect(warn.mock.calls[0][0]).toMatch(/^sum\.mdx:5:6: Left out the expression `\{1 \+ 1\}`/);
      } finally {
        warn.mockRestore();
      }
    });

    it('warns once for a body whose excerpt is parsed again', () => {
      const warnings: unknown[] = [];
      parsePost('---\ntitle: T\n---\n\nBefore {x}.\n\n{/* truncate */}\n\nAfter.\n', { filename: 'cut.mdx', onWarning: (warning) => void warnings.push(warning) });
      expect(warnings).toHaveLength(1);
    });

    it('warns of nothing in a post with only literals', () => {
      const onWarning = vi.fn();
      parsePost('---\ntitle: T\n---\n\n<Note kind="tip" rows={[1, 2]}>Hi {"there"}</Note>\n', { filename: 'ok.mdx', onWarning });
      expect(onWarning).not.toHaveBeenCalled();
    });
  });

  describe('when the MDX has a syntax error', () => {
    const broken = '---\ntitle: Broken\n---\n\nFine.\n\n<Note kind={1 +}>x</Note>\n';

    it('throws a PostParseError naming the file, the line and column in the file, and the parser’s reason', () => {
      let error: unknown;
      try {
        parsePost(broken, { filename: 'broken.mdx' });
      } catch (caught) {
        error = caught;
      }
      expect(isPostParseError(error)).toBe(true);
      const parseError = error as PostParseError;
      expect(parseError).toMatchObject({ field: 'body', filename: 'broken.mdx', line: 7, column: 16 });
      expect(parseError.message).toContain('Could not parse expression with acorn');
      expect(parseError.message).toContain('broken.mdx, line 7');
    });

    it('is the only error any MDX gives: every broken source is a PostParseError with a line', () => {
      const pieces = ['<A>', '</A>', '<a>', '</a>', '{', '}', '{/*', '*/}', 'import x from "y"', 'export const a = ', '<!--', '-->', '## T {#x}', '\n\n', 'text ', '<>', '</>', '<A b={', '"', '`', '{...x}', '<A.B>', '<svg:rect/>', '> ', '- ', '```\n'];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), (parts) => {
          try {
            parsePost(`---\ntitle: T\n---\n${parts.join('')}`, { filename: 'f.mdx' });
          } catch (error) {
            expect(isPostParseError(error)).toBe(true);
            expect((error as PostParseError).line).toBeGreaterThanOrEqual(4);
          }
        }),
        { numRuns: 300 },
      );
    });

    it('places a tag left open inside a paragraph at the tag, in the file\'s lines', () => {
      expect(() => parsePost('---\ntitle: T\n---\n\nFine.\n\nLine<br>break\n', { filename: 'br.mdx' })).toThrow(
        /^Invalid MDX at line 7, column 5: Expected a closing tag for `<br>` before the end of `paragraph`\. /,
      );
    });

    it('reports an unclosed component with its place', () => {
      expect(() => parsePost('---\ntitle: T\n---\n<Note>\n\ntext\n', { filename: 'open.mdx' })).toThrow(/Invalid MDX at line 4, column 1: Expected a closing tag for `<Note>`\. /);
    });

  });
});
