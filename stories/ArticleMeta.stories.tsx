import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';

import { ArticleMeta } from '../src/index.js';
import type { ArticleMetaProps } from '../src/index.js';
import { StateBoard, snippet } from './helpers.js';
import { chineseLabels, germanLabels, japaneseLabels, persianLabels } from './labels.js';
import { chinese, explainer, japanese, manyTags, persian, technical, threeAuthors } from './posts.js';
import { applyThemeArgs, paperTheme, themeArgTypes, type ThemeArgs } from './theme-controls.js';

type Args = ArticleMetaProps & ThemeArgs;

const fromPost = (post: typeof explainer) => ({
  pubDate: post.pubDate,
  updatedDate: post.updatedDate,
  readingTime: post.readingTime,
  authors: post.authors,
  tags: post.tags,
});

const tagHref = (tag: string) => `#tag-${encodeURIComponent(tag)}`;

const meta = {
  title: 'Components/ArticleMeta',
  component: ArticleMeta,
  args: { ...fromPost(explainer), authors: threeAuthors.slice(0, 1), tags: ['oceans', 'astronomy'] },
  argTypes: {
    ...themeArgTypes,
    pubDate: { control: 'text' },
    updatedDate: { control: 'text' },
    readingTime: { control: 'object' },
    authors: { control: 'object' },
    tags: { control: 'object' },
    tagHref: { control: false },
    formatDate: { control: false },
    timeZone: { control: { type: 'select' }, options: ['UTC', 'America/New_York', 'Europe/Berlin', 'Asia/Tehran', 'Asia/Tokyo'] },
    locale: { control: { type: 'select' }, options: ['en-US', 'en-GB', 'de-DE', 'fa-IR', 'ja-JP', 'zh-CN'] },
  },
  parameters: {
    kitProps: ['colorScheme', 'dir', 'locale'],
    docs: {
      description: {
        component:
          'The meta line: the publication and update dates as `<time dateTime>`, the reading time with plural-aware labels, the authors (link, avatar) and the tags. Dates are formatted with Intl in `locale`; a date without a time is formatted in UTC, so every server and browser shows the same day.',
      },
      source: { type: 'dynamic', transform: snippet<Args>('ArticleMeta', applyThemeArgs) },
    },
  },
  render: (args) => <ArticleMeta {...applyThemeArgs(args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  // Its play checks text formatted for this locale, so the toolbar's locale menu stays on it.
  globals: { locale: 'en-US' },
  play: async ({ canvasElement }) => {
    // A date-only value keeps its calendar day, whatever the machine's time zone.
    const time = canvasElement.querySelector('time');
    await expect(time).toHaveAttribute('dateTime', '2023-03-14');
    await expect(time).toHaveTextContent('March 14, 2023');
    await expect(within(canvasElement).getByText(`${explainer.readingTime.minutes} min read`)).toBeInTheDocument();
  },
};

export const NoDate: Story = {
  name: 'No date',
  args: { pubDate: undefined, updatedDate: undefined },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('time')).toBeNull();
  },
};

export const UpdatedDate: Story = {
  // Its play checks text formatted for this locale, so the toolbar's locale menu stays on it.
  globals: { locale: 'en-US' },
  name: 'Updated date',
  args: { ...fromPost(technical), authors: [], tags: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/Updated/)).toHaveTextContent('Updated March 1, 2024');
  },
};

/** A date-time is shown in the time zone you pass; here the same instant in Tokyo. */
export const DateTimeInTimeZone: Story = {
  // Its play checks text formatted for this locale, so the toolbar's locale menu stays on it.
  globals: { locale: 'en-US' },
  name: 'Date-time in a time zone',
  args: { pubDate: '2024-02-09T22:30:00Z', timeZone: 'Asia/Tokyo', authors: [], tags: [] },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('time')).toHaveTextContent('February 10, 2024');
  },
};

export const SeveralAuthors: Story = {
  name: 'Several authors with avatars',
  args: { authors: threeAuthors },
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('list', { name: 'Authors' });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    await expect(within(list).getByRole('link', { name: 'Ada Okafor' })).toHaveAttribute('href', 'https://example.com/ada');
  },
};

export const ManyTags: Story = {
  name: 'Many tags',
  args: { tags: manyTags },
};

/** `tagHref` turns each tag into a link. */
export const TagLinks: Story = {
  name: 'Tags as links',
  args: { tags: manyTags.slice(5, 10), tagHref },
  play: async ({ canvasElement }) => {
    const tags = within(canvasElement).getByRole('list', { name: 'Tags' });
    await expect(within(tags).getByRole('link', { name: 'renewable energy' })).toHaveAttribute('href', '#tag-renewable%20energy');
  },
};

