/**
 * A fast-check grammar of blog posts: frontmatter with values of every type (right, wrong and
 * absent) and a markdown body built from the constructs real posts use — headings at random levels,
 * lists, tables, code, emphasis, links, raw HTML, footnotes — in text that mixes scripts, RTL,
 * combining marks and emoji. Hostile URLs and HTML are part of the vocabulary on purpose.
 */
import fc from 'fast-check';
import { stringify as toYaml } from 'yaml';
import type { HtmlHandling } from '../../src/parse/options.js';

// ── text ──────────────────────────────────────────────────────────────────────────────────────────

/** Words from the scripts a blog meets, including ones that stress slugging and direction. */
const WORDS = [
  'tide', 'moon', 'Orbit', 'gravity', 'ocean', 'the', 'and', 'Install', 'API', 'v2.0', 'x86_64', 'C++', 'node:fs',
  // Hebrew, Arabic, Persian (RTL)
  'שלום', 'עולם', 'مرحبا', 'بالعالم', 'سلام', 'دنیا', 'کتاب',
  // combining marks, precomposed and decomposed
  'café', 'cafe\u0301', 'n\u0303o', 'Z\u0351\u0334a\u0353l\u0358go', 'a\u030a', 'ñ',
  // emoji: plain, skin tone, ZWJ family, flag, keycap, variation selector
  '🌊', '👍🏽', '👩‍👩‍👧‍👦', '🇮🇷', '1️⃣', '❤️', '🏳️‍🌈',
  // CJK, Devanagari, Thai, Greek, Cyrillic
  '潮汐', 'ブログ', '한국어', 'नमस्ते', 'ภาษาไทย', 'Ωμέγα', 'Привет',
  // invisible and direction controls
  '\u200b', '\u200d', '\u200f', '\u202e', '\u2066x\u2069', '\u00a0', '\ufeff',
];

/** Punctuation that means something to markdown or HTML, to be found where it is not expected. */
const PUNCT = ['*', '_', '`', '[', ']', '(', ')', '<', '>', '&', '&amp;', '&#106;', '&colon;', '#', '\\', '!', '|', '~', '{#x}', '"', "'", ':', '-', '+', '.'];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }) },
);

/** A run of words on one line (no line breaks: block structure is the grammar's job). */
export const text = fc
  .array(word, { minLength: 1, maxLength: 8 })
  .map((ws) => ws.join(' ').replace(/[\r\n\u2028\u2029\u0085\u000b\u000c]+/g, ' '));

// ── URLs ──────────────────────────────────────────────────────────────────────────────────────────

const URLS = [
  'https://example.com/a?b=c#d',
  'http://example.com',
  '/relative/path.png',
  './img.jpg',
  '#anchor',
  'mailto:someone@example.com',
  'page',
  'data:image/png;base64,iVBORw0KGgo=',
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  '&#106;avascript:window.__pwned=1',
  'vbscript:window.__pwned=1',
  'data:text/html;base64,PHNjcmlwdD48L3NjcmlwdD4=',
  'https://example.com/путь/ملف',
  '',
];
export const url = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...URLS) }, { weight: 1, arbitrary: fc.webUrl() });

// ── inline content ────────────────────────────────────────────────────────────────────────────────

const RAW_INLINE = [
  '<b>bold</b>',
  '<span onclick="window.__pwned=1">x</span>',
  '<img src=x onerror=window.__pwned=1>',
  '<a href="javascript:window.__pwned=1">a</a>',
  '<kbd>Ctrl</kbd>',
  '<!-- comment -->',
  '<br>',
  '<script>window.__pwned=1</script>',
  '</div>',
];

