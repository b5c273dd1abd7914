import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { Pagination, PostList } from '../src/index.js';
import type { PaginationProps } from '../src/index.js';
import { StateBoard } from './helpers.js';
import { germanLabels, persianLabels } from './labels.js';
import { blogPosts, pageHref, postHref } from './summaries.js';
import { applyThemeArgs, paperTheme, themeArgTypes, type ThemeArgs } from './theme-controls.js';

type Args = PaginationProps & ThemeArgs;

const meta = {
  title: 'Components/Pagination',
  component: Pagination,
  args: { page: 5, pages: 12, pageHref, siblings: 1 },
  argTypes: {
    ...themeArgTypes,
    page: { control: { type: 'number', min: 1 } },
    pages: { control: { type: 'number', min: 0 } },
    siblings: { control: { type: 'number', min: 0, max: 3 } },
    pageHref: { control: false },
    linkComponent: { control: false },
  },
  parameters: {
    kitProps: ['colorScheme', 'dir', 'locale'],
    docs: {
      description: {
        component:
          'Links between the pages of an index, from `pageHref(page)`: previous and next, numbered pages with an ellipsis for long runs, the current page marked `aria-current="page"`. Plain links, no JavaScript; nothing renders for a single page.',
      },
    },
  },
  render: (args) => <Pagination {...applyThemeArgs(args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ManyPages: Story = {
  name: 'Many pages',
  globals: { locale: 'en-US' },
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Pagination' });
    await expect(within(nav).getByRole('link', { name: 'Page 5' })).toHaveAttribute('aria-current', 'page');
    await expect([...nav.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Previous', '1', '…', '4', '5', '6', '…', '12', 'Next']);
  },
};

export const FirstPage: Story = {
  name: 'First page',
  args: { page: 1, pages: 4 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link', { name: 'Previous' })).toBeNull();
  },
};

export const LastPage: Story = {
  name: 'Last page',
  args: { page: 4, pages: 4 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link', { name: 'Next' })).toBeNull();
  },
};

/** With one page there is nothing to paginate: the list shows alone. */
export const SinglePage: Story = {
  name: 'Single page',
  args: { page: 1, pages: 1 },
  render: (args) => (
    <>
      <PostList posts={blogPosts.slice(0, 2)} postHref={postHref} colorScheme={args.colorScheme} locale={args.locale} />
      <Pagination {...applyThemeArgs(args)} />
    </>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('navigation')).toBeNull();
  },
};

export const Dark: Story = {
  args: { colorScheme: 'dark' },
};

export const Rtl: Story = {
  name: 'RTL (Persian)',
  globals: { locale: 'fa-IR' },
  args: { dir: 'rtl', locale: 'fa-IR', labels: persianLabels },
};

export const GermanLabels: Story = {
  name: 'Labels in German',
  globals: { locale: 'de-DE' },
  args: { page: 2, pages: 3, locale: 'de-DE', labels: germanLabels },
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Seitennavigation' });
    await expect(within(nav).getByRole('link', { name: 'Zurück' })).toBeInTheDocument();
    await expect(within(nav).getByRole('link', { name: 'Seite 2' })).toHaveAttribute('aria-current', 'page');
  },
};

export const CustomTheme: Story = {
  name: 'Custom theme',
  args: { theme: paperTheme },
};

export const Unstyled: Story = {
  args: { unstyled: true },
};

export const AllStates: Story = {
  name: 'All states',
  render: (args) => {
    const shared = { colorScheme: args.colorScheme, dir: args.dir, locale: args.locale, pageHref };
    return (
      <StateBoard
        states={[
          { name: 'First of three', node: <Pagination {...shared} page={1} pages={3} labels={{ pagination: 'Pagination: first of three' }} /> },
          { name: 'Middle of twelve', node: <Pagination {...shared} page={6} pages={12} labels={{ pagination: 'Pagination: middle of twelve' }} /> },
          { name: 'Last of twelve', node: <Pagination {...shared} page={12} pages={12} labels={{ pagination: 'Pagination: last of twelve' }} /> },
          { name: 'Dark', node: <Pagination {...shared} page={2} pages={5} colorScheme="dark" labels={{ pagination: 'Pagination: dark' }} /> },
        ]}
      />
    );
  },
};
