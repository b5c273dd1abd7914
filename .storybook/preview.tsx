import type { Decorator, Preview } from '@storybook/react-vite';
import type { CSSProperties } from 'react';

import { darkColors, lightColors } from '../src/theme/index.js';
import '../src/styles/styles.css';

/** The props the toolbar can set. A stories file lists the ones its component takes in `parameters.kitProps`. */
export type KitProp = 'colorScheme' | 'dir' | 'locale';

const KIT_PROPS: readonly KitProp[] = ['colorScheme', 'dir', 'locale'];

/**
 * Passes the toolbar's color scheme, direction and locale to the story's component as props, the
 * way a host app would, instead of styling the page around it. A toolbar left on "As the story
 * sets it" changes nothing, so a story's own args (the Dark or RTL story, the controls panel) win
 * until someone picks a value.
 *
 * The frame around the story takes the kit's own background for the resulting scheme, so a dark
 * post is not shown on a white page.
 */
const withKitProps: Decorator = (Story, context) => {
  const accepted: readonly KitProp[] = context.parameters.kitProps ?? [];
  const overrides: Partial<Record<KitProp, string>> = {};
  for (const name of KIT_PROPS) {
    const value = context.globals[name] as string | undefined;
    if (value && accepted.includes(name)) overrides[name] = value;
  }
  const args = { ...context.args, ...overrides };
  const scheme = (overrides.colorScheme ?? context.args.colorScheme ?? 'light') as string;
  const pick = (token: 'background' | 'text') =>
    scheme === 'dark'
      ? darkColors[token]
      : scheme === 'auto'
        ? `light-dark(${lightColors[token]}, ${darkColors[token]})`
        : lightColors[token];
  const frame: CSSProperties = {
    colorScheme: scheme === 'auto' ? 'light dark' : scheme === 'dark' ? 'dark' : 'light',
    background: pick('background'),
    color: pick('text'),
    padding: '1.5rem',
    boxSizing: 'border-box',
    // A full-height frame in the canvas; in the docs page every story stays as tall as its content.
    minHeight: context.viewMode === 'docs' ? undefined : '100vh',
  };
  return (
    <div data-storybook-frame="" style={frame}>
      <Story args={args} />
    </div>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withKitProps],
  parameters: {
    // The frame above pads and paints the canvas itself.
    layout: 'fullscreen',
    controls: {
      expanded: true,
      sort: 'requiredFirst',
      matchers: { color: /(color|background)$/i, date: /Date$/ },
    },
    options: {
      storySort: {
        order: ['Introduction', 'Theming', 'Components', ['PostLayout', 'HeroImage', 'ArticleMeta', 'SectionList', 'TableOfContents', 'ActiveTableOfContents', 'MarkdownContent', 'PostList', 'PostCard', 'Pagination', 'TagList', 'PostNav', 'SeriesNav', 'AuthorCard', 'ReadingProgress'], 'Posts'],
      },
    },
  },
  globalTypes: {
    colorScheme: {
      description: 'Color scheme passed to the components as the `colorScheme` prop',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { type: 'reset', title: 'As the story sets it' },
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: 'Auto (follows the OS)', icon: 'browser' },
        ],
      },
    },
    dir: {
      description: 'Text direction passed to the components as the `dir` prop',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { type: 'reset', title: 'As the story sets it' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
      },
    },
    locale: {
      description: 'Locale passed to the components as the `locale` prop (dates, reading time)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { type: 'reset', title: 'As the story sets it' },
          { value: 'en-US', title: 'English (US)', right: 'en-US' },
          { value: 'de-DE', title: 'Deutsch', right: 'de-DE' },
          { value: 'fa-IR', title: 'فارسی', right: 'fa-IR' },
          { value: 'ja-JP', title: '日本語', right: 'ja-JP' },
          { value: 'zh-CN', title: '中文（简体）', right: 'zh-CN' },
        ],
      },
    },
  },
};

export default preview;
