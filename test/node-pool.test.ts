// @vitest-environment node
/**
 * loadPosts' parse pool and the post locks that let loads in several processes share one cacheDir.
 * The pool's workers run the built `dist/parse-worker.js` (Node cannot start a worker from the
 * TypeScript source), so these tests load the built node entry: run `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type * as NodeEntry from '../src/node/index.js';
import type { LoadOptions, Post, PostLoadError, PostWarning } from '../src/node/index.js';
import { repoRoot } from './helpers/fixtures.js';
import { sharedFolder } from './helpers/shared.js';

const built = path.join(repoRoot, 'dist', 'node.js');
let kit: typeof NodeEntry;

beforeAll(async () => {
  if (!existsSync(built) || !existsSync(path.join(repoRoot, 'dist', 'parse-worker.js'))) {
    throw new Error('dist/node.js or dist/parse-worker.js is missing: run `npm run build` before these tests.');
  }
  kit = (await import(pathToFileURL(built).href)) as typeof NodeEntry;
});

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'rbk-pool-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The corpus's posts (but the `---js` one, which needs a hook) copied into `dir`, `copies` times, each slug its own. */
function corpusBlog(dir: string, copies = 1): string[] {
  const corpus = sharedFolder('corpus');
  const names = readdirSync(corpus).filter((name) => /\.(md|mdx|markdown)$/.test(name) && name !== 'SOURCES.md');
  const written: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const [index, name] of names.entries()) {
      const text = readFileSync(path.join(corpus, name), 'utf8');
      if (text.startsWith('---js')) continue;
      const file = path.join(dir, `copy-${copy}`, name.replace(/(\.[a-z]+)$/, `-${copy}$1`));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text.replace(/^(slug\s*[:=]\s*)(["']?)(.*?)\2[ \t]*$/m, (_, key, q, value) => `${key}${q}${value}-${copy}-${index}${q}`));
      written.push(file);
    }
  }
  return written;
}

/** Everything a load tells: its posts, or its error's problems as data, and its warnings and onParse calls in order. */
async function record(dir: string, options: LoadOptions) {
  const told: string[] = [];
  let posts: Post[] | undefined;
  let problems: unknown[] | undefined;
  try {
    posts = await kit.loadPosts(dir, {
      images: 'keep',
      drafts: true,
      ...options,
      onParse: (file) => void told.push(`parse ${file}`),
      onWarning: (warning: PostWarning) => void told.push(`warn ${JSON.stringify(warning)}`),
    });
  } catch (error) {
    expect(kit.isPostLoadError(error)).toBe(true);
    problems = (error as PostLoadError).errors.map((e) => ({
      class: e instanceof kit.PostParseError,
      name: e.name,
      message: e.message,
      field: e.field,
      filename: e.filename,
      line: e.line,
      column: e.column,
    }));
  }
  return { posts, problems, told };
}

describe('when a cold load parses in a pool of worker threads', { timeout: 120_000 }, () => {
  it('gives the posts, in the order, with the warnings and onParse calls (in file order) of a load in one thread', async () => {
    corpusBlog(root);
    const alone = await record(root, { workers: 0 });
    const pooled = await record(root, { workers: 2 });
    expect(alone.posts?.length).toBeGreaterThan(30);
    expect(pooled.posts).toEqual(alone.posts);
    expect(pooled.told).toEqual(alone.told);
    expect(alone.told.filter((t) => t.startsWith('warn')).length).toBeGreaterThan(0);
  });

  it('gives the same errors, each a PostParseError with its field, file, line and column', async () => {
    corpusBlog(root);
    writeFileSync(path.join(root, 'bad-date.md'), '---\ntitle: Late\npubDate: Jully 2022\n---\n\nBody.\n');
    writeFileSync(path.join(root, 'latin1.md'), Buffer.from('---\ntitle: Caf\xe9\n---\n\nOl\xe9\n', 'latin1'));
    writeFileSync(path.join(root, 'no-close.md'), '---\ntitle: Open\n\nNo closing fence.\n');
    const alone = await record(root, { workers: 0 });
    const pooled = await record(root, { workers: 3 });
    expect(alone.problems).toHaveLength(3);
    expect(pooled.problems).toEqual(alone.problems);
    expect(pooled.told).toEqual(alone.told);
    for (const problem of pooled.problems as { class: boolean; field: string }[]) {
      expect(problem.class).toBe(true);
      expect(problem.field).toBeTruthy();
    }
  });

  it('parses in the workers: a parse error keeps the stack it was thrown with, in parse-worker.js', async () => {
    writeFileSync(path.join(root, 'bad-date.md'), '---\ntitle: Late\npubDate: Jully 2022\n---\n\nBody.\n');
    writeFileSync(path.join(root, 'good.md'), '---\ntitle: Fine\n---\n\nBody.\n');
    const error = (await kit.loadPosts(root, { workers: 2 }).catch((e: unknown) => e)) as PostLoadError;
    expect(error.errors[0].stack).toMatch(/parse-worker\.js/);
    const inThread = (await kit.loadPosts(root, { workers: 0 }).catch((e: unknown) => e)) as PostLoadError;
    expect(inThread.errors[0].stack).not.toMatch(/parse-worker\.js/);
    expect(error.errors[0].message).toBe(inThread.errors[0].message);
  });

  it('stays in this thread when an option is a function (here the frontmatter hook), which cannot cross into a worker', async () => {
    corpusBlog(root);
    const seen: string[] = [];
    const frontmatter = (data: Record<string, unknown>, { file }: { file?: string }) => {
      seen.push(file!);
      return { ...data, tags: ['mapped'] };
    };
    const { posts } = await record(root, { workers: 2, frontmatter });
    // The hook ran here, once a post: this thread's array holds every call.
    expect(seen).toHaveLength(posts!.length);
    expect(posts!.every((post) => post.tags.includes('mapped'))).toBe(true);
  });

  it('writes cache entries a warm load reads back, parsing nothing', async () => {
    corpusBlog(root);
    const cacheDir = path.join(root, '.cache');
    const cold = await record(root, { workers: 2, cacheDir });
    const warm = await record(root, { workers: 2, cacheDir });
    expect(warm.posts).toEqual(cold.posts);
    expect(warm.told.filter((t) => t.startsWith('parse'))).toEqual([]);
    expect(warm.told).toEqual(cold.told.filter((t) => !t.startsWith('parse')));
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.lock'))).toEqual([]);
  });

  it("with 'auto' on a blog past its threshold, parses in this thread and in a worker, with a load in one thread's posts, errors and order", async () => {
    // Small posts without code (so no post's highlighting depends on the grammars its thread loaded
    // before it), every tenth with a bad date: the errors' stacks tell which thread parsed them.
    for (let i = 0; i < 520; i++) {
      const date = i % 10 === 3 ? 'Jully 2022' : `2020-01-${String((i % 28) + 1).padStart(2, '0')}`;
      writeFileSync(path.join(root, `post-${String(i).padStart(3, '0')}.md`), `---\ntitle: Post ${i}\npubDate: ${date}\ntags: [t${i % 7}]\n---\n\nSome *text* for ${i}, [a link](https://example.com/${i}).\n\n## A heading\n\n- one\n- two\n`);
    }
    const alone = await record(root, { workers: 0, onError: 'skip', onProblem() {} });
    const stacks: string[] = [];
    const auto = await record(root, { workers: 'auto', onError: 'skip', onProblem: (problem) => void stacks.push(problem.stack ?? '') });
    expect(alone.posts).toHaveLength(468);
    expect(auto.posts).toEqual(alone.posts);
    expect(auto.told).toEqual(alone.told);
    expect(stacks).toHaveLength(52);
    // On one core 'auto' has no worker to start, and parses every post in this thread.
    expect(stacks.some((stack) => /parse-worker\.js/.test(stack))).toBe(availableParallelism() > 1);
    expect(stacks.some((stack) => !/parse-worker\.js/.test(stack))).toBe(true);
  });

  it('refuses a workers value that is not a count or auto, naming it', async () => {
    await expect(kit.loadPosts(root, { workers: -1 })).rejects.toThrow("Invalid `workers`: received -1, expected 'auto' or a whole number");
    await expect(kit.loadPosts(root, { workers: 'all' as never })).rejects.toThrow('Invalid `workers`: received "all"');
  });

  it('runs under the Node flags a big build is started with, which a worker may not take itself', async () => {
    // `node --max-old-space-size=8192 build.mjs` is how big blogs raise the heap; Node refuses that flag
    // (and --expose-gc, --stack-size) in a worker's own execArgv, so the pool must let the workers inherit.
    corpusBlog(root);
    const script = `const { loadPosts } = await import(${JSON.stringify(pathToFileURL(built).href)}); const posts = await loadPosts(${JSON.stringify(root)}, { workers: 2, images: 'keep', onWarning() {} }); console.log(posts.length);`;
    const file = path.join(root, 'build.mjs');
    writeFileSync(file, script);
    for (const args of [
      ['--max-old-space-size=4096', '--expose-gc', file],
      ['--max-old-space-size=4096', '--expose-gc', '--stack-size=2000', '--input-type=module', '-e', script],
    ]) {
      const { code, stdout, stderr } = await run(args, 60_000);
      expect(code, stderr).toBe(0);
      expect(Number(stdout.trim())).toBeGreaterThan(30);
    }
  }, 120_000);

  it('leaves no worker running: a script that loads with a pool exits by itself', async () => {
    corpusBlog(root);
    const script = `const { loadPosts } = await import(${JSON.stringify(pathToFileURL(built).href)}); const posts = await loadPosts(${JSON.stringify(root)}, { workers: 2, images: 'keep', onWarning() {} }); console.log(posts.length);`;
    const { code, stdout } = await run(['--input-type=module', '-e', script], 60_000);
    expect(code).toBe(0);
    expect(Number(stdout.trim())).toBeGreaterThan(30);
  }, 90_000);
});

describe('when a bundler moved the node entry away from the worker file', () => {
  it('starts the workers from the kit installed under the working folder', async () => {
    // The node entry and its chunks copied without parse-worker.js, as a bundler leaves them; the kit
    // itself installed (linked) under the working folder's node_modules.
    const bundle = path.join(root, 'server');
    mkdirSync(bundle);
    for (const file of readdirSync(path.join(repoRoot, 'dist'))) {
      if (/\.js$/.test(file) && file !== 'parse-worker.js') cpSync(path.join(repoRoot, 'dist', file), path.join(bundle, file));
    }
    mkdirSync(path.join(root, 'node_modules'));
    symlinkSync(repoRoot, path.join(root, 'node_modules', 'react-blog-kit'), 'dir');
    // The kit's own dependencies, as the host's node_modules would hold them.
    for (const dependency of readdirSync(path.join(repoRoot, 'node_modules'))) {
      if (dependency !== 'react-blog-kit' && !dependency.startsWith('.')) symlinkSync(path.join(repoRoot, 'node_modules', dependency), path.join(root, 'node_modules', dependency), 'dir');
    }
    const posts = path.join(root, 'posts');
    mkdirSync(posts);
    writeFileSync(path.join(posts, 'bad-date.md'), '---\ntitle: Late\npubDate: Jully 2022\n---\n\nBody.\n');
    const script = `const { loadPosts } = await import(${JSON.stringify(pathToFileURL(path.join(bundle, 'node.js')).href)}); try { await loadPosts('posts', { workers: 2 }); } catch (e) { console.log(e.errors[0].stack); }`;
    const { stdout, stderr } = await runIn(root, ['--input-type=module', '-e', script], 60_000);
    expect(stdout, stderr).toContain(path.join(repoRoot, 'dist', 'parse-worker.js'));
  }, 90_000);
});

const run = (args: string[], limit: number) => runIn(repoRoot, args, limit);

/** Runs node with `args`; resolves with its exit code and output, or fails after `limit` ms. */
function runIn(cwd: string, args: string[], limit: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`node ${args.join(' ')} ran past ${limit} ms (a worker kept it alive?)\n${stderr}`));
    }, limit);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('when several processes load one folder with one cold cacheDir at once', () => {
  it('parses each post once in all, and every process returns every post', async () => {
    const posts = path.join(root, 'posts');
    const files = corpusBlog(posts, 2);
    const cacheDir = path.join(root, '.cache');
    const script = (workers: number) =>
      `const { loadPosts } = await import(${JSON.stringify(pathToFileURL(built).href)}); let parsed = 0;` +
      `const posts = await loadPosts(${JSON.stringify(posts)}, { workers: ${workers}, images: 'keep', drafts: true, cacheDir: ${JSON.stringify(cacheDir)}, onWarning() {}, onParse() { parsed++; } });` +
      `console.log(JSON.stringify({ parsed, slugs: posts.map((p) => p.slug) }));`;
    // One process parses with a pool, two in their own thread: started together, as Next.js starts its page workers.
    const runs = await Promise.all([2, 0, 0].map((workers) => run(['--input-type=module', '-e', script(workers)], 180_000)));
    const results = runs.map(({ code, stdout, stderr }) => {
      expect(code, stderr).toBe(0);
      return JSON.parse(stdout) as { parsed: number; slugs: string[] };
    });
    expect(results.reduce((sum, r) => sum + r.parsed, 0)).toBe(files.length);
    for (const r of results) expect(r.slugs).toEqual(results[0].slugs);
    expect(results[0].slugs).toHaveLength(files.length);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.lock'))).toEqual([]);
  }, 240_000);
});

