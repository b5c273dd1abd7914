import path from 'node:path';
import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  format: ['esm'],
  dts: true,
  sourcemap: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  // Dependencies stay external so hosts dedupe them and tree-shake what a page does not use.
  external: ['react', 'react-dom', 'react/jsx-runtime', /^node:/],
};

/**
 * Two builds:
 *
 * - The client module (`src/client.ts`, the interactive islands) on its own, so that its
 *   'use client' banner covers exactly that file.
 * - Every other entry in one build with code splitting: a module two entries share (the Post's
 *   guards and its error class, the URL policy, the markdown chain MarkdownContent and the parser
 *   both use) lands in one chunk, so there is one `PostParseError` class and nothing is carried
 *   twice, and an entry's file holds only what it owns. The main entry imports nothing of the parser's
 *   own files, so no import of it can pull the parser, Shiki, KaTeX or yaml into a client bundle.
 *
 * The one import rerouted: the components' `../client.js` becomes the built `./client.js`, so a server
 * component tree references the client module instead of inlining it (and losing its banner).
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
    entry: {
      index: 'src/index.ts',
      parse: 'src/parse/index.ts',
      collection: 'src/collection/index.ts',
      seo: 'src/seo/index.ts',
      feed: 'src/feed/index.ts',
      node: 'src/node/index.ts',
    },
    splitting: true,
    clean: false,
    esbuildPlugins: [
      {
        name: 'client-module',
        setup(build) {
          const client = path.resolve('src', 'client');
          build.onResolve({ filter: /client(\.js)?$/ }, (args) =>
            path.resolve(args.resolveDir, args.path).replace(/\.(js|ts)$/, '') === client ? { path: './client.js', external: true } : undefined,
          );
        },
      },
    ],
    onSuccess: 'node scripts/copy-styles.mjs',
  },
]);
