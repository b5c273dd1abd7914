import path from 'node:path';
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
        // Modules belong to one entry (ARCHITECTURE.md): everything under src/parse/ and src/markdown/
        // is served by dist/parse.js, so the main entry re-exports the parser instead of carrying a
        // second copy; PostHead takes the metadata builder from dist/seo.js the same way; the client
        // module stays its own file so its 'use client' banner holds.
        name: 'sibling-entries',
        setup(build) {
          const src = path.resolve('src');
          const owner = (file: string) => {
            if (file === path.join(src, 'client')) return './client.js';
            if (file === path.join(src, 'seo', 'index')) return './seo.js';
            const folder = path.relative(src, file).split(path.sep)[0];
            return folder === 'parse' || folder === 'markdown' ? './parse.js' : undefined;
          };
          build.onResolve({ filter: /^\./ }, (args) => {
            const external = owner(path.resolve(args.resolveDir, args.path).replace(/\.(js|ts)$/, ''));
            return external ? { path: external, external: true } : undefined;
          });
        },
      },
    ],
    onSuccess: 'node scripts/copy-styles.mjs',
  },
]);
