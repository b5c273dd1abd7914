import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { breadSeries, postHref, sourdough } from '../../../test/fixtures/summaries.js';
import { seriesOf } from '../../collection/index.js';
import { SeriesNav } from './SeriesNav.js';

describe('SeriesNav', () => {
  describe('when the post is part of a series', () => {
    it('is a nav named after the series, saying which part this is', () => {
      render(<SeriesNav series={breadSeries} current={sourdough.slug} postHref={postHref} />);
      const nav = screen.getByRole('navigation', { name: 'Series: Bread at home' });
      expect(within(nav).getByText('Part 2 of 3')).toBeInTheDocument();
    });

    it('lists every post in order, linking the others and marking the current one', () => {
      render(<SeriesNav series={breadSeries} current={sourdough.slug} postHref={postHref} />);
      const items = within(screen.getByRole('list')).getAllByRole('listitem');
      expect(items.map((li) => li.textContent)).toEqual(breadSeries.posts.map((p) => p.title));
      expect(within(items[0]).getByRole('link')).toHaveAttribute('href', '/blog/flour-basics');
      expect(within(items[1]).queryByRole('link')).toBeNull();
      expect(items[1]).toHaveAttribute('data-current');
      expect(within(items[1]).getByText(sourdough.title)).toHaveAttribute('aria-current', 'page');
      expect(screen.getByRole('list').tagName).toBe('OL');
    });

    it('numbers the parts by their place in the list, even when seriesOrder has gaps', () => {
      render(<SeriesNav series={breadSeries} current="first-loaf" postHref={postHref} />);
      expect(screen.getByText('Part 3 of 3')).toBeInTheDocument();
    });
  });

  describe('when current is not given', () => {
    it('marks the post seriesOf was asked about, from series.index', () => {
      const series = seriesOf(breadSeries.posts, 'first-loaf')!;
      render(<SeriesNav series={series} postHref={postHref} />);
      expect(screen.getByText('Part 3 of 3')).toBeInTheDocument();
      const items = within(screen.getByRole('list')).getAllByRole('listitem');
      expect(items[2]).toHaveAttribute('data-current');
      expect(within(items[2]).getByText('The first loaf, step by step')).toHaveAttribute('aria-current', 'page');
      expect(screen.getAllByRole('link')).toHaveLength(2);
    });

    it('lets current win over series.index', () => {
      render(<SeriesNav series={breadSeries} current="flour-basics" postHref={postHref} />);
      expect(screen.getByText('Part 1 of 3')).toBeInTheDocument();
    });

    it('marks nothing and says so in development when series.index is not a place in the list', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { container } = render(<SeriesNav series={{ ...breadSeries, index: 7 }} postHref={postHref} />);
      expect(container.querySelector('[data-slot="series-nav-part"]')).toBeNull();
      expect(screen.getAllByRole('link')).toHaveLength(3);
      expect(String(error.mock.calls[0][0])).toContain("series.index: expected the current post's place in series.posts (1 to 3), received number 7; or pass current");
    });
  });

  describe('when the series has one post', () => {
    it('reads "Part 1 of 1" and links nothing', () => {
      const one = { ...breadSeries, index: 1, total: 1, posts: [sourdough] };
      render(<SeriesNav series={one} current={sourdough.slug} postHref={postHref} />);
      expect(screen.getByText('Part 1 of 1')).toBeInTheDocument();
      expect(screen.queryAllByRole('link')).toHaveLength(0);
    });
  });

  describe('with labels and a locale', () => {
    it('uses them for the name and the part', () => {
      render(
        <SeriesNav series={breadSeries} current={sourdough.slug} postHref={postHref} locale="fa-IR" labels={{ series: 'Serie: {name}', seriesPart: 'Teil {n} von {total}' }} />,
      );
      expect(screen.getByRole('navigation', { name: 'Serie: Bread at home' })).toBeInTheDocument();
      expect(screen.getByText('Teil ۲ von ۳')).toBeInTheDocument();
    });
  });

  describe('with bad data', () => {
    it('leaves out the part line and names current when it is not in the series', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { container } = render(<SeriesNav series={breadSeries} current="elsewhere" postHref={postHref} />);
      expect(container.querySelector('[data-slot="series-nav-part"]')).toBeNull();
      expect(screen.getAllByRole('link')).toHaveLength(3);
      expect(String(error.mock.calls[0][0])).toContain('current: expected the slug of a post in the series, received "elsewhere"');
    });

    it('renders nothing for a missing series', () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const { container } = render(<SeriesNav series={undefined as never} current="x" postHref={postHref} />);
      expect(container.innerHTML).toBe('');
    });
  });
});
