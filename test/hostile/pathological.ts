/**
 * Pathological posts (issue 7): inputs that stress size, depth and expansion. Each one either parses
 * and renders, or is refused with a PostParseError naming the limit it hit (src/parse/limits.ts).
 * The bench (`npm run bench`) times these same generators; keep the export names stable.
 */
import type { LIMITS } from '../../src/parse/limits.js';
import type { HtmlHandling } from '../../src/parse/options.js';

export interface PathologicalPost {
  /** Short name, shown by the tests and the bench. */
  name: string;
  /** Builds the post file (lazily: some are megabytes). */
  source: () => string;
  /** Parse options, when the default (`html: 'escape'`) is not what the case is about. */
  options?: { html?: HtmlHandling };
  /**
   * What the kit must do: `render` (parse and renderToString), `refuse` (a PostParseError), or
   * `either`. `limit` is the entry of LIMITS whose value the refusal must name.
   */
  expect: { outcome: 'render' } | { outcome: 'refuse' | 'either'; limit: keyof typeof LIMITS };
}

const fm = (title: string, extra = '') => `---\ntitle: ${JSON.stringify(title)}\n${extra}---\n\n`;

/** A paragraph of ordinary prose, about 400 characters, different for each n. */
function paragraph(n: number): string {
  return (
    `Paragraph ${n} explains how the tide rises twice a day as the moon pulls the ocean toward it, ` +
    `with *emphasis*, **strong words**, \`inline code\` and [a link](https://example.com/${n}). ` +
    `The sun adds a smaller pull, so spring tides come at new and full moon and neap tides between them; ` +
    `coastlines and basins shape the rest of what a reader sees on the shore.`
  );
}

/** About `bytes` characters of a realistic explainer: sections, items, lists, code and tables. */
function largePost(bytes: number): string {
  const parts: string[] = [fm('A very long post', 'description: "Long enough to stress every pass"\n'), 'An introduction.\n'];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    let block: string;
    if (n % 20 === 0) block = `## Section ${n / 20}`;
    else if (n % 5 === 0) block = `### Item ${n}`;
    else if (n % 7 === 0) block = `- point ${n}\n- another point\n  - a nested one`;
    else if (n % 11 === 0) block = '```js\nconst tide = moon.pull(ocean);\nconsole.log(tide);\n```';
    else if (n % 13 === 0) block = `| a | b |\n| - | - |\n| ${n} | ${n + 1} |`;
    else block = paragraph(n);
    parts.push(block);
    size += block.length + 2;
  }
  return parts.join('\n\n') + '\n';
}