describe('when a post is locked by another load', () => {
  const lockOf = (cacheDir: string) => readdirSync(cacheDir).find((f) => f.endsWith('.lock'));

  /**
   * One post loaded once, so its cache entry's name (and its lock's, beside it) is known; then the entry
   * removed and the lock written as a load in process `pid` holds it. Returns the entry as it was.
   */
  async function lockedPost(pid: number) {
    cpSync(path.join(repoRoot, 'test/fixtures/blog/posts/neap-tides.md'), path.join(root, 'posts', 'neap-tides.md'));
    const cacheDir = path.join(root, '.cache');
    await kit.loadPosts(path.join(root, 'posts'), { images: 'keep', cacheDir, workers: 0 });
    const entry = path.join(cacheDir, readdirSync(cacheDir).find((f) => f.endsWith('.json'))!);
    const kept = readFileSync(entry);
    rmSync(entry);
    const lock = entry.replace(/\.json$/, '.lock');
    writeFileSync(lock, `${pid}\n${hostname()}\n${Date.now()}\n`);
    return { cacheDir, entry, kept, lock };
  }

  /** A load of that post, in this process's one thread, counting its parses. */
  async function loadCounting(cacheDir: string) {
    let parsed = 0;
    const loaded = await kit.loadPosts(path.join(root, 'posts'), { images: 'keep', cacheDir, workers: 0, onParse: () => parsed++ });
    return { loaded, parsed };
  }

  it('waits while the holder lives, then parses it itself when the lock goes without an entry', async () => {
    const { cacheDir, lock } = await lockedPost(process.pid);
    setTimeout(() => rmSync(lock), 400);
    const start = Date.now();
    const { loaded, parsed } = await loadCounting(cacheDir);
    expect(Date.now() - start).toBeGreaterThanOrEqual(350);
    expect(loaded).toHaveLength(1);
    expect(parsed).toBe(1);
    expect(lockOf(cacheDir)).toBeUndefined();
  });

  it('takes over a lock whose process is gone', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.on('exit', resolve));
    const { cacheDir } = await lockedPost(gone.pid!);
    const { loaded, parsed } = await loadCounting(cacheDir);
    expect(loaded).toHaveLength(1);
    expect(parsed).toBe(1);
    expect(lockOf(cacheDir)).toBeUndefined();
  });

  it('reads the entry the holder writes instead of parsing the post again', async () => {
    const { cacheDir, entry, kept, lock } = await lockedPost(process.pid);
    // The holder finishes: its entry appears, then its lock goes.
    setTimeout(() => {
      writeFileSync(entry, kept);
      rmSync(lock);
    }, 300);
    const { loaded, parsed } = await loadCounting(cacheDir);
    expect(loaded).toHaveLength(1);
    expect(parsed).toBe(0);
  });
});
