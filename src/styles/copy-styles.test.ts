// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a build script in plain JavaScript, without declarations
import { compact, shippedStylesheet } from '../../scripts/copy-styles.mjs';

const dir = path.resolve(__dirname);
/** The sheet a parser reads: esbuild's minified form, the same for any two sheets with the same rules. */
const rules = (css: string) => transformSync(css, { loader: 'css', minify: true }).code;

describe('the shipped stylesheet', () => {
  describe('when the sources are compacted', () => {
    it('drops comments and indentation, and keeps a quoted "/*" as written', () => {
      const css = "/* note */\n:where(.a)::after {\n  content: '/* kept */';\n  /* gone */\n  color: red;\n}\n\n";
      expect(compact(css)).toBe(":where(.a)::after {\ncontent: '/* kept */';\ncolor: red;\n}");
    });

    it('carries the same rules as the sources, in the same order', async () => {
      const index = readFileSync(path.join(dir, 'styles.css'), 'utf8');
      const sources = [...index.matchAll(/^@import\s+'\.\/([\w-]+\.css)';$/gm)].map((m) => readFileSync(path.join(dir, m[1]), 'utf8'));
      expect(sources.length).toBeGreaterThan(5);
      const shipped: string = await shippedStylesheet();
      expect(rules(shipped)).toBe(rules(sources.join('\n')));
      expect(shipped.match(/\/\*/g)).toHaveLength(1);
    });
  });
});
