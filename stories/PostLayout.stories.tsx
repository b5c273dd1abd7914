import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';

import { ActiveTableOfContents, ArticleMeta, PostLayout } from '../src/index.js';
import type { ArticleMetaProps, PostLayoutProps } from '../src/index.js';
import { StateBoard, snippet } from './helpers.js';
import { chineseLabels, germanLabels, japaneseLabels, persianLabels } from './labels.js';
import {
  chinese,
  explainer,
  images,
  japanese,
  longTitle,
  manyTags,
  persian,
  samplePostWithPrefix,
  technical,
  threeAuthors,
  tidesImage,
} from './posts.js';
import { applyThemeArgs, paperTheme, themeArgTypes, type ThemeArgs } from './theme-controls.js';

type Args = PostLayoutProps & ThemeArgs;

/** The explainer with a described hero: the layout's everyday state. */
const tides = { ...explainer, heroImage: tidesImage };

const persianGarden = {
  ...persian,
  heroImage: {
    src: images.gardenHero,
    width: 1200,
    height: 630,
    alt: 'نقشه‌ی یک چهارباغ: دو جوی آب که همدیگر را در میانه‌ی باغ قطع می‌کنند، با درختانی در هر چهار بخش',
  },
};

const meta = {
  title: 'Components/PostLayout',
  component: PostLayout,
  args: { post: tides, toc: 'aside', variant: 'stack' },
  argTypes: {
    ...themeArgTypes,
    post: { control: false },
    components: { control: false },
    footer: { control: false },
    toc: { control: { type: 'inline-radio' }, options: ['none', 'top', 'aside'] },
    variant: { control: { type: 'inline-radio' }, options: ['stack', 'cards'] },
    dir: { control: { type: 'inline-radio' }, options: ['ltr', 'rtl', 'auto'] },
    locale: { control: { type: 'select' }, options: ['en-US', 'en-GB', 'de-DE', 'fa-IR', 'ja-JP', 'zh-CN'] },
  },
  parameters: {
    kitProps: ['colorScheme', 'dir', 'locale'],
    docs: {
      description: {
        component:
          'The whole post in an `<article>`: a header with the only `h1`, the lede, the meta line and the hero; the intro; the sections; footnotes; an optional table of contents; a footer slot. Server-safe: no hooks, no browser APIs.',
      },
      source: { type: 'dynamic', transform: snippet<Args>('PostLayout', applyThemeArgs) },
    },
  },
  render: (args) => <PostLayout {...applyThemeArgs(args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** The sample explainer exactly as `parsePost` returns it, with the table of contents that follows the reader. */
export const FullPost: Story = {
  name: 'Full post',
  args: { post: explainer, tocComponent: ActiveTableOfContents },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const article = canvas.getByRole('article');
    // One h1, the title; the explainer's four ### sections as h2; its #### items as h3.
    const h1s = within(article).getAllByRole('heading', { level: 1 });
    await expect(h1s).toHaveLength(1);
    await expect(h1s[0]).toHaveTextContent(explainer.title);
    await expect(within(article).getAllByRole('heading', { level: 2 })).toHaveLength(explainer.sections.length);
    const items = explainer.sections.flatMap((section) => section.items);
    await expect(within(article).getAllByRole('heading', { level: 3 })).toHaveLength(items.length);
    // Every table-of-contents link points at a heading that exists.
    const nav = canvas.getByRole('navigation', { name: 'On this page' });
    for (const link of within(nav).getAllByRole('link')) {
      const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
      await expect(canvasElement.ownerDocument.getElementById(id)).not.toBeNull();
    }
  },
};

/** Your own technical post: code, a table, footnotes, a task list, images, two authors and an update date. */
export const TechnicalPost: Story = {
  name: 'Technical post',
  args: { post: technical, tocComponent: ActiveTableOfContents },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table')).toBeInTheDocument();
    await expect(canvas.getAllByRole('checkbox').length).toBeGreaterThan(0);
    await expect(canvas.getByRole('heading', { level: 2, name: /Footnotes/ })).toBeInTheDocument();
    await expect(canvas.getByRole('img', { name: 'Memory over time for both approaches' })).toBeInTheDocument();
  },
};

export const NoHero: Story = {
  name: 'No hero',
  args: { post: { ...tides, heroImage: undefined } },
};

/** The image fails: its reserved box stays, and shows the alt text on a neutral surface instead of a broken icon. */
export const HeroFailsToLoad: Story = {
  name: 'Hero that fails to load',
  args: { post: { ...tides, heroImage: { ...tidesImage, src: images.broken } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const img = canvas.getByRole('img', { name: tidesImage.alt });
    await waitFor(() => expect(img.parentElement).toHaveAttribute('data-error'), { timeout: 5000 });
    await expect(canvas.getByText(tidesImage.alt!, { selector: '[data-slot="hero-fallback"]' })).toBeVisible();
  },
};

/** A hero with no alt text in the post is decorative: `alt=""`, hidden from screen readers. */
export const DecorativeHero: Story = {
  name: 'Decorative hero',
  args: { post: { ...tides, heroImage: { ...tidesImage, alt: undefined } } },
};

export const Caption: Story = {
  args: { heroProps: { caption: 'Spring tide under a full moon. Illustration made for this kit.' } },
};

export const LongTitle: Story = {
  name: 'Long title',
  args: { post: { ...tides, title: longTitle } },
};

export const NoDescription: Story = {
  name: 'No description',
  args: { post: { ...tides, description: undefined } },
};

export const NoDate: Story = {
  name: 'No date',
  args: { post: { ...tides, pubDate: undefined, updatedDate: undefined } },
};

export const UpdatedDate: Story = {
  name: 'Updated date',
  args: { post: { ...tides, updatedDate: '2024-01-09' } },
};

export const SeveralAuthors: Story = {
  name: 'Several authors with avatars',
  args: { post: { ...tides, authors: threeAuthors } },
};

export const ManyTags: Story = {
  name: 'Many tags',
  args: { post: { ...tides, tags: manyTags }, metaProps: { tagHref: (tag) => `#tag-${encodeURIComponent(tag)}` } },
};

/** Reading time counted in characters, labels and dates in Japanese. */
export const ReadingTimeJapanese: Story = {
  name: 'Reading time in Japanese',
  args: { post: japanese, locale: 'ja-JP', labels: japaneseLabels },
};

/** Reading time counted in characters, labels and dates in Chinese. */
export const ReadingTimeChinese: Story = {
  name: 'Reading time in Chinese',
  args: { post: chinese, locale: 'zh-CN', labels: chineseLabels },
};

export const Stack: Story = {
  name: 'Items as a stack',
  args: { variant: 'stack' },
};

export const Cards: Story = {
  name: 'Items as cards',
  args: { variant: 'cards' },
};

export const TocTop: Story = {
  name: 'TOC on top',
  args: { toc: 'top' },
};

/** A sticky side column on wide screens; on narrow ones a closed disclosure above the body, so the text starts on the first screen. */
export const TocAside: Story = {
  name: 'TOC aside',
  args: { toc: 'aside' },
};

export const NoToc: Story = {
  name: 'No TOC',
  args: { toc: 'none' },
};

export const Dark: Story = {
  args: { colorScheme: 'dark' },
};

/** A Persian post: `dir="rtl"` comes from its frontmatter; labels and dates in Persian. */
export const RtlPersian: Story = {
  name: 'RTL (Persian)',
  args: { post: persianGarden, locale: 'fa-IR', labels: persianLabels },
};

export const CustomTheme: Story = {
  name: 'Custom theme',
  args: { theme: paperTheme },
};

/** No `rbk-*` classes: semantic HTML with `data-slot` attributes, ready for your own CSS. */
export const Unstyled: Story = {
  args: { unstyled: true },
};

export const GermanLabels: Story = {
  name: 'Labels in German',
  args: { post: { ...tides, updatedDate: '2024-01-09' }, locale: 'de-DE', labels: germanLabels },
};

function CompactMeta(props: ArticleMetaProps) {
  return <ArticleMeta {...props} authors={[]} tags={[]} />;
}

/** Parts replaced by the host: a meta line without authors and tags, and a footer. */
export const ReplacedParts: Story = {
  name: 'Replaced parts and footer',
  args: {
    post: { ...tides, authors: threeAuthors, tags: manyTags },
    metaComponent: CompactMeta,
    footer: <p>Written for the react-blog-kit stories. Corrections welcome.</p>,
  },
};

/**
 * Several states side by side. Each state shows different sections (a section is a landmark named by
 * its heading, and two with one name would be ambiguous) and has its own heading ids.
 */
export const AllStates: Story = {
  name: 'All states',
  render: (args) => {
    const { colorScheme, dir, locale } = args;
    const shared = { colorScheme, dir, locale, toc: 'none' as const };
    const tidesPart = (prefix: string, from: number, to = from + 1) => {
      const post = samplePostWithPrefix('explainer', prefix);
      return { ...post, heroImage: tidesImage, sections: post.sections.slice(from, to) };
    };
    const technicalPart = { ...samplePostWithPrefix('technical', 'tech-'), sections: technical.sections.slice(0, 1), footnotes: undefined };
    return (
      <StateBoard
        states={[
          { name: 'Default', node: <PostLayout {...shared} post={tidesPart('default-', 0)} toc="top" /> },
          { name: 'Items as cards', node: <PostLayout {...shared} post={tidesPart('cards-', 1)} variant="cards" /> },
          { name: 'No hero, no description', node: <PostLayout {...shared} post={{ ...tidesPart('bare-', 2), heroImage: undefined, description: undefined }} /> },
          { name: 'Hero that fails to load', node: <PostLayout {...shared} post={{ ...tidesPart('broken-', 3), heroImage: { ...tidesImage, src: images.broken } }} /> },
          { name: 'Dark, Japanese', node: <PostLayout {...shared} post={samplePostWithPrefix('japanese', 'ja-')} colorScheme="dark" locale="ja-JP" labels={japaneseLabels} /> },
          { name: 'Custom theme, Chinese', node: <PostLayout {...shared} post={samplePostWithPrefix('chinese', 'zh-')} theme={paperTheme} locale="zh-CN" labels={chineseLabels} /> },
          { name: 'RTL (Persian)', node: <PostLayout {...shared} post={samplePostWithPrefix('persian', 'fa-')} locale="fa-IR" labels={persianLabels} dir={undefined} /> },
          { name: 'Unstyled', node: <PostLayout {...shared} post={technicalPart} unstyled /> },
        ]}
      />
    );
  },
};
