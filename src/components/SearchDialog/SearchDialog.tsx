import { forwardRef, useCallback, useEffect, useRef, useState, type ComponentType, type ElementType, type ReactNode } from 'react';
import { safeHref } from '../../core/url.js';
import { kitParts, named, type KitProps } from '../kit/base.js';
import { searchLabels, type SearchLabels } from './labels.js';
import { devCheck } from '../kit/checks.js';
import type { PanelKit, SearchPanelProps } from './SearchPanel.js';
import type { SearchIndex } from '../../search/search.js';
import type { SearchIndexData } from '../../search/data.js';
import type { ResultHref } from './use-search.js';

/** The parts of SearchDialog, keys of `classNames`. */
export type SearchDialogSlot =
  | 'root'
  | 'search-trigger'
  | 'search-shortcut'
  | 'search-dialog'
  | 'search-box'
  | 'search-input'
  | 'search-close'
  | 'search-status'
  | 'search-message'
  | 'search-retry'
  | 'search-results'
  | 'search-result'
  | 'search-result-title'
  | 'search-result-heading'
  | 'search-result-date'
  | 'search-result-snippet'
  | 'search-mark';

/** Props of SearchDialog. */
export interface SearchDialogProps extends Omit<React.ComponentPropsWithoutRef<'div'>, 'children'>, Omit<KitProps<SearchDialogSlot>, 'labels'> {
  /** Strings shown or announced; anything left out keeps its English default. @default the defaults of {@link SearchLabels} */
  labels?: Partial<SearchLabels>;
  /**
   * URL of the index `createSearchIndex` wrote (JSON), fetched on first use, never before.
   * @default undefined (give `indexUrl` or `loadIndex`)
   */
  indexUrl?: string;
  /**
   * Loads the index instead of `indexUrl`: resolves to what `createSearchIndex` returned, its JSON text,
   * or a `SearchIndex`. Called on first use, and again on "Try again" after it failed.
   * @default undefined
   */
  loadIndex?: () => Promise<SearchIndexData | SearchIndex | string>;
  /**
   * Where the trigger leads without JavaScript (a `/search/` page, a site-search URL): rendered as a plain
   * link on the server and until the island hydrates, then replaced by the button.
   * @default undefined (nothing is rendered until hydration, so no dead control is shown)
   */
  fallbackHref?: string;
  /** Renders the search field in place (a box with its results under it) instead of a button that opens a dialog. @default false */
  inline?: boolean;
  /** The URL of a result's post; `#anchor` of the best-matching heading is added to it. @default the kit's post URL, `/posts/<slug>/` */
  resultHref?: ResultHref;
  /** Renders result links through a host component such as next/link, given `href`. @default 'a' */
  linkComponent?: ElementType;
  /** Most results shown. @default 8 */
  limit?: number;
  /** Open (or focus, when `inline`) with Ctrl-K, ⌘-K and `/` typed outside a text field. @default true */
  shortcuts?: boolean;
  /** Time zone for date-times, as in ArticleMeta. @default 'UTC' */
  timeZone?: string;
}

type Panel = ComponentType<SearchPanelProps>;

/** Whether a key press belongs to a field the reader is typing in, where `/` is text. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? ''));
}

/** The shortcut, spelled for the reader's platform once hydrated. */
function shortcutText(): string {
  return typeof navigator === 'object' && /Mac|iPhone|iPad/.test(navigator.platform ?? '') ? '⌘K' : 'Ctrl K';
}

/**
 * The index as the trigger keeps it: fetched (or loaded) on the first call and the same promise after
 * that, failed or not, so the trigger and its panel share one request; `again` (the panel's "Try
 * again") starts a new one.
 */
