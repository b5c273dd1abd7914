import { createElement, forwardRef, useCallback, useEffect, useRef, useState } from 'react';
import { prefersReducedMotion } from '../motion.js';
import { named } from '../kit/base.js';
import { TableOfContents, type TableOfContentsProps } from './TableOfContents.js';

/** Options of {@link useActiveHeading}. */
export interface UseActiveHeadingOptions {
  /**
   * How far down the viewport (0–1) a heading must have scrolled past to become active.
   * @default 0.25
   */
  offset?: number;
}

/**
 * The id of the heading the reader is in: the last of `ids` whose heading has scrolled above
 * `offset` of the viewport; none while the reader is above the first (in the intro). At the end of the page, where the last headings can
 * never reach that line, it is the heading the reader followed a link to (`location.hash`) when it
 * is in view and they have not scrolled on since, else the last heading in view. An
 * IntersectionObserver, the end of a scroll and `hashchange` tell when to re-measure, so nothing
 * runs on every scroll frame. Undefined before mount and on the server.
 */
export function useActiveHeading(ids: readonly string[], options: UseActiveHeadingOptions = {}): string | undefined {
  const [active, setActive] = useState<string | undefined>(undefined);
  const offset = typeof options.offset === 'number' ? Math.min(1, Math.max(0, options.offset)) : 0.25;
  const key = ids.join('\n');

  useEffect(() => {
    if (typeof window === 'undefined' || typeof document === 'undefined') return;
    const list = key === '' ? [] : key.split('\n');
    const elements = list
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null);
    if (elements.length === 0) return;

    // The heading the reader followed a link to, until they scroll on their own.
    let followed = followedHash();
    const measure = () => {
      const height = window.innerHeight;
      const line = height * offset;
      const tops = elements.map((el) => el.getBoundingClientRect().top);
      // Nothing is current before the first heading reaches the line: the reader is still in the intro.
      let current = -1;
      for (let i = 0; i < tops.length && tops[i] <= line; i++) current = i;
      const page = document.scrollingElement ?? document.documentElement;
      if (window.scrollY + height >= page.scrollHeight - 1) {
        // Nothing left to scroll: the headings of the final screen cannot reach the line.
        if (page.scrollHeight > height) for (let i = current + 1; i < tops.length && tops[i] < height; i++) current = i;
        const target = elements.findIndex((el) => el.id === followed);
        if (tops[target] >= -1 && tops[target] < height) current = target;
      }
      setActive(current === -1 ? undefined : elements[current].id);
    };
    measure();
    // A band at the activation line: any heading crossing it triggers a re-measure.
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? undefined
        : new IntersectionObserver(measure, {
            rootMargin: `0px 0px ${-Math.round((1 - offset) * 100)}% 0px`,
            threshold: [0, 1],
          });
    for (const el of elements) observer?.observe(el);
    // Reaching the end of the page (or a link target there) crosses no band: re-measure when a
    // scroll ends, or a moment after the last scroll event where the browser has no scrollend.
    // Without an observer, every scroll event re-measures.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const scrollEnd = 'onscrollend' in window;
    const forget = () => {
      followed = '';
    };
    const listeners: [string, () => void][] = [
      [
        observer && scrollEnd ? 'scrollend' : 'scroll',
        observer && !scrollEnd
          ? () => {
              clearTimeout(timer);
              timer = setTimeout(measure, 100);
            }
          : measure,
      ],
      [
        'hashchange',
        () => {
          followed = followedHash();
          measure();
        },
      ],
      ['wheel', forget],
      ['touchstart', forget],
      ['keydown', forget],
    ];
    for (const [type, listener] of listeners) window.addEventListener(type, listener, { passive: true });
    return () => {
      observer?.disconnect();
      clearTimeout(timer);
      for (const [type, listener] of listeners) window.removeEventListener(type, listener);
    };
  }, [key, offset]);

  return active;
}

/** The id in the URL's fragment, decoded as the browser matches it against ids. */
function followedHash(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return window.location.hash.slice(1);
  }
}

/** Props of ActiveTableOfContents. */
export interface ActiveTableOfContentsProps extends Omit<TableOfContentsProps, 'activeId'> {
  /** Activation line as a fraction of the viewport height. @default 0.25 */
  offset?: number;
}

/**
 * TableOfContents that marks the link of the heading in view with `aria-current="location"` and
 * `data-active`, and keeps it visible inside a scrolling TOC (without smooth scrolling when the
 * reader prefers reduced motion). Renders the plain TOC on the server and before hydration.
 */
export const ActiveTableOfContents = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLElement, ActiveTableOfContentsProps>(
  function ActiveTableOfContents({ toc, offset, minDepth = 2, maxDepth = 3, ...rest }, ref) {
    const ids = Array.isArray(toc)
      ? toc
          .filter((e) => e && typeof e.id === 'string' && e.depth >= minDepth && e.depth <= maxDepth)
          .map((e) => e.id)
      : [];
    const activeId = useActiveHeading(ids, { offset });
    const navRef = useRef<HTMLElement | null>(null);
    const setRefs = useCallback(
      (node: HTMLElement | null) => {
        navRef.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      },
      [ref],
    );

    useEffect(() => {
      const nav = navRef.current;
      if (!nav || activeId === undefined) return;
      const link = nav.querySelector<HTMLElement>('[aria-current="location"]');
      // The scrolling box is usually the sticky aside around the nav, not the nav itself.
      let box: HTMLElement | null = nav;
      while (box && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY))) {
        box = box.parentElement;
      }
      if (!link || !box || box === document.body || box === document.documentElement) return;
      const linkRect = link.getBoundingClientRect();
      const boxRect = box.getBoundingClientRect();
      if (linkRect.top >= boxRect.top && linkRect.bottom <= boxRect.bottom) return;
      box.scrollBy?.({
        top: linkRect.top - boxRect.top - box.clientHeight / 2,
        behavior: prefersReducedMotion() ? 'auto' : 'smooth',
      });
    }, [activeId]);

    return createElement(TableOfContents, { ...rest, toc, minDepth, maxDepth, activeId, ref: setRefs });
  },
  ),
  'ActiveTableOfContents',
);
