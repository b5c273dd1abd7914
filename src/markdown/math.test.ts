import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../parse/index.js';
import { rehypeKitMath, remarkKitMath } from './math.js';

function html(markdown: string): string {
  const processor = unified().use(remarkParse).use(remarkKitMath).use(remarkRehype).use(rehypeKitMath);
  return toHtml(processor.runSync(processor.parse(markdown), markdown) as Root);
}

describe('remarkKitMath + rehypeKitMath', () => {
  describe('when a post has inline and display math', () => {
    const out = html('The tide $h(t)$ is:\n\n$$\nh(t) = Z_0 + \\sum_i A_i \\cos(\\omega_i t)\n$$\n');

    it('typesets inline math as MathML with its TeX source and KaTeX HTML', () => {
      expect(out).toMatch(/<span class="katex"><span class="katex-mathml"><math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML"><semantics><mrow><mi>h<\/mi>/);
      expect(out).toContain('<annotation encoding="application/x-tex">h(t)</annotation>');
    });

    it('puts display math in a focusable box that scrolls on its own', () => {
      expect(out).toMatch(/<span class="katex-display" tabindex="0" data-slot="math-display"><span class="katex">/);
      expect(out).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
      expect(out).toContain('<mo>∑</mo>');
    });
  });

  describe('when the math is bad', () => {
    it('shows a formula KaTeX cannot read as its source, without throwing', () => {
      const out = html('Broken $\\frac{1}{$ here.');
      expect(out).toContain('katex-error');
      expect(out).toContain('\\frac{1}{');
    });

    it('renders an unterminated $$ as display math up to the end, without throwing', () => {
      expect(() => html('Before\n\n$$\nx + 1\n\nAfter')).not.toThrow();
    });

    it('refuses \\href and other trusted commands: no link, the source shown as text', () => {
      const out = html('$\\href{javascript:alert(1)}{x}$');
      expect(out).not.toMatch(/<a[\s>]|href=/);
      expect(out).toContain('<mtext>\\href</mtext>');
    });
  });
});

describe('parsePost with math: true', () => {
  // Our own post written the way Hugo's math example is (a `$$` block right under a line of text),
  // and, when RBK_CORPUS names the shared corpus (CI), that example itself, read at run time.
  const cases: [string, string][] = [['a block under a line of text', '---\ntitle: Golden ratio\n---\n\nBlock math:\n$$\n \\varphi = 1+\\frac{1} {1+\\frac{1} {1+\\cdots} }\n$$\n']];
  const corpus = process.env.RBK_CORPUS ? path.resolve(process.env.RBK_CORPUS, 'hugo-basic-example__math-typesetting.md') : undefined;
  if (corpus) cases.push(['the corpus post hugo-basic-example__math-typesetting.md', readFileSync(corpus, 'utf8')]);

  it.each(cases)('typesets the display formula of %s', (_name, source) => {
    const post = parsePost(source, { math: true, filename: 'math-typesetting.md' });
    const all = JSON.stringify(post);
    const html = toHtml({ type: 'root', children: [...post.intro.children, ...post.sections.flatMap((s) => [...s.content.children, ...s.items.flatMap((i) => i.content.children)])] });
    expect(all).toContain('katex-display');
    expect(all).toContain('"value":"φ"');
    expect(html).not.toContain('$$');
  });
});