function useIndexData(indexUrl: string | undefined, loadIndex: SearchDialogProps['loadIndex']) {
  const cache = useRef<Promise<unknown> | null>(null);
  return useCallback(
    (again = false): Promise<unknown> => {
      if (again || !cache.current) {
        cache.current =
          typeof loadIndex === 'function'
            ? Promise.resolve().then(loadIndex)
            : typeof indexUrl === 'string' && indexUrl !== ''
              ? fetch(indexUrl).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`search index: HTTP ${r.status} for ${indexUrl}`))))
              : Promise.reject(new Error('SearchDialog: give indexUrl or loadIndex'));
      }
      return cache.current;
    },
    [indexUrl, loadIndex],
  );
}

/**
 * Ctrl-K, ⌘-K and `/` (outside a text field) call `show`. While the dialog is open and its panel's
 * code is still on its way, the keys typed are kept in `typed` for the panel's field (an Enter as `\n`).
 */
function useShortcuts(enabled: boolean, show: () => void, waiting: boolean, typed: React.RefObject<string>) {
  useEffect(() => {
    if (!enabled && !waiting) return;
    const onKey = (e: KeyboardEvent) => {
      // Taken already: by the page, or by another SearchDialog on it (the first one mounted answers).
      if (e.defaultPrevented) return;
      const mod = e.ctrlKey || e.metaKey;
      if (enabled && ((mod && !e.altKey && e.key.toLowerCase() === 'k') || (e.key === '/' && !mod && !e.altKey && !typing(e.target)))) {
        e.preventDefault();
        show();
      } else if (waiting && !mod && !e.altKey) {
        if (e.key.length === 1) typed.current += e.key;
        else if (e.key === 'Backspace') typed.current = typed.current.slice(0, -1);
        // Enter: the panel follows the first result once it has one. Kept as a last character, which
        // no key typed above can be.
        else if (e.key === 'Enter') typed.current += '\n';
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, show, waiting, typed]);
}

/**
 * Site search: a button (Ctrl-K, ⌘-K or `/`) that opens a modal dialog with a search field and the
 * matching posts, or with `inline` the field itself with its results under it. Nothing of the panel or
 * the search engine is in the page's bundle: both, and the index (`indexUrl` or `loadIndex`), load on
 * first use (opening the dialog, focusing the inline field). Without JavaScript the trigger is a plain
 * link to `fallbackHref`; the first render is the server's, and the button replaces the link once
 * hydrated.
 */
export const SearchDialog = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, SearchDialogProps>(function SearchDialog(
    { indexUrl, loadIndex, fallbackHref, inline = false, resultHref, linkComponent, limit, shortcuts = true, timeZone, labels, locale, ...props },
    ref,
  ) {
    const k = { ...kitParts<SearchDialogSlot, typeof props>('search', props), labels: searchLabels(labels), locale, Link: linkComponent ?? 'a' };
    const [hydrated, setHydrated] = useState(false);
    const [open, setOpen] = useState(false);
    const [panel, setPanel] = useState<{ Panel: Panel; focus: boolean } | null>(null);
    const [failed, setFailed] = useState(false);
    const typed = useRef('');
    const trigger = useRef<HTMLButtonElement | HTMLInputElement | null>(null);
    const refocus = useRef(false);
    const data = useIndexData(indexUrl, loadIndex);

    // The first use: the panel's code (the dialog and the engine) and the index, side by side.
    const start = useCallback(() => {
      if (panel) return;
      void data().catch(() => undefined);
      import('./SearchPanel.js').then(
        (m) => setPanel({ Panel: m.SearchPanel, focus: !inline || document.activeElement === trigger.current }),
        () => setFailed(true),
      );
    }, [panel, data, inline]);
    const show = useCallback(() => {
      start();
      if (inline) trigger.current?.focus();
      else setOpen(true);
    }, [start, inline]);
    useShortcuts(shortcuts, show, open && !panel, typed);
    useEffect(() => setHydrated(true), []);
    useEffect(() => {
      if (!open && refocus.current) {
        refocus.current = false;
        trigger.current?.focus({ preventScroll: true });
      }
    }, [open]);

    devCheck('SearchDialog', ({ describe }) => [
      typeof loadIndex !== 'function' && (typeof indexUrl !== 'string' || indexUrl === '') &&
        `indexUrl or loadIndex: expected a URL or a function, received ${describe(indexUrl)} and ${describe(loadIndex)}; search cannot load`,
      fallbackHref !== undefined && safeHref(fallbackHref) === undefined &&
        `fallbackHref: expected a safe URL, received ${describe(fallbackHref)}; nothing is rendered before hydration`,
    ]);

    const close = useCallback((restoreFocus: boolean) => {
      refocus.current = restoreFocus;
      setOpen(false);
    }, []);
    const panelElement = panel ? (
      <panel.Panel
        kit={k}
        inline={inline}
        open={inline || open}
        onClose={close}
        data={data}
        initialQuery={typed.current}
        focus={panel.focus}
        resultHref={resultHref}
        limit={limit}
        timeZone={timeZone}
        inputRef={inline ? trigger : undefined}
      />
    ) : null;
    return (
      <div ref={ref} {...k.rest} {...k.root} data-inline={inline ? '' : undefined}>
        {!hydrated ? (
          fallbackLink(k, fallbackHref)
        ) : inline ? (
          (panelElement ?? placeholderField(k, trigger, start, typed, failed))
        ) : (
          <>
            {triggerButton(k, trigger, show, open)}
            {panelElement}
          </>
        )}
      </div>
    );
  }),
  'SearchDialog',
);

type TriggerKit = Pick<PanelKit, 'labels' | 'part'>;

/** Before hydration: a plain link to the host's search page, or nothing. */
function fallbackLink(k: TriggerKit, fallbackHref: string | undefined): ReactNode {
  const href = safeHref(fallbackHref);
  return href === undefined ? null : (
    <a href={href} {...k.part('search-trigger')}>
      {triggerContent(k, 'hidden')}
    </a>
  );
}

/** Inline, before first use: the field as it will look, with no engine behind it; focusing it loads the panel, which takes its place. */
function placeholderField(
  k: TriggerKit,
  ref: React.RefObject<HTMLButtonElement | HTMLInputElement | null>,
  start: () => void,
  typed: React.RefObject<string>,
  failed: boolean,
): ReactNode {
  return (
    <input
      ref={ref as React.Ref<HTMLInputElement>}
      type="search"
      {...k.part('search-input')}
      aria-label={k.labels.searchField}
      placeholder={failed ? k.labels.searchFailed : k.labels.searchField}
      onFocus={start}
      onChange={(e) => (typed.current = e.currentTarget.value)}
    />
  );
}

/** The button that opens the dialog, with the shortcut shown beside its text. */
function triggerButton(k: TriggerKit, ref: React.RefObject<HTMLButtonElement | HTMLInputElement | null>, show: () => void, open: boolean): ReactNode {
  return (
    <button
      ref={ref as React.Ref<HTMLButtonElement>}
      type="button"
      {...k.part('search-trigger')}
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-keyshortcuts="Control+K Meta+K /"
      onClick={show}
    >
      {triggerContent(k, 'visible')}
    </button>
  );
}

/**
 * What the trigger shows: the icon, its text and the shortcut. The link rendered before hydration shows
 * the same, its shortcut kept in place but unseen (without JavaScript it does nothing), so the button
 * that replaces it takes the same room and nothing on the page moves.
 */
function triggerContent(k: TriggerKit, shortcut: 'visible' | 'hidden'): ReactNode {
  return (
    <>
      <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2">
        <circle cx="7" cy="7" r="5" />
        <path d="m11 11 4 4" />
      </svg>
      <span>{k.labels.search}</span>
      <kbd {...k.part('search-shortcut')} aria-hidden="true" style={shortcut === 'hidden' ? { visibility: 'hidden' } : undefined}>
        {shortcutText()}
      </kbd>
    </>
  );
}
