import { createElement, forwardRef, useCallback, useEffect, useRef, useState } from 'react';
import { named } from '../shared.js';
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
 * `offset` of the viewport, else the first. An IntersectionObserver tells when to re-measure, so
 * nothing runs on every scroll frame. Undefined before mount and on the server.
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

    const measure = () => {
      const line = window.innerHeight * offset;
      let current: string | undefined = elements[0].id;
      for (const el of elements) {
        if (el.getBoundingClientRect().top <= line) current = el.id;
        else break;
      }
      setActive(current);
    };
    measure();
    if (typeof IntersectionObserver === 'undefined') {
      window.addEventListener('scroll', measure, { passive: true });
      return () => window.removeEventListener('scroll', measure);
    }
    // A band at the activation line: any heading crossing it triggers a re-measure.
    const observer = new IntersectionObserver(measure, {
      rootMargin: `0px 0px ${-Math.round((1 - offset) * 100)}% 0px`,
      threshold: [0, 1],
    });
    for (const el of elements) observer.observe(el);
    return () => observer.disconnect();
  }, [key, offset]);

  return active;
}

/** Props of ActiveTableOfContents. */
export interface ActiveTableOfContentsProps extends Omit<TableOfContentsProps, 'activeId'> {
  /** Activation line as a fraction of the viewport height. @default 0.25 */
  offset?: number;
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
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
