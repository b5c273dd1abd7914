// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';

const outDir = resolve(repoRoot, 'node_modules/.cache/rbk-parse-entry');

describe('when a build script imports react-blog-kit/parse', () => {
  it('loads and parses in plain Node with React unavailable', async () => {
    mkdirSync(outDir, { recursive: true });
    const result = await build({
      entryPoints: [resolve(repoRoot, 'src/parse/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      outfile: resolve(outDir, 'parse.mjs'),
      metafile: true,
      logLevel: 'silent',
    });
    const imported = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect(imported.filter((p) => /^react(-dom)?(\/|$)/.test(p))).toEqual([]);

    // A resolve hook that fails any import of React, as a machine without it would.
    const hook = `export async function resolve(s, c, next) { if (/^react(-dom)?(\\/|$)/.test(s)) throw new Error('React imported: ' + s); return next(s, c); }`;
    writeFileSync(resolve(outDir, 'block-react.mjs'), `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));\n`);
    const script = `const { parsePost } = await import('./parse.mjs'); console.log(JSON.stringify(parsePost('# Plain\\n\\n## One\\n').toc));`;
    const out = execFileSync(process.execPath, ['--import', './block-react.mjs', '--input-type=module', '-e', script], {
      cwd: outDir,
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual([{ id: 'one', title: 'One', depth: 2 }]);
  });
});
