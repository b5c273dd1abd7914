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
    // React-free entries built together, so the URL and date helpers they share land in one chunk.
    ...shared,
    entry: { seo: 'src/seo/index.ts', feed: 'src/feed/index.ts' },
    clean: false,
  },
  {
    ...shared,
    // React-free and browser-safe: it carries its own copy of the few small helpers it shares with the parser.
    entry: { collection: 'src/collection/index.ts' },
    clean: false,
  },
  {
    ...shared,
    entry: { node: 'src/node/index.ts' },
    platform: 'node',
    clean: false,
    esbuildPlugins: [
      {
        // The loader uses the parser from dist/parse.js instead of carrying a second copy of it, so
        // there is one PostParseError class and `instanceof` holds for the loader's errors too.
        name: 'external-parser',
        setup(build) {
          build.onResolve({ filter: /(^|\/)parse\/index(\.js)?$/ }, () => ({ path: './parse.js', external: true }));
          build.onResolve({ filter: /^\.\/errors(\.js)?$/ }, (args) =>
            /[\\/]src[\\/]parse[\\/]/.test(args.importer) ? { path: './parse.js', external: true } : undefined,
          );
        },
      },
    ],
  },
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    clean: false,
    esbuildPlugins: [
      {
        // The main entry re-exports the parser from dist/parse.js and PostHead takes the metadata
        // builder from dist/seo.js instead of carrying second copies, and it imports the client
        // module as its own file so its 'use client' banner holds.
        name: 'external-sibling-entries',
        setup(build) {
          build.onResolve({ filter: /^(\.\/|(\.\.\/)+)client(\.js)?$/ }, () => ({ path: './client.js', external: true }));
          build.onResolve({ filter: /(^|\/)parse\/(index|rehype-kit)(\.js)?$/ }, () => ({ path: './parse.js', external: true }));
          build.onResolve({ filter: /(^|\/)seo\/index(\.js)?$/ }, () => ({ path: './seo.js', external: true }));
        },
      },
    ],
    onSuccess: 'node scripts/copy-styles.mjs',
  },
]);
