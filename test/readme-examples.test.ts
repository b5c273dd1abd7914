// The README's code blocks that name an example file on their first line are that file's code, so a
// user copies what `npm run test:hosts` builds. `// examples/<path>` marks the whole file;
// `// examples/<path> (excerpt)` marks consecutive lines of it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '..');
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

interface MarkedBlock {
  file: string;
  excerpt: boolean;
  code: string;
  line: number;
}

/** Every fenced block whose first line is a `// examples/…` comment. */
function markedBlocks(markdown: string): MarkedBlock[] {
  const blocks: MarkedBlock[] = [];
  const fence = /^```[^\n]*\n\/\/ (examples\/\S+)( \(excerpt\))?\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(fence)) {
    blocks.push({
      file: match[1],
      excerpt: Boolean(match[2]),
      code: match[3].replace(/\n$/, ''),
      line: markdown.slice(0, match.index).split('\n').length,
    });
  }
  return blocks;
}

const trimLines = (text: string) => text.replace(/[ \t]+$/gm, '').replace(/\n+$/, '');

describe('when the README shows code from an example', () => {
  const blocks = markedBlocks(readme);

  it('marks the Next.js code it shows: the posts loader, post page, feed, sitemap, config and layout', () => {
    const files = new Set(blocks.map((b) => b.file));
    for (const file of [
      'examples/next-app/lib/blog.ts',
      'examples/next-app/app/posts/[slug]/page.tsx',
      'examples/next-app/app/feed.xml/route.ts',
      'examples/next-app/app/sitemap.ts',
      'examples/next-app/next.config.ts',
      'examples/next-app/app/layout.tsx',
    ]) {
      expect(files, `a README block marked // ${file}`).toContain(file);
    }
  });

  it.each(blocks.map((b) => [`${b.file}${b.excerpt ? ' (excerpt)' : ''} at README line ${b.line}`, b] as const))(
    'the block for %s is the file’s code',
    (_label, block) => {
      const file = path.join(repoRoot, block.file);
      expect(existsSync(file), `${block.file} exists`).toBe(true);
      const source = trimLines(readFileSync(file, 'utf8'));
      const code = trimLines(block.code);
      if (block.excerpt) {
        expect(code.split('\n').length, 'an excerpt of at least two lines').toBeGreaterThan(1);
        expect(`\n${source}\n`, `README line ${block.line}: these lines, in a row, in ${block.file}`).toContain(`\n${code}\n`);
      } else {
        expect(code, `README line ${block.line}: the whole of ${block.file}`).toBe(source);
      }
    },
  );

  it('neither it nor the Next example uses a route segment config that cacheComponents refuses', () => {
    const refused = /export const (dynamic|dynamicParams|revalidate|fetchCache)\b/;
    const nextBlocks = blocks.filter((b) => b.file.startsWith('examples/next-app/'));
    for (const block of nextBlocks) expect(block.code).not.toMatch(refused);
    const app = path.join(repoRoot, 'examples', 'next-app');
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
