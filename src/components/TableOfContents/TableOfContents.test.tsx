import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadPost } from '../../../test/conformance.js';
import { TableOfContents } from './TableOfContents.js';

const technical = loadPost('technical.md');
const explainer = loadPost('explainer.md');

describe('TableOfContents', () => {
  describe('when given a post’s toc', () => {
    it('is a navigation landmark named "On this page" with links to the heading ids', () => {
      render(<TableOfContents toc={explainer.toc} />);
      const nav = screen.getByRole('navigation', { name: 'On this page' });
      const hrefs = within(nav).getAllByRole('link').map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(explainer.toc.filter((e) => e.depth <= 3).map((e) => `#${e.id}`));
    });

    it('nests deeper entries under their section', () => {
      render(<TableOfContents toc={explainer.toc} />);
      const section = explainer.sections[1];
      const link = screen.getByRole('link', { name: section.title });
      const nested = within(link.closest('li')!).getAllByRole('link').slice(1);
      expect(nested.map((a) => a.textContent)).toEqual(section.items.map((i) => i.title));
    });

    it('honours minDepth and maxDepth', () => {
      const { rerender } = render(<TableOfContents toc={technical.toc} maxDepth={2} />);
      expect(screen.getAllByRole('link')).toHaveLength(technical.toc.filter((e) => e.depth === 2).length);
      rerender(<TableOfContents toc={technical.toc} minDepth={3} maxDepth={4} />);
      expect(screen.getAllByRole('link')).toHaveLength(technical.toc.filter((e) => e.depth === 3 || e.depth === 4).length);
    });

    it('takes its name from labels', () => {
      render(<TableOfContents toc={explainer.toc} labels={{ tableOfContents: 'Sommaire' }} />);
      expect(screen.getByRole('navigation', { name: 'Sommaire' })).toBeInTheDocument();
    });
  });

  describe('when given the active heading', () => {
    it('marks exactly that link with aria-current="location" and data-active', () => {
      const active = explainer.toc[2];
      render(<TableOfContents toc={explainer.toc} activeId={active.id} />);
      const current = screen.getAllByRole('link').filter((a) => a.getAttribute('aria-current') === 'location');
      expect(current).toHaveLength(1);
      expect(current[0]).toHaveAttribute('href', `#${active.id}`);
      expect(current[0]).toHaveAttribute('data-active');
      expect(screen.getAllByRole('link').filter((a) => a.hasAttribute('data-active'))).toHaveLength(1);
    });
  });

  describe('when given bad data', () => {
    it('skips malformed entries and names the field', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<TableOfContents toc={[{ id: 'a', title: 'A', depth: 2 }, { title: 'no id' }, 'x'] as never} />);
      expect(screen.getAllByRole('link')).toHaveLength(1);
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0][0])).toContain('toc');
    });
  });
});
