import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/helpers/fixtures.js';
import { refusal as refuseWith } from '../../test/helpers/refusal.js';
import { createPost, parsePost, PostParseError } from './index.js';

/** Parses and returns the PostParseError thrown; fails the test when anything else happens. */
const refusal = (source: string, filename?: string) => refuseWith(() => parsePost(source, { filename }));

describe('when the input cannot be read, the error says what, where and how to fix it', () => {
  it('an unterminated frontmatter fence', () => {
    const error = refusal(fixture('errors/unterminated-fence.md'), 'unterminated-fence.md');
    expect(error.field).toBe('frontmatter');
    expect(error.line).toBe(1);
    expect(error.message).toBe(
      'Unterminated frontmatter: the `---` fence on line 1 is never closed. Expected a line with only `---` after the last field. (unterminated-fence.md, line 1)',
    );
  });

  it('a YAML syntax error, with its line in the file', () => {
    const error = refusal(fixture('errors/yaml-syntax.md'));
    expect(error.field).toBe('frontmatter');
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/^Invalid YAML frontmatter: .+\. Check the quoting and indentation of that line\. \(line 4\)$/);
  });

  it('a TOML syntax error, with its line in the file', () => {
    const error = refusal(fixture('errors/toml-syntax.md'));
    expect(error.field).toBe('frontmatter');
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/^Invalid TOML frontmatter: .+\. Check that line's value and quoting\. \(line 4\)$/);
  });

  // Each refusal with its field, line and whole message: the table a user's error is held to.
  const refusals: { name: string; source: string; field: string; line?: number; message: string }[] = [
    {
      name: 'no title anywhere',
      source: fixture('errors/no-title.md'),
      field: 'title',
      message:
        'Missing `title`: the frontmatter has no title and the body does not start with a `# Heading`. Expected a `title: …` field in the frontmatter.',
    },
    {
      name: 'a date that is not a date',
      source: fixture('errors/bad-date.md'),
      field: 'pubDate',
      line: 4,
      message: 'Invalid `pubDate`: received "Jully 2022", expected a date such as 2022-07-24, 2022-07-24T10:00:00Z or "Jul 24 2022". (line 4)',
    },
    {
      name: 'a number as tags',
      source: fixture('errors/tags-number.md'),
      field: 'tags',
      line: 5,
      message: 'Invalid `tags`: received the number 42, expected a tag name or a list of tag names. (line 5)',
    },
    {
      name: 'an object as title',
      source: fixture('errors/title-object.md'),
      field: 'title',
      line: 2,
      message: 'Invalid `title`: received an object ({"a":1}), expected a string such as "My first post". (line 2)',
    },
    {
      name: '---js frontmatter, refused without being run',
      source: fixture('errors/js-frontmatter.md'),
      field: 'frontmatter',
      line: 1,
      message:
        'Unsupported frontmatter `---js`: frontmatter that is code is never run. Expected YAML between `---` lines or TOML between `+++` lines; move the values into plain YAML. (line 1)',
    },
    { name: 'an invalid dir', source: '---\ntitle: T\ndir: sideways\n---\n', field: 'dir', line: 3, message: 'Invalid `dir`: received "sideways", expected "ltr", "rtl" or "auto". (line 3)' },
  ];

  it.each(refusals)('$name', ({ source, field, line, message }) => {
    const error = refusal(source);
    expect(error.field).toBe(field);
    if (line !== undefined) expect(error.line).toBe(line);
    expect(error.message).toBe(message);
  });

  it('a hero image object without a src', () => {
    const error = refusal('---\ntitle: T\nheroImage:\n  alt: nothing\n---\n');
    expect(error.field).toBe('heroImage.src');
    expect(error.message).toBe('Invalid `heroImage.src`: received undefined, expected an image URL. (line 3)');
  });

  it('frontmatter that is a list rather than fields', () => {
    const error = refusal('---\n- a\n- b\n---\n');
    expect(error.message).toBe('Invalid YAML frontmatter: received a list, expected fields written as `key: value` lines. (line 2)');
  });

  it('a YAML alias bomb', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    ].join('\n');
    const error = refusal(`---\ntitle: T\n${bomb}\n---\n`);
    expect(error.message).toMatch(/^Frontmatter refused: its YAML aliases expand past the limit of 100 \(an alias bomb\)/);
  });

  it('source that is not a string', () => {
    expect(() => parsePost(42 as unknown as string)).toThrow(
      new TypeError("parsePost: source must be the post file's text (a string), received 42 (a number)."),
    );
  });

  it('createPost with a body that is not a string', () => {
    expect(() => createPost({ data: { title: 'T' }, body: 7 as unknown as string })).toThrow(
      'Invalid `body`: received number, expected the markdown body as a string.',
    );
  });
});

describe('when a paragraph holds more inline markup than the parser can match in linear time', () => {
  it('refuses deeply nested emphasis before parsing, naming the limit and the line', () => {
    const source = `---\ntitle: T\n---\nIntro.\n\n${'*a '.repeat(2_000)}b${' c*'.repeat(2_000)}\n`;
    expect(() => parsePost(source)).toThrow(
      'Too much inline markup: 4000 emphasis and link delimiters (`*`, `_`, `[`) in the paragraph at line 3 of the body, over the limit of 1000. ' +
        'Expected prose a reader can follow; split the paragraph or put it in a code block.',
    );
  });

  it('counts neither fenced code nor separate list items against it', () => {
    const links = Array.from({ length: 1_500 }, (_, i) => `- [link ${i}](https://example.com/${i})`).join('\n');
    const code = `\`\`\`c\n${'int **p_a_b_c = *q;\n'.repeat(600)}\`\`\``;
    const post = parsePost(`---\ntitle: T\n---\n${links}\n\n${code}\n`);
    expect(JSON.stringify(post.intro).match(/"tagName":"a"/g)).toHaveLength(1_500);
  });
});
