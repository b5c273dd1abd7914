/**
 * Runs the component tests against React 18, which the peer range promises, without touching the
 * lock file: React 18 is installed beside node_modules (see test/react18.sh) and aliased in.
 */
import path from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../vitest.config.js';

const dir = path.resolve(process.env.REACT18_DIR ?? 'node_modules/.cache/react18/node_modules');

const config = mergeConfig(
  base,
  defineConfig({
    resolve: {
      alias: [
        { find: /^react$/, replacement: path.join(dir, 'react/index.js') },
        { find: /^react\/(.*)$/, replacement: path.join(dir, 'react/$1') },
        { find: /^react-dom$/, replacement: path.join(dir, 'react-dom/index.js') },
        { find: /^react-dom\/(.*)$/, replacement: path.join(dir, 'react-dom/$1') },
        // Its CommonJS entry would require the root react-dom; the ESM build goes through the aliases.
        {
          find: /^@testing-library\/react$/,
          replacement: path.resolve('node_modules/@testing-library/react/dist/@testing-library/react.esm.js'),
        },
      ],
    },
    test: {
      // Dependencies that import React must go through the aliases too, or two Reacts would meet.
      server: { deps: { inline: [/react-markdown/, /@testing-library\/react/] } },
    },
  }),
);

// mergeConfig would append to the base include list; this suite runs the component tests only.
config.test!.include = [
  'src/components/**/*.test.tsx',
  'src/render/**/*.test.tsx',
  'test/ssr.test.tsx',
  'test/a11y.test.tsx',
  'test/react18.check.tsx',
];

export default config;
