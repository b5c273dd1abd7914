import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPost } from '../../../test/conformance.js';
import { ActiveTableOfContents } from './ActiveTableOfContents.js';

const post = loadPost('explainer.md');
const entries = post.toc.filter((e) => e.depth <= 3);

// jsdom has no layout: each heading reports the top this map gives it, and the observer's callback
// is kept so a test can say "something crossed the line".
let tops: Record<string, number> = {};
let notify: (() => void) | undefined;

beforeEach(() => {
  tops = {};
  notify = undefined;
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: () => void) {
        notify = callback;
      }
      observe() {}
      disconnect() {}
    },
  );
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return { top: tops[this.id] ?? 10_000 } as DOMRect;
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function Page() {
  return (
    <>
      <ActiveTableOfContents toc={post.toc} />
      {entries.map((e) => (
        <h2 key={e.id} id={e.id}>
          {e.title}
        </h2>
      ))}
    </>
  );
}

describe('ActiveTableOfContents', () => {
  const current = () => screen.getAllByRole('link').filter((a) => a.getAttribute('aria-current') === 'location');

  describe('when the page has just loaded', () => {
    it('marks nothing while the reader is still above the first heading (in the intro)', () => {
      render(<Page />);
      expect(current()).toEqual([]);
      expect(screen.getAllByRole('link').filter((a) => a.hasAttribute('data-active'))).toEqual([]);
    });

    it('marks the first heading once it reaches the activation line', () => {
      render(<Page />);
      tops = { [entries[0].id]: 150, [entries[1].id]: 700 };
      act(() => notify?.());
      expect(current().map((a) => a.getAttribute('href'))).toEqual([`#${entries[0].id}`]);
    });
  });

  describe('when the reader scrolls past headings', () => {
    it('marks the last heading above the activation line, and only it', () => {
      render(<Page />);
      tops = { [entries[0].id]: -800, [entries[1].id]: -300, [entries[2].id]: 100, [entries[3].id]: 900 };
      act(() => notify?.());
      expect(current().map((a) => a.getAttribute('href'))).toEqual([`#${entries[2].id}`]);
      expect(current()[0]).toHaveAttribute('data-active');
      expect(screen.getAllByRole('link').filter((a) => a.hasAttribute('data-active'))).toHaveLength(1);
    });
  });

  describe('when the page is scrolled to its end', () => {
    // The last headings sit in the final screen: the page cannot scroll them up to the activation line.
    const last = () => entries[entries.length - 1];
    const beforeLast = () => entries[entries.length - 2];
    const restore: (() => void)[] = [];
    function scrolledToEnd() {
      const set = (target: object, key: string, value: number) => {
        const own = Object.getOwnPropertyDescriptor(target, key);
        Object.defineProperty(target, key, { configurable: true, value });
        restore.push(() => (own ? Object.defineProperty(target, key, own) : delete (target as Record<string, unknown>)[key]));
      };
      set(window, 'innerHeight', 800);
      set(window, 'scrollY', 2200);
      set(document.documentElement, 'scrollHeight', 3000);
      tops = Object.fromEntries(entries.map((e, i) => [e.id, -3000 + i * 100]));
      tops[beforeLast().id] = 300;
      tops[last().id] = 500;
    }
    afterEach(() => {
      for (const undo of restore.splice(0).reverse()) undo();
      window.history.replaceState(null, '', '#');
    });

    it('marks the last heading in view once a crossing is observed', () => {
      render(<Page />);
      scrolledToEnd();
      act(() => notify?.());
      expect(current().map((a) => a.getAttribute('href'))).toEqual([`#${last().id}`]);
      expect(current()[0]).toHaveAttribute('data-active');
    });

    /** What a click on a heading's entry does: the hash changes to its id. */
    const clickEntry = (heading: { id: string }) =>
      act(() => {
        window.history.replaceState(null, '', `#${heading.id}`);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });

    it('marks the last entry a reader clicked, re-measuring on hashchange', () => {
      render(<Page />);
      scrolledToEnd();
      clickEntry(last());
      expect(current().map((a) => a.getAttribute('href'))).toEqual([`#${last().id}`]);
    });

    it('marks the clicked entry, not the last one, when both are in the final screen', () => {
      render(<Page />);
      scrolledToEnd();
      clickEntry(beforeLast());
      expect(current().map((a) => a.getAttribute('href'))).toEqual([`#${beforeLast().id}`]);
    });

    it('forgets the clicked entry once the reader scrolls on their own', () => {
      render(<Page />);
      scrolledToEnd();
      clickEntry(beforeLast());
      act(() => {
        window.dispatchEvent(new WheelEvent('wheel', { deltaY: 100 }));
        window.dispatchEvent(new Event('scrollend'));
      });
      expect(current().map((a) => a.getAttribute('href'))).toEqual([`#${last().id}`]);
    });

    it('re-measures when scrolling ends', () => {
      render(<Page />);
      scrolledToEnd();
      act(() => void window.dispatchEvent(new Event('scrollend')));
      expect(current().map((a) => a.getAttribute('href'))).toEqual([`#${last().id}`]);
    });

    it('re-measures after the last scroll event where the browser has no scrollend', () => {
      // Not every browser has scrollend: take it away from jsdom's window for this test.
      let owner: object | null = window;
      while (owner && !Object.hasOwn(owner, 'onscrollend')) owner = Object.getPrototypeOf(owner);
      const descriptor = owner && Object.getOwnPropertyDescriptor(owner, 'onscrollend');
      if (owner) delete (owner as Record<string, unknown>).onscrollend;
      restore.push(() => owner && descriptor && Object.defineProperty(owner, 'onscrollend', descriptor));
      expect('onscrollend' in window).toBe(false);
      vi.useFakeTimers();
      try {
        render(<Page />);
        scrolledToEnd();
        act(() => {
          window.dispatchEvent(new Event('scroll'));
          vi.advanceTimersByTime(500);
        });
        expect(current().map((a) => a.getAttribute('href'))).toEqual([`#${last().id}`]);
      } finally {
        vi.useRealTimers();
      }
    });

    it('keeps the activation line when the page is not at its end', () => {
      render(<Page />);
      scrolledToEnd();
      Object.defineProperty(window, 'scrollY', { configurable: true, value: 1000 });
      act(() => notify?.());
      expect(current().map((a) => a.getAttribute('href'))).toEqual([`#${entries[entries.length - 3].id}`]);
    });
  });

  describe('when the table of contents scrolls on its own', () => {
    function setup(reduced: boolean) {
      vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduced && query.includes('reduce'), media: query }));
      render(
        <div data-testid="box" style={{ overflowY: 'auto' }}>
          <Page />
        </div>,
      );
      const box = screen.getByTestId('box');
      Object.defineProperty(box, 'scrollHeight', { value: 2000 });
      Object.defineProperty(box, 'clientHeight', { value: 200 });
      const scrollBy = vi.fn();
      box.scrollBy = scrollBy as never;
      // The box shows 0–200 px; the link of the heading that becomes active sits far below.
      const rect = HTMLElement.prototype.getBoundingClientRect as unknown as ReturnType<typeof vi.fn>;
      rect.mockImplementation(function (this: HTMLElement) {
        if (this === box) return { top: 0, bottom: 200 } as DOMRect;
        if (this.getAttribute('aria-current') === 'location') return { top: 900, bottom: 920 } as DOMRect;
        return { top: tops[this.id] ?? 10_000 } as DOMRect;
      });
      tops = { [entries[0].id]: -800, [entries[1].id]: -300, [entries[2].id]: 100 };
      act(() => notify?.());
      return scrollBy;
    }

    it('scrolls the active link into view, smoothly', () => {
      const scrollBy = setup(false);
      expect(scrollBy).toHaveBeenCalledWith({ top: 800, behavior: 'smooth' });
    });

    it('jumps without animation when the reader prefers reduced motion', () => {
      const scrollBy = setup(true);
      expect(scrollBy).toHaveBeenCalledWith({ top: 800, behavior: 'auto' });
      expect(scrollBy).not.toHaveBeenCalledWith(expect.objectContaining({ behavior: 'smooth' }));
    });
  });
});
