import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';

/** One tab of {@link TabsIsland}. */
export interface TabsIslandTab {
  /** The tab's visible name. */
  label: string;
  /** Its value, shared by the tabs of a group (`groupId`). @default undefined */
  value?: string;
}

/** Props of TabsIsland. */
export interface TabsIslandProps {
  /** The tabs, in order. */
  tabs: TabsIslandTab[];
  /** Each tab's content, in the order of `tabs`. */
  panels: ReactNode[];
  /** The tab selected first. @default 0 */
  defaultIndex?: number;
  /** Tabs of one group on a page switch together, and the choice is remembered. @default undefined */
  groupId?: string;
  /** Leave out the kit's classes. @default false */
  unstyled?: boolean;
}

const GROUP_EVENT = 'rbk-tabs';
const stored = (groupId: string) => `rbk-tabs:${groupId}`;

/**
 * The tabs' state: not `ready` until mounted (the first render is the server's), the `selected`
 * tab, what selects one (telling the tabs of its group), and the tablist's keys: ArrowLeft and
 * ArrowRight (mirrored right to left, wrapping), Home and End move the selection and the focus.
 */
function useTabs(tabs: TabsIslandTab[], defaultIndex: number, groupId: string | undefined) {
  const [ready, setReady] = useState(false);
  const [selected, setSelected] = useState(defaultIndex);
  const values = tabs.map((tab) => tab.value ?? '').join('\n');
  useEffect(() => {
    setReady(true);
    if (!groupId) return;
    const follow = (value: unknown) => {
      const index = typeof value === 'string' && value !== '' ? values.split('\n').indexOf(value) : -1;
      if (index >= 0) setSelected(index);
    };
    try {
      follow(localStorage.getItem(stored(groupId)));
    } catch {
      // Storage refused (private mode, a sandboxed frame): the group still switches together.
    }
    const listener = (event: Event) => {
      const detail = (event as CustomEvent<{ groupId: string; value: string } | null>).detail;
      if (detail?.groupId === groupId) follow(detail.value);
    };
    addEventListener(GROUP_EVENT, listener);
    return () => removeEventListener(GROUP_EVENT, listener);
  }, [groupId, values]);

  const select = (index: number) => {
    setSelected(index);
    const value = tabs[index]?.value;
    if (!groupId || !value) return;
    try {
      localStorage.setItem(stored(groupId), value);
    } catch {
      // See above.
    }
    dispatchEvent(new CustomEvent(GROUP_EVENT, { detail: { groupId, value } }));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const count = tabs.length;
    const back = getComputedStyle(event.currentTarget).direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const key = event.key;
    // From the tab that has the focus: the selection may have moved under it (a tab of the same group
    // chosen elsewhere on the page, or restored from storage after the page focused a tab).
    const focused = Array.prototype.indexOf.call(event.currentTarget.children, event.target);
    const from = focused >= 0 ? focused : selected;
    const next =
      key === 'Home' ? 0 : key === 'End' ? count - 1 : key === back ? (from + count - 1) % count : key === 'ArrowLeft' || key === 'ArrowRight' ? (from + 1) % count : -1;
    if (next < 0) return;
    event.preventDefault();
    select(next);
    (event.currentTarget.children[next] as HTMLElement | undefined)?.focus();
  };
  return { ready, selected, select, onKeyDown };
}

/**
 * The tabs of an MDX post's `<Tabs>` (a client island, the WAI-ARIA tabs pattern: a tablist of
 * tabs with a roving tabindex, each tab controlling its tabpanel, the keys of {@link useTabs}).
 * Until hydrated it renders what the server sent and a page without JavaScript keeps: every panel,
 * each under its label, so nothing is hidden behind a control that cannot work.
 */
export function TabsIsland({ tabs, panels, defaultIndex = 0, groupId, unstyled }: TabsIslandProps) {
  const { ready, selected, select, onKeyDown } = useTabs(tabs, defaultIndex, groupId);
  const id = useId();
  const cls = (part: string) => (unstyled ? undefined : `rbk-${part}`);
  return (
    <div className={cls('tabs')} data-slot="tabs" data-ready={ready ? '' : undefined}>
      {ready ? (
        <div role="tablist" className={cls('tab-list')} data-slot="tab-list" onKeyDown={onKeyDown}>
          {tabs.map((tab, i) => (
            <button
              key={i}
              type="button"
              role="tab"
              id={`${id}tab${i}`}
              aria-selected={i === selected}
              aria-controls={`${id}panel${i}`}
              tabIndex={i === selected ? 0 : -1}
              className={cls('tab')}
              data-slot="tab"
              data-selected={i === selected ? '' : undefined}
              onClick={() => select(i)}
            >
              {tab.label}
            </button>
          ))}
        </div>
      ) : null}
      {panels.map((panel, i) => (
        <div
          key={i}
          className={cls('tab-panel')}
          data-slot="tab-panel"
          {...(ready && { role: 'tabpanel', id: `${id}panel${i}`, 'aria-labelledby': `${id}tab${i}`, tabIndex: 0, hidden: i !== selected })}
        >
          {ready ? null : (
            <p className={cls('tab-label')} data-slot="tab-label">
              {tabs[i]?.label}
            </p>
          )}
          {panel}
        </div>
      ))}
    </div>
  );
}
