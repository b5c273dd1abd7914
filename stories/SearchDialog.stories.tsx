import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';

import { SearchDialog } from '../src/index.js';
import type { SearchDialogProps } from '../src/index.js';
import { createSearchIndex } from '../src/search/index.js';
import { persianLabels } from './labels.js';
import { chinese, explainer, japanese, persian, technical } from './posts.js';
import { applyThemeArgs, themeArgTypes, type ThemeArgs } from './theme-controls.js';

type Args = SearchDialogProps & ThemeArgs;

// A real index, built here from the sample posts the other stories render (parsed when the stories
// load), as a host's build builds it from its posts.
const index = createSearchIndex([explainer, technical, persian, japanese, chinese]);
const loadIndex: SearchDialogProps['loadIndex'] = () => Promise.resolve(index);
const resultHref: SearchDialogProps['resultHref'] = (result) => `#/posts/${result.slug}/`;

const meta = {
  title: 'Components/SearchDialog',
  component: SearchDialog,
  args: { loadIndex, fallbackHref: '/search/', resultHref },
  argTypes: {
    ...themeArgTypes,
    inline: { control: 'boolean' },
    limit: { control: { type: 'number', min: 1, max: 20 } },
    loadIndex: { control: false },
    resultHref: { control: false },
    linkComponent: { control: false },
  },
  parameters: {
    kitProps: ['colorScheme', 'dir', 'locale'],
    docs: {
      description: {
        component:
          'Site search: a button (Ctrl-K, ⌘-K or `/`) that opens a modal dialog, or with `inline` the field in place. A client component from `react-blog-kit`; the dialog and the search engine (`react-blog-kit/search`) load with `import()` the first time it opens, and the index from `indexUrl` (or `loadIndex`) with them. Without JavaScript it is a plain link to `fallbackHref`. The index in these stories is built from the sample posts with `createSearchIndex`. Each story opens the dialog in its play function.',
      },
    },
  },
  render: (args) => (
    <div style={{ minHeight: '32rem', padding: '1rem' }}>
      <SearchDialog {...applyThemeArgs(args)} />
    </div>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opens the dialog with its button and types `query`, then waits for `expected` to show. */
async function search(canvasElement: HTMLElement, query: string, expected?: RegExp | 'results') {
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByRole('button', { expanded: false }));
  const field = await canvas.findByRole('combobox');
  await waitFor(() => expect(field).toHaveFocus());
  if (query) await userEvent.type(field, query);
  if (expected === 'results') await waitFor(() => expect(canvas.getAllByRole('option').length).toBeGreaterThan(0));
  else if (expected) await waitFor(() => expect(canvas.getByText(expected)).toBeInTheDocument());
}

/** Closed: the button, with its shortcut. Before hydration (and without JavaScript) it is a link to `fallbackHref`. */
export const Closed: Story = {};

/** Open, nothing typed yet. */
export const Empty: Story = {
  play: ({ canvasElement }) => search(canvasElement, ''),
};

/** Typing: results follow each key; a word's beginning is enough. */
export const Typing: Story = {
  play: ({ canvasElement }) => search(canvasElement, 'tok', 'results'),
};

/** With results: title, date, the heading the words were found under, and the snippet with the matched words marked. */
export const WithResults: Story = {
  name: 'With results',
  play: async ({ canvasElement }) => {
    await search(canvasElement, 'tide', 'results');
    await userEvent.keyboard('{ArrowDown}');
    await expect(within(canvasElement).getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');
  },
};

export const NoResults: Story = {
  name: 'No results',
  play: ({ canvasElement }) => search(canvasElement, 'xylophone', /No posts match/),
};

/** Loading: the index has not arrived yet (here it never does). */
export const Loading: Story = {
  args: { loadIndex: () => new Promise(() => {}) },
  play: ({ canvasElement }) => search(canvasElement, 'tide', /Loading search/),
};

/** Failed to load: the message and a button that loads the index again. */
export const FailedToLoad: Story = {
  name: 'Failed to load',
  args: { loadIndex: () => Promise.reject(new Error('offline')) },
  play: ({ canvasElement }) => search(canvasElement, 'tide', /could not be loaded/),
};

/** Right to left, in Persian, finding the Persian post by a word of its title. */
export const RtlPersian: Story = {
  name: 'RTL (Persian)',
  args: { dir: 'rtl', labels: persianLabels, locale: 'fa-IR' },
  play: ({ canvasElement }) => search(canvasElement, persian.title.split(/\s+/)[0], 'results'),
};

export const Dark: Story = {
  args: { colorScheme: 'dark' },
  render: (args) => (
    <div style={{ minHeight: '32rem', padding: '1rem', background: '#0d1117', colorScheme: 'dark' }}>
      <SearchDialog {...applyThemeArgs(args)} />
    </div>
  ),
  play: ({ canvasElement }) => search(canvasElement, 'tide', 'results'),
};

/** Inline (below the button, for comparison): the field in place, its results under it; the index loads when the field is first focused. */
export const Inline: Story = {
  render: (args) => (
    <div style={{ minHeight: '32rem', padding: '1rem', display: 'grid', gap: '1.5rem', alignContent: 'start', maxWidth: '36rem' }}>
      <SearchDialog {...applyThemeArgs(args)} />
      <SearchDialog {...applyThemeArgs(args)} inline />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('searchbox'));
    const field = await canvas.findByRole('combobox');
    await userEvent.type(field, 'json');
    await waitFor(() => expect(canvas.getAllByRole('option').length).toBeGreaterThan(0));
  },
};
