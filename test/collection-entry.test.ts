// @vitest-environment node
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';

describe('when a browser bundle imports react-blog-kit/collection', () => {
  it('bundles for the browser with no Node built-in and no React, and stays small', async () => {
    const result = await build({
      entryPoints: [resolve(repoRoot, 'src/collection/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      minify: true,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((p) => /node_modules\/(react|react-dom|unified|remark-|rehype-|yaml|image-size)\//.test(p))).toEqual([]);
    const imported = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect(imported).toEqual([]);
    expect(result.outputFiles[0].contents.byteLength).toBeLessThan(20_000);
  });
});