const inline = (footnotes: string[]): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: text },
        { weight: 1, arbitrary: text.map((t) => `*${t}*`) },
        { weight: 1, arbitrary: text.map((t) => `**${t}**`) },
        { weight: 1, arbitrary: text.map((t) => `~~${t}~~`) },
        { weight: 1, arbitrary: text.map((t) => `\`${t.replace(/`/g, '')}\``) },
        { weight: 1, arbitrary: fc.tuple(text, url).map(([t, u]) => `[${t}](${u})`) },
        { weight: 1, arbitrary: fc.tuple(text, url, text).map(([t, u, title]) => `[${t}](<${u}> "${title.replace(/"/g, '')}")`) },
        { weight: 1, arbitrary: fc.tuple(text, url).map(([t, u]) => `![${t}](${u})`) },
        { weight: 1, arbitrary: url.map((u) => `<${u}>`) },
        { weight: 1, arbitrary: fc.constantFrom('https://example.com/auto', 'www.example.com', 'someone@example.com') },
        { weight: 1, arbitrary: fc.constantFrom(...RAW_INLINE) },
        { weight: footnotes.length ? 1 : 0, arbitrary: fc.constantFrom(...(footnotes.length ? footnotes : ['x'])).map((f) => `[^${f}]`) },
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((parts) => parts.join(' '));

// ── blocks ────────────────────────────────────────────────────────────────────────────────────────

const RAW_BLOCKS = [
  '<div class="note">\n\nA note.\n\n</div>',
  '<details><summary>More</summary>\n\nHidden text.\n\n</details>',
  '<script>window.__pwned=1</script>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '<h2 id="raw">Raw heading</h2>',
  '<h1>Raw title</h1>',
  '<table><tr><td onclick="x">cell</td></tr></table>',
  '<!--more-->',
  '<style>body{display:none}</style>',
];

const CODE_LANGS = ['', 'js', 'ts', 'python', 'sh', 'diff', 'js" onmouseover="x', '{.class}', '日本語'];

/** A heading line: level 1–6, ATX with optional closing hashes and custom id, or setext. */
const heading = (footnotes: string[]) =>
  fc
    .tuple(
      fc.integer({ min: 1, max: 6 }),
      inline(footnotes),
      fc.option(fc.constantFrom('intro', 'x', 'custom-id', 'a.b:c', 'fn-1', 'user-content-fn-1'), { nil: undefined }),
      fc.constantFrom('atx', 'atx', 'atx', 'closed', 'setext'),
    )
    .map(([level, content, id, style]) => {
      const withId = id ? `${content} {#${id}}` : content;
      if (style === 'setext' && level <= 2) return `${withId}\n${level === 1 ? '===' : '---'}`;
      if (style === 'closed') return `${'#'.repeat(level)} ${withId} ${'#'.repeat(level)}`;
      return `${'#'.repeat(level)} ${withId}`;
    });

const list = (footnotes: string[]): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom('-', '*', '+', '1.', '1)'),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('', '[ ] ', '[x] '), inline(footnotes)), {
        minLength: 1,
        maxLength: 6,
      }),
    )
    .map(([marker, items]) => {
      let depth = 0;
      return items
        .map(([want, task, content]) => {
          // Nest at most one level deeper than the previous item, as markdown requires.
          depth = Math.min(want, depth + 1);
          return `${'    '.repeat(depth)}${marker} ${task}${content}`;
        })
        .join('\n');
    });

const table = (footnotes: string[]) =>
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 4 }))
    .chain(([cols, rows]) =>
      fc.tuple(
        fc.array(inline(footnotes), { minLength: cols, maxLength: cols }),
        fc.array(fc.constantFrom('---', ':--', '--:', ':-:'), { minLength: cols, maxLength: cols }),
        fc.array(fc.array(inline(footnotes), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      ),
    )
    .map(([head, align, rows]) => {
      const row = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
      return [row(head), row(align), ...rows.map(row)].join('\n');
    });

const code = fc
  .tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom(...CODE_LANGS), fc.array(text, { maxLength: 4 }))
  .map(([fence, lang, lines]) => `${fence}${lang}\n${lines.join('\n')}\n${fence}`);

const blockquote = (footnotes: string[]) =>
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.oneof(inline(footnotes), heading(footnotes)), { minLength: 1, maxLength: 3 }))
    .map(([depth, lines]) => lines.map((l) => `${'> '.repeat(depth)}${l.replace(/\n/g, `\n${'> '.repeat(depth)}`)}`).join('\n'));

