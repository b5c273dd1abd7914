// @vitest-environment node
/**
 * The shape ARCHITECTURE.md asks of the components: no function in src/components longer than 80
 * lines. A component that grows past it is split into named parts beside it (see "Where new code
 * goes"), so each piece can be read, and reviewed, on one screen.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';

const MAX_LINES = 80;
const components = resolve(repoRoot, 'src/components');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

type FunctionNode = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration;

function isFunction(node: ts.Node): node is FunctionNode {
  return ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node);
}

/** The name a reader finds the function by: its own, else the variable, property or call it sits in. */
function nameOf(node: FunctionNode, source: ts.SourceFile): string {
  if (node.name) return node.name.getText(source);
  let parent: ts.Node = node.parent;
  while (parent && !ts.isSourceFile(parent)) {
    if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return `${parent.name.getText(source)} (anonymous)`;
    parent = parent.parent;
  }
  return '(anonymous)';
}

/** Every function in a file whose body spans more than `max` lines, as `file: name, n lines`. */
export function longFunctions(file: string, text: string, max = MAX_LINES): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (isFunction(node) && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.body.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.body.getEnd()).line;
      const lines = last - first + 1;
      if (lines > max) found.push(`${relative(repoRoot, file).split('\\').join('/')}: ${nameOf(node, source)}, ${lines} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('component shape', () => {
  it(`finds a function longer than ${MAX_LINES} lines, and names it`, () => {
    const body = Array.from({ length: MAX_LINES }, (_, i) => `  const a${i} = ${i};`).join('\n');
    const text = `export const Long = forwardRef(function Long() {\n${body}\n  return null;\n});\nconst short = () => 1;\n`;
    expect(longFunctions(join(components, 'Long.tsx'), text)).toEqual([`src/components/Long.tsx: Long, ${MAX_LINES + 3} lines`]);
    const arrow = `const render = () => {\n${body}\n};\n`;
    expect(longFunctions(join(components, 'Arrow.ts'), arrow)).toEqual([`src/components/Arrow.ts: render (anonymous), ${MAX_LINES + 2} lines`]);
  });

  it(`has no function in src/components over ${MAX_LINES} lines`, () => {
    const found = sourceFiles(components).flatMap((file) => longFunctions(file, readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
