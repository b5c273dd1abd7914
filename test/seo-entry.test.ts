// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';

const outDir = resolve(repoRoot, 'node_modules/.cache/rbk-seo-entry');

describe('when a route handler imports react-blog-kit/seo and react-blog-kit/feed', () => {
  it('loads and writes metadata and a feed in plain Node with React unavailable', async () => {
    mkdirSync(outDir, { recursive: true });
    const result = await build({
      entryPoints: { seo: resolve(repoRoot, 'src/seo/index.ts'), feed: resolve(repoRoot, 'src/feed/index.ts'), parse: resolve(repoRoot, 'src/parse/index.ts') },
      bundle: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      outdir: outDir,
      outExtension: { '.js': '.mjs' },
      metafile: true,
      logLevel: 'silent',
    });
    const imported = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect(imported.filter((p) => /^react(-dom)?(\/|$)/.test(p))).toEqual([]);

    const hook = `export async function resolve(s, c, next) { if (/^react(-dom)?(\\/|$)/.test(s)) throw new Error('React imported: ' + s); return next(s, c); }`;
    writeFileSync(resolve(outDir, 'block-react.mjs'), `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));\n`);
    const script = [
      "const { parsePost } = await import('./parse.mjs');",
      "const { getPostMetadata } = await import('./seo.mjs');",
      "const { createFeed } = await import('./feed.mjs');",
      "const post = parsePost('---\\ntitle: Bread\\npubDate: 2024-01-02\\nslug: bread\\n---\\nFlour [and](water.html).\\n');",
      "const site = { url: 'https://example.org', name: 'Notes' };",
      "console.log(JSON.stringify([getPostMetadata(post, site).alternates.canonical, JSON.parse(createFeed([post], site, { format: 'json' })).items[0].content_html]));",
    ].join('\n');
    const out = execFileSync(process.execPath, ['--import', './block-react.mjs', '--input-type=module', '-e', script], { cwd: outDir, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(['https://example.org/posts/bread/', '<p>Flour <a href="https://example.org/posts/bread/water.html">and</a>.</p>']);
  }, 30_000);
});
