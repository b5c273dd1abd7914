import { render, screen, within } from '@testing-library/react';
import type { AnchorHTMLAttributes } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { pageHref } from '../../../test/fixtures/props.js';
import { Pagination, pageItems } from './Pagination.js';

const visible = (nav: HTMLElement) => [...nav.querySelectorAll('li')].map((li) => li.textContent);

describe('pageItems', () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, 'gap', 10]],
    [4, 10, [1, 2, 3, 4, 5, 'gap', 10]],
    [5, 10, [1, 'gap', 4, 5, 6, 'gap', 10]],
    [10, 10, [1, 'gap', 9, 10]],
  ] as const)('page %i of %i shows %j', (page, pages, expected) => {
    expect(pageItems(page, pages, 1)).toEqual(expected);
  });
});

describe('Pagination', () => {
  describe('on a middle page', () => {
    it('is a nav named by labels.pagination with previous, numbers, ellipses and next', () => {
      render(<Pagination page={5} pages={10} pageHref={pageHref} />);
      const nav = screen.getByRole('navigation', { name: 'Pagination' });
      expect(visible(nav)).toEqual(['Previous', '1', '…', '4', '5', '6', '…', '10', 'Next']);
      expect(within(nav).getByRole('link', { name: 'Previous' })).toHaveAttribute('href', '/blog/page/4');
      expect(within(nav).getByRole('link', { name: 'Next' })).toHaveAttribute('href', '/blog/page/6');
      expect(within(nav).getByRole('link', { name: 'Page 1' })).toHaveAttribute('href', '/blog');
    });

    it('marks the current page with aria-current="page" and nothing else', () => {
      const { container } = render(<Pagination page={5} pages={10} pageHref={pageHref} />);
      const current = container.querySelectorAll('[aria-current]');
      expect(current).toHaveLength(1);
      expect(current[0]).toHaveAttribute('aria-current', 'page');
      expect(current[0]).toHaveAccessibleName('Page 5');
    });

    it('hides the ellipses from assistive technology', () => {
      const { container } = render(<Pagination page={5} pages={10} pageHref={pageHref} />);
      for (const gap of container.querySelectorAll('[data-slot="pagination-ellipsis"]')) expect(gap.parentElement).toHaveAttribute('aria-hidden', 'true');
    });
  });

  describe('on the first and the last page', () => {
    it('has no previous link on the first page', () => {
      render(<Pagination page={1} pages={3} pageHref={pageHref} />);
      expect(visible(screen.getByRole('navigation'))).toEqual(['1', '2', '3', 'Next']);
      expect(screen.queryByRole('link', { name: 'Previous' })).toBeNull();
    });

    it('has no next link on the last page', () => {
      render(<Pagination page={3} pages={3} pageHref={pageHref} />);
      expect(visible(screen.getByRole('navigation'))).toEqual(['Previous', '1', '2', '3']);
    });
  });

  describe('with a single page', () => {
    it('renders nothing', () => {
      const { container } = render(<Pagination page={1} pages={1} pageHref={pageHref} />);
      expect(container.innerHTML).toBe('');
    });
  });

  describe('with a page past the end', () => {
    it('shows the last page as current', () => {
      render(<Pagination page={9} pages={3} pageHref={pageHref} />);
      expect(screen.getByRole('link', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
    });
  });

  describe('with labels and a locale', () => {
    it('uses them for every string and the numbers', () => {
      render(
        <Pagination
          page={2}
          pages={3}
          pageHref={pageHref}
          locale="fa-IR"
          labels={{ pagination: 'Seitennavigation', paginationPage: 'Seite {n}', paginationPrevious: 'Zurück', paginationNext: 'Weiter' }}
        />,
      );
      const nav = screen.getByRole('navigation', { name: 'Seitennavigation' });
      expect(within(nav).getByRole('link', { name: 'Zurück' })).toBeInTheDocument();
      expect(within(nav).getByRole('link', { name: 'Weiter' })).toBeInTheDocument();
      expect(within(nav).getByRole('link', { name: 'Seite ۲' })).toHaveTextContent('۲');
    });
  });

  describe('with a host router', () => {
    it('renders every link through linkComponent', () => {
      const Link = (props: AnchorHTMLAttributes<HTMLAnchorElement>) => <a data-router="" {...props} />;
      const { container } = render(<Pagination page={2} pages={3} pageHref={pageHref} linkComponent={Link} />);
      expect(container.querySelectorAll('a')).toHaveLength(5);
      expect(container.querySelectorAll('a[data-router]')).toHaveLength(5);
    });
  });

  describe('with bad input', () => {
    it('drops unsafe URLs and names a pageHref that throws', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { container, rerender } = render(<Pagination page={1} pages={2} pageHref={() => 'javascript:alert(1)'} />);
      expect(container.querySelectorAll('a')).toHaveLength(0);
      expect(screen.getByText('1')).toHaveAttribute('aria-current', 'page');
      rerender(<Pagination page={1} pages={2} pageHref={() => { throw new Error('boom'); }} />);
      expect(String(error.mock.calls.at(-1)?.[0])).toContain('pageHref: threw boom');
    });

    it('names pages when it is not a number', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { container } = render(<Pagination page={1} pages={'3' as never} pageHref={pageHref} />);
      expect(container.innerHTML).toBe('');
      expect(String(error.mock.calls[0][0])).toContain('pages: expected a number, received "3"');
    });
  });
});
