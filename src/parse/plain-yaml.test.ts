// @vitest-environment node
/**
 * readPlainYaml against `yaml` itself: where the fast path answers it must give exactly what
 * `parseDocument(...).toJS()` gives, and whatever it does not fully understand it must decline, so
 * `yaml` keeps producing the values and the error messages. Checked over our fixtures, the posts of
 * the folder named by RBK_CORPUS when it is set (CI sets it to ../shared/corpus), and generated
 * plain frontmatter.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { splitFrontmatter } from './frontmatter.js';
import { readPlainYaml } from './plain-yaml.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');

function viaYaml(raw: string): { value?: unknown; error?: string } {
  const doc = parseDocument(raw, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) return { error: doc.errors[0].message };
  return { value: doc.toJS() };
}

/** The frontmatter text of a post file, as splitFrontmatter hands it to the YAML reader. */
function rawOf(source: string): string | undefined {
  if (!source.startsWith('---\n') && !source.startsWith('---\r\n')) return undefined;
  const end = source.indexOf('\n---', 3);
  return end === -1 ? undefined : source.slice(source.indexOf('\n') + 1, end).replace(/\r$/, '');
}

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) out.push(...markdownFiles(file));
    else if (/\.(md|mdx|markdown)$/i.test(name) && name !== 'SOURCES.md' && name !== 'README.md') out.push(file);
  }
  return out;
}

/** Asserts the fast path agrees with yaml on `raw`; returns whether it answered. */
function agrees(raw: string): boolean {
  const fast = readPlainYaml(raw);
  if (fast === undefined) return false;
  const reference = viaYaml(raw);
  expect(reference.error, raw).toBeUndefined();
  expect(fast, raw).toStrictEqual(reference.value ?? {});
  return true;
}

describe('when the frontmatter is plain', () => {
  it('reads scalars, dates and both list forms as yaml does', () => {
    const raw = [
      'title: Why bread rises overnight',
      'subtitle: "Yeast, time and a cold kitchen"',
      "author: 'Mira Okafor'",
      'pubDate: 2024-03-09',
      'updatedDate: 2024-03-10T08:30:00Z',
      'draft: false',
      'featured: TRUE',
      'order: 12',
      'model: 8BIT',
      'rating: -3',
      'cover: ~',
      'tags: [bread, baking, "sourdough starter"]',
      'empty: []',
      'series:',
      'categories:',
      '  - kitchen',
      '  - science',
      'aliases:',
      '- old/bread',
      '- 42',
    ].join('\n');
    expect(agrees(raw)).toBe(true);
    expect(readPlainYaml(raw)).toMatchObject({ pubDate: '2024-03-09', categories: ['kitchen', 'science'], aliases: ['old/bread', 42], series: null });
  });

  it('reads whole-line comments and simple block scalars as yaml does', () => {
    const raw = [
      '# spell-checker: off',
      'title: Why bread rises overnight',
      'description: >',
      '  Yeast works slowly in a cold kitchen,',
      '  and the dough: it #rises anyway.',
      '  # not a comment inside the block',
      'author: |',
      '    Mira Okafor',
      '    [the bakery](https://example.com/)',
      '# a comment between fields',
      'summary: >-',
      '  Cold, slow, good.',
      'note: |-',
      '  One line.',
      'tags: [bread]',
      'last: >',
      '  At the very end.',
    ].join('\n');
    expect(agrees(raw)).toBe(true);
    expect(readPlainYaml(raw)).toMatchObject({
      description: 'Yeast works slowly in a cold kitchen, and the dough: it #rises anyway. # not a comment inside the block\n',
      author: 'Mira Okafor\n[the bakery](https://example.com/)\n',
      summary: 'Cold, slow, good.',
      last: 'At the very end.\n',
    });
  });
});

describe('when the frontmatter needs the full YAML parser', () => {
  it.each([
    ['a comment after a value', 'title: Tides # draft'],
    ['an anchor and alias', 'a: &x Tides\nb: *x'],
    ['a tag', 'title: !!str 12'],
    ['a multi-line plain string', 'title: Tides\n  and moons'],
    ['a block scalar with a keep indicator', 'title: |+\n  Tides'],
    ['a block scalar with an indentation indicator', 'title: >2\n  Tides'],
    ['a block scalar with a blank line', 'title: >\n  Tides\n\n  and moons'],
    ['a block scalar with a more-indented line', 'title: >\n  Tides\n    and moons'],
    ['a block scalar with trailing spaces', 'title: |\n  Tides  '],
    ['a less-indented line after a block scalar', 'title: |\n    Tides\n  # note'],
    ['an empty block scalar', 'title: >\ndraft: true'],
    ['a comment after a block header', 'title: > # folded\n  Tides'],
    ['a tab', 'title:\tTides'],
    ['a duplicate key', 'title: Tides\ntitle: Moons'],
    ['a nested map', 'hero:\n  src: a.png'],
    ['an escape in double quotes', 'title: "Tides\\n"'],
    ['a doubled single quote', "title: 'It''s tidal'"],
    ['a float', 'weight: 1.5'],
    ['an exponent', 'weight: 1e3'],
    ['a hex number', 'n: 0x1F'],
    ['an octal number', 'n: 0o17'],
    ['a float without a fraction', 'n: 3.'],
    ['a huge integer', 'n: 12345678901234567890'],
    ['list items of two indents', 'tags:\n  - a\n    - b'],
    ['a quoted flow item holding a comma', 'tags: ["a, b", c]'],
    ['a trailing comma in a flow list', 'tags: [a, b,]'],
    ['a flow map', 'hero: {src: a.png}'],
    ['Windows line ends', 'title: Tides\r\ndraft: true'],
    ['a key that yaml reads as null', 'null: x'],
    ['a key that yaml reads as a boolean', 'True: x'],
    ['trailing spaces', 'title: Tides  '],
    ['a value after a list key', 'tags: a\n- b'],
  ])('declines %s', (_, raw) => {
    expect(readPlainYaml(raw)).toBeUndefined();
  });

  it('leaves a broken document to yaml, so its error message is the one users see', () => {
    const raw = 'title: "Tides\ndraft: true';
    expect(readPlainYaml(raw)).toBeUndefined();
    expect(() => splitFrontmatter(`---\n${raw}\n---\nbody\n`)).toThrow(/Invalid YAML frontmatter/);
  });
});

