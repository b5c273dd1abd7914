/**
 * Stories are tests: every story of every stories file renders in jsdom through Storybook's
 * portable stories (with the project's decorators and globals), then runs its play function.
 * A story passes when it rendered some of the kit's parts, its play function's assertions held,
 * and nothing was logged through console.error on the way.
 *
 * jsdom loads no images, lays nothing out and has no IntersectionObserver. The setup below stands
 * in for the browser on exactly those points, so the play functions that scroll or wait for an
 * image run here unchanged:
 * - images: a file under the repo that really is an image "loads"; anything else "fails", with
 *   the `load`/`error` event a browser would fire;
 * - layout: every element sits 100px below the previous one in document order, and
 *   `scrollIntoView` scrolls the window so the element is at the top of the viewport;
 * - IntersectionObserver: after such a scroll, observers are told which targets are in view.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { composeStories, setProjectAnnotations } from '@storybook/react';
import { act, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import preview from '../.storybook/preview';

type StoriesModule = Parameters<typeof composeStories>[0];
interface ComposedStory {
  (props?: Record<string, unknown>): ReactNode;
  play?: (context?: { canvasElement?: HTMLElement }) => Promise<void>;
  load: () => Promise<void>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const storyFiles = import.meta.glob<StoriesModule>('./*.stories.tsx', { eager: true });
const annotations = setProjectAnnotations([preview]);

// ---- images -------------------------------------------------------------------------------

/** Whether a browser could decode the file an image URL points to (served from the repo root). */
function decodable(src: string): boolean {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(src, 'http://localhost/').pathname);
  } catch {
    return false;
  }
  const file = path.join(repoRoot, pathname);
  if (!file.startsWith(repoRoot) || !existsSync(file)) return false;
  const head = readFileSync(file).subarray(0, 512);
  const isPng = head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return isPng || head.toString('utf8').includes('<svg');
}

const settled = new WeakMap<HTMLImageElement, string>();
let imageWatcher: MutationObserver | undefined;

function settle(img: HTMLImageElement) {
  const src = img.getAttribute('src');
  if (!src || settled.get(img) === src) return;
  settled.set(img, src);
  const ok = decodable(src);
  Object.defineProperty(img, 'naturalWidth', { configurable: true, get: () => (ok ? Number(img.getAttribute('width')) || 1 : 0) });
  setTimeout(() => act(() => void img.dispatchEvent(new Event(ok ? 'load' : 'error'))), 0);
}

function settleAll(root: ParentNode) {
  root.querySelectorAll('img').forEach(settle);
}

// ---- layout and scrolling -----------------------------------------------------------------

const ROW = 100;
let scrollTop = 0;

function documentTop(element: Element): number {
  const all = element.ownerDocument.body.getElementsByTagName('*');
  return Array.prototype.indexOf.call(all, element) * ROW;
}

class ScrollingIntersectionObserver implements IntersectionObserver {
  static live = new Set<ScrollingIntersectionObserver>();
  readonly root: Element | Document | null;
  readonly rootMargin: string;
  readonly thresholds: readonly number[];
  readonly scrollMargin = '0px';
  private readonly targets = new Set<Element>();

  constructor(
    private readonly callback: IntersectionObserverCallback,
    options: IntersectionObserverInit = {},
  ) {
    this.root = options.root ?? null;
    this.rootMargin = options.rootMargin ?? '0px';
    this.thresholds = Array.isArray(options.threshold) ? options.threshold : [options.threshold ?? 0];
    ScrollingIntersectionObserver.live.add(this);
  }

  observe(target: Element): void {
    this.targets.add(target);
  }

  unobserve(target: Element): void {
    this.targets.delete(target);
  }

  disconnect(): void {
    this.targets.clear();
    ScrollingIntersectionObserver.live.delete(this);
  }

  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }

  /** Tells the observer where its targets are after a scroll, as a browser would. */
  notify(): void {
    if (this.targets.size === 0) return;
    const viewport = window.innerHeight;
    const entries = [...this.targets].map((target) => {
      const rect = target.getBoundingClientRect();
      const isIntersecting = rect.bottom > 0 && rect.top < viewport;
      return {
        target,
        isIntersecting,
        intersectionRatio: isIntersecting ? 1 : 0,
        boundingClientRect: rect,
        intersectionRect: rect,
        rootBounds: null,
        time: performance.now(),
      } satisfies IntersectionObserverEntry;
    });
    this.callback(entries, this);
  }
}

const originals = {
  scrollIntoView: Element.prototype.scrollIntoView,
  getBoundingClientRect: Element.prototype.getBoundingClientRect,
};

beforeAll(async () => {
  vi.stubGlobal('IntersectionObserver', ScrollingIntersectionObserver);
  Element.prototype.getBoundingClientRect = function getBoundingClientRect(this: Element) {
    const top = documentTop(this) - scrollTop;
    return new DOMRect(0, top, 800, ROW);
  };
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
    scrollTop = documentTop(this);
    act(() => {
      for (const observer of ScrollingIntersectionObserver.live) observer.notify();
    });
  };
  imageWatcher = new MutationObserver(() => settleAll(document.body));
  imageWatcher.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['src'] });
  await annotations.beforeAll?.();
});

afterAll(() => {
  imageWatcher?.disconnect();
  Element.prototype.scrollIntoView = originals.scrollIntoView;
  Element.prototype.getBoundingClientRect = originals.getBoundingClientRect;
  vi.unstubAllGlobals();
});

afterEach(() => {
  scrollTop = 0;
  ScrollingIntersectionObserver.live.clear();
});

// ---- the stories --------------------------------------------------------------------------

it('finds every stories file', () => {
  expect(Object.keys(storyFiles).length).toBeGreaterThan(0);
});

for (const [file, module] of Object.entries(storyFiles)) {
  const stories = Object.entries(composeStories(module)) as [string, ComposedStory][];

  describe(file.replace('./', ''), () => {
    it('has stories', () => {
      expect(stories.length).toBeGreaterThan(0);
    });

    for (const [name, Story] of stories) {
      it(`renders ${name}${Story.play ? ' and passes its play function' : ''}`, async () => {
        const errors = vi.spyOn(console, 'error');
        await Story.load();
        const { container } = render(<Story />);
        settleAll(container);
        // The kit's parts carry data-slot; a story that rendered none of them rendered nothing of ours,
        // and a part with neither text nor an image shows the reader nothing.
        const part = container.querySelector('[data-slot]');
        expect(part).not.toBeNull();
        expect(part!.textContent!.trim() !== '' || part!.querySelector('img') !== null).toBe(true);
        // Stories make no network calls: every image is served by Storybook itself.
        for (const img of container.querySelectorAll('img')) {
          expect(new URL(img.src, window.location.href).origin, img.src).toBe(window.location.origin);
        }
        if (Story.play) await Story.play({ canvasElement: container });
        expect(errors.mock.calls.map((call) => call.map(String).join(' '))).toEqual([]);
      });
    }
  });
}
