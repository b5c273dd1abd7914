import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ines } from '../../../test/fixtures/props.js';
import { AuthorCard } from './AuthorCard.js';

describe('AuthorCard', () => {
  describe('when given a full author', () => {
    it('shows a decorative avatar, the linked name and the bio', () => {
      const { container } = render(<AuthorCard author={ines} />);
      const img = container.querySelector('img')!;
      expect(img).toHaveAttribute('alt', '');
      expect(img).toHaveAttribute('width', '64');
      expect(img).toHaveAttribute('height', '64');
      expect(screen.getByRole('link', { name: 'Ines Varga' })).toHaveAttribute('href', 'https://example.com/ines');
      expect(screen.getByText(ines.bio)).toHaveAttribute('data-slot', 'author-card-bio');
    });

    it('lists the profile links under a name from labels, brand names spelled as brands', () => {
      render(<AuthorCard author={ines} />);
      const list = screen.getByRole('list', { name: 'Profiles of Ines Varga' });
      expect(within(list).getAllByRole('link').map((a) => a.textContent)).toEqual(['GitHub', 'Mastodon', 'Website']);
    });

    it('puts the name in a heading only when headingLevel is given', () => {
      const { rerender } = render(<AuthorCard author={ines} />);
      expect(screen.queryByRole('heading')).toBeNull();
      rerender(<AuthorCard author={ines} headingLevel={3} />);
      expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Ines Varga');
    });

    it('uses labels in another language', () => {
      render(<AuthorCard author={ines} labels={{ authorLinks: 'Profile von {name}', authorWebsite: 'Webseite' }} />);
      expect(within(screen.getByRole('list', { name: 'Profile von Ines Varga' })).getByRole('link', { name: 'Webseite' })).toBeInTheDocument();
    });
  });

  describe('when given only a name', () => {
    it('shows the name as text and nothing else', () => {
      const { container } = render(<AuthorCard author={{ name: 'Tomasz Wrona' }} />);
      expect(container.firstElementChild?.children).toHaveLength(1);
      expect(screen.getByText('Tomasz Wrona').tagName).toBe('P');
    });
  });

  describe('with unsafe or bad data', () => {
    it('drops unsafe URLs', () => {
      const { container } = render(<AuthorCard author={{ name: 'Eve', url: 'javascript:alert(1)', avatar: 'javascript:alert(2)', socials: { x: 'javascript:alert(3)' } }} />);
      expect(container.querySelectorAll('a, img, ul')).toHaveLength(0);
    });

    it('names a missing author name', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<AuthorCard author={{ bio: 'Anonymous' } as never} />);
      expect(screen.getByText('Anonymous')).toBeInTheDocument();
      expect(String(error.mock.calls[0][0])).toContain('author.name: expected a non-empty string, received undefined');
    });
  });
});
