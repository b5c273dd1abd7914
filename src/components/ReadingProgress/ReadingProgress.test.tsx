import { act, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadingProgress } from './ReadingProgress.js';

let scrollY = 0;
function page(height: number, { reduce = false } = {}) {
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: 1000 });
  Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: height });
  vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scrollY);
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: reduce && query.includes('reduce'), media: query, addEventListener() {}, removeEventListener() {} }));
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(0), 0) as unknown as number);
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
}
async function scrollTo(y: number, wait: number) {
  scrollY = y;
  window.dispatchEvent(new Event('scroll'));
  await act(() => vi.advanceTimersByTimeAsync(wait));
}
const bar = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-slot="reading-progress-bar"]')!;

afterEach(() => {
  scrollY = 0;
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('ReadingProgress', () => {
  it('is hidden from assistive technology', () => {
    const { container } = render(<ReadingProgress />);
    expect(container.firstElementChild).toHaveAttribute('aria-hidden', 'true');
  });

  it('renders an empty bar on the server', () => {
    const html = renderToString(<ReadingProgress />);
    expect(html).toContain('aria-hidden="true"');
    expect(html).toContain('transform:scaleX(0)');
  });

  describe('when the reader scrolls', () => {
    it('fills the bar with how far through the page they are', async () => {
      vi.useFakeTimers();
      page(3000);
      const { container } = render(<ReadingProgress />);
      expect(bar(container).style.transform).toBe('scaleX(0)');
      await scrollTo(1000, 20);
      expect(bar(container).style.transform).toBe('scaleX(0.5)');
      expect(container.firstElementChild).toHaveAttribute('data-progress', '50');
      await scrollTo(2000, 20);
      expect(bar(container).style.transform).toBe('scaleX(1)');
    });

    it('follows the target element when given one', async () => {
      vi.useFakeTimers();
      page(5000);
      const article = document.createElement('article');
      document.body.append(article);
      // An article 3000px tall whose top has scrolled 500px above the viewport: a quarter read.
      article.getBoundingClientRect = () => new DOMRect(0, -500, 800, 3000);
      const { container } = render(<ReadingProgress target="article" />);
      expect(bar(container).style.transform).toBe('scaleX(0.25)');
      article.remove();
    });

    it('moves once when scrolling stops, not with it, for a reader who prefers reduced motion', async () => {
      vi.useFakeTimers();
      page(3000, { reduce: true });
      const { container } = render(<ReadingProgress />);
      await scrollTo(500, 20);
      expect(bar(container).style.transform).toBe('scaleX(0)');
      await scrollTo(1000, 100);
      expect(bar(container).style.transform).toBe('scaleX(0)');
      await act(() => vi.advanceTimersByTimeAsync(200));
      expect(bar(container).style.transform).toBe('scaleX(0.5)');
    });

    it('stops listening when unmounted', async () => {
      vi.useFakeTimers();
      page(3000);
      const remove = vi.spyOn(window, 'removeEventListener');
      const { unmount } = render(<ReadingProgress />);
      unmount();
      expect(remove.mock.calls.map((c) => c[0])).toEqual(expect.arrayContaining(['scroll', 'resize']));
    });
  });
});
