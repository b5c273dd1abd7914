import { forwardRef, useEffect, useRef } from 'react';
import { prefersReducedMotion } from '../motion.js';
import { kitParts, named, type KitProps } from '../kit/base.js';

/** The parts of ReadingProgress, keys of `classNames`. */
export type ReadingProgressSlot = 'root' | 'reading-progress-bar';

/** Props of ReadingProgress. */
export interface ReadingProgressProps
  extends Omit<React.ComponentPropsWithoutRef<'div'>, 'children'>,
    Omit<KitProps<ReadingProgressSlot>, 'labels' | 'locale'> {
  /** CSS selector of the element whose reading the bar follows (e.g. `'article'`). @default undefined (the whole page) */
  target?: string;
}

/** How far, 0–1, the reader has scrolled through `element`, or through the page without one. */
function readingProgress(element: Element | null): number {
  const viewport = window.innerHeight;
  let progress: number;
  if (element) {
    const rect = element.getBoundingClientRect();
    const span = rect.height - viewport;
    progress = span <= 0 ? (rect.top <= 0 ? 1 : 0) : -rect.top / span;
  } else {
    const page = document.scrollingElement ?? document.documentElement;
    const span = page.scrollHeight - viewport;
    progress = span <= 0 ? 1 : window.scrollY / span;
  }
  return Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0;
}

function find(selector: string | undefined): Element | null {
  if (typeof selector !== 'string' || selector === '') return null;
  try {
    return document.querySelector(selector);
  } catch {
    return null;
  }
}

/**
 * A thin bar at the top of the viewport that fills as the reader scrolls through the post.
 *
 * It is hidden from assistive technology (`aria-hidden`): it repeats what the scroll position
 * already tells, and a progressbar whose value changes on every scroll would either flood a
 * screen reader with updates or, unannounced, add a control that does nothing. A reader who
 * prefers reduced motion gets no animation: the bar moves once when scrolling stops instead of
 * following it. Renders an empty bar on the server; the fill is written straight to the bar's
 * style, so scrolling re-renders nothing.
 */
export const ReadingProgress = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, ReadingProgressProps>(function ReadingProgress(
    { target, ...props },
    ref,
  ) {
    const { part, root, rest } = kitParts<ReadingProgressSlot, typeof props>('reading-progress', props);
    const bar = useRef<HTMLDivElement | null>(null);

    useEffect(() => {
      const el = bar.current;
      if (!el) return;
      let frame = 0;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const measure = () => {
        frame = 0;
        const progress = readingProgress(find(target));
        el.style.transform = `scaleX(${progress})`;
        el.parentElement?.setAttribute('data-progress', String(Math.round(progress * 100)));
      };
      const schedule = () => {
        if (prefersReducedMotion()) {
          clearTimeout(timer);
          timer = setTimeout(measure, 150);
        } else if (frame === 0) {
          frame = requestAnimationFrame(measure);
        }
      };
      measure();
      window.addEventListener('scroll', schedule, { passive: true });
      window.addEventListener('resize', schedule, { passive: true });
      return () => {
        window.removeEventListener('scroll', schedule);
        window.removeEventListener('resize', schedule);
        clearTimeout(timer);
        if (frame !== 0) cancelAnimationFrame(frame);
      };
    }, [target]);

    return (
      <div ref={ref} aria-hidden="true" {...rest} {...root}>
        <div ref={bar} {...part('reading-progress-bar')} style={{ transform: 'scaleX(0)' }} />
      </div>
    );
  }),
  'ReadingProgress',
);
