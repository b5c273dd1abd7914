/**
 * The README's recipe code is the examples' code. A fenced block whose first line is a comment
 * naming a file under examples/ — `// examples/vite-spa/src/main.tsx`, `# examples/…`,
 * `<!-- examples/vite-spa/index.html -->`, or a CSS comment naming the file — must be that file exactly once the comment line is
 * taken off (trailing newlines aside). A JSON block may name a key, `// examples/vite-spa/package.json#scripts`:
 * its JSON must equal that key's value (a dotted path reaches deeper: `#compilerOptions.types`). A label
 * ending in ` (excerpt)` marks consecutive lines of the file. `npm run test:hosts` builds the examples,
 * so what it tests is what the README shows.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

interface Labelled {
  file: string;
  key?: string;
  excerpt?: true;
  code: string;
  line: number;
}

const LABEL = /^(?:\/\/|#|<!--|\/\*)\s*(examples\/[^\s#]+)(?:#([\w.-]+))?( \(excerpt\))?\s*(?:-->|\*\/)?\s*$/;

/** Every fenced block of the README whose first line names a file under examples/. */
function labelledBlocks(markdown: string): Labelled[] {
  const blocks: Labelled[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    let end = i + 1;
    while (end < lines.length && !(lines[end]!.startsWith(fence) && lines[end]!.trim() === fence)) end++;
    const label = LABEL.exec(lines[i + 1] ?? '');
    if (label && i + 1 < end) {
      blocks.push({ file: label[1]!, key: label[2], ...(label[3] ? { excerpt: true as const } : {}), code: lines.slice(i + 2, end).join('\n'), line: i + 2 });
    }
    i = end;
  }
  return blocks;
}

const blocks = labelledBlocks(readme);

describe('when the README shows an example file', () => {
  it('shows the Vite recipe as code: build data, prerender, page cache, server entry, browser entry and the pages', () => {
    const files = blocks.map((b) => b.file);
    for (const file of [
      'examples/vite-spa/scripts/build-data.ts',
      'examples/vite-spa/scripts/prerender.ts',
      'examples/vite-spa/scripts/page-cache.ts',
      'examples/vite-spa/src/entry-server.tsx',
      'examples/vite-spa/src/main.tsx',
      'examples/vite-spa/src/App.tsx',
      'examples/vite-spa/src/blog.ts',
      'examples/vite-spa/index.html',
      'examples/vite-spa/package.json',
      'examples/vite-spa/tsconfig.node.json',
    ]) {
      expect(files, `the README has no block labelled ${file}`).toContain(file);
    }
  });

  it('shows the frontmatter hooks of the moving recipes', () => {
    expect(blocks.map((b) => b.file)).toContain('examples/moving/hooks.ts');
  });

  it('shows the Next.js code: the posts loader, post page, feed, sitemap, config and layout', () => {
    const files = blocks.map((b) => b.file);
    for (const file of [
      'examples/next-app/lib/blog.ts',
      'examples/next-app/app/posts/[...slug]/page.tsx',
      'examples/next-app/app/feed.xml/route.ts',
      'examples/next-app/app/sitemap.ts',
      'examples/next-app/next.config.ts',
      'examples/next-app/app/layout.tsx',
    ]) {
      expect(files, `the README has no block labelled ${file}`).toContain(file);
    }
  });

  it.each(blocks.map((b) => [`${b.file}${b.key ? `#${b.key}` : ''}${b.excerpt ? ' (excerpt)' : ''} (README line ${b.line})`, b] as const))('%s is the file', (_name, block) => {
    const file = path.join(root, block.file);
    expect(existsSync(file), `${block.file} does not exist`).toBe(true);
    const source = readFileSync(file, 'utf8');
    if (block.key !== undefined) {
      // tsconfig files are JSON with `/* comment */` lines (create-vite's); a glob like "src/**/*" is no comment.
      const json = JSON.parse(source.replace(/^[ \t]*\/\*.*?\*\/[ \t]*$/gm, ''));
      const value = block.key.split('.').reduce<unknown>((at, k) => (at as Record<string, unknown> | undefined)?.[k], json);
      expect(JSON.parse(block.code), `README block for ${block.file}#${block.key}`).toEqual(value);
    } else if (block.excerpt) {
      const trim = (text: string) => text.replace(/[ \t]+$/gm, '').replace(/\n+$/, '');
      expect(block.code.split('\n').length, 'an excerpt of at least two lines').toBeGreaterThan(1);
      expect(`\n${trim(source)}\n`, `README line ${block.line}: these lines, in a row, in ${block.file}`).toContain(`\n${trim(block.code)}\n`);
    } else {
      expect(block.code.replace(/\n+$/, ''), `README line ${block.line}: the block differs from ${block.file}`).toBe(source.replace(/\n+$/, ''));
    }
  });
});

describe('when the README shows Next.js code', () => {
  it('neither it nor the Next example uses a route segment config that cacheComponents refuses', () => {
    const refused = /export const (dynamic|dynamicParams|revalidate|fetchCache)\b/;
    for (const block of blocks.filter((b) => b.file.startsWith('examples/next-app/'))) expect(block.code).not.toMatch(refused);
    const app = path.join(root, 'examples', 'next-app');
    const sources = ['app', 'lib', 'components'].flatMap((dir) =>
      readdirSync(path.join(app, dir), { recursive: true })
        .map(String)
        .filter((f) => /\.[jt]sx?$/.test(f))
        .map((f) => path.join(dir, f)),
    );
    expect(sources.length).toBeGreaterThan(5);
    for (const file of sources) expect(readFileSync(path.join(app, file), 'utf8'), file).not.toMatch(refused);
    expect(readFileSync(path.join(app, 'next.config.ts'), 'utf8')).toMatch(/cacheComponents: true/);
  });
});

describe('when a block is labelled', () => {
  it('reads the file from the first line, in any comment syntax, and the code after it', () => {
    const md = [
      'Text',
      '```ts',
      '// examples/a/b.ts',
      'const a = 1;',
      '```',
      '```html',
      '<!-- examples/a/index.html -->',
      '<p></p>',
      '```',
      '```jsonc',
      '// examples/a/package.json#scripts',
      '{}',
      '```',
      '```ts',
      '// examples/a/d.ts (excerpt)',
      'a();',
      '```',
      '```ts',
      'const unlabelled = 1;',
      '```',
    ].join('\n');
    expect(labelledBlocks(md)).toEqual([
      { file: 'examples/a/b.ts', key: undefined, code: 'const a = 1;', line: 3 },
      { file: 'examples/a/index.html', key: undefined, code: '<p></p>', line: 7 },
      { file: 'examples/a/package.json', key: 'scripts', code: '{}', line: 11 },
      { file: 'examples/a/d.ts', key: undefined, excerpt: true, code: 'a();', line: 15 },
    ]);
  });

  it('does not take a comment inside a block for a label, nor a block nested in a longer fence', () => {
    const md = ['````md', '```ts', '// examples/a/b.ts', '```', '````', '```ts', 'x();', '// examples/a/c.ts', '```'].join('\n');
    expect(labelledBlocks(md)).toEqual([]);
  });
});
