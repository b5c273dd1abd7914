import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ComponentPropsWithoutRef } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';

import { MarkdownContent, rehypeKitSanitize } from '../src/index.js';
import type { MarkdownContentProps } from '../src/index.js';
import { StateBoard, snippet } from './helpers.js';
import { germanLabels, persianLabels } from './labels.js';
import gardenHero from './assets/garden-hero.svg?no-inline';
import { applyThemeArgs, paperTheme, themeArgTypes, type ThemeArgs } from './theme-controls.js';

type Args = MarkdownContentProps & ThemeArgs;

const note = `## Reading the tide table

A tide table lists each **high** and **low** water with its time and height. Two things trip
people up the first time:

1. Times are given in *local standard time*, so add an hour in summer.
2. Heights are measured from chart datum, not from the beach you are standing on.

Check the table for [your nearest port](https://example.com/tides) before you walk out to an island.`;

const gfm = `## Packing list for a low-tide walk

| Item          | Why                          | Weight |
| :------------ | :--------------------------- | -----: |
| Tide table    | to know when to turn back    |   20 g |
| Whistle       | to be heard over the wind    |   15 g |
| Dry bag       | for the phone                |  120 g |

- [x] Check the tide table
- [x] Tell someone where you are going
- [ ] Leave before the water turns

~~Sandals~~ Boots with a good grip.[^1] More advice at https://example.com/coast-safety

[^1]: Written for these stories; not official safety advice.`;

// The image is one Storybook serves, so the page loads nothing that fails; the handler is what must go.
const rawHtml = `Markdown may contain HTML, like <b>this bold tag</b> or <img src="${gardenHero}" alt="" width="48" height="32" onerror="alert(1)">.
By default the kit renders it cleaned the way GitHub cleans a README; with html="escape" it shows as text.`;

const unsafeLinks = `A [normal link](https://example.com/ok), a [script link](javascript:alert(1)) and an
![image with a script URL](javascript:alert(2)). Only the first keeps its URL.`;

const persianNote = `## خواندن جدول جزر و مد

جدول جزر و مد زمان و ارتفاع هر **مد** و **جزر** را نشان می‌دهد. پیش از رفتن به ساحل، جدول
نزدیک‌ترین بندر را ببینید و زمان بازگشت را از قبل مشخص کنید.`;

const meta = {
  title: 'Components/MarkdownContent',
  component: MarkdownContent,
  args: { children: note },
  argTypes: {
    ...themeArgTypes,
    children: { control: 'text' },
    components: { control: false },
    urlTransform: { control: false },
    remarkPlugins: { control: false },
    rehypePlugins: { control: false },
  },
  parameters: {
    kitProps: ['colorScheme', 'dir'],
    docs: {
      description: {
        component:
          'Markdown that only exists at run time (a comment, a live preview), rendered through the kit’s markdown chain (remark-gfm, its own headings) and the render pass and element map a parsed post takes, so it looks like a parsed post. It brings the markdown parser into the bundle: for posts known at build time, parse them with `parsePost` instead.',
      },
      source: { type: 'dynamic', transform: snippet<Args>('MarkdownContent', applyThemeArgs) },
    },
  },
  render: (args) => <MarkdownContent {...applyThemeArgs(args)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const heading = canvas.getByRole('heading', { level: 2, name: /Reading the tide table/ });
    await expect(heading).toHaveAttribute('id', 'reading-the-tide-table');
    await expect(canvas.getByRole('link', { name: 'Link to section: Reading the tide table' })).toHaveAttribute(
      'href',
      '#reading-the-tide-table',
    );
    await expect(canvas.getByRole('link', { name: 'your nearest port' })).toHaveAttribute('href', 'https://example.com/tides');
  },
};

/** GitHub-flavoured markdown: a table, a task list, strikethrough, an autolink and a footnote. */
export const GithubFlavoured: Story = {
  name: 'GitHub-flavoured markdown',
  args: { children: gfm },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table')).toBeInTheDocument();
    await expect(canvas.getAllByRole('checkbox')).toHaveLength(3);
    await expect(canvas.getByRole('link', { name: 'https://example.com/coast-safety' })).toBeInTheDocument();
  },
};

/**
 * Raw HTML with `html="sanitize"` and `sanitizer={rehypeKitSanitize}`: rendered, sanitized with
 * GitHub's schema, so its event handler never runs. The sanitizer is a prop because it brings an
 * HTML parser (parse5) that a page without HTML should not download.
 */
