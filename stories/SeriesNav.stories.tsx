import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { SeriesNav } from '../src/index.js';
import type { SeriesNavProps } from '../src/index.js';
import { StateBoard } from './helpers.js';
import { germanLabels, persianLabels } from './labels.js';
import { breadSeries, persianSummary, postHref, starter } from './summaries.js';
import { applyThemeArgs, paperTheme, themeArgTypes, type ThemeArgs } from './theme-controls.js';

type Args = SeriesNavProps & ThemeArgs;

const seriesOfOne = { name: 'Bread at home', slug: 'bread-at-home', index: 1, total: 1, posts: [starter] };
const persianSeries = {
  name: 'دریا',
  slug: 'دریا',
  index: 1,
  total: 2,
  posts: [persianSummary, { ...persianSummary, slug: 'b', title: 'ماه و دریا' }],
};

const meta = {
  title: 'Components/SeriesNav',
  component: SeriesNav,
  args: { series: breadSeries, current: starter.slug, postHref },
  argTypes: {
    ...themeArgTypes,
    series: { control: 'object' },
    current: { control: 'text' },
    postHref: { control: false },
    linkComponent: { control: false },
  },
  parameters: {
    kitProps: ['colorScheme', 'dir', 'locale'],
    docs: {
      description: {
        component:
          'A post’s series (`seriesOf(posts, slug)`): its name, “Part 2 of 3” and every post in order, the current one marked `aria-current="page"`. Place it in PostLayout’s `beforeBody`.',
      },
    },
  },
  render: (args) => (
    <div style={{ maxInlineSize: '36rem' }}>
      <SeriesNav {...applyThemeArgs(args)} />
    </div>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  globals: { locale: 'en-US' },
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Series: Bread at home' });
    await expect(within(nav).getByText('Part 2 of 3')).toBeInTheDocument();
    await expect(within(nav).getByText(starter.title)).toHaveAttribute('aria-current', 'page');
  },
};

/** Without `current`: the part at `series.index` (what `seriesOf` returns) is the one marked. */
export const WithoutCurrent: Story = {
  name: 'Without current (from series.index)',
  globals: { locale: 'en-US' },
  args: { series: { ...breadSeries, index: 3 } },
  render: (args) => (
    <div style={{ maxInlineSize: '36rem' }}>
      <SeriesNav {...applyThemeArgs({ ...args, current: undefined })} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Series: Bread at home' });
    await expect(within(nav).getByText('Part 3 of 3')).toBeInTheDocument();
    await expect(within(nav).getByText(breadSeries.posts[2].title)).toHaveAttribute('aria-current', 'page');
  },
};

export const SeriesOfOne: Story = {
  name: 'A series of one',
  globals: { locale: 'en-US' },
  args: { series: seriesOfOne },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Part 1 of 1')).toBeInTheDocument();
  },
};

export const Dark: Story = {
  args: { colorScheme: 'dark' },
};

export const Rtl: Story = {
  name: 'RTL (Persian)',
  globals: { locale: 'fa-IR' },
  args: { series: persianSeries, current: persianSummary.slug, dir: 'rtl', lang: 'fa', locale: 'fa-IR', labels: persianLabels },
};

export const GermanLabels: Story = {
  name: 'Labels in German',
  globals: { locale: 'de-DE' },
  args: { locale: 'de-DE', labels: germanLabels },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: 'Serie: Bread at home' })).toHaveTextContent('Teil 2 von 3');
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
    const shared = { colorScheme: args.colorScheme, dir: args.dir, locale: args.locale, postHref };
    return (
      <StateBoard
        columns={2}
        states={[
          { name: 'Part 2 of 3', node: <SeriesNav {...shared} series={breadSeries} current={starter.slug} /> },
          { name: 'Without current: part 1 from series.index', node: <SeriesNav {...shared} series={{ ...breadSeries, name: 'Bread, from index', index: 1 }} /> },
          { name: 'A series of one', node: <SeriesNav {...shared} series={{ ...seriesOfOne, name: 'Starter notes' }} current={starter.slug} /> },
          { name: 'Dark', node: <SeriesNav {...shared} series={{ ...breadSeries, name: 'Bread, dark' }} current="first-loaf" colorScheme="dark" /> },
        ]}
      />
    );
  },
};
