/**
 * SearchDialog's panel: the field, the results and the messages, in a modal `<dialog>` or in place.
 * Loaded by the trigger with `import()` on first use, with the engine (use-search.ts), so neither is
 * in a page's bundle before the reader asks to search.
 */
import { useId, useLayoutEffect, useRef, useState, type ElementType, type ReactNode, type Ref } from 'react';
import { hrefFrom } from '../blog.js';
import type { PartProps } from '../kit/base.js';
import type { SearchLabels } from './labels.js';
import type { SearchDialogSlot } from './SearchDialog.js';
import { moveActive, resultUrl, revealAfterNavigation, usePendingEnter, useResults, useSearchIndex, useSettled, type ResultHref, type SearchStatus } from './use-search.js';
import type { SearchResult } from '../../search/search.js';

type Part = (name: SearchDialogSlot, extra?: string) => PartProps<SearchDialogSlot>;

/** What the panel renders with, from the trigger's `kit()`. */
export interface PanelKit {
  labels: SearchLabels;
  /** The host's `locale` prop, as given (checked where it is used). */
  locale: string | undefined;
  part: Part;
  Link: ElementType;
}

/** Props the trigger hands its panel. */
export interface SearchPanelProps {
  kit: PanelKit;
  inline: boolean;
  /** Whether the dialog is open (always true inline). */
  open: boolean;
  /** Closes the dialog; `restoreFocus` puts focus back on the trigger (not after following a result). */
  onClose: (restoreFocus: boolean) => void;
  /** The index, loaded on first call and kept by the trigger; `again` loads it anew. */
  data: (again?: boolean) => Promise<unknown>;
  /** What the reader typed before the panel was there; `\n` for an Enter, which ends it. */
  initialQuery: string;
  /** Focus the field once mounted (inline: the reader was in the placeholder field). */
  focus: boolean;
  resultHref?: ResultHref;
  limit?: number;
  timeZone?: string;
  /** The field, for the trigger's shortcut (inline). */
  inputRef?: Ref<HTMLInputElement | HTMLButtonElement | null>;
}

const DEFAULT_LIMIT = 8;

/** The snippet's text with each marked range in a `<mark>`, as React elements. */
export function markedSnippet(text: string, marks: readonly (readonly [number, number])[] | undefined, part: Part): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  const ranges = Array.isArray(marks) ? [...marks].filter(Array.isArray).sort((a, b) => a[0] - b[0]) : [];
  for (const [start, end] of ranges) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < at || end <= start || end > text.length) continue;
    if (start > at) out.push(text.slice(at, start));
    out.push(
      <mark key={start} {...part('search-mark')}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** `template` with each `{name}` filled from `values` (a name not given stays as it is). */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** `make(locale)`, or `make('en-US')` when Intl refuses the locale. */
function intl<T>(locale: string | undefined, make: (locale: string | undefined) => T): T {
  try {
    return make(locale || undefined);
  } catch {
    return make('en-US');
  }
}

/** What the panel says about the results: shown under the field and, once the reader pauses, announced. */
function statusText(status: SearchStatus, query: string, count: number, labels: SearchLabels, locale: string | undefined): string {
  if (status === 'failed') return labels.searchFailed;
  if (query.trim() === '') return '';
  if (status === 'loading') return labels.searchLoading;
  if (count === 0) return fill(labels.searchNoResults, { query: query.trim() });
  const category = intl(locale, (l) => new Intl.PluralRules(l).select(count));
  return fill(labels.searchResults[category] ?? labels.searchResults.other, { count: intl(locale, (l) => count.toLocaleString(l)) });
}

/**
 * A result's date in `locale`: the index keeps a day (`YYYY-MM-DD`, shown as that day everywhere) or
 * an ISO date-time (shown in `timeZone`).
 */
function dateText(date: string, locale: string | undefined, timeZone = 'UTC'): string | undefined {
  const value = new Date(date);
  if (Number.isNaN(value.getTime())) return undefined;
  const zone = date.includes('T') ? timeZone : 'UTC';
  return intl(locale, (l) => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: zone }).format(value));
}

