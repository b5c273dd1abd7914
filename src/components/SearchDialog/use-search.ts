/**
 * The search panel's logic, apart from its view: the index loaded once (through the trigger's
 * `data()`, which fetches it on first use) and read by the engine, the results of a query, the
 * active result, and the count announced after the reader pauses. Part of the lazy chunk: the
 * engine is imported here, never by the trigger.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { slugPath } from '../../post/identity.js';
import { openIndex, runQuery, type SearchIndex, type SearchResult } from '../../search/search.js';
import type { SearchIndexData } from '../../search/data.js';

/** Builds a result's URL, before `#anchor` is added; undefined renders the result without a link. */
export type ResultHref = (result: SearchResult) => string | undefined;

/**
 * A result's URL: the host's `resultHref`, else the URL the index keeps for the post, else the kit's
 * default post URL (`/posts/<slug>/`), with `#anchor` of the heading the words were found under.
 */
export function resultUrl(result: SearchResult, resultHref: ResultHref | undefined): string | undefined {
  const page =
    typeof resultHref === 'function'
      ? resultHref(result)
      : typeof result.href === 'string' && result.href !== ''
        ? result.href
        : result.slug
          ? `/posts/${slugPath(result.slug)}/`
          : undefined;
  if (typeof page !== 'string') return undefined;
  return result.anchor ? `${page.split('#')[0]}#${result.anchor}` : page;
}

/** Where the panel is: the index still loading, loaded, or failed to load. */
export type SearchStatus = 'loading' | 'ready' | 'failed';

/** How long the reader pauses before the number of results is announced. */
const ANNOUNCE_AFTER_MS = 500;

/** A `SearchIndex` already loaded (by a host's `loadIndex`), as against the JSON it is read from. */
function isIndex(value: unknown): value is SearchIndex {
  return !!value && typeof value === 'object' && typeof (value as { split?: unknown }).split === 'function';
}

/** The index from `data()`, read once; `retry` asks again after a failure. */
export function useSearchIndex(data: (again?: boolean) => Promise<unknown>): { status: SearchStatus; index: SearchIndex | null; retry: () => void } {
  const [state, setState] = useState<{ status: SearchStatus; index: SearchIndex | null }>({ status: 'loading', index: null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    data(attempt > 0)
      .then((value) => (isIndex(value) ? value : openIndex(typeof value === 'string' ? JSON.parse(value) : (value as SearchIndexData))))
      .then(
        (index) => live && setState({ status: 'ready', index }),
        () => live && setState({ status: 'failed', index: null }),
      );
    return () => {
      live = false;
    };
  }, [data, attempt]);
  return {
    ...state,
    retry: () => {
      setState({ status: 'loading', index: null });
      setAttempt((n) => n + 1);
    },
  };
}

/** The results of `query` (none for a blank one), and which of them is active (-1: none yet). */
export function useResults(index: SearchIndex | null, query: string, limit: number) {
  const results = useMemo<SearchResult[]>(() => {
    try {
      return index ? runQuery(index, query, limit) : [];
    } catch {
      return [];
    }
  }, [index, query, limit]);
  const [active, setActive] = useState(-1);
  // A new list starts with no active result: the first arrow key picks the first one.
  useEffect(() => setActive(-1), [results]);
  return { results, active: Math.min(active, results.length - 1), setActive };
}

/**
 * An Enter pressed before the index arrived (`initial`, typed before the panel was there, or the
 * setter's `true`): once the index has loaded, the option `first` is followed, when there is one.
 * The panel sets it back to false when the reader types on.
 */
export function usePendingEnter(initial: boolean, status: SearchStatus, expanded: boolean, first: string): (pending: boolean) => void {
  const [pending, setPending] = useState(initial);
  useEffect(() => {
    if (!pending || status === 'loading') return;
    setPending(false);
    if (expanded) document.getElementById(first)?.click();
  }, [pending, status, expanded, first]);
  return setPending;
}

/** `text`, given to the live region only once it has stayed the same for a moment. */
export function useSettled(text: string): string {
  const [settled, setSettled] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setSettled(text), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer.current);
  }, [text]);
  return settled;
}

/** The active result after a key press in the field, or undefined when the key is not the list's. */
export function moveActive(key: string, active: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return active < 0 || active >= count - 1 ? 0 : active + 1;
    case 'ArrowUp':
      return active <= 0 ? count - 1 : active - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** How long a followed result's heading is waited for, after a client-side navigation. */
const REVEAL_FOR_MS = 8000;

/**
 * After following a result to `href` within the site: once the page at that path shows the heading
 * `#anchor`, scrolls it into view, unless the reader has scrolled or typed first. A full page load
 * scrolls to it by itself; a router's client-side navigation (next/link) scrolls when the new page
 * first renders, which is before a post streamed in behind a Suspense boundary has its headings.
 */
export function revealAfterNavigation(href: string): void {
  let target: URL;
  try {
    target = new URL(href, location.href);
  } catch {
    return;
  }
  const id = decodeURIComponent(target.hash.slice(1));
  if (!id || target.origin !== location.origin) return;
  const stop = () => {
    clearTimeout(timer);
    for (const type of ['wheel', 'touchstart', 'keydown']) removeEventListener(type, stop, true);
  };
  for (const type of ['wheel', 'touchstart', 'keydown']) addEventListener(type, stop, { capture: true, passive: true });
  const until = Date.now() + REVEAL_FOR_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const look = () => {
    // Until the router has moved to the post's path, the old page (and its hash) is still showing.
    const here = location.pathname === target.pathname;
    const el = here ? document.getElementById(id) : null;
    if (here && decodeURIComponent(location.hash.slice(1)) !== id) {
      stop();
    } else if (el) {
      const top = el.getBoundingClientRect().top;
      if (top < 0 || top > innerHeight / 3) el.scrollIntoView({ block: 'start' });
      stop();
    } else if (Date.now() < until) {
      timer = setTimeout(look, 50);
    } else {
      stop();
    }
  };
  timer = setTimeout(look, 0);
}
