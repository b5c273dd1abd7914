import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
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
});
