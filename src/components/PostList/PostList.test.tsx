import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { gears, hives, postHref, sourdough } from '../../../test/fixtures/summaries.js';
import { PostExcerpt } from '../PostExcerpt/PostExcerpt.js';
import { PostList } from './PostList.js';

const posts = [sourdough, hives, gears];

describe('PostList', () => {
  describe('when given posts', () => {
    it('lists one card per post, in order, each titled with a link', () => {
      const { container } = render(<PostList posts={posts} postHref={postHref} />);
      const list = container.querySelector('[data-slot="post-list-items"]') as HTMLElement;
      expect(list.tagName).toBe('UL');
      expect([...list.children].map((li) => within(li as HTMLElement).getByRole('article') !== null)).toEqual([true, true, true]);
      expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(posts.map((p) => p.title));
      expect(screen.getByRole('link', { name: gears.title })).toHaveAttribute('href', '/blog/gear-ratios');
    });

    it('gives every card the heading level it is asked for', () => {
      render(<PostList posts={posts} headingLevel={3} />);
      expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3);
      expect(screen.queryAllByRole('heading', { level: 2 })).toHaveLength(0);
    });

    it('marks the layout for the stylesheet', () => {
      const { container, rerender } = render(<PostList posts={posts} />);
      expect(container.firstElementChild).toHaveAttribute('data-layout', 'list');
      rerender(<PostList posts={posts} layout="grid" />);
      expect(container.firstElementChild).toHaveAttribute('data-layout', 'grid');
    });

    it('passes cardProps, labels and unstyled to every card', () => {
      const { container } = render(<PostList posts={posts} unstyled cardProps={{ hero: false }} locale="de-DE" />);
      expect(container.querySelector('img')).toBeNull();
      expect(container.querySelector('[data-slot="card"]')).not.toHaveClass('rbk-card');
      expect(container.querySelector('time')).toHaveTextContent('2. März 2024');
    });
  });

  describe('when cards show excerpts', () => {
    it('shows them as plain text by default', () => {
      const { container } = render(<PostList posts={posts} />);
      expect(container.querySelector('[data-slot="card-excerpt"] > p')).toHaveTextContent(/cold slows both, but not equally\. More on levain$/);
      expect(screen.queryByRole('link', { name: 'More on levain' })).toBeNull();
    });

    it('shows them with their markup when cardProps asks for PostExcerpt', () => {
      render(<PostList posts={posts} cardProps={{ excerptComponent: PostExcerpt, urlTransform: (url) => `${url}/` }} />);
      expect(screen.getByRole('link', { name: 'More on levain' })).toHaveAttribute('href', '/blog/levain/');
    });
  });

  describe('when given no posts', () => {
    it('says so with labels.noPosts instead of an empty list', () => {
      const { container, rerender } = render(<PostList posts={[]} />);
      expect(screen.getByText('No posts yet.')).toHaveAttribute('data-slot', 'post-list-empty');
      expect(container.querySelector('ul')).toBeNull();
      rerender(<PostList posts={[]} labels={{ noPosts: 'Noch keine Beiträge.' }} />);
      expect(screen.getByText('Noch keine Beiträge.')).toBeInTheDocument();
    });
  });

  describe('when given bad data', () => {
    it('skips what is not a post and names the field', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<PostList posts={[sourdough, null, 4] as never} />);
      expect(screen.getAllByRole('article')).toHaveLength(1);
      expect(String(error.mock.calls[0][0])).toContain('posts[]: expected posts or summaries, skipped 2');
    });
  });
});
