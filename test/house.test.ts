// @vitest-environment node
/**
 * House rules of ARCHITECTURE.md that are about the text of src/ rather than its import graph:
 * comments quote no benchmark figure (figures go stale; the README's Performance section and the
 * bench keep them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';

const src = resolve(repoRoot, 'src');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });

/** The comments of a TypeScript file, with the line each starts on (strings and regexes are skipped roughly, which is enough for this file set). */
function commentsOf(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  for (const m of text.matchAll(/\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/[^\n]*/g)) {
    out.push({ line: text.slice(0, m.index).split('\n').length, text: m[0] });
  }
  return out;
}

// A timing, a ratio or a bundle weight: what a benchmark prints, not what the code promises.
const FIGURE = /\b\d+(?:\.\d+)?\s?(?:ms|µs|ns|%|×|x faster|x slower|kB|KB)\b|\b(?:times|twice as) (?:faster|slower)\b|\bhalf the time\b|\ba (?:fifth|quarter|third) of\b/i;

describe('comments in src/', () => {
  it('finds the comments of a file', () => {
    const found = commentsOf("const a = 1; // took 5 ms\n/** 3 kB gzip */\nconst url = 'https://x';");
    expect(found.map((c) => c.line)).toEqual([1, 2]);
    expect(found.filter((c) => FIGURE.test(c.text))).toHaveLength(2);
  });

  it('quote no benchmark figure: timings, ratios and sizes live in the README and the bench output', () => {
    const quoted = sourceFiles(src).flatMap((file) =>
      commentsOf(readFileSync(file, 'utf8'))
        .filter((c) => FIGURE.test(c.text))
        .map((c) => `${relative(src, file)}:${c.line}: ${c.text.match(FIGURE)![0]}`),
    );
    expect(quoted).toEqual([]);
  });
});
