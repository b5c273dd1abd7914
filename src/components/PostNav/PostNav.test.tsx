import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadPost } from '../../../test/conformance.js';
import { gears, hives, postHref } from '../../../test/fixtures/summaries.js';
import { PostNav } from './PostNav.js';

describe('PostNav', () => {
  describe('when there are a newer and an older post', () => {
    it('is a nav named by labels.postNav linking both, each captioned and titled', () => {
      render(<PostNav newer={hives} older={gears} postHref={postHref} />);
      const nav = screen.getByRole('navigation', { name: 'More posts' });
      const links = within(nav).getAllByRole('link');
      expect(links.map((a) => a.textContent)).toEqual([`Newer post ${hives.title}`, `Older post ${gears.title}`]);
      expect(links.map((a) => a.getAttribute('href'))).toEqual(['/blog/hive-thermostat', '/blog/gear-ratios']);
    });

    it('accepts full posts', () => {
      const post = { ...loadPost('technical.md'), slug: 'streaming-json' };
      render(<PostNav older={post} postHref={postHref} />);
      expect(screen.getByRole('link', { name: `Older post ${post.title}` })).toHaveAttribute('href', '/blog/streaming-json');
    });
  });

  describe('when one of them is missing', () => {
    it('shows only the newer post on the oldest post', () => {
      const { container } = render(<PostNav newer={hives} postHref={postHref} />);
      expect(screen.getAllByRole('link')).toHaveLength(1);
      expect(container.querySelector('[data-slot="post-nav-older"]')).toBeNull();
    });

    it('shows only the older post on the newest post', () => {
      render(<PostNav older={gears} postHref={postHref} />);
      expect(screen.getByRole('link')).toHaveTextContent(`Older post ${gears.title}`);
    });

    it('renders nothing when there is neither', () => {
      const { container } = render(<PostNav postHref={postHref} />);
      expect(container.innerHTML).toBe('');
    });
  });

  describe('with labels', () => {
    it('uses them for the nav and the captions', () => {
      render(<PostNav newer={hives} older={gears} postHref={postHref} labels={{ postNav: 'Weitere Beiträge', newerPost: 'Neuerer Beitrag', olderPost: 'Älterer Beitrag' }} />);
      const nav = screen.getByRole('navigation', { name: 'Weitere Beiträge' });
      expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual([`Neuerer Beitrag ${hives.title}`, `Älterer Beitrag ${gears.title}`]);
    });
  });

  describe('with unsafe or bad data', () => {
    it('shows the title without a link for an unsafe URL, and names a post without a title', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<PostNav newer={hives} older={{ slug: 'x' } as never} postHref={() => 'javascript:alert(1)'} />);
      expect(screen.queryAllByRole('link')).toHaveLength(0);
      expect(screen.getByText(hives.title)).toBeInTheDocument();
      expect(String(error.mock.calls[0][0])).toContain('older: expected a post or summary with a title');
    });
  });
});