/** One result: title, the heading it was found under, date and snippet, matched words marked in each. */
function resultContent(result: SearchResult, k: PanelKit, timeZone: string | undefined): ReactNode {
  const date = typeof result.date === 'string' ? dateText(result.date, k.locale, timeZone) : undefined;
  return (
    <>
      <span {...k.part('search-result-title')}>{markedSnippet(result.title, result.titleMarks, k.part)}</span>
      {result.heading ? <span {...k.part('search-result-heading')}>{markedSnippet(result.heading, result.headingMarks, k.part)}</span> : null}
      {date ? (
        <time {...k.part('search-result-date')} dateTime={result.date}>
          {date}
        </time>
      ) : null}
      {result.snippet ? <span {...k.part('search-result-snippet')}>{markedSnippet(result.snippet, result.marks, k.part)}</span> : null}
    </>
  );
}

interface ListProps {
  id: string;
  results: SearchResult[];
  active: number;
  setActive: (i: number) => void;
  k: PanelKit;
  onFollow: (href: string) => void;
  resultHref?: ResultHref;
  timeZone?: string;
}

/** The listbox: each result an option, a link to the post and heading (focus stays in the field). */
function ResultList({ id, results, active, setActive, k, onFollow, resultHref, timeZone }: ListProps) {
  return (
    <div id={id} role="listbox" aria-label={k.labels.searchResultsList} {...k.part('search-results')}>
      {results.map((result, i) => {
        const href = hrefFrom((r: SearchResult) => resultUrl(r, resultHref), result);
        const Tag = href ? k.Link : 'div';
        return (
          <Tag
            key={`${result.slug}#${result.anchor ?? ''}`}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            tabIndex={-1}
            {...k.part('search-result')}
            data-active={i === active ? '' : undefined}
            {...(href ? { href, onClick: () => onFollow(href) } : {})}
            onMouseMove={() => i !== active && setActive(i)}
          >
            {resultContent(result, k, timeZone)}
          </Tag>
        );
      })}
    </div>
  );
}

