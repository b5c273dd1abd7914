import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fullMeta } from '../../../test/fixtures/props.js';
import { ArticleMeta } from './ArticleMeta.js';
import { formatPostDate } from './format.js';

describe('ArticleMeta', () => {
  describe('when given dates', () => {
    it('renders each in a time element with the machine-readable value', () => {
      const { container } = render(<ArticleMeta pubDate="2024-02-09" updatedDate="2024-03-01" />);
      const times = container.querySelectorAll('time');
      expect([...times].map((t) => t.getAttribute('dateTime'))).toEqual(['2024-02-09', '2024-03-01']);
      expect(times[0]).toHaveTextContent('February 9, 2024');
      expect(times[1].parentElement).toHaveTextContent('Updated March 1, 2024');
    });

    it('formats a date-only value in UTC, so the day never shifts', () => {
      render(<ArticleMeta pubDate="2024-01-01" timeZone="Pacific/Pago_Pago" />);
      expect(screen.getByText('January 1, 2024')).toBeInTheDocument();
    });

    it('formats a date-time in the given time zone', () => {
      const { rerender } = render(<ArticleMeta pubDate="2024-01-01T03:00:00Z" />);
      expect(screen.getByText('January 1, 2024')).toBeInTheDocument();
      rerender(<ArticleMeta pubDate="2024-01-01T03:00:00Z" timeZone="America/Los_Angeles" />);
      expect(screen.getByText('December 31, 2023')).toBeInTheDocument();
    });

    it('formats in the given locale', () => {
      render(<ArticleMeta pubDate="2024-02-09" locale="de-DE" />);
      expect(screen.getByText('9. Februar 2024')).toBeInTheDocument();
    });

    it('uses formatDate when given', () => {
      render(<ArticleMeta pubDate="2024-02-09" formatDate={(value, { kind }) => `${kind}:${value}`} />);
      expect(screen.getByText('published:2024-02-09').tagName).toBe('TIME');
    });

    it('renders no date and logs one error naming the field when the value is not a date', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { container } = render(<ArticleMeta pubDate="Jully 2022" />);
      expect(container.querySelector('time')).toBeNull();
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0][0])).toContain('pubDate');
    });
  });

  describe('when given a reading time', () => {
    it.each([
      [1, '1 min read'],
      [4, '4 min read'],
    ])('shows %i minutes as "%s"', (minutes, text) => {
      render(<ArticleMeta readingTime={{ minutes, words: minutes * 200 }} />);
      expect(screen.getByText(text)).toBeInTheDocument();
    });

    it('picks the label by the locale’s plural rules', () => {
      const labels = { readingTime: { one: '{count} minute', other: '{count} minutes' } };
      const { rerender } = render(<ArticleMeta readingTime={{ minutes: 1, words: 1 }} labels={labels} />);
      expect(screen.getByText('1 minute')).toBeInTheDocument();
      rerender(<ArticleMeta readingTime={{ minutes: 3, words: 1 }} labels={labels} />);
      expect(screen.getByText('3 minutes')).toBeInTheDocument();
    });

    it('uses labels in another language', () => {
      render(<ArticleMeta readingTime={{ minutes: 2, words: 1 }} updatedDate="2024-03-01" locale="fr-FR" labels={{ readingTime: { one: '{count} min de lecture', other: '{count} min de lecture' }, updated: 'Mis à jour le {date}' }} />);
      expect(screen.getByText('2 min de lecture')).toBeInTheDocument();
      expect(screen.getByText('1 mars 2024').parentElement).toHaveTextContent('Mis à jour le 1 mars 2024');
    });
  });

  describe('when rendered again with other values', () => {
    // Dates and counts are formatted once and kept (format.ts): each locale, label and value keeps its own text.
    it('formats each locale and label set afresh, and keeps a value that is not a date unshown', () => {
      const labels = { readingTime: { one: '{count} minuta', few: '{count} minuty', other: '{count} minut' } };
      const { container, rerender } = render(<ArticleMeta pubDate="2024-02-09" readingTime={{ minutes: 2, words: 1 }} locale="pl-PL" labels={labels} />);
      expect(screen.getByText('2 minuty')).toBeInTheDocument();
      expect(container.querySelector('time')).toHaveTextContent('9 lutego 2024');
      rerender(<ArticleMeta pubDate="2024-02-09" readingTime={{ minutes: 5, words: 1 }} locale="pl-PL" labels={labels} />);
      expect(screen.getByText('5 minut')).toBeInTheDocument();
      rerender(<ArticleMeta pubDate="2024-02-09" readingTime={{ minutes: 2, words: 1 }} locale="ar-EG" />);
      expect(screen.getByText('٢ min read')).toBeInTheDocument();
      rerender(<ArticleMeta pubDate="2024-02-09" readingTime={{ minutes: 2, words: 1 }} locale="en-US" />);
      expect(screen.getByText('2 min read')).toBeInTheDocument();
      expect(container.querySelector('time')).toHaveTextContent('February 9, 2024');

      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      for (let i = 0; i < 2; i++) {
        rerender(<ArticleMeta pubDate="Jully 2022" key={i} />);
        expect(container.querySelector('time')).toBeNull();
      }
      error.mockRestore();
      expect(formatPostDate('Jully 2022', 'en-US')).toBe('Jully 2022');
      expect(formatPostDate('Jully 2022', 'en-US')).toBe('Jully 2022');
    });
  });

  describe('when given authors and tags', () => {
    it('lists authors, linking those with a URL and showing avatars as decoration', () => {
      render(<ArticleMeta authors={fullMeta.authors} />);
      const list = screen.getByRole('list', { name: 'Authors' });
      expect(within(list).getByRole('link', { name: 'Ada Okafor' })).toHaveAttribute('href', 'https://example.com/ada');
      expect(within(list).getByText('Tomás Lindqvist').closest('a')).toBeNull();
      expect(list.querySelector('img')).toHaveAttribute('alt', '');
    });

    it('renders tags as text, or as links when tagHref is given', () => {
      const { rerender } = render(<ArticleMeta tags={['react', 'css']} />);
      expect(within(screen.getByRole('list', { name: 'Tags' })).queryAllByRole('link')).toHaveLength(0);
      rerender(<ArticleMeta tags={['react', 'css']} tagHref={(t) => `/tags/${t}`} />);
      expect(screen.getByRole('link', { name: 'css' })).toHaveAttribute('href', '/tags/css');
    });

    it('drops unsafe author and tag URLs', () => {
      render(<ArticleMeta authors={[{ name: 'Eve', url: 'javascript:alert(1)', avatar: 'javascript:alert(2)' }]} tags={['x']} tagHref={() => 'vbscript:msgbox(1)'} />);
      expect(screen.queryAllByRole('link')).toHaveLength(0);
      expect(document.querySelector('img')).toBeNull();
    });

    it('renders what it can from untyped data and names the bad field', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const bad = { authors: 'Ada', tags: ['ok', 3], pubDate: '2024-02-09' } as unknown as Parameters<typeof ArticleMeta>[0];
      render(<ArticleMeta {...bad} />);
      expect(screen.getByText('February 9, 2024')).toBeInTheDocument();
      expect(screen.getByText('ok')).toBeInTheDocument();
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0][0])).toContain('authors');
    });
  });

  describe('when placed in a right-to-left post', () => {
    it('isolates the direction of each entry so a label keeps its word order', () => {
      const { container } = render(<ArticleMeta {...fullMeta} />);
      const entries = container.querySelectorAll('[data-slot="published"], [data-slot="updated"], [data-slot="reading-time"], [data-slot="author"], [data-slot="tag"]');
      expect(entries).toHaveLength(7);
      for (const entry of entries) expect(entry).toHaveAttribute('dir', 'auto');
    });
  });
});
