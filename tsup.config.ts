import path from 'node:path';
import { defineConfig } from 'tsup';

/**
 * One build with code splitting for every entry: a module two entries share (the Post's guards and
 * its error class, the URL policy, the markdown chain MarkdownContent and the parser both use, the
 * component base the client islands and the server components both stand on) lands in one chunk, so
 * there is one `PostParseError` class and nothing is carried twice, and an entry's file holds only
 * what it owns. The main entry imports nothing of the parser's own files, so no import of it can pull
 * the parser, Shiki, KaTeX or yaml into a client bundle.
 *
 * The client islands (`src/components/islands.ts`) are the `client` entry; `scripts/mark-client.mjs`
 * puts `'use client'` at the top of `dist/client.js` once the build is done (Rollup's tree-shaking
 * drops a directive written in the source). The one import rerouted, by its exact path: a
 * component's import of `islands.ts` becomes the built `./client.js`, so a server component tree
 * references the client module instead of inlining it (and losing the directive). Nothing else is
 * rerouted.
 */
export default defineConfig({
  format: ['esm'],
  dts: true,
  sourcemap: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  // Dependencies stay external so hosts dedupe them and tree-shake what a page does not use.
  external: ['react', 'react-dom', 'react/jsx-runtime', /^node:/],
  entry: {
    index: 'src/index.ts',
    client: 'src/components/islands.ts',
    parse: 'src/parse/index.ts',
    collection: 'src/collection/index.ts',
    seo: 'src/seo/index.ts',
    feed: 'src/feed/index.ts',
    node: 'src/node/index.ts',
    search: 'src/search/index.ts',
    // loadPosts' parse pool starts its workers from this file, found beside the node entry's chunks.
    'parse-worker': 'src/node/parse-worker.ts',
  },
  splitting: true,
  clean: false,
  esbuildPlugins: [
    {
      name: 'client-islands',
      setup(build) {
        const islands = path.resolve('src', 'components', 'islands');
        build.onResolve({ filter: /islands(\.js)?$/ }, (args) =>
          args.kind !== 'entry-point' && path.resolve(args.resolveDir, args.path).replace(/\.(js|ts)$/, '') === islands
            ? { path: './client.js', external: true }
            : undefined,
        );
      },
    },
  ],
  onSuccess: 'node scripts/copy-styles.mjs && node scripts/mark-client.mjs',
});
