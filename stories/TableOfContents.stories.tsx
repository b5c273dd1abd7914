import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { TableOfContents } from '../src/index.js';
import type { TableOfContentsProps } from '../src/index.js';
import { StateBoard, snippet } from './helpers.js';
import { germanLabels, persianLabels } from './labels.js';
import { explainer, persian, technical } from './posts.js';
import { applyThemeArgs, paperTheme, themeArgTypes, type ThemeArgs } from './theme-controls.js';

type Args = TableOfContentsProps & ThemeArgs;

const meta = {
  title: 'Components/TableOfContents',
  component: TableOfContents,
  args: { toc: explainer.toc },
  argTypes: {
    ...themeArgTypes,
    toc: { control: false },
    minDepth: { control: { type: 'number', min: 2, max: 6 } },
    maxDepth: { control: { type: 'number', min: 2, max: 6 } },
    activeId: { control: { type: 'select' }, options: [undefined, ...explainer.toc.map((entry) => entry.id)] },
  },
  parameters: {
    kitProps: ['colorScheme', 'dir'],
    docs: {
      description: {
        component:
          '`<nav aria-label="On this page">` with a nested list of links to the heading ids in `post.toc`. Plain links: it works with no JavaScript and renders on the server. For the highlight of the section in view, use ActiveTableOfContents, the one client component.',
      },
      source: { type: 'dynamic', transform: snippet<Args>('TableOfContents', applyThemeArgs) },
    },
  },
  render: (args) => <TableOfContents {...applyThemeArgs(args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'On this page' });
    const links = within(nav).getAllByRole('link');
    // Sections and their items, each a link to its heading's id, in document order.
    await expect(links.map((link) => link.getAttribute('href'))).toEqual(explainer.toc.map((entry) => `#${entry.id}`));
    // Items are nested under their section.
    const firstWithItems = explainer.sections.find((section) => section.items.length > 0)!;
    const sectionLink = within(nav).getByRole('link', { name: firstWithItems.title });
    await expect(within(sectionLink.closest('li')!).getAllByRole('link')).toHaveLength(firstWithItems.items.length + 1);
  },
};

/** `maxDepth={2}`: sections only. */
export const SectionsOnly: Story = {
  name: 'Sections only',
  args: { maxDepth: 2 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('link')).toHaveLength(explainer.sections.length);
  },
};

/** A technical post with a fourth level, listed with `maxDepth={4}`. */
export const DeepHeadings: Story = {
  name: 'Deeper headings',
  args: { toc: technical.toc, maxDepth: 4 },
};

/** The entry of the section in view, as ActiveTableOfContents marks it. */
export const ActiveEntry: Story = {
  name: 'Active entry',
  args: { activeId: explainer.sections[1].items[1].id },
  play: async ({ canvasElement }) => {
    const current = canvasElement.querySelectorAll('[aria-current="location"]');
    await expect(current).toHaveLength(1);
    await expect(current[0]).toHaveTextContent(explainer.sections[1].items[1].title);
    await expect(current[0]).toHaveAttribute('data-active');
  },
};

/** The label stays the nav's accessible name; only the visible title goes. */
export const WithoutTitle: Story = {
  name: 'Without visible title',
  args: { showTitle: false },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: 'On this page' })).toBeInTheDocument();
    await expect(within(canvasElement).queryByText('On this page')).toBeNull();
  },
};

export const Dark: Story = {
  args: { colorScheme: 'dark', activeId: explainer.sections[1].id },
};

export const RtlPersian: Story = {
  name: 'RTL (Persian)',
  args: { toc: persian.toc, dir: 'rtl', lang: 'fa', labels: persianLabels, activeId: persian.toc[1].id },
};

export const CustomTheme: Story = {
  name: 'Custom theme',
  args: { theme: paperTheme, activeId: explainer.sections[1].id },
};

export const Unstyled: Story = {
  args: { unstyled: true },
};

export const GermanLabels: Story = {
  name: 'Labels in German',
  args: { labels: germanLabels },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: 'Auf dieser Seite' })).toBeInTheDocument();
  },
};

export const AllStates: Story = {
  name: 'All states',
  render: (args) => {
    const shared = { colorScheme: args.colorScheme, dir: args.dir, toc: explainer.toc };
    // Each nav gets its own accessible name: several navs with the same name on one page are ambiguous.
    const named = (state: string) => ({ 'aria-label': `On this page (${state})` });
    return (
      <StateBoard
        columns={3}
        states={[
          { name: 'Default', node: <TableOfContents {...shared} {...named('default')} /> },
          { name: 'Active entry', node: <TableOfContents {...shared} {...named('active entry')} activeId={explainer.sections[1].id} /> },
          { name: 'Sections only', node: <TableOfContents {...shared} {...named('sections only')} maxDepth={2} /> },
          { name: 'Dark', node: <TableOfContents {...shared} {...named('dark')} colorScheme="dark" activeId={explainer.sections[1].id} /> },
          { name: 'RTL (Persian)', node: <TableOfContents {...shared} toc={persian.toc} dir="rtl" lang="fa" labels={persianLabels} /> },
          { name: 'Custom theme', node: <TableOfContents {...shared} {...named('custom theme')} theme={paperTheme} activeId={explainer.sections[1].id} /> },
          { name: 'Unstyled', node: <TableOfContents {...shared} {...named('unstyled')} unstyled /> },
          { name: 'German labels', node: <TableOfContents {...shared} labels={germanLabels} /> },
        ]}
      />
    );
  },
};
