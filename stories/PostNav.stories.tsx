import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { PostNav } from '../src/index.js';
import type { PostNavProps } from '../src/index.js';
import { StateBoard } from './helpers.js';
import { germanLabels, persianLabels } from './labels.js';
import { gearing, hiveWinter, longTitled, persianSummary, postHref } from './summaries.js';
import { applyThemeArgs, paperTheme, themeArgTypes, type ThemeArgs } from './theme-controls.js';

type Args = PostNavProps & ThemeArgs;

const meta = {
  title: 'Components/PostNav',
  component: PostNav,
  args: { newer: hiveWinter, older: gearing, postHref },
  argTypes: {
    ...themeArgTypes,
    newer: { control: 'object' },
    older: { control: 'object' },
    postHref: { control: false },
    linkComponent: { control: false },
  },
  parameters: {
    kitProps: ['colorScheme', 'dir', 'locale'],
    docs: {
      description: {
        component:
          'Links to the newer and the older post (`adjacentPosts(posts, slug)`), captioned and titled, in a `<nav>`. Either may be missing; with neither, nothing renders. Place it in PostLayout’s `afterBody`.',
      },
    },
  },
  render: (args) => <PostNav {...applyThemeArgs(args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Both: Story = {
  name: 'Newer and older',
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'More posts' });
    await expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toEqual([`Newer post ${hiveWinter.title}`, `Older post ${gearing.title}`]);
  },
};

/** The newest post has no newer neighbour. */
export const NoNewer: Story = {
  name: 'Missing newer (the newest post)',
  args: { newer: undefined },
};

/** The oldest post has no older neighbour. */
export const NoOlder: Story = {
  name: 'Missing older (the oldest post)',
  args: { older: undefined },
};

export const LongTitle: Story = {
  name: 'Long title',
  args: { older: longTitled },
};

export const Dark: Story = {
  args: { colorScheme: 'dark' },
};

export const Rtl: Story = {
  name: 'RTL (Persian)',
  args: { newer: persianSummary, older: { ...persianSummary, slug: 'b', title: 'ماه و دریا' }, dir: 'rtl', lang: 'fa', labels: persianLabels },
};

export const GermanLabels: Story = {
  name: 'Labels in German',
  args: { labels: germanLabels },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: 'Weitere Beiträge' })).toHaveTextContent('Neuerer Beitrag');
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
    const shared = { colorScheme: args.colorScheme, dir: args.dir, postHref };
    return (
      <StateBoard
        states={[
          { name: 'Both', node: <PostNav {...shared} newer={hiveWinter} older={gearing} labels={{ postNav: 'More posts: both' }} /> },
          { name: 'Only older', node: <PostNav {...shared} older={gearing} labels={{ postNav: 'More posts: only older' }} /> },
          { name: 'Only newer', node: <PostNav {...shared} newer={hiveWinter} labels={{ postNav: 'More posts: only newer' }} /> },
          { name: 'Dark', node: <PostNav {...shared} newer={hiveWinter} older={gearing} colorScheme="dark" labels={{ postNav: 'More posts: dark' }} /> },
        ]}
      />
    );
  },
};
