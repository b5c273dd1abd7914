// @vitest-environment node
/**
 * The import rules of ARCHITECTURE.md, checked on the import graph of src/ (test files excluded).
 * Rules for folders that do not exist yet (collection/, node/, seo/, feed/) hold vacuously until
 * they arrive, and bind them from their first file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';

const src = resolve(repoRoot, 'src');

interface Import {
  /** A path relative to src/ (`parse/index.ts`) for the kit's own modules, else the bare specifier. */
  target: string;
  internal: boolean;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolveModule(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate)) return relative(src, candidate).split('\\').join('/');
  }
  throw new Error(`${relative(src, from)} imports ${specifier}, which does not resolve to a file of src/`);
}

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

const graph = new Map<string, Import[]>();
for (const file of sourceFiles(src)) {
  const text = readFileSync(file, 'utf8');
  const imports: Import[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const specifier = m[3] ?? m[4];
    const internal = specifier.startsWith('.');
    imports.push({ target: internal ? resolveModule(file, specifier) : specifier, internal, typeOnly: Boolean(m[2]) });
  }
  graph.set(relative(src, file).split('\\').join('/'), imports);
}

const files = [...graph.keys()];
const inFolder = (folder: string) => (file: string) => file.startsWith(`${folder}/`);
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const isReact = (specifier: string) => /^(react|react-dom|react-markdown|hast-util-to-jsx-runtime)$/.test(packageOf(specifier));
const isNodeBuiltin = (specifier: string) => specifier.startsWith('node:') || ['fs', 'path', 'os', 'url', 'module', 'fs/promises'].includes(specifier);

/** Every module a file reaches through value imports (type-only imports vanish at build time). */
function closure(start: string): Set<string> {
  const seen = new Set<string>([start]);
  const todo = [start];
  while (todo.length > 0) {
    for (const i of graph.get(todo.pop()!) ?? []) {
      if (i.internal && !i.typeOnly && !seen.has(i.target)) {
        seen.add(i.target);
        todo.push(i.target);
      }
    }
  }
  return seen;
}

/** `file → target` for every value import, internal or a package, reachable from the files given. */
function reachableImports(starts: string[]): { from: string; target: string; internal: boolean }[] {
  const out: { from: string; target: string; internal: boolean }[] = [];
  const modules = new Set(starts.flatMap((s) => [...closure(s)]));
  for (const from of modules) for (const i of graph.get(from) ?? []) if (!i.typeOnly) out.push({ from, target: i.target, internal: i.internal });
  return out;
}

const edges = (filter: (from: string) => boolean) =>
  files.filter(filter).flatMap((from) => (graph.get(from) ?? []).map((i) => ({ from, ...i })));