const block = (footnotes: string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: heading(footnotes) },
    { weight: 5, arbitrary: inline(footnotes) },
    { weight: 2, arbitrary: list(footnotes) },
    { weight: 1, arbitrary: table(footnotes) },
    { weight: 1, arbitrary: code },
    { weight: 1, arbitrary: blockquote(footnotes) },
    { weight: 1, arbitrary: fc.constantFrom('---', '***', '___') },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_BLOCKS) },
    { weight: 1, arbitrary: text.map((t) => `    ${t}`) },
  );

/** A markdown body, with footnote references and their definitions (some unused, some missing). */
export const body: fc.Arbitrary<string> = fc
  .uniqueArray(fc.constantFrom('1', '2', 'note', 'src', 'ملاحظة', 'x y'), { maxLength: 3 })
  .chain((footnotes) =>
    fc.tuple(
      fc.array(block(footnotes), { maxLength: 14 }),
      fc.subarray(footnotes),
      fc.array(text, { minLength: footnotes.length, maxLength: footnotes.length }),
      fc.constantFrom('\n\n', '\n\n', '\n', '\r\n\r\n'),
    ),
  )
  .map(([blocks, defined, notes, sep]) => {
    const defs = defined.map((f, i) => `[^${f}]: ${notes[i] ?? 'note'}`);
    return [...blocks, ...defs].join(sep) + '\n';
  });

// ── frontmatter ───────────────────────────────────────────────────────────────────────────────────

/** Any YAML-representable value, for fields that expect something else. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: false }),
  text,
  fc.string(),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', 'src', 'name', '__proto__', 'constructor'), text, { maxKeys: 3 }),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
);

/** Mostly a value of the right type, now and then anything at all (which the parser must refuse cleanly). */
const mostly = <T>(right: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: right }, { weight: 1, arbitrary: anyValue });

const dateValue = mostly(
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('2022-07-24', '2024-02-29', 'Jul 24 2022', '24 July 2022', 'July 24th, 2022') },
    {
      weight: 4,
      arbitrary: fc.constantFrom('2022-07-24T10:00:00Z', '2022-07-24T23:30:00-07:00', '2022-07-24 10:00:00 +05:30', '2022-07-24T00:00:00+14:00'),
    },
    { weight: 4, arbitrary: fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }) },
    { weight: 1, arbitrary: fc.constantFrom('2022-02-29', '2022-13-01', 'Jully 2022', 'yesterday') },
  ),
);

const author = mostly(
  fc.oneof(
    text,
    fc.constantFrom('[Ada](https://example.com/ada)', '[Eve](javascript:window.__pwned=1)'),
    fc.record({ name: text, url: fc.option(url), avatar: fc.option(url) }, { requiredKeys: ['name'] }),
  ),
);

const image = mostly(
  fc.oneof(
    url,
    fc.record({ src: url, alt: fc.option(text), width: fc.option(fc.oneof(fc.integer(), fc.string())), height: fc.option(fc.integer()) }, { requiredKeys: ['src'] }),
    fc.record({ url }),
  ),
);

/** An optional field: absent most of the time, so that each post sets a few. */
const some = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

