import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { SectionList } from '../src/index.js';
import type { SectionListProps } from '../src/index.js';
import { StateBoard, snippet } from './helpers.js';
import { chineseLabels, germanLabels, japaneseLabels, persianLabels } from './labels.js';
import { explainer, persian, samplePostWithPrefix, technical } from './posts.js';
import { applyThemeArgs, paperTheme, themeArgTypes, type ThemeArgs } from './theme-controls.js';

type Args = SectionListProps & ThemeArgs;

const itemCount = explainer.sections.reduce((count, section) => count + section.items.length, 0);

const meta = {
  title: 'Components/SectionList',
  component: SectionList,
  args: { sections: explainer.sections, variant: 'stack' },
  argTypes: {
    ...themeArgTypes,
    sections: { control: false },
    components: { control: false },
    renderSection: { control: false },
    renderItem: { control: false },
    variant: { control: { type: 'inline-radio' }, options: ['stack', 'cards'] },
  },
  parameters: {
    kitProps: ['colorScheme', 'dir'],
    docs: {
      description: {
        component:
          "The explainer's structure on its own: each section is a `<section aria-labelledby>` with its heading (h2) and content, and its items (h3) follow as a stack in reading order or as a grid of cards. Give it `post.sections`.",
      },
      source: { type: 'dynamic', transform: snippet<Args>('SectionList', applyThemeArgs) },
    },
  },
  render: (args) => <SectionList {...applyThemeArgs(args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Reading order: each item under its section, one after another. */
export const Stack: Story = {
  name: 'Stack',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Every section is a region named by its own heading.
    const headings = canvas.getAllByRole('heading', { level: 2 });
    await expect(headings).toHaveLength(explainer.sections.length);
    for (const heading of headings) {
      await expect(heading.closest('section')).toHaveAttribute('aria-labelledby', heading.id);
    }
    await expect(canvas.getAllByRole('heading', { level: 3 })).toHaveLength(itemCount);
    // Each heading has a permalink named for screen readers.
    await expect(canvas.getByRole('link', { name: `Link to section: ${explainer.sections[0].title}` })).toHaveAttribute(
      'href',
      `#${explainer.sections[0].id}`,
    );
  },
};

/** Items as a responsive grid of cards: a list a screen reader can count. */
export const Cards: Story = {
  name: 'Cards',
  args: { variant: 'cards' },
  play: async ({ canvasElement }) => {
    const lists = within(canvasElement).getAllByRole('list');
    const withItems = explainer.sections.filter((section) => section.items.length > 0);
    await expect(lists).toHaveLength(withItems.length);
    await expect(within(lists[0]).getAllByRole('listitem')).toHaveLength(withItems[0].items.length);
  },
};

/** Sections of a technical post: code, a table, a task list, an image, and deeper headings kept inside items. */
export const TechnicalSections: Story = {
  name: 'Technical post sections',
  args: { sections: technical.sections },
};

export const Dark: Story = {
  args: { colorScheme: 'dark', variant: 'cards' },
};

export const RtlPersian: Story = {
  name: 'RTL (Persian)',
  args: { sections: persian.sections, dir: 'rtl', lang: 'fa', labels: persianLabels, variant: 'cards' },
};

export const CustomTheme: Story = {
  name: 'Custom theme',
  args: { theme: paperTheme, variant: 'cards' },
};

export const Unstyled: Story = {
  args: { unstyled: true },
};

/** The permalink of every heading is announced in German. */
export const GermanLabels: Story = {
  name: 'Labels in German',
  args: { labels: germanLabels },
  play: async ({ canvasElement }) => {
    const first = explainer.sections[0];
    await expect(within(canvasElement).getByRole('link', { name: `Link zum Abschnitt: ${first.title}` })).toBeInTheDocument();
  },
};

/** `renderItem` wraps the kit's rendering of an item (here the first item of a long section); `undefined` keeps the default. */
export const CustomItems: Story = {
  name: 'Custom item rendering',
  args: {
    renderItem: (item, index, section, node) =>
      section.items.length > 3 && index === 0 ? (
        <div
          data-featured=""
          style={{ borderInlineStart: '4px solid var(--rbk-color-accent)', paddingInlineStart: '1rem', marginBlock: '1rem' }}
        >
          {node}
        </div>
      ) : undefined,
  },
  play: async ({ canvasElement }) => {
    const featured = canvasElement.querySelectorAll('[data-featured]');
    await expect(featured).toHaveLength(explainer.sections.filter((section) => section.items.length > 3).length);
    await expect(within(featured[0] as HTMLElement).getByRole('heading', { level: 3 })).toBeInTheDocument();
  },
};

/** Several states; each shows different sections, since a section is a landmark named by its heading. */
export const AllStates: Story = {
  name: 'All states',
  render: (args) => {
    const shared = { colorScheme: args.colorScheme, dir: args.dir };
    const part = (name: Parameters<typeof samplePostWithPrefix>[0], prefix: string, from: number, to = from + 1) =>
      samplePostWithPrefix(name, prefix).sections.slice(from, to);
    return (
      <StateBoard
        states={[
          { name: 'Stack', node: <SectionList {...shared} sections={part('explainer', 'stack-', 2)} /> },
          { name: 'Cards', node: <SectionList {...shared} sections={part('explainer', 'cards-', 1)} variant="cards" /> },
          { name: 'Dark, with code', node: <SectionList {...shared} sections={part('technical', 'dark-', 1)} colorScheme="dark" /> },
          { name: 'RTL (Persian)', node: <SectionList {...shared} sections={part('persian', 'fa-', 0, 3)} dir="rtl" lang="fa" labels={persianLabels} variant="cards" /> },
          { name: 'Custom theme', node: <SectionList {...shared} sections={part('japanese', 'ja-', 0, 2)} lang="ja" labels={japaneseLabels} theme={paperTheme} /> },
          { name: 'Unstyled', node: <SectionList {...shared} sections={part('chinese', 'zh-', 0, 2)} lang="zh-CN" labels={chineseLabels} unstyled /> },
        ]}
      />
    );
  },
};