/** Japanese counts characters, not words; labels and dates in Japanese. */
export const ReadingTimeJapanese: Story = {
  // Its play checks text formatted for this locale, so the toolbar's locale menu stays on it.
  globals: { locale: 'ja-JP' },
  name: 'Reading time in Japanese',
  args: { ...fromPost(japanese), authors: [], locale: 'ja-JP', labels: japaneseLabels },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(`${japanese.readingTime.minutes}分で読めます`)).toBeInTheDocument();
    await expect(canvasElement.querySelector('time')).toHaveTextContent('2024年6月1日');
  },
};

/** Chinese counts characters, not words; labels and dates in Chinese. */
export const ReadingTimeChinese: Story = {
  // Its play checks text formatted for this locale, so the toolbar's locale menu stays on it.
  globals: { locale: 'zh-CN' },
  name: 'Reading time in Chinese',
  args: { ...fromPost(chinese), authors: [], locale: 'zh-CN', labels: chineseLabels },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(`阅读约 ${chinese.readingTime.minutes} 分钟`)).toBeInTheDocument();
  },
};

export const Dark: Story = {
  args: { colorScheme: 'dark', authors: threeAuthors, tags: manyTags.slice(0, 4), tagHref },
};

/** Persian labels, Persian digits and the Solar Hijri calendar that fa-IR formats dates in. */
export const RtlPersian: Story = {
  name: 'RTL (Persian)',
  args: { ...fromPost(persian), dir: 'rtl', lang: 'fa', locale: 'fa-IR', labels: persianLabels, authors: [{ name: 'مریم احمدی' }] },
};

export const CustomTheme: Story = {
  name: 'Custom theme',
  args: { theme: paperTheme, authors: threeAuthors, tags: manyTags.slice(0, 4), tagHref },
};

export const Unstyled: Story = {
  args: { unstyled: true, authors: threeAuthors, tags: manyTags.slice(0, 4) },
};

/** German labels with plural rules: "1 Minute Lesezeit", "4 Minuten Lesezeit". */
export const GermanLabels: Story = {
  // Its play checks text formatted for this locale, so the toolbar's locale menu stays on it.
  globals: { locale: 'de-DE' },
  name: 'Labels in German',
  args: { ...fromPost(technical), locale: 'de-DE', labels: germanLabels },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/Aktualisiert am/)).toHaveTextContent('Aktualisiert am 1. März 2024');
    await expect(canvas.getByRole('list', { name: 'Autorinnen und Autoren' })).toBeInTheDocument();
    const minutes = technical.readingTime.minutes;
    await expect(canvas.getByText(minutes === 1 ? '1 Minute Lesezeit' : `${minutes} Minuten Lesezeit`)).toBeInTheDocument();
  },
};

export const AllStates: Story = {
  name: 'All states',
  render: (args) => {
    const shared = { colorScheme: args.colorScheme, dir: args.dir, locale: args.locale };
    return (
      <StateBoard
        states={[
          { name: 'Date and reading time', node: <ArticleMeta {...shared} pubDate="2023-03-14" readingTime={explainer.readingTime} /> },
          { name: 'Updated date', node: <ArticleMeta {...shared} pubDate="2024-02-09" updatedDate="2024-03-01" readingTime={technical.readingTime} /> },
          { name: 'Several authors with avatars', node: <ArticleMeta {...shared} pubDate="2023-03-14" authors={threeAuthors} /> },
          { name: 'Many tags as links', node: <ArticleMeta {...shared} tags={manyTags} tagHref={tagHref} /> },
          { name: 'Japanese', node: <ArticleMeta {...shared} {...fromPost(japanese)} locale="ja-JP" labels={japaneseLabels} /> },
          { name: 'Dark', node: <ArticleMeta {...shared} {...fromPost(technical)} colorScheme="dark" /> },
          { name: 'RTL (Persian)', node: <ArticleMeta {...shared} {...fromPost(persian)} dir="rtl" lang="fa" locale="fa-IR" labels={persianLabels} /> },
          { name: 'Custom theme', node: <ArticleMeta {...shared} {...fromPost(technical)} theme={paperTheme} /> },
          { name: 'Unstyled', node: <ArticleMeta {...shared} {...fromPost(technical)} unstyled /> },
        ]}
      />
    );
  },
};
