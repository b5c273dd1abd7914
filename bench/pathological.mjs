/**
 * Pathological posts from issue 7, for the benchmark's timings table. bench/run.mjs uses
 * test/hostile/pathological.ts instead when that file exists; these stand in until then.
 * Each export returns the source text of one post.
 */
const front = (title) => `---\ntitle: ${title}\n---\n\n`;
const paragraph = 'The tide turns twice a day, and **every** harbour keeps a table of it with `times` and [links](https://example.com).\n\n';

/** About 2 MB of ordinary prose, headings and lists. */
export function twoMegabytePost() {
  let out = front('Two megabytes');
  let i = 0;
  while (out.length < 2 * 1024 * 1024) {
    out += `## Part ${i++}\n\n${paragraph.repeat(8)}- one\n- two\n- three\n\n`;
  }
  return out;
}

/** 10,000 headings at alternating levels. */
export function tenThousandHeadings() {
  let out = front('Ten thousand headings');
  for (let i = 0; i < 10_000; i++) out += `${i % 2 ? '###' : '##'} Heading ${i}\n\nText.\n\n`;
  return out;
}

/** 5,000 levels of nested blockquotes. */
export function nestedBlockquotes() {
  return `${front('Nested quotes')}${'>'.repeat(5_000)} deep\n`;
}

/** 5,000 levels of nested lists (`- - - … item` nests a list in each item, without quadratic indentation). */
export function nestedLists() {
  return `${front('Nested lists')}${'- '.repeat(5_000)}deep\n`;
}

/** One line of 100,000 characters with inline markup. */
export function longLine() {
  return `${front('One long line')}${'word *emphasis* `code` '.repeat(4_400).slice(0, 100_000)}\n`;
}

/** 50,000 footnote references to 100 definitions. */
export function fiftyThousandFootnoteRefs() {
  let out = front('Footnotes');
  for (let i = 0; i < 50_000; i++) out += `Ref[^n${i % 100}] `;
  out += '\n\n';
  for (let i = 0; i < 100; i++) out += `[^n${i}]: Note ${i}.\n`;
  return out;
}

/** A frontmatter block of about 1 MB. */
export function megabyteFrontmatter() {
  let yaml = 'title: Big frontmatter\n';
  let i = 0;
  while (yaml.length < 1024 * 1024) yaml += `key${i++}: ${'x'.repeat(60)}\n`;
  return `---\n${yaml}---\n\nBody.\n`;
}

/** A YAML alias bomb ("billion laughs"). */
export function yamlAliasBomb() {
  const lines = ['title: Bomb', 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]`);
  return `---\n${lines.join('\n')}\n---\n\nBody.\n`;
}