/** Frontmatter fields: each present or not, with the right type most of the time. */
export const frontmatter: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    title: fc.oneof({ weight: 20, arbitrary: text }, { weight: 1, arbitrary: anyValue }, { weight: 1, arbitrary: fc.constant(undefined) }),
    description: some(mostly(text)),
    summary: some(text),
    pubDate: some(dateValue),
    date: some(dateValue),
    updatedDate: some(dateValue),
    heroImage: some(image),
    cover: some(image),
    heroImageAlt: some(mostly(text)),
    authors: some(fc.oneof(fc.array(author, { maxLength: 3 }), author)),
    tags: some(mostly(fc.oneof(fc.array(fc.oneof({ weight: 5, arbitrary: text }, { weight: 1, arbitrary: fc.integer() }), { maxLength: 4 }), text))),
    lang: some(mostly(fc.constantFrom('en', 'fa', 'he', 'ja', 'zh-Hant', 'x-bogus', ''))),
    dir: some(mostly(fc.constantFrom('ltr', 'rtl', 'auto', 'ltr', 'rtl', 'auto', 'ltr', 'sideways'))),
    slug: some(mostly(text)),
    draft: some(fc.boolean()),
    extra: some(anyValue),
  })
  .map((fields) => {
    for (const key of Object.keys(fields)) if (fields[key as keyof typeof fields] === undefined) delete fields[key as keyof typeof fields];
    return fields as Record<string, unknown>;
  });

/** YAML text fragments the object serialiser would never write: tags, anchors, unquoted timestamps. */
const RAW_YAML = [
  'date: 2022-07-24',
  'pubDate: 2022-07-24T10:00:00Z',
  'updated: 2022-07-24 10:00:00 +05:30',
  'anchored: &a [one, two]\nreused: *a',
  'number: 0x1F',
  'octal: 0o17',
  'infinity: .inf',
  'notanumber: .nan',
  'binary: !!binary aGVsbG8=',
  'set: !!set {a, b}',
  'fn: !!js/function "function () {}"',
  '"__proto__": {"__pwned": 1}',
  'empty:',
  'tilde: ~',
];

export interface GeneratedPost {
  /** The whole post file. */
  source: string;
  /** Parse options the file is read with. */
  html: HtmlHandling;
  slugPrefix: string;
}

const fenced = (fields: Record<string, unknown>, extra: string[]): string => {
  // `yaml` writes Dates as timestamps, `__proto__` as an ordinary key, and quotes what needs it.
  const safe = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(fields)) safe[key] = fields[key];
  const yaml = Object.keys(safe).length ? toYaml(safe, { lineWidth: 0 }) : '';
  const usedKeys = new Set(Object.keys(safe));
  const more = extra.filter((line) => !usedKeys.has(line.split(':')[0].replace(/"/g, '')));
  return `---\n${yaml}${more.map((l) => `${l}\n`).join('')}---\n`;
};

/** A complete post file and the options to parse it with. */
export const post: fc.Arbitrary<GeneratedPost> = fc
  .record({
    frontmatterStyle: fc.constantFrom('yaml', 'yaml', 'yaml', 'yaml', 'none', 'toml', 'empty'),
    fields: frontmatter,
    rawYaml: fc.subarray(RAW_YAML, { maxLength: 3 }),
    leadingTitle: fc.option(text, { nil: undefined, freq: 3 }),
    body,
    html: fc.constantFrom<HtmlHandling>('escape', 'escape', 'skip', 'sanitize', 'sanitize'),
    slugPrefix: fc.constantFrom('', '', '', 'p1-'),
    bom: fc.boolean(),
  })
  .map(({ frontmatterStyle, fields, rawYaml, leadingTitle, body: md, html, slugPrefix, bom }) => {
    let head = '';
    if (frontmatterStyle === 'yaml') head = fenced(fields, rawYaml);
    else if (frontmatterStyle === 'empty') head = '---\n---\n';
    else if (frontmatterStyle === 'toml') {
      const title = typeof fields.title === 'string' ? fields.title : 'Untitled';
      head = `+++\ntitle = ${JSON.stringify(title)}\ndate = 2022-07-24\ntags = ["a", "b"]\n+++\n`;
    }
    const titled = leadingTitle !== undefined ? `# ${leadingTitle}\n\n${md}` : md;
    return { source: `${bom ? '\ufeff' : ''}${head}${titled}`, html, slugPrefix };
  });
