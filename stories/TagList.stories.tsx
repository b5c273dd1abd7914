import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { TagList } from '../src/index.js';
import type { TagListProps } from '../src/index.js';
import { StateBoard } from './helpers.js';
import { germanLabels, persianLabels } from './labels.js';
import { manyTags } from './posts.js';
import { blogTags, tagHref } from './summaries.js';
import { applyThemeArgs, paperTheme, themeArgTypes, type ThemeArgs } from './theme-controls.js';

type Args = TagListProps & ThemeArgs;

const many = manyTags.map((name, i) => ({ name, slug: name.replace(/\s+/g, '-'), count: (i * 7) % 13 + 1 }));

const meta = {
  title: 'Components/TagList',
  component: TagList,
  args: { tags: blogTags, tagHref, counts: true },
  argTypes: {
    ...themeArgTypes,
    tags: { control: 'object' },
    counts: { control: 'boolean' },
    current: { control: 'text' },
    tagHref: { control: false },
    linkComponent: { control: false },
  },
  parameters: {
    kitProps: ['colorScheme', 'dir', 'locale'],
    docs: {
      description: {
        component:
          'Every tag with its post count (`tagsOf`), each linking to `tagHref(name)` (the same function PostCard and ArticleMeta take). A link’s accessible name says the count in words (`labels.tagCount`, plural-aware); `current` marks the tag page being shown.',
      },
    },
  },
  render: (args) => <TagList {...applyThemeArgs(args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'bread, 3 posts' })).toHaveAttribute('href', '#tag-bread');
  },
};

export const ManyTags: Story = {
  name: 'Many tags',
  args: { tags: many },
};

export const CurrentTag: Story = {
  name: 'On a tag page',
  args: { current: 'bread' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'bread, 3 posts' })).toHaveAttribute('aria-current', 'page');
  },
};

export const WithoutCounts: Story = {
  name: 'Without counts',
  args: { counts: false },
};

export const Dark: Story = {
  args: { colorScheme: 'dark', current: 'bees' },
};

export const Rtl: Story = {
  name: 'RTL (Persian)',
  globals: { locale: 'fa-IR' },
  args: { tags: [{ name: 'دریا', slug: 'دریا', count: 4 }, { name: 'ماه', slug: 'ماه', count: 1 }], dir: 'rtl', locale: 'fa-IR', labels: persianLabels },
};

export const GermanLabels: Story = {
  name: 'Labels in German',
  globals: { locale: 'de-DE' },
  args: { locale: 'de-DE', labels: germanLabels },
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('list', { name: 'Schlagwörter' });
    await expect(within(list).getByRole('link', { name: 'bees, 1 Beitrag' })).toBeInTheDocument();
    await expect(within(list).getByRole('link', { name: 'bread, 3 Beiträge' })).toBeInTheDocument();
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
    const shared = { colorScheme: args.colorScheme, dir: args.dir, locale: args.locale, tagHref };
    return (
      <StateBoard
        states={[
          { name: 'With counts', node: <TagList {...shared} tags={blogTags} labels={{ tags: 'Tags with counts' }} /> },
          { name: 'Many tags', node: <TagList {...shared} tags={many} labels={{ tags: 'Many tags' }} /> },
          { name: 'Current tag', node: <TagList {...shared} tags={blogTags} current="bees" labels={{ tags: 'Tags, bees current' }} /> },
          { name: 'Dark', node: <TagList {...shared} tags={blogTags} colorScheme="dark" labels={{ tags: 'Tags, dark' }} /> },
        ]}
      />
    );
  },
};
