import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, within } from 'storybook/test';

import { MarkdownContent, PostLayout } from '../src/index.js';
import type { PostLayoutProps } from '../src/index.js';
import { mdxFeature, parsePost } from '../src/parse/index.js';
import { StateBoard } from './helpers.js';

/** An `.mdx` post, parsed as a host parses one at build time: its components become data. */
const mdxPost = (body: string, slugPrefix = '') => parsePost(`---\ntitle: Reading a Tide Table\n---\n\n${body}\n`, { filename: 'tides.mdx', slugPrefix });

/** What MDX source looks like when it leaks into a page: a JSX tag, a brace, an import line. */
const SOURCE = /[{}]|<\/?[A-Z]|\bimport\s/;

const mapped = `import { Chart } from '../components/Chart'

A tide table gives each high and low water. Press <Kbd keys={['Ctrl', 'F']} /> to find your port.

## Heights through the day {/*heights*/}

<Chart
  title="Height at Brest on a spring tide"
  unit="m"
  points={[{ label: '03:10', value: 7.1 }, { label: '09:25', value: 0.9 }, { label: '15:35', value: 7.3 }]}
/>

The chart above is the host's component; the post holds its numbers as data.`;

const unmapped = `## A talk about tides

<YouTube id="tide-talk" start={42}>
  Watch the talk on **spring and neap tides** on the lecturer's site.
</YouTube>

The page did not map \`YouTube\`, so its children show in its place and its props do not.`;

const callouts = `## Before you walk out

<Note>Heights are in metres above chart datum.</Note>

<Tip>Compare the high-water times first.</Tip>

<Info>The constituent speeds are the same everywhere.</Info>

<Warning>Storm surge is not in the model.</Warning>

<Caution>Never plan a crossing on a predicted height alone.</Caution>

<Danger>The causeway floods faster than you can walk.</Danger>

<Admonition type="tip" title="Local knowledge">
  Ask the harbour master about the bar at low water.
</Admonition>`;

const leftOut = `import Widget from './widget'
export const year = new Date().getFullYear()

Published in {year}, and {/* an editor's note */} read by {'many'} people.

<Widget onClick={() => alert(1)} data={window.location} size={3}>
  Only the text inside a component is ever shown.
</Widget>`;

