import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';

import { AuthorCard, PostLayout, PostNav, ReadingProgress, SeriesNav } from '../src/index.js';
import type { ReadingProgressProps } from '../src/index.js';
import { germanLabels } from './labels.js';
import { explainer, persian } from './posts.js';
import { breadSeries, gearing, hiveWinter, ines, postHref, starter } from './summaries.js';
import { applyThemeArgs, themeArgTypes, type ThemeArgs } from './theme-controls.js';

type Args = ReadingProgressProps & ThemeArgs;

const meta = {
  title: 'Components/ReadingProgress',
  component: ReadingProgress,
  args: { target: 'article' },
  argTypes: { ...themeArgTypes, target: { control: 'text' } },
  parameters: {
    kitProps: ['colorScheme', 'dir'],
    docs: {
      description: {
        component:
          'A thin bar at the top of the viewport that fills as the reader scrolls through `target` (the whole page by default). A client component from `react-blog-kit` (its `\'use client\'` module). Hidden from assistive technology: the scroll position already says how far the reader is, and a progressbar that changes on every scroll would only add noise. With `prefers-reduced-motion: reduce` it does not animate and moves once scrolling stops. Scroll the canvas to see it.',
      },
    },
  },
  // The post comes first so the story's first part has text; the bar is fixed to the viewport anyway.
  render: (args) => (
    <>
      <PostLayout
        post={explainer}
        colorScheme={args.colorScheme}
        dir={args.dir as 'ltr' | 'rtl' | undefined}
        beforeBody={<SeriesNav series={breadSeries} current={starter.slug} postHref={postHref} />}
        afterBody={
          <>
            <PostNav newer={hiveWinter} older={gearing} postHref={postHref} />
            <AuthorCard author={ines} />
          </>
        }
      />
      <ReadingProgress {...applyThemeArgs(args)} />
    </>
  ),
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A post page with every slot filled: series before the body, newer/older and the author after it. */
export const OnAPostPage: Story = {
  name: 'On a post page',
  play: async ({ canvasElement }) => {
    const bar = canvasElement.querySelector('[data-slot="reading-progress"]');
    await expect(bar).toHaveAttribute('aria-hidden', 'true');
    await expect(canvasElement.querySelector('footer[data-slot="after-body"]')).not.toBeNull();
  },
};

export const Dark: Story = {
  args: { colorScheme: 'dark' },
};

/** The bar fills from the right in a right-to-left page. */
export const Rtl: Story = {
  name: 'RTL (Persian)',
  args: { dir: 'rtl' },
  render: (args) => (
    <>
      <PostLayout post={persian} dir="rtl" colorScheme={args.colorScheme} />
      <ReadingProgress {...applyThemeArgs(args)} />
    </>
  ),
};

/** Slot contents in German: the layout's own strings and the navigation around it. */
export const GermanLabels: Story = {
  name: 'Labels in German',
  render: (args) => (
    <>
      <PostLayout
        post={explainer}
        locale="de-DE"
        labels={germanLabels}
        beforeBody={<SeriesNav series={breadSeries} current={starter.slug} postHref={postHref} labels={germanLabels} />}
        afterBody={<PostNav newer={hiveWinter} older={gearing} postHref={postHref} labels={germanLabels} />}
      />
      <ReadingProgress {...applyThemeArgs(args)} />
    </>
  ),
};