/** The panel: a combobox field over the listbox of results, in a modal dialog or, `inline`, in place. */
export function SearchPanel(props: SearchPanelProps) {
  const { kit: k, inline, open, onClose, data, initialQuery, focus, resultHref, limit = DEFAULT_LIMIT, timeZone, inputRef } = props;
  const id = useId();
  // An Enter typed before the panel was there comes as a line break, after the query it was for.
  const [typed, entered] = initialQuery.split('\n');
  const [query, setQuery] = useState(typed);
  const [collapsed, setCollapsed] = useState(false);
  const { status, index, retry } = useSearchIndex(data);
  const { results, active, setActive } = useResults(index, query, limit > 0 ? Math.floor(limit) : DEFAULT_LIMIT);
  const message = statusText(status, query, results.length, k.labels, k.locale);
  const announced = useSettled(message);
  const dialog = useRef<HTMLDialogElement | null>(null);
  const field = useRef<HTMLInputElement | null>(null);
  const expanded = results.length > 0 && !(inline && collapsed);
  const setPending = usePendingEnter(entered !== undefined && typed.trim() !== '', status, expanded, `${id}-list-0`);

  useOpenState(dialog, field, open, inline, focus);

  // Following a result leaves the page (or moves within it): the dialog closes without taking focus back.
  const follow = (href: string) => (onClose(false), revealAfterNavigation(href));
  const onKeyDown = fieldKeys({ id, expanded, active, count: results.length, setActive, inline, onClose, setCollapsed, setQuery, wait: () => status === 'loading' && query.trim() !== '', setPending });
  const box = (
    <div {...k.part('search-box')} onBlur={inline ? (e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setCollapsed(true) : undefined}>
      <input
        ref={(el) => {
          field.current = el;
          if (typeof inputRef === 'function') inputRef(el);
          else if (inputRef) (inputRef as React.RefObject<HTMLInputElement | null>).current = el;
        }}
        {...comboboxProps(k, `${id}-list`, expanded, active)}
        value={query}
        onChange={(e) => (setQuery(e.currentTarget.value), setCollapsed(false), setPending(false))}
        onFocus={() => setCollapsed(false)}
        onKeyDown={onKeyDown}
      />
      {inline ? null : (
        <button type="button" {...k.part('search-close')} onClick={() => onClose(true)}>
          {k.labels.searchClose}
        </button>
      )}
      {message && (!inline || !collapsed) ? (
        <p {...k.part('search-message')} data-status={status}>
          {message}
          {status === 'failed' ? (
            <button type="button" {...k.part('search-retry')} onClick={retry}>
              {k.labels.searchRetry}
            </button>
          ) : null}
        </p>
      ) : null}
      {expanded ? (
        <ResultList id={`${id}-list`} results={results} active={active} setActive={setActive} k={k} onFollow={follow} resultHref={resultHref} timeZone={timeZone} />
      ) : null}
      <p {...k.part('search-status')} role="status" aria-live="polite" aria-atomic="true">
        {announced}
      </p>
    </div>
  );
  if (inline) return box;
  return (
    <dialog
      ref={dialog}
      {...k.part('search-dialog')}
      aria-label={k.labels.search}
      onCancel={(e) => {
        e.preventDefault();
        onClose(true);
      }}
      // The close event is queued: when it arrives after the reader has opened the dialog again (Escape
      // then \`/\` at once), the dialog is open and the event is the old close's, not a new one.
      onClose={(e) => open && !e.currentTarget.open && onClose(true)}
      onClick={(e) => e.target === e.currentTarget && onClose(true)}
    >
      {box}
    </dialog>
  );
}

/** The field's attributes as a combobox over the list `list`, whose active option is `active` (-1: none). */
function comboboxProps(k: PanelKit, list: string, expanded: boolean, active: number) {
  return {
    type: 'search',
    role: 'combobox',
    ...k.part('search-input'),
    'aria-label': k.labels.searchField,
    placeholder: k.labels.searchField,
    'aria-autocomplete': 'list',
    'aria-expanded': expanded,
    'aria-controls': list,
    'aria-activedescendant': expanded && active >= 0 ? `${list}-${active}` : undefined,
    autoComplete: 'off',
    spellCheck: false,
  } as const;
}

interface FieldKeys {
  id: string;
  expanded: boolean;
  active: number;
  count: number;
  setActive: (i: number) => void;
  inline: boolean;
  onClose: (restoreFocus: boolean) => void;
  setCollapsed: (collapsed: boolean) => void;
  setQuery: (query: string) => void;
  /** Whether an Enter with no list yet is kept for when the index arrives. */
  wait: () => boolean;
  setPending: (pending: boolean) => void;
}

/**
 * The field's keys: the arrows, Home and End move the active result while the list is shown, Enter
 * follows the active result (the first when none is active; while the index loads, the first once it
 * has), Escape closes the dialog (inline: hides the list, then clears the field). A key typed while
 * composing (an IME's Enter) is the IME's.
 */
function fieldKeys({ id, expanded, active, count, setActive, inline, onClose, setCollapsed, setQuery, wait, setPending }: FieldKeys) {
  return (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    const next = expanded ? moveActive(e.key, active, count) : undefined;
    if (next !== undefined) {
      e.preventDefault();
      setActive(next);
      document.getElementById(`${id}-list-${next}`)?.scrollIntoView?.({ block: 'nearest' });
    } else if (e.key === 'Enter' && expanded) {
      e.preventDefault();
      document.getElementById(`${id}-list-${active >= 0 ? active : 0}`)?.click();
    } else if (e.key === 'Enter' && wait()) {
      e.preventDefault();
      setPending(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (!inline) onClose(true);
      else if (expanded) setCollapsed(true);
      else setQuery('');
    }
  };
}

/** Shows the dialog as a modal and focuses the field when `open` turns on; closes it when it turns off. */
function useOpenState(
  dialog: React.RefObject<HTMLDialogElement | null>,
  field: React.RefObject<HTMLInputElement | null>,
  open: boolean,
  inline: boolean,
  focus: boolean,
) {
  const shown = useRef(false);
  useLayoutEffect(() => {
    const d = dialog.current;
    if (inline) {
      if (focus) field.current?.focus();
      return;
    }
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
      field.current?.focus({ preventScroll: true });
      // Opened again: the last query selected, so typing replaces it. The first time, what the reader
      // typed while the panel loaded stays as it is, the caret after it.
      if (shown.current) field.current?.select();
      shown.current = true;
    } else if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open, inline, focus, dialog, field]);
}
