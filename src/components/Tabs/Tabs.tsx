import { Children, isValidElement, type ReactNode } from 'react';
import { TabsIsland, type TabsIslandTab } from '../islands.js';

/** The props a post's `<TabItem>` may carry (Docusaurus's), as JSON. */
interface TabItemProps {
  value?: unknown;
  label?: unknown;
  default?: unknown;
  children?: ReactNode;
}

/** The props a post's `<Tabs>` may carry (Docusaurus's), as JSON. */
interface TabsProps {
  groupId?: unknown;
  defaultValue?: unknown;
  values?: unknown;
  children?: ReactNode;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined);

/** A tab's content. Its label is a prop, which `Tabs` shows; the parse's label child was left out for it. */
function TabItem({ children }: TabItemProps) {
  return <>{children}</>;
}

/** `<Tabs values={[{ label, value }]}>`: a label by value, for the items that give none. */
function labelsOf(values: unknown): Map<string, string> {
  const labels = new Map<string, string>();
  if (!Array.isArray(values)) return labels;
  for (const entry of values as Record<string, unknown>[]) {
    const value = text(entry?.value);
    const label = text(entry?.label);
    if (value && label) labels.set(value, label);
  }
  return labels;
}

/**
 * `<Tabs>`: reads its items (elements with a `value` or `label`, the kit's TabItem or the host's)
 * and hands their labels and the items themselves, as panels, to the tabs island. Server-safe: it
 * reads props, no hooks. Anything else inside shows before the tabs.
 */
function tabsOf({ children, groupId, defaultValue, values }: TabsProps, unstyled: boolean) {
  const labels = labelsOf(values);
  const tabs: TabsIslandTab[] = [];
  const panels: ReactNode[] = [];
  const other: ReactNode[] = [];
  let initial = -1;
  for (const child of Children.toArray(children)) {
    const props = isValidElement(child) ? (child.props as TabItemProps) : undefined;
    const value = text(props?.value);
    const label = text(props?.label) ?? (value && labels.get(value)) ?? value;
    if (!props || ((child as { type?: unknown }).type !== TabItem && label === undefined)) {
      if (typeof child !== 'string' || child.trim() !== '') other.push(child);
      continue;
    }
    if (value !== undefined && value === text(defaultValue)) initial = tabs.length;
    else if (initial < 0 && props.default === true && text(defaultValue) === undefined) initial = tabs.length;
    tabs.push({ label: label ?? String(tabs.length + 1), value });
    panels.push(child);
  }
  if (tabs.length === 0) return <>{other}</>;
  return (
    <>
      {other}
      <TabsIsland tabs={tabs} panels={panels} defaultIndex={Math.max(initial, 0)} groupId={text(groupId)} unstyled={unstyled} />
    </>
  );
}

function Tabs(props: TabsProps) {
  return tabsOf(props, false);
}

function UnstyledTabs(props: TabsProps) {
  return tabsOf(props, true);
}

const styled = { Tabs, TabItem };
const bare = { Tabs: UnstyledTabs, TabItem };

/**
 * The kit's components for the MDX built-ins that need one (Docusaurus's `<Tabs>` and `<TabItem>`),
 * which the components rendering a body pass under the host's `components`: a name the host maps wins.
 */
export function builtinComponents(unstyled?: boolean): typeof styled {
  return unstyled ? bare : styled;
}