/** A chart of the story's own: a host maps `Chart` to whatever it likes. */
function Chart({ title, unit, points }: { title?: unknown; unit?: unknown; points?: unknown }) {
  const rows = Array.isArray(points) ? points.filter((p): p is { label: string; value: number } => typeof p?.label === 'string' && Number.isFinite(p?.value)) : [];
  const max = Math.max(1, ...rows.map((p) => p.value));
  return (
    <figure data-chart="">
      <figcaption>{typeof title === 'string' ? title : 'Chart'}</figcaption>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {rows.map((p) => (
          <li key={p.label} style={{ display: 'grid', gridTemplateColumns: '4rem 1fr 4rem', gap: '0.5rem', alignItems: 'center' }}>
            <span>{p.label}</span>
            <span style={{ inlineSize: `${(p.value / max) * 100}%`, blockSize: '0.75rem', background: 'var(--rbk-color-accent)' }} />
            <span>
              {p.value} {typeof unit === 'string' ? unit : ''}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** Keys to press, mapped inline: a component written inside a paragraph stays inside it. */
function Kbd({ keys }: { keys?: unknown; children?: ReactNode }) {
  const list = Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : [];
  return (
    <span data-keys="">
      {list.map((key, i) => (
        <span key={key}>
          {i > 0 && '+'}
          <kbd>{key}</kbd>
        </span>
      ))}
    </span>
  );
}

const components = { Chart, Kbd };

type Story = StoryObj<typeof meta>;

const meta = {
  title: 'Components/MDX',
  component: PostLayout,
  args: { post: mdxPost(mapped), components, toc: 'top' },
  argTypes: { post: { control: false }, components: { control: false } },
  parameters: {
    kitProps: ['colorScheme', 'dir', 'locale'],
    docs: {
      description: {
        component:
          'An `.mdx` post is parsed once into data: each component becomes an element naming it with its props as JSON, read without running anything. The page maps names to its own components with `components={{ Chart: MyChart }}`, on the server and in the browser alike. A name it does not map shows its children; expressions, imports and exports are left out.',
      },
    },
  },
} satisfies Meta<PostLayoutProps>;

export default meta;

/** `Chart` (a block) and `Kbd` (inside a paragraph) mapped by the page; the heading keeps the id the post gave it. */
export const MappedComponents: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const figure = canvasElement.querySelector('figure[data-chart]');
    await expect(figure?.querySelector('figcaption')?.textContent).toBe('Height at Brest on a spring tide');
    await expect([...(figure?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(['03:107.1 m', '09:250.9 m', '15:357.3 m']);
    await expect([...canvasElement.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Ctrl', 'F']);
    await expect(canvasElement.querySelector('[data-keys]')?.closest('p')).not.toBeNull();
    await expect(canvas.getByRole('heading', { name: 'Heights through the day' }).id).toBe('heights');
    await expect(canvasElement.textContent).not.toMatch(SOURCE);
  },
};

/** `YouTube` is not in `components`: its children show, its props do not, and development logs one warning naming it. */
export const UnmappedComponent: Story = {
  args: { post: mdxPost(unmapped) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('strong')?.textContent).toBe('spring and neap tides');
    await expect(canvasElement.textContent).toContain("on the lecturer's site");
    await expect(canvasElement.textContent).not.toMatch(/tide-talk|42/);
    await expect(canvasElement.textContent).not.toMatch(SOURCE);
  },
};

/** `<Note>`, `<Tip>`, `<Info>`, `<Warning>`, `<Caution>`, `<Danger>` and `<Admonition type title>`, none of them mapped by the page. */
export const BuiltInCallouts: Story = {
  args: { post: mdxPost(callouts), components: {} },
  play: async ({ canvasElement }) => {
    for (const text of ['metres above chart datum', 'high-water times', 'constituent speeds', 'Storm surge', 'predicted height', 'floods faster', 'harbour master']) {
      await expect(canvasElement.textContent).toContain(text);
    }
    // Each is one of the kit's callouts, named by its role (the tabs and the rest: "Components/MDX built-ins").
    await expect(within(canvasElement).getAllByRole('note')).toHaveLength(7);
    await expect(canvasElement.textContent).not.toMatch(SOURCE);
  },
};

/** What MDX would run is left out: the import, the export, `{year}`, the comment, the handler and the non-literal prop. Text and literals stay. */
export const NothingRuns: Story = {
  args: { post: mdxPost(leftOut), components: { Widget: ({ children, ...props }: { children?: ReactNode }) => <div data-props={JSON.stringify(props)}>{children}</div> } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.textContent).toContain('Published in , and  read by many people.');
    await expect(canvasElement.querySelector('[data-props]')?.getAttribute('data-props')).toBe('{"size":3}');
    await expect(canvasElement.textContent).toContain('Only the text inside a component is ever shown.');
    await expect(canvasElement.textContent).not.toMatch(/getFullYear|alert|window|editor|\{|\bimport\s/);
  },
};

/**
 * At run time: `MarkdownContent` reads MDX when the page passes `features={[mdxFeature]}` and
 * `format="mdx"`. The feature brings the MDX syntax (remark-mdx, acorn) into that page's bundle only.
 */
export const InMarkdownContent: Story = {
  render: () => (
    <MarkdownContent features={[mdxFeature]} format="mdx" components={components}>
      {mapped}
    </MarkdownContent>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('figure[data-chart] figcaption')?.textContent).toBe('Height at Brest on a spring tide');
    await expect(canvasElement.querySelector('#heights')).not.toBeNull();
    await expect(canvasElement.textContent).not.toMatch(SOURCE);
  },
};

export const AllStates: Story = {
  render: () => (
    <StateBoard
      states={[
        { name: 'Mapped components', node: <PostLayout post={mdxPost(mapped, 'm-')} components={components} toc="none" /> },
        { name: 'Unmapped component', node: <PostLayout post={mdxPost(unmapped, 'u-')} toc="none" /> },
        { name: 'Built-in callouts', node: <PostLayout post={mdxPost(callouts, 'c-')} toc="none" /> },
      ]}
    />
  ),
};
