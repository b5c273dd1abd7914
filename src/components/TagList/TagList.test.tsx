import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { tagHref } from '../../../test/fixtures/props.js';
import { tagCounts } from '../../../test/fixtures/summaries.js';
import { TagList } from './TagList.js';

describe('TagList', () => {
  describe('when given tags with counts', () => {
    it('is a list named by labels.tags whose links name the tag and its count in words', () => {
      render(<TagList tags={tagCounts} tagHref={tagHref} />);
      const list = screen.getByRole('list', { name: 'Tags' });
      expect(within(list).getAllByRole('listitem')).toHaveLength(3);
      expect(within(list).getByRole('link', { name: 'bees, 1 post' })).toHaveAttribute('href', '/tags/bees');
      expect(within(list).getByRole('link', { name: 'bread, 3 posts' })).toHaveTextContent('bread 3');
    });

    it('gives tagHref the tag’s name, as PostCard and ArticleMeta do', () => {
      const names: string[] = [];
      render(<TagList tags={tagCounts} tagHref={(name) => (names.push(name), `/t/${name}`)} />);
      expect(names).toEqual(tagCounts.map((t) => t.name));
    });

    it('links a tag with accents and spaces through its slug', () => {
      render(<TagList tags={tagCounts} tagHref={tagHref} />);
      expect(screen.getByRole('link', { name: 'Café culture, 12 posts' })).toHaveAttribute('href', '/tags/caf%C3%A9-culture');
    });

    it('marks the current tag', () => {
      render(<TagList tags={tagCounts} tagHref={tagHref} current="bees" />);
      expect(screen.getByRole('link', { name: 'bees, 1 post' })).toHaveAttribute('aria-current', 'page');
      expect(screen.getByRole('link', { name: 'bread, 3 posts' })).not.toHaveAttribute('aria-current');
    });

    it('leaves the counts out when asked', () => {
      const { container } = render(<TagList tags={tagCounts} tagHref={tagHref} counts={false} />);
      expect(container.querySelector('[data-slot="tag-list-count"]')).toBeNull();
      expect(screen.getByRole('link', { name: 'bees' })).toBeInTheDocument();
    });

    it('renders plain text without tagHref', () => {
      render(<TagList tags={tagCounts} />);
      expect(screen.queryAllByRole('link')).toHaveLength(0);
      expect(screen.getByText('bees')).toBeInTheDocument();
    });

    it('shows many tags, every one', () => {
      const many = Array.from({ length: 40 }, (_, i) => ({ name: `tag ${i}`, slug: `tag-${i}`, count: i + 1 }));
      const { container } = render(<TagList tags={many} tagHref={tagHref} />);
      expect(container.querySelectorAll('a[href^="/tags/tag-"]')).toHaveLength(40);
      expect(container.querySelector('a[href="/tags/tag-39"]')).toHaveAttribute('aria-label', 'tag 39, 40 posts');
    });
  });

  describe('with labels and a locale', () => {
    it('picks the count label by the locale’s plural rules', () => {
      const labels = { tags: 'Schlagwörter', tagCount: { one: '{tag}, {count} Beitrag', other: '{tag}, {count} Beiträge' } };
      render(<TagList tags={[...tagCounts, { name: 'Räder', slug: 'räder', count: 1200 }]} tagHref={tagHref} labels={labels} locale="de-DE" />);
      const list = screen.getByRole('list', { name: 'Schlagwörter' });
      expect(within(list).getByRole('link', { name: 'bees, 1 Beitrag' })).toBeInTheDocument();
      expect(within(list).getByRole('link', { name: 'Räder, 1.200 Beiträge' })).toBeInTheDocument();
    });
  });

  describe('when given no tags or bad data', () => {
    it('renders nothing for an empty list', () => {
      const { container } = render(<TagList tags={[]} />);
      expect(container.innerHTML).toBe('');
    });

    it('skips entries that are not tags and names them; drops unsafe URLs', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<TagList tags={[tagCounts[0], 'bees', { name: 'x' }] as never} tagHref={() => 'javascript:alert(1)'} />);
      expect(screen.getAllByRole('listitem')).toHaveLength(1);
      expect(screen.queryAllByRole('link')).toHaveLength(0);
      expect(String(error.mock.calls[0][0])).toContain('tags[]: expected { name, slug, count }, received "bees"');
    });

    it('says in development when tagHref was written for the TagCount it used to get', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const old = ((tag: { slug: string }) => `/tags/${tag.slug}/`) as unknown as (tag: string) => string;
      render(<TagList tags={tagCounts} tagHref={old} />);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0][0])).toContain('<TagList>: tagHref returned "/tags/undefined/" for the tag "bread". tagHref is given the tag\'s name (a string)');
    });
  });
});
