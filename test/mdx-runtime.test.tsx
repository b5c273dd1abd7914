import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { MarkdownContent } from '../src/components/MarkdownContent/index.js';
import { mdxFeature } from '../src/markdown/mdx.js';

describe('mdx feature on the runtime path (MarkdownContent)', () => {
  it('reads MDX when the page passes the feature and format: mdx, showing the children of a component the page did not map', () => {
    const html = renderToStaticMarkup(
      <MarkdownContent features={[mdxFeature]} format="mdx">
        {"import X from './x'\n\n## Start {/*start-here*/}\n\n<Aside kind=\"tip\">\n  Some **bold**.\n</Aside>\n\n{/* gone */}\n"}
      </MarkdownContent>,
    );
    expect(html).toContain('id="start-here"');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).not.toMatch(/import|\{\/\*|Aside|gone/);
  });

  it('tells in development, once, what MDX code it left out, with its line in the text', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const text = 'Intro.\n\nNow: {Date.now()} and <Clock at={new Date()} />\n';
      const html = renderToStaticMarkup(<MarkdownContent features={[mdxFeature]} format="mdx">{text}</MarkdownContent>);
      renderToStaticMarkup(<MarkdownContent features={[mdxFeature]} format="mdx">{text}</MarkdownContent>);
      expect(html).not.toMatch(/Date|new /);
      const told = warn.mock.calls.map((call) => String(call[0]));
      expect(told.filter((line) => line.includes('{Date.now()}'))).toEqual([expect.stringMatching(/MarkdownContent: .*\(line 3 of its text\)$/)]);
      expect(told.filter((line) => line.includes('at={new Date()}'))).toHaveLength(1);
    } finally {
      warn.mockRestore();
    }
  });

  it('shows text that is not valid MDX yet as markdown, and says why in development', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const html = renderToStaticMarkup(<MarkdownContent features={[mdxFeature]} format="mdx">{'Draft **bold** text.\n\n<Note>\nstill typing'}</MarkdownContent>);
      expect(html).toContain('<strong>bold</strong>');
      expect(html).toContain('still typing');
      expect(error.mock.calls.flat().join(' ')).toMatch(/the text is not valid MDX \(.*Note.*\); shown as markdown/);
    } finally {
      error.mockRestore();
    }
  });
});