export const RawHtmlSanitized: Story = {
  name: 'Raw HTML sanitized',
  args: { children: rawHtml, html: 'sanitize', sanitizer: rehypeKitSanitize },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('b')).toHaveTextContent('this bold tag');
    await expect(canvasElement.querySelector('img')).not.toHaveAttribute('onerror');
  },
};

/** Raw HTML by default (`html="escape"`, as react-markdown does): shown as text, no element is created from it. */
export const RawHtmlAsText: Story = {
  name: 'Raw HTML shown as text (default)',
  args: { children: rawHtml },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('b')).toBeNull();
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement).toHaveTextContent('<b>this bold tag</b>');
  },
};

/** `javascript:` URLs never reach the DOM. */
export const UnsafeUrls: Story = {
  name: 'Unsafe URLs dropped',
  args: { children: unsafeLinks },
  play: async ({ canvasElement }) => {
    const urls = [...canvasElement.querySelectorAll('[href], [src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src'));
    await expect(urls.filter((url) => /^\s*javascript:/i.test(url ?? ''))).toEqual([]);
    await expect(within(canvasElement).getByRole('link', { name: 'normal link' })).toHaveAttribute('href', 'https://example.com/ok');
  },
};

function ExternalLink({ href = '', children, ...props }: ComponentPropsWithoutRef<'a'>) {
  const external = /^https?:/.test(href);
  return (
    <a href={href} {...props} {...(external ? { target: '_blank', rel: 'noreferrer' } : {})}>
      {children}
      {external ? <span aria-hidden="true"> ↗</span> : null}
    </a>
  );
}

/** `components` swaps an element for your own, here links that open outside the page in a new tab. */
export const ComponentsMap: Story = {
  name: 'Components map',
  args: { components: { a: ExternalLink } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: /your nearest port/ })).toHaveAttribute('target', '_blank');
  },
};

/** Type markdown; the preview below renders it as you go. */
export const LivePreview: Story = {
  name: 'Live preview',
  render: function LivePreviewStory(args) {
    const [text, setText] = useState('Type *markdown* here.');
    return (
      <div style={{ display: 'grid', gap: '1rem' }}>
        <label style={{ display: 'grid', gap: '0.25rem', font: '0.875rem system-ui, sans-serif' }}>
          Your comment
          <textarea value={text} onChange={(event) => setText(event.target.value)} rows={4} style={{ font: 'inherit' }} />
        </label>
        <MarkdownContent {...applyThemeArgs(args)} aria-label="Preview">
          {text}
        </MarkdownContent>
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Your comment' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Tides are **strong** here');
    await waitFor(() => expect(canvasElement.querySelector('strong')).toHaveTextContent('strong'));
  },
};

export const Dark: Story = {
  args: { colorScheme: 'dark', children: gfm },
};

export const RtlPersian: Story = {
  name: 'RTL (Persian)',
  args: { children: persianNote, dir: 'rtl', lang: 'fa', labels: persianLabels },
};

export const CustomTheme: Story = {
  name: 'Custom theme',
  args: { theme: paperTheme, children: gfm },
};

export const Unstyled: Story = {
  args: { unstyled: true, children: gfm },
};

export const GermanLabels: Story = {
  name: 'Labels in German',
  args: { labels: germanLabels },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Link zum Abschnitt: Reading the tide table' })).toBeInTheDocument();
  },
};

export const AllStates: Story = {
  name: 'All states',
  render: (args) => {
    const shared = { colorScheme: args.colorScheme, dir: args.dir };
    return (
      <StateBoard
        columns={2}
        states={[
          { name: 'Default', node: <MarkdownContent {...shared} slugPrefix="default-">{note}</MarkdownContent> },
          { name: 'Raw HTML shown as text', node: <MarkdownContent {...shared} slugPrefix="html-" html="escape">{rawHtml}</MarkdownContent> },
          { name: 'Dark', node: <MarkdownContent {...shared} slugPrefix="dark-" colorScheme="dark">{note}</MarkdownContent> },
          { name: 'Custom theme', node: <MarkdownContent {...shared} slugPrefix="theme-" theme={paperTheme}>{note}</MarkdownContent> },
          { name: 'RTL (Persian)', node: <MarkdownContent {...shared} slugPrefix="fa-" dir="rtl" lang="fa" labels={persianLabels}>{persianNote}</MarkdownContent> },
          { name: 'Unstyled', node: <MarkdownContent {...shared} slugPrefix="unstyled-" unstyled>{note}</MarkdownContent> },
        ]}
      />
    );
  },
};