function yamlAliasBomb(levels: number, width: number): string {
  const lines = [`a0: &a0 [${Array(width).fill('"lol"').join(', ')}]`];
  for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array(width).fill(`*a${i - 1}`).join(', ')}]`);
  return `---\ntitle: Laughs\n${lines.join('\n')}\n---\n\nBody.\n`;
}

export const pathological: PathologicalPost[] = [
  {
    name: '2 MB post',
    source: () => largePost(2 * 1024 * 1024),
    expect: { outcome: 'render' },
  },
  {
    name: '10,000 headings',
    source: () => fm('Many headings') + Array.from({ length: 10_000 }, (_, i) => `${i % 3 === 0 ? '##' : '###'} Heading ${i}\n\nText ${i}.\n`).join('\n'),
    expect: { outcome: 'render' },
  },
  {
    name: '10,000 headings with the same title',
    source: () => fm('Same headings') + Array.from({ length: 10_000 }, () => '## Same\n\nText.\n').join('\n'),
    expect: { outcome: 'render' },
  },
  {
    name: '5,000 levels of nested blockquotes',
    source: () => fm('Deep quotes') + `${'> '.repeat(5_000)}deep\n`,
    expect: { outcome: 'refuse', limit: 'nestingDepth' },
  },
  {
    name: '5,000 levels of alternating blockquotes and lists',
    source: () => fm('Deep mixed') + `${'> - '.repeat(2_500)}deep\n`,
    expect: { outcome: 'refuse', limit: 'nestingDepth' },
  },
  {
    name: '5,000 levels of nested lists',
    source: () => fm('Deep lists') + `${'- '.repeat(5_000)}deep\n`,
    expect: { outcome: 'refuse', limit: 'nestingDepth' },
  },
  {
    name: '5,000 levels of nested ordered lists',
    source: () => fm('Deep ordered lists') + `${'1. '.repeat(5_000)}deep\n`,
    expect: { outcome: 'refuse', limit: 'nestingDepth' },
  },
  {
    name: '250 levels of nested blockquotes (under the limit)',
    source: () => fm('Quotes under the limit') + `${'> '.repeat(250)}deep\n`,
    expect: { outcome: 'render' },
  },
  {
    // micromark's emphasis and bracket matching grow with the square of the nesting (5,000 levels
    // took a minute or more), so a paragraph this busy is refused before it is parsed.
    name: '5,000 levels of nested emphasis',
    source: () => fm('Deep emphasis') + `${'*a '.repeat(5_000)}b${' c*'.repeat(5_000)}\n`,
    expect: { outcome: 'refuse', limit: 'inlineDelimiters' },
  },
  {
    name: '1,000 levels of nested link brackets',
    source: () => fm('Deep links') + `${'['.repeat(1_000)}x${'](https://example.com)'.repeat(1_000)}\n`,
    expect: { outcome: 'render' },
  },
  {
    name: '5,000 levels of nested raw HTML, sanitized',
    source: () => fm('Deep HTML') + `${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}\n`,
    options: { html: 'sanitize' },
    expect: { outcome: 'refuse', limit: 'nestingDepth' },
  },
  {
    // Raw HTML is one markdown node, so only the HTML parser sees this depth; it may pass.
    name: '1,500 levels of nested raw HTML, sanitized',
    source: () => fm('Deep HTML under the stack') + `${'<div>'.repeat(1_500)}x${'</div>'.repeat(1_500)}\n`,
    options: { html: 'sanitize' },
    expect: { outcome: 'either', limit: 'nestingDepth' },
  },
  {
    name: '5,000 levels of nested raw HTML, escaped',
    source: () => fm('Deep HTML as text') + `${'<div>'.repeat(5_000)}x${'</div>'.repeat(5_000)}\n`,
    options: { html: 'escape' },
    expect: { outcome: 'render' },
  },
  {
    name: '100,000-character line',
    source: () => fm('A long line') + `${'word '.repeat(20_000)}\n`,
    expect: { outcome: 'render' },
  },
  {
    name: '100,000-character word',
    source: () => fm('A long word') + `## ${'x'.repeat(100_000)}\n\n${'y'.repeat(100_000)}\n`,
    expect: { outcome: 'render' },
  },
  {
    name: '50,000 footnote references',
    source: () =>
      fm('Many footnotes') +
      Array.from({ length: 50_000 }, (_, i) => `Claim ${i}.[^n${i}]`).join(' ') +
      '\n\n' +
      Array.from({ length: 50_000 }, (_, i) => `[^n${i}]: Source ${i}.`).join('\n') +
      '\n',
    expect: { outcome: 'refuse', limit: 'footnoteReferences' },
  },
  {
    name: '50,000 references to one footnote',
    source: () => fm('One footnote') + Array.from({ length: 50_000 }, (_, i) => `Claim ${i}.[^only]`).join(' ') + '\n\n[^only]: The source.\n',
    expect: { outcome: 'refuse', limit: 'footnoteReferences' },
  },
  {
    name: '2,000 footnotes with their definitions (under the limit)',
    source: () =>
      fm('Footnotes under the limit') +
      Array.from({ length: 40 }, (_, p) => Array.from({ length: 50 }, (_, j) => `Claim ${p * 50 + j}.[^n${p * 50 + j}]`).join(' ')).join('\n\n') +
      '\n\n' +
      Array.from({ length: 2_000 }, (_, i) => `[^n${i}]: Source ${i}.`).join('\n') +
      '\n',
    expect: { outcome: 'render' },
  },
  {
    name: '10,000 table rows',
    source: () => fm('Big table') + '| a | b | c |\n| - | - | - |\n' + Array.from({ length: 10_000 }, (_, i) => `| ${i} | x | y |`).join('\n') + '\n',
    expect: { outcome: 'render' },
  },
  {
    name: '1 MB frontmatter block',
    source: () => fm('Big frontmatter', `description: "${'d'.repeat(1024 * 1024)}"\n`) + 'Body.\n',
    expect: { outcome: 'refuse', limit: 'frontmatterBytes' },
  },
  {
    name: '1 MB frontmatter of many keys',
    source: () => fm('Many keys', Array.from({ length: 40_000 }, (_, i) => `key${i}: value ${i}`).join('\n') + '\n') + 'Body.\n',
    expect: { outcome: 'refuse', limit: 'frontmatterBytes' },
  },
  {
    name: 'YAML alias bomb',
    source: () => yamlAliasBomb(9, 9),
    expect: { outcome: 'refuse', limit: 'yamlAliasCount' },
  },
  {
    name: 'YAML alias bomb in a known field',
    source: () => `---\ntitle: Laughs\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\ntags: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n\nBody.\n`,
    expect: { outcome: 'refuse', limit: 'yamlAliasCount' },
  },
  {
    name: '9 MB post (over the source limit)',
    source: () => fm('Too big') + 'x'.repeat(9 * 1024 * 1024) + '\n',
    expect: { outcome: 'refuse', limit: 'sourceBytes' },
  },
];
