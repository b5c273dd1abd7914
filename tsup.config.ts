import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  format: ['esm'],
  dts: true,
  sourcemap: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  // Dependencies stay external so hosts dedupe them and tree-shake the parser away.
  external: ['react', 'react-dom', 'react/jsx-runtime'],
};

/**
 * The interactive table of contents is the package's only client module. It is built on its own so
 * that its 'use client' banner covers exactly that file, and the main entry imports it as an
 * external module (a server component tree may then reference it without becoming client code).
 */
export default defineConfig([
  {
    ...shared,
    entry: { client: 'src/client.ts' },
    clean: false,
    // Rollup's tree-shaking pass drops module-level directives; esbuild alone keeps the banner.
    treeshake: false,
    banner: { js: "'use client';" },
  },
  {
    ...shared,
    entry: { parse: 'src/parse/index.ts' },
    clean: false,
  },
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    clean: false,
    esbuildPlugins: [
      {
        // The main entry re-exports the parser from dist/parse.js instead of carrying a second copy,
        // and imports the client module as its own file so its 'use client' banner holds.
        name: 'external-sibling-entries',
        setup(build) {
          build.onResolve({ filter: /^(\.\.?\/)+client(\.js)?$/ }, () => ({ path: './client.js', external: true }));
          build.onResolve({ filter: /(^|\/)parse\/(index|rehype-kit)(\.js)?$/ }, () => ({ path: './parse.js', external: true }));
        },
      },
    ],
    onSuccess: 'node scripts/copy-styles.mjs',
  },
]);
