// @vitest-environment node
/**
 * House rules of ARCHITECTURE.md that are about the text of src/ rather than its import graph:
 * module-level state is only named, bounded caches, each listed in ARCHITECTURE.md; comments quote
 * no benchmark figure (figures go stale; the README's Performance section and the bench keep them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
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

/** Module-level state of a file: `let`/`var` bindings, empty collections, and the named caches it makes. */
function moduleStateOf(file: string, text: string) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const loose: string[] = [];
  const caches: { name: string; limit: string }[] = [];
  const line = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const mutable = !(statement.declarationList.flags & ts.NodeFlags.Const);
    for (const declaration of statement.declarationList.declarations) {
      const name = declaration.name.getText();
      if (mutable) loose.push(`${line(declaration)}: let ${name}`);
      let init = declaration.initializer;
      while (init && (ts.isAsExpression(init) || ts.isParenthesizedExpression(init))) init = init.expression;
      if (init && ts.isNewExpression(init) && /^(Map|Set|WeakMap|WeakSet)$/.test(init.expression.getText()) && !init.arguments?.length)
        loose.push(`${line(declaration)}: ${name} = new ${init.expression.getText()}()`);
      if (init && ts.isCallExpression(init) && init.expression.getText() === 'boundedCache') {
        const [label, limit] = init.arguments;
        caches.push({ name: label && ts.isStringLiteral(label) ? label.text : `(not a literal: ${label?.getText()})`, limit: limit?.getText() ?? '' });
      }
    }
  }
  return { loose, caches };
}

describe('module-level state in src/', () => {
  const state = sourceFiles(src).map((file) => ({ file: relative(src, file), ...moduleStateOf(file, readFileSync(file, 'utf8')) }));

  it('finds loose state and named caches', () => {
    const found = moduleStateOf('x.ts', "let a = 1;\nconst b = new Map<string, number>();\nconst c = new Set(['x']);\nconst d = /* @__PURE__ */ boundedCache<string, number>('dee', 8);");
    expect(found.loose).toEqual(['1: let a', '2: b = new Map()']);
    expect(found.caches).toEqual([{ name: 'dee', limit: '8' }]);
  });

  it('is only named, bounded caches (core/cache.ts), no module-level `let` or empty collection', () => {
    expect(state.flatMap((s) => s.loose.map((l) => `${s.file}:${l}`))).toEqual([]);
  });

  it('lists every cache in ARCHITECTURE.md with its bound, and names each once', () => {
    const architecture = readFileSync(resolve(repoRoot, 'ARCHITECTURE.md'), 'utf8');
    const listed = new Map([...architecture.matchAll(/^\| `([\w-]+)` \| `([^`]+)` \| (\d+) \|/gm)].map((m) => [m[1], { file: m[2], limit: m[3] }]));
    const made = state.flatMap((s) => s.caches.map((c) => ({ ...c, file: s.file })));
    expect(made.length).toBeGreaterThan(0);
    expect(new Set(made.map((c) => c.name)).size).toBe(made.length);
    expect(made.filter((c) => listed.get(c.name)?.file !== c.file || listed.get(c.name)?.limit !== c.limit).map((c) => `${c.name} (${c.file}, ${c.limit})`)).toEqual([]);
    expect([...listed.keys()].filter((name) => !made.some((c) => c.name === name))).toEqual([]);
  });
});
