// @vitest-environment node
/**
 * Every named type a component's props use, followed through the types it names in turn, is
 * exported from the main entry, where a host imports the component: a host that types its own
 * wrapper or helper (`const tagHref: TagHref`, `Page<PostSummary>`) never reaches into an inner path.
 */
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';

/** Types a prop uses that a host never names on its own, with the reason. */
const internal: Record<string, string> = {
  // The half of HeroImageProps shared by its two alt-text forms; hosts use HeroImageProps.
  HeroImageBaseProps: 'HeroImage.tsx',
  // The steps of FeatureOptionsOf (a feature's options, a union made one object): hosts name FeatureOptionsOf.
  OptionsOf: 'markdown/feature.ts',
  Intersection: 'markdown/feature.ts',
};

function unexportedPropTypes(): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(repoRoot, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  })!;
  const entry = path.join(repoRoot, 'src/index.ts');
  const program = ts.createProgram([entry], { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!);
  const resolve = (s: ts.Symbol) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
  const exported = new Set(exports.flatMap((s) => resolve(s).declarations ?? []));
  const src = `${path.join(repoRoot, 'src')}${path.sep}`;
  const missing = new Set<string>();
  const seen = new Set<ts.Node>();

  const visit = (node: ts.Node, via: string): void => {
    if (ts.isTypeReferenceNode(node) || ts.isExpressionWithTypeArguments(node)) {
      const name = ts.isTypeReferenceNode(node) ? node.typeName : node.expression;
      const symbol = checker.getSymbolAtLocation(name);
      if (symbol && !(symbol.flags & ts.SymbolFlags.TypeParameter)) {
        const target = resolve(symbol);
        for (const declaration of target.declarations ?? []) {
          if (!path.resolve(declaration.getSourceFile().fileName).startsWith(src)) continue;
          if (!exported.has(declaration) && !(target.name in internal)) missing.add(`${target.name} (used by ${via})`);
          if (!seen.has(declaration)) {
            seen.add(declaration);
            visit(declaration, `${via} > ${target.name}`);
          }
        }
      }
    }
    ts.forEachChild(node, (child) => visit(child, via));
  };

  for (const symbol of exports) {
    if (!symbol.name.endsWith('Props')) continue;
    for (const declaration of resolve(symbol).declarations ?? []) visit(declaration, symbol.name);
  }
  return [...missing].sort();
}

describe('the main entry', () => {
  it('exports every type the components’ props use', () => {
    expect(unexportedPropTypes()).toEqual([]);
  }, 120_000);
});
