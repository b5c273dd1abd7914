import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { gfmExamples } from '../../test/fidelity/gfm.mjs';
import { repoRoot } from '../../test/helpers/fixtures.js';
import { GFM_ALL, GFM_EMAIL, GFM_PROTOCOL, GFM_TABLE, GFM_WWW, gfmSyntaxOf, remarkKitGfm } from './gfm.js';

const require = createRequire(path.join(repoRoot, 'package.json'));
const fixtures = path.join(repoRoot, 'test/fixtures');

const withRemarkGfm = unified().use(remarkParse).use(remarkGfm).freeze();
/** What the kit's chain parses with: only the constructs the source can contain. */
const ours = (source: string) => unified().use(remarkParse).use(remarkKitGfm, { syntax: gfmSyntaxOf(source) }).parse(source);

const sources: [string, string][] = [
  ...require('commonmark-spec').tests.map((t: { number: number; markdown: string }) => [`CommonMark example ${t.number}`, t.markdown]),
  ...gfmExamples.map((e, i) => [`GFM example ${i + 1} (${e.section})`, e.markdown]),
  ...readdirSync(fixtures)
    .filter((f) => f.endsWith('.md'))
    .map((f) => [`fixture ${f}`, readFileSync(path.join(fixtures, f), 'utf8')]),
  // Near misses of each guarded construct, and the guarded constructs in unusual spellings.
  ['uppercase literals', 'See HTTPS://EXAMPLE.COM/A and WWW.EXAMPLE.ORG, or MAILTO:A@EXAMPLE.COM.\n'],
  ['xmpp literal', 'Chat at xmpp:baker@example.org/oven today.\n'],
  ['no pipe, table-like', 'a  b\n--- ---\nc  d\n'],
  ['pipe only in code', '```\na | b\n--|--\n```\n\nText after.\n'],
  ['table without outer pipes', 'a | b\n-|-\n1 | 2\n'],
  ['literal inside a link label', '[see www.example.com](https://example.org) and [mail a@b.co](x)\n'],
  ['near misses', 'ww.example.com, htp://example.com, http:/example.com, a at b dot com\n'],
];

// The shared corpus, when RBK_CORPUS names it (CI does): real posts, read at run time.
const corpus = process.env.RBK_CORPUS ? path.resolve(process.env.RBK_CORPUS) : undefined;
if (corpus) {
  for (const f of readdirSync(corpus).filter((f) => /\.(md|mdx|markdown)$/.test(f) && f !== 'SOURCES.md'))
    sources.push([`corpus ${f}`, readFileSync(path.join(corpus, f), 'utf8')]);
}

describe('gfmSyntaxOf', () => {
  it('finds each guarded construct by the character it needs', () => {
    expect(gfmSyntaxOf('a | b')).toBe(GFM_TABLE);
    expect(gfmSyntaxOf('write to a@b.co')).toBe(GFM_EMAIL);
    expect(gfmSyntaxOf('WWW.example.com')).toBe(GFM_WWW);
    expect(gfmSyntaxOf('HTTPS://example.com')).toBe(GFM_PROTOCOL);
    expect(gfmSyntaxOf('| a@www.b http:')).toBe(GFM_ALL);
  });

  it('leaves every guarded construct out of a prose post without links or tables, the common case it speeds up', () => {
    expect(gfmSyntaxOf(readFileSync(path.join(fixtures, 'explainer.md'), 'utf8'))).toBe(0);
  });
});

describe('remarkKitGfm', () => {
  it(`parses ${sources.length} sources to the same mdast as remark-gfm, positions included`, () => {
    expect(sources.length).toBeGreaterThan(600);
    const differ = sources.filter(([, source]) => JSON.stringify(ours(source)) !== JSON.stringify(withRemarkGfm.parse(source)));
    expect(differ.map(([name]) => name)).toEqual([]);
  });

  it('parses every construct of GFM when given no syntax', () => {
    const source = '| a |\n| - |\n| 1 |\n\nwww.example.com a@b.co https://c.d ~~x~~ [^1]\n\n- [x] done\n\n[^1]: note\n';
    const tree = unified().use(remarkParse).use(remarkKitGfm).parse(source);
    expect(tree).toEqual(withRemarkGfm.parse(source));
    const types = JSON.stringify(tree).match(/"type":"(\w+)"/g);
    for (const type of ['table', 'link', 'delete', 'footnoteReference', 'footnoteDefinition'])
      expect(types).toContain(`"type":"${type}"`);
  });

  it('still parses an email literal when the source has a `@` but no www or http', () => {
    const tree = ours('Write to baker@example.org.\n');
    expect(JSON.stringify(tree)).toContain('"url":"mailto:baker@example.org"');
  });
});
