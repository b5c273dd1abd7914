/*
 * PostExcerpt renders content only (no element of its own, as react-markdown's Markdown), so it has
 * no root for the conformance suite: PostCard's `card-excerpt` part, which holds it, passes that.
 */
import { render, screen } from '@testing-library/react';
import type { Root } from 'hast';
import { describe, expect, it, vi } from 'vitest';
import { paragraph, sourdough } from '../../../test/fixtures/summaries.js';
import { PostExcerpt } from './PostExcerpt.js';

const table: Root = {
  type: 'root',
  children: [
    {
      type: 'element',
      tagName: 'table',
      properties: {},
      children: [{ type: 'element', tagName: 'tbody', properties: {}, children: [{ type: 'element', tagName: 'tr', properties: {}, children: [{ type: 'element', tagName: 'td', properties: {}, children: [{ type: 'text', value: '1' }] }] }] }],
    },
  ],
};

describe('PostExcerpt', () => {
  describe('when given an excerpt', () => {
    it('renders its markup, with no element of its own', () => {
      const { container } = render(<PostExcerpt excerpt={sourdough.excerpt!} />);
      expect(container.firstElementChild?.tagName).toBe('P');
      expect(screen.getByRole('link', { name: 'More on levain' })).toHaveAttribute('href', '/blog/levain');
    });

    it('decorates it as content: a table is a named scroll region, in the labels given', () => {
      const { container, rerender } = render(<PostExcerpt excerpt={table} labels={{ table: 'Tabelle' }} />);
      expect(screen.getByRole('region', { name: 'Tabelle' })).toHaveClass('rbk-table-scroll');
      rerender(<PostExcerpt excerpt={table} unstyled />);
      expect(container.querySelector('[class^="rbk-"]')).toBeNull();
    });

    it('runs the URL policy: a javascript: href never reaches the DOM, urlTransform decides the rest', () => {
      const { container, rerender } = render(<PostExcerpt excerpt={paragraph('Read', { href: 'javascript:alert(1)', text: 'this' })} />);
      expect(container).toHaveTextContent('Read this');
      expect(container.querySelector('[href]')).toBeNull();
      rerender(<PostExcerpt excerpt={paragraph('Read', { href: '/blog/a', text: 'this' })} urlTransform={(url) => `https://example.org${url}`} />);
      expect(screen.getByRole('link', { name: 'this' })).toHaveAttribute('href', 'https://example.org/blog/a');
    });

    it('renders elements through components', () => {
      render(<PostExcerpt excerpt={sourdough.excerpt!} components={{ p: (props) => <p data-custom="" {...props} /> }} />);
      expect(screen.getByText(/cold slows both/)).toHaveAttribute('data-custom');
    });
  });

  describe('when the excerpt is not a hast tree', () => {
    it('renders what it can and names what it skipped in development', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const excerpt = { type: 'root', children: [null, 42, ...paragraph('Kept').children] } as unknown as Root;
      const { container } = render(<PostExcerpt excerpt={excerpt} />);
      expect(container).toHaveTextContent('Kept');
      expect(String(error.mock.calls[0][0])).toMatch(/<PostExcerpt>: ignored invalid props: excerpt: skipped 2 values that are not a hast node/);
    });

    it('renders nothing for a value that is no tree, without throwing', () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const { container } = render(<PostExcerpt excerpt={'<p>hi</p>' as never} />);
      expect(container).toBeEmptyDOMElement();
    });
  });
});