describe('the import rules of ARCHITECTURE.md', () => {
  it('reads a graph of the whole of src/', () => {
    expect(graph.get('index.ts')?.some((i) => i.target === 'post/public.ts')).toBe(true);
    expect(graph.get('components/MarkdownContent/MarkdownContent.tsx')?.some((i) => i.target === 'markdown/runtime.ts')).toBe(true);
  });

  it('imports run one way: entries → jobs → render → markdown → core → the Post, and no file imports an entry', () => {
    // The layers of ARCHITECTURE.md, lowest first; a file imports its own folder or a lower layer.
    const LAYERS = [['post'], ['core', 'theme'], ['markdown'], ['render'], ['collection', 'search', 'parse', 'seo', 'feed', 'node', 'components']];
    // Within the jobs' layer, a job imports only jobs listed before it (seo reads collection, the feed
    // reads seo, node runs the parser, components link tags, write JSON-LD and search), so no cycle can form.
    const JOBS = LAYERS[LAYERS.length - 1];
    const folderOf = (file: string) => (file.includes('/') ? file.split('/')[0] : '');
    const rank = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));
    const ENTRIES = ['index.ts', 'parse/index.ts', 'collection/index.ts', 'search/index.ts', 'seo/index.ts', 'feed/index.ts', 'node/index.ts'];
    expect(files.filter((f) => folderOf(f) !== '' && rank(folderOf(f)) === -1)).toEqual([]);
    const broken = edges((from) => folderOf(from) !== '')
      .filter((e) => e.internal)
      .filter((e) => {
        if (ENTRIES.includes(e.target)) return true;
        const [from, to] = [folderOf(e.from), folderOf(e.target)];
        if (from === to) return false;
        if (rank(to) !== rank(from)) return rank(to) > rank(from);
        return JOBS.includes(from) && JOBS.indexOf(to) > JOBS.indexOf(from);
      })
      .map((e) => `${e.from} → ${e.target}`);
    expect(broken).toEqual([]);
  });

  it('components never import parser internals: not parse/, and markdown/ only through runtime.ts, only in MarkdownContent', () => {
    const broken = edges(inFolder('components')).filter(
      (e) =>
        e.internal &&
        (e.target.startsWith('parse/') ||
          (e.target.startsWith('markdown/') && !(e.target === 'markdown/runtime.ts' && e.from.startsWith('components/MarkdownContent/')))),
    );
    expect(broken).toEqual([]);
  });

  it('the main entry never reaches the parser: no parse/, no highlighter, math, frontmatter reader or full chain', () => {
    const reached = closure('index.ts');
    // What run-time markdown needs (MarkdownContent) and its two opt-ins may be reached; nothing else of markdown/.
    const parserOnly = [...reached].filter((f) => f.startsWith('parse/') || /^markdown\/(highlight|math|features|kit-chain|excerpt|image-captions|index)\.ts$/.test(f));
    expect(parserOnly).toEqual([]);
    const heavy = reachableImports(['index.ts']).filter((e) => !e.internal && /^(yaml|smol-toml|shiki|@shikijs\/.*|katex|rehype-katex|remark-math)$/.test(e.target));
    expect(heavy).toEqual([]);
    // The opt-ins are reached only from the entry file itself, never from a component.
    const optIns = reachableImports(files.filter(inFolder('components'))).filter((e) => e.internal && /^markdown\/(sanitize|directives)\.ts$/.test(e.target));
    expect(optIns).toEqual([]);
  });

  it('the parse entry never imports React, components, the render pass or the theme', () => {
    const broken = reachableImports(['parse/index.ts']).filter((e) =>
      e.internal ? /^(components|render|theme)\/|^components\/islands\.ts$/.test(e.target) : isReact(e.target),
    );
    expect(broken).toEqual([]);
  });

  it('markdown/ builds the chain alone: no parse/, components/, render/ or React', () => {
    const broken = edges(inFolder('markdown')).filter((e) => (e.internal ? /^(parse|components|render|theme)\//.test(e.target) : isReact(e.target)));
    expect(broken).toEqual([]);
  });

  it('the core is React-free', () => {
    const broken = reachableImports(files.filter(inFolder('core'))).filter((e) => !e.internal && isReact(e.target));
    expect(broken).toEqual([]);
  });

  it("an index page's cards never reach the tree render path: PostCard's excerpt is text, PostExcerpt is the opt-in", () => {
    const treePath = ['render/render.ts', 'core/prepare.ts', 'render/decorate.ts', 'render/hast-to-react.ts'];
    const reached = new Set([...closure('components/PostList/PostList.tsx'), ...closure('components/PostCard/PostCard.tsx')]);
    expect(treePath.filter((file) => reached.has(file))).toEqual([]);
    expect(treePath.filter((file) => closure('components/PostExcerpt/PostExcerpt.tsx').has(file))).toEqual(treePath);
  });

  it('collection/ is React-free and browser-safe: no React, no Node built-ins, no components or node/', () => {
    const starts = files.filter(inFolder('collection'));
    const broken = reachableImports(starts).filter((e) =>
      e.internal ? /^(components|render|theme|node)\/|^components\/islands\.ts$/.test(e.target) : isReact(e.target) || isNodeBuiltin(e.target),
    );
    expect(broken).toEqual([]);
  });

  it('search/ is React-free and browser-safe, and its browser side carries no parser: only post/, core/ and the engine', () => {
    const starts = files.filter(inFolder('search'));
    // The one package it uses is the engine: no React, no Node built-in, no markdown or parser package.
    const broken = reachableImports(starts).filter((e) => (e.internal ? !/^(post|core|search)\//.test(e.target) : e.target !== 'minisearch'));
    expect(broken).toEqual([]);
    // loadSearchIndex and search, what a page ships, reach the engine, the words, the slug rule (a heading's id) and the one argument error, not the build's readers of posts.
    const client = [...closure('search/search.ts')].sort();
    expect(client).toEqual(['post/arguments.ts', 'post/slug.ts', 'search/data.ts', 'search/search.ts', 'search/words.ts']);
  });

  it('node/ is the only folder that may use Node built-ins, and it never imports React', () => {
    const builtins = edges((f) => !inFolder('node')(f)).filter((e) => !e.internal && isNodeBuiltin(e.target));
    expect(builtins).toEqual([]);
    const react = reachableImports(files.filter(inFolder('node'))).filter((e) =>
      e.internal ? /^(components|render|theme)\/|^components\/islands\.ts$/.test(e.target) : isReact(e.target),
    );
    expect(react).toEqual([]);
  });

  it('seo/ and feed/ never reach React', () => {
    // The feed shares the render pass's React-free safety step (core/prepare.ts): what it reaches is
    // followed to the end, so a React import anywhere down that path still fails here.
    const broken = reachableImports(files.filter((f) => inFolder('seo')(f) || inFolder('feed')(f))).filter((e) =>
      e.internal ? /^components\/|^components\/islands\.ts$/.test(e.target) : isReact(e.target),
    );
    expect(broken).toEqual([]);
  });

  it("GFM's syntax is wired in exactly one source file (markdown/gfm.ts), and the chain is its one user", () => {
    const gfmPackage = (target: string) => /^(micromark-extension|mdast-util)-gfm(-|$)|^remark-gfm$/.test(packageOf(target));
    const wiring = edges(() => true).filter((e) => !e.internal && gfmPackage(e.target));
    expect([...new Set(wiring.map((e) => e.from))]).toEqual(['markdown/gfm.ts']);
    // The chain wires it; the parser's processor cache keys on which constructs a source can hold.
    const users = edges(() => true).filter((e) => e.internal && e.target === 'markdown/gfm.ts');
    expect(users.map((e) => e.from).sort()).toEqual(['markdown/chain.ts', 'markdown/kit-chain.ts']);
  });

  it('every package src/ imports is declared: a dependency, a peer, or (for types) the @types package that serves it', () => {
    // A package found only through another's dependencies resolves under npm's hoisting and fails under
    // pnpm's strict layout; a type import reaches the user through the emitted .d.ts files.
    const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8'));
    const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
    const served = (name: string) => declared.has(name) || declared.has(`@types/${name}`);
    // Types used only inside the kit, never named by an exported signature, so absent from dist/*.d.ts.
    const internalTypes: Record<string, string> = {
      'micromark-util-types': 'the GFM and directive syntax extensions, typed inside markdown/',
      'schema-dts': "checks the JSON-LD builder's output against schema.org; the exported JSON-LD types are the kit's own",
    };
    const undeclared = edges(() => true)
      .filter((e) => !e.internal && !isNodeBuiltin(e.target) && !served(packageOf(e.target)) && !(e.typeOnly && internalTypes[packageOf(e.target)]))
      .map((e) => `${e.from} imports ${e.target}`);
    expect(undeclared).toEqual([]);
  });

  it('every runtime dependency is imported by src/, or is there for the host page to import', () => {
    // A dependency src/ does not import must say why the host needs it from us.
    const forTheHost: Record<string, string> = {
      katex: "rehype-katex brings KaTeX's code; the page imports its stylesheet, katex/dist/katex.min.css",
    };
    const imported = new Set(edges(() => true).filter((e) => !e.internal).map((e) => packageOf(e.target)));
    // `import type … from 'hast'` is served by @types/hast, and 'mdast' by @types/mdast.
    if (imported.has('hast')) imported.add('@types/hast');
    if (imported.has('mdast')) imported.add('@types/mdast');
    const dependencies = Object.keys(JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')).dependencies);
    const missing = dependencies.filter((d) => !imported.has(d) && !forTheHost[d]);
    expect(missing).toEqual([]);
  });
});