describe('when compared with yaml over real files', () => {
  it('agrees on every fixture it answers, and answers the plain ones', () => {
    let answered = 0;
    const files = markdownFiles(path.join(repoRoot, 'test/fixtures'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const raw = rawOf(readFileSync(file, 'utf8'));
      if (raw !== undefined && agrees(raw)) answered++;
    }
    expect(answered).toBeGreaterThan(0);
  });

  it('agrees on every corpus post (RBK_CORPUS)', () => {
    const corpus = process.env.RBK_CORPUS ? path.resolve(repoRoot, process.env.RBK_CORPUS) : undefined;
    // Without the corpus the fixture test above is the check; CI sets RBK_CORPUS.
    const files = corpus ? markdownFiles(corpus) : [];
    if (corpus) expect(files.length).toBeGreaterThanOrEqual(38);
    for (const file of files) {
      const raw = rawOf(readFileSync(file, 'utf8'));
      if (raw !== undefined) agrees(raw);
    }
  });
});

describe('when given generated plain frontmatter', () => {
  const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 '().\/-]{0,12}[A-Za-z0-9)]$/);
  // Words that start with a digit: strings in the core schema unless they read as a number.
  const digitWord = fc.stringMatching(/^[0-9][A-Za-z0-9.:_+-]{0,6}$/);
  const scalarText = fc.oneof(
    word,
    digitWord,
    word.map((w) => `"${w}"`),
    word.map((w) => `'${w.replace(/'/g, '')}'`),
    fc.integer({ min: -1e6, max: 1e6 }).map(String),
    fc.constantFrom('true', 'false', 'True', 'FALSE', 'null', '~', 'yes', 'no', '2024-02-29', '2023-02-30', '2024-01-05T09:00:00Z', '1.5', '-0', '+7', '0o17', '.inf'),
  );
  const flowItem = fc.oneof(word.filter((w) => !/['"]/.test(w)), digitWord, fc.integer({ min: 0, max: 999 }).map(String));
  const value = fc.oneof(
    scalarText.map((s) => ` ${s}`),
    fc.array(flowItem, { maxLength: 4 }).map((items) => ` [${items.join(', ')}]`),
    fc.tuple(fc.constantFrom('', '  '), fc.array(scalarText, { maxLength: 4 })).map(([indent, items]) => items.map((i) => `\n${indent}- ${i}`).join('')),
    // Block scalars, their lines at one indentation or (declined) not, and a comment line after.
    fc
      .tuple(fc.constantFrom('>', '|', '>-', '|-', '|+', '>2'), fc.array(fc.tuple(fc.constantFrom('  ', '  ', '   ', ' '), fc.oneof(word, scalarText)), { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([header, lines, comment]) => ` ${header}${lines.map(([indent, text]) => `\n${indent}${text}`).join('')}${comment ? '\n# a note' : ''}`),
  );
  const plainKey = fc.stringMatching(/^[a-z][A-Za-z0-9_-]{0,10}$/);
  // Also keys yaml reads as null or a boolean, and keys an object's prototype knows.
  const key = fc.oneof(
    plainKey,
    fc.constantFrom('true', 'True', 'FALSE', 'Null', 'NULL', 'y', 'on', '__proto__', 'constructor'),
  );

  it('gives exactly what yaml gives, or declines', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 8 }), (fields) => {
        const raw = fields.map(([k, v]) => `${k}:${v}`).join('\n');
        const fast = readPlainYaml(raw);
        const reference = viaYaml(raw);
        if (fast === undefined) return;
        expect(reference.error, raw).toBeUndefined();
        expect(fast, raw).toStrictEqual(reference.value ?? {});
      }),
      { numRuns: 400 },
    );
  });

  it('answers most of it, so the fast path is taken', () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(plainKey, fc.oneof(word, fc.integer().map(String))), { minLength: 1, maxLength: 6 }), (fields) => {
        const keys = new Set(fields.map(([k]) => k));
        if (keys.size !== fields.length) return;
        if (readPlainYaml(fields.map(([k, v]) => `${k}: ${v}`).join('\n')) !== undefined) answered++;
      }),
      { numRuns: 100 },
    );
    expect(answered).toBeGreaterThan(30);
  });
});
