import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  // Docs pages first so the sidebar opens on the Introduction.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    {
      name: '@storybook/addon-docs',
      // MDX leaves GitHub tables out unless asked; the Theming page is mostly tables.
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
  ],
  // A library's Storybook opens on its Introduction page; Storybook's own onboarding checklist and
  // guide are for people setting up Storybook, not for readers of these docs.
  features: {
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
  },
  core: {
    // `npm run storybook` must make no calls to the network.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  typescript: {
    // react-docgen-typescript reads the props' JSDoc and `@default` tags, so every prop's
    // default shows on the autodocs pages. The kit's props extend the root element's HTML
    // attributes; those come from @types/react and are filtered out to keep the tables short.
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      propFilter: (prop) => (prop.parent ? !/node_modules/.test(prop.parent.fileName) : true),
    },
  },
};

export default config;
