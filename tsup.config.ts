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
 * - The client islands (`src/components/islands.ts`) on their own, as `dist/client.js`, so that its
 *   'use client' banner covers exactly that file.
 * - Every other entry in one build with code splitting: a module two entries share (the Post's
 *   guards and its error class, the URL policy, the markdown chain MarkdownContent and the parser
 *   both use) lands in one chunk, so there is one `PostParseError` class and nothing is carried
 *   twice, and an entry's file holds only what it owns. The main entry imports nothing of the parser's
 *   own files, so no import of it can pull the parser, Shiki, KaTeX or yaml into a client bundle.
 *
 * The one import rerouted, by its exact path: a component's import of `islands.ts` becomes the built
 * `./client.js`, so a server component tree references the client file instead of inlining it (and
 * losing its banner). Nothing else is rerouted.
 */
export default defineConfig([
  {
    ...shared,
    entry: { client: 'src/components/islands.ts' },
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
        name: 'client-islands',
        setup(build) {
          const islands = path.resolve('src', 'components', 'islands');
          build.onResolve({ filter: /islands(\.js)?$/ }, (args) =>
            path.resolve(args.resolveDir, args.path).replace(/\.(js|ts)$/, '') === islands ? { path: './client.js', external: true } : undefined,
          );
        },
      },
    ],
    onSuccess: 'node scripts/copy-styles.mjs',
  },
]);
