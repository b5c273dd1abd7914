import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { markdown } from '../../../test/fixtures/props.js';
import { SectionList } from '../SectionList/SectionList.js';
import { parsePost } from '../../parse/index.js';
import { rehypeKitSanitize } from '../../markdown/sanitize.js';
import { directivesFeature, remarkKitDirectives } from '../../markdown/directives.js';
import { highlightFeature, rehypeKitHighlight } from '../../markdown/highlight.js';
import { imageCaptionsFeature } from '../../markdown/image-captions.js';
import { mathFeature } from '../../markdown/math.js';
import { FEATURES } from '../../markdown/features.js';
import { FEATURE_OF_OPTION, MarkdownContent } from './MarkdownContent.js';

describe('MarkdownContent', () => {
  describe('when given markdown text', () => {
    it('renders headings from h2 with ids and permalinks, never an h1', () => {
      render(<MarkdownContent>{markdown}</MarkdownContent>);
      expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
      expect(screen.getByRole('heading', { level: 2, name: 'Top' })).toHaveAttribute('id', 'top');
      expect(screen.getByRole('heading', { level: 3, name: 'Deeper' })).toHaveAttribute('id', 'deeper');
      expect(screen.getByRole('link', { name: 'Link to section: Top' })).toHaveAttribute('href', '#top');
    });

    it('renders GFM tables inside a focusable, named scroll region', () => {
      render(<MarkdownContent>{markdown}</MarkdownContent>);
      const region = screen.getByRole('region', { name: 'Table: a, b' });
      expect(region).toHaveAttribute('tabindex', '0');
      expect(region.querySelector('table')).not.toBeNull();
    });

    it('prefixes heading ids with slugPrefix', () => {
      render(<MarkdownContent slugPrefix="c1-">{markdown}</MarkdownContent>);
      expect(screen.getByRole('heading', { name: 'Top' })).toHaveAttribute('id', 'c1-top');
    });

    it('renders a section body like the parsed path does', () => {
      const body = 'A paragraph with `code`, a [link](https://example.com) and a table:\n\n| x |\n| - |\n| 1 |\n';
      const post = parsePost(`---\ntitle: T\n---\n\n## S\n\n${body}`);
      const parsed = renderToStaticMarkup(<SectionList sections={post.sections} unstyled />);
      const runtime = renderToStaticMarkup(<MarkdownContent unstyled>{body}</MarkdownContent>);
      // Whitespace between block elements is not rendered; the two paths may differ only there.
      const inner = (html: string, open: string) =>
        html
          .slice(html.indexOf(open) + open.length)
          .replace(/<\/div><\/section><\/div>$|<\/div>$/, '')
          .replace(/>\n+</g, '><');
      expect(inner(runtime, 'data-slot="markdown">')).toBe(inner(parsed, 'data-slot="section-content">'));
    });
  });

  describe('when an image stands alone in its paragraph', () => {
    const md = 'Bread rises.\n\n![A loaf on a rack](/loaf.png "Cooling after the bake")\n\nInline ![crumb](/crumb.png "a crumb") here.\n';

    it('loads it lazily and decodes it off the main thread', () => {
      render(<MarkdownContent>{md}</MarkdownContent>);
      const img = screen.getByRole('img', { name: 'A loaf on a rack' });
      expect(img).toHaveAttribute('loading', 'lazy');
      expect(img).toHaveAttribute('decoding', 'async');
    });

    it('keeps it in its paragraph by default', () => {
      render(<MarkdownContent>{md}</MarkdownContent>);
      expect(screen.queryByRole('figure')).toBeNull();
      expect(screen.getByRole('img', { name: 'A loaf on a rack' })).toHaveAttribute('title', 'Cooling after the bake');
    });
  });

  describe('when the text has callouts', () => {
    it('renders GitHub alerts, and `:::` containers once the directive syntax is passed in', () => {
      const source = '> [!TIP]\n> Knead longer.\n\n:::note\nProof overnight.\n:::';
      const { container, rerender } = render(<MarkdownContent>{source}</MarkdownContent>);
      expect([...container.querySelectorAll('[data-callout]')].map((c) => c.getAttribute('data-callout'))).toEqual(['tip']);
      expect(container).toHaveTextContent(':::note');
      rerender(<MarkdownContent remarkPlugins={[remarkKitDirectives]}>{source}</MarkdownContent>);
      expect([...container.querySelectorAll('[data-callout]')].map((c) => c.getAttribute('data-callout'))).toEqual(['tip', 'note']);
    });
  });

  describe('when the page passes features', () => {
    const code = '```js\nconst a = 1;\n```\n';

    it('highlights code with highlightFeature, and leaves it plain with highlight={false}', () => {
      const { container, rerender } = render(<MarkdownContent features={[highlightFeature]}>{code}</MarkdownContent>);
      expect(container.querySelector('[data-slot="code-block"] span[style*="--shiki-light"]')).not.toBeNull();
      rerender(
        <MarkdownContent features={[highlightFeature]} highlight={false}>
          {code}
        </MarkdownContent>,
      );
      expect(container.querySelector('[style*="--shiki-light"]')).toBeNull();
      expect(container.querySelector('pre code')).toHaveTextContent('const a = 1;');
    });

    it('still takes the highlighter as a rehype plugin, as before features', () => {
      const { container } = render(<MarkdownContent rehypePlugins={[rehypeKitHighlight]}>{code}</MarkdownContent>);
      expect(container.querySelector('span[style*="--shiki-light"]')).not.toBeNull();
    });

    it('typesets math with mathFeature when math is on, as parsePost does', () => {
      const { container, rerender } = render(<MarkdownContent features={[mathFeature]}>{'Area $a^2$.'}</MarkdownContent>);
      expect(container.querySelector('.katex')).toBeNull();
      rerender(
        <MarkdownContent features={[mathFeature]} math>
          {'Area $a^2$.'}
        </MarkdownContent>,
      );
      expect(container.querySelector('.katex math')).not.toBeNull();
      expect(container.firstElementChild).not.toHaveAttribute('math');
    });

    it('captions images with imageCaptionsFeature, and reads `:::` containers with directivesFeature', () => {
      const source = '![A loaf](/loaf.png "Cooling")\n\n:::note\nProof overnight.\n:::';
      const { container } = render(
        <MarkdownContent features={[imageCaptionsFeature, directivesFeature]} imageCaptions>
          {source}
        </MarkdownContent>,
      );
      expect(screen.getByRole('figure')).toHaveTextContent('Cooling');
      expect(container.querySelector('[data-callout="note"]')).toHaveTextContent('Proof overnight.');
    });

    it('keeps the option of a feature the page did not pass off the root, and names the feature to pass', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const props = { format: 'mdx', math: true } as Record<string, unknown>;
      const { container } = render(<MarkdownContent {...props}>{'Hi {/* there */}'}</MarkdownContent>);
      expect(container.firstElementChild).not.toHaveAttribute('format');
      expect(container.firstElementChild).not.toHaveAttribute('math');
      const told = error.mock.calls.flat().join(' ');
      expect(told).toMatch(/format: "mdx" needs mdxFeature in features/);
      expect(told).toMatch(/math: boolean true needs mathFeature in features/);
      error.mockRestore();
    });

    it('names every option of the features it does not always run', () => {
      const always = new Set(['callouts']);
      const options = FEATURES.filter((feature) => !always.has(feature.name)).flatMap((feature) => Object.keys(feature.options).map((key) => [key, `${feature.name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}Feature`]));
      expect(Object.entries(FEATURE_OF_OPTION).sort()).toEqual(options.sort());
    });

    it('renders without what is not a feature, and says so in development', () => {
      const warn = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { container } = render(<MarkdownContent features={[rehypeKitHighlight] as never}>{code}</MarkdownContent>);
      expect(container.querySelector('pre code')).toHaveTextContent('const a = 1;');
      expect(warn.mock.calls.flat().join(' ')).toMatch(/features: expected a list of markdown features/);
      warn.mockRestore();
    });
  });

  describe('when the text is hostile', () => {
    it('shows raw HTML as text by default, as react-markdown does, or leaves it out with html="skip"', () => {
      const source = 'Hi <img src=x onerror="alert(1)"> there\n\n<script>alert(1)</script>';
      const { container, rerender } = render(<MarkdownContent>{source}</MarkdownContent>);
      expect(container.querySelector('img, script')).toBeNull();
      expect(container).toHaveTextContent('<img src=x onerror="alert(1)">');
      rerender(<MarkdownContent html="skip">{source}</MarkdownContent>);
      expect(container).not.toHaveTextContent('onerror');
      expect(container).toHaveTextContent('Hi there');
    });

    it('renders HTML as HTML only through the sanitizer with html="sanitize"', () => {
      const source = 'Press <kbd>Ctrl</kbd> <img src="/a.png" alt="a" onerror="alert(1)"> <a href="javascript:alert(1)">x</a>\n\n<script>alert(1)</script><iframe src="https://evil.test"></iframe>';
      const { container } = render(<MarkdownContent html="sanitize" sanitizer={rehypeKitSanitize}>{source}</MarkdownContent>);
      expect(container.querySelector('kbd')).toHaveTextContent('Ctrl');
      expect(container.querySelector('img')).toHaveAttribute('src', '/a.png');
      expect(container.querySelector('img')).not.toHaveAttribute('onerror');
      expect(container.querySelector('script, iframe')).toBeNull();
      expect(screen.getByText('x')).not.toHaveAttribute('href');
    });

    it('shows HTML as text, and says why in development, when html="sanitize" comes without its sanitizer', () => {
      const warn = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { container } = render(<MarkdownContent html="sanitize">{'Press <kbd>Ctrl</kbd>'}</MarkdownContent>);
      expect(container.querySelector('kbd')).toBeNull();
      expect(container).toHaveTextContent('Press <kbd>Ctrl</kbd>');
      expect(warn.mock.calls.flat().join(' ')).toMatch(/sanitizer=\{rehypeKitSanitize\}/);
      warn.mockRestore();
    });

    it('shows HTML as text, and says why in development, when html is not a mode it knows', () => {
      const warn = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { container } = render(<MarkdownContent html={'render' as never}>{'Press <kbd>Ctrl</kbd>'}</MarkdownContent>);
      expect(container).toHaveTextContent('Press <kbd>Ctrl</kbd>');
      expect(warn.mock.calls.flat().join(' ')).toMatch(/html: expected 'sanitize', 'escape' or 'skip', received "render"/);
      warn.mockRestore();
    });

    it('drops unsafe URLs, keeping the image its URL was taken from with its alt text', () => {
      const { container } = render(<MarkdownContent>{'[a](javascript:alert(1)) ![b](data:text/html,x) [c](/ok)'}</MarkdownContent>);
      expect(screen.getByText('a').closest('a')).not.toHaveAttribute('href');
      expect(container.querySelector('img')).toHaveAttribute('alt', 'b');
      expect(container.querySelector('img')).not.toHaveAttribute('src');
      expect(screen.getByRole('link', { name: 'c' })).toHaveAttribute('href', '/ok');
    });
  });

  describe('when given the components map', () => {
    it('renders elements through it with node, as react-markdown does', () => {
      const Strong = vi.fn((props: { children?: React.ReactNode; node?: unknown }) => <b data-custom="">{props.children}</b>);
      render(<MarkdownContent components={{ strong: Strong }}>{'**bold**'}</MarkdownContent>);
      expect(screen.getByText('bold')).toHaveAttribute('data-custom');
      expect(Strong.mock.calls[0][0].node).toMatchObject({ tagName: 'strong' });
    });
  });

  describe('when given the technical sample', () => {
    it('renders its body without throwing', () => {
      const file = readFileSync(path.resolve(__dirname, '../../../test/fixtures/technical.md'), 'utf8');
      const body = file.replace(/^---[\s\S]*?---\n/, '');
      render(<MarkdownContent>{body}</MarkdownContent>);
      expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThan(2);
    });
  });

  describe('when the text has footnotes', () => {
    it.each(['escape', 'sanitize'] as const)('links references and notes both ways under a labelled heading (html=%s)', (html) => {
      const { container } = render(
        <MarkdownContent html={html} sanitizer={rehypeKitSanitize} labels={{ footnotes: 'Notes' }}>
          {'A claim.[^1]\n\n[^1]: The source.'}
        </MarkdownContent>,
      );
      const heading = screen.getByRole('heading', { level: 2, name: 'Notes' });
      const ref = container.querySelector('[data-footnote-ref]')!;
      expect(ref.getAttribute('aria-describedby')).toBe(heading.id);
      const note = container.ownerDocument.getElementById(ref.getAttribute('href')!.slice(1));
      expect(note).toHaveTextContent('The source.');
      const back = note!.querySelector('[data-footnote-backref]')!;
      expect(container.ownerDocument.getElementById(back.getAttribute('href')!.slice(1))).toBe(ref);
      expect(screen.getByRole('region', { name: 'Notes' })).toContainElement(note);
    });
  });
});
