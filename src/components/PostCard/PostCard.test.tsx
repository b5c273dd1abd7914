import { render, screen, within } from '@testing-library/react';
import type { AnchorHTMLAttributes } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { describeConformance, loadPost } from '../../../test/conformance.js';
import { gears, hives, paragraph, postHref, sourdough } from '../../../test/fixtures/summaries.js';
import { PostCard } from './PostCard.js';

const tagHref = (tag: string) => `/tags/${tag}`;

describeConformance(PostCard, {
  props: { post: sourdough, postHref, tagHref },
  rootTag: 'article',
  rootSlot: 'card',
  slots: ['card-media', 'card-image', 'card-title', 'card-link', 'meta', 'card-excerpt'],
});

describe('PostCard', () => {
  describe('when given a summary', () => {
    it('titles the card with a heading linking to the post', () => {
      render(<PostCard post={sourdough} postHref={postHref} />);
      const heading = screen.getByRole('heading', { level: 2 });
      expect(within(heading).getByRole('link', { name: sourdough.title })).toHaveAttribute('href', '/blog/sourdough-starter');
    });

    it('uses headingLevel for the title', () => {
      render(<PostCard post={sourdough} postHref={postHref} headingLevel={4} />);
      expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent(sourdough.title);
    });

    it('shows the date as ArticleMeta formats it, and the reading time', () => {
      const { container } = render(<PostCard post={sourdough} />);
      expect(container.querySelector('time')).toHaveAttribute('dateTime', '2024-03-02');
      expect(container.querySelector('time')).toHaveTextContent('March 2, 2024');
      expect(screen.getByText('6 min read')).toBeInTheDocument();
    });

    it('renders the excerpt through the kit render path, links included', () => {
      render(<PostCard post={sourdough} />);
      expect(screen.getByText(/cold slows both/)).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'More on levain' })).toHaveAttribute('href', '/blog/levain');
    });

    it('falls back to the description when there is no excerpt', () => {
      render(<PostCard post={hives} />);
      expect(screen.getByText(hives.description!).tagName).toBe('P');
    });

    it('lists the tags, as links when tagHref is given', () => {
      render(<PostCard post={sourdough} tagHref={tagHref} />);
      const tags = screen.getByRole('list', { name: 'Tags' });
      expect(within(tags).getByRole('link', { name: 'fermentation' })).toHaveAttribute('href', '/tags/fermentation');
    });

    it('leaves parts out when asked', () => {
      const { container } = render(<PostCard post={sourdough} hero={false} excerpt={false} tags={false} />);
      expect(container.querySelector('img')).toBeNull();
      expect(container.querySelector('[data-slot="card-excerpt"]')).toBeNull();
      expect(screen.queryByRole('list', { name: 'Tags' })).toBeNull();
    });
  });

  describe('when the post has a hero image', () => {
    it('shows a decorative thumbnail whose box is reserved before it loads', () => {
      const { container } = render(<PostCard post={sourdough} />);
      const img = container.querySelector('img')!;
      expect(img).toHaveAttribute('src', '/images/starter.png');
      expect(img).toHaveAttribute('alt', '');
      expect(img).toHaveAttribute('width', '1200');
      expect(img).toHaveAttribute('height', '630');
      expect(img).toHaveAttribute('loading', 'lazy');
      expect((img.parentElement as HTMLElement).style.aspectRatio).toBe('1200 / 630');
    });

    it('reserves a 16 / 9 box when the image has no size', () => {
      const { container } = render(<PostCard post={{ ...sourdough, heroImage: { src: '/a.png' } }} />);
      expect((container.querySelector('[data-slot="card-media"]') as HTMLElement).style.aspectRatio).toBe('16 / 9');
    });

    it('renders through imageComponent', () => {
      const Image = vi.fn((props: { src: string; width?: number }) => <img data-host="" alt="" src={props.src} width={props.width} />);
      const { container } = render(<PostCard post={sourdough} imageComponent={Image} />);
      expect(container.querySelector('img[data-host]')).toHaveAttribute('width', '1200');
    });
  });

  describe('when the post has no hero', () => {
    it('renders no media part', () => {
      const { container } = render(<PostCard post={hives} />);
      expect(container.querySelector('[data-slot="card-media"]')).toBeNull();
      expect(container.firstElementChild).not.toHaveAttribute('data-hero');
    });
  });

  describe('when given a full Post', () => {
    it('renders its summary parts and none of its body', () => {
      const post = loadPost('technical.md');
      const { container } = render(<PostCard post={post} postHref={() => '/blog/streaming'} />);
      expect(screen.getByRole('link', { name: post.title })).toHaveAttribute('href', '/blog/streaming');
      expect(screen.getByText(post.description!)).toBeInTheDocument();
      expect(container.textContent).not.toContain('You need Node 20 or later');
      expect(container.querySelectorAll('h2')).toHaveLength(1);
    });
  });

  describe('when links come from a host router', () => {
    it('renders the title and tag links through linkComponent', () => {
      const Link = (props: AnchorHTMLAttributes<HTMLAnchorElement>) => <a data-router="" {...props} />;
      const { container } = render(<PostCard post={sourdough} postHref={postHref} tagHref={tagHref} linkComponent={Link} />);
      // The title and both tags; the excerpt's own link is body content and stays a plain <a>.
      expect(container.querySelectorAll('a[data-router]')).toHaveLength(3);
    });
  });

  describe('when given unsafe or bad data', () => {
    it('drops unsafe URLs from postHref, the hero and the excerpt', () => {
      const post = { ...sourdough, heroImage: { src: 'javascript:alert(1)' }, excerpt: paragraph('Read', { href: 'javascript:alert(2)', text: 'this' }) };
      const { container } = render(<PostCard post={post} postHref={() => 'javascript:alert(3)'} />);
      expect(container.querySelector('img')).toBeNull();
      expect(container.querySelector('[href^="javascript"]')).toBeNull();
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(sourdough.title);
    });

    it('renders the title as text and names postHref when it throws', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<PostCard post={gears} postHref={() => { throw new Error('no route'); }} />);
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(gears.title);
      expect(screen.queryByRole('link')).toBeNull();
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0][0])).toMatch(/postHref: threw no route/);
    });

    it('renders what it can when the post is not an object', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const { container } = render(<PostCard post={'nope' as never} />);
      expect(container.querySelector('article')).not.toBeNull();
      expect(String(error.mock.calls[0][0])).toContain('post: expected a Post or PostSummary, received "nope"');
    });
  });

  describe('when the title is long', () => {
    it('shows the whole title', () => {
      const title = 'A very long title about proofing baskets, banneton flour, rice flour, linen liners and why the dough sticks anyway on humid afternoons';
      render(<PostCard post={{ ...hives, title }} postHref={postHref} />);
      expect(screen.getByRole('link', { name: title })).toBeInTheDocument();
    });
  });

  describe('when labels and locale are given', () => {
    it('uses them for the date and reading time', () => {
      const { container } = render(
        <PostCard post={sourdough} locale="de-DE" labels={{ readingTime: { one: '{count} Minute Lesezeit', other: '{count} Minuten Lesezeit' } }} />,
      );
      expect(container.querySelector('time')).toHaveTextContent('2. März 2024');
      expect(screen.getByText('6 Minuten Lesezeit')).toBeInTheDocument();
    });

    it('carries the post language and direction', () => {
      const { container } = render(<PostCard post={{ ...hives, lang: 'fa', dir: 'rtl' }} />);
      expect(container.firstElementChild).toHaveAttribute('lang', 'fa');
      expect(container.firstElementChild).toHaveAttribute('dir', 'rtl');
    });
  });
});
