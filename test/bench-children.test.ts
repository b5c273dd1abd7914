// @vitest-environment node
/**
 * `npm run bench` never fails on a timing, so a child process of it that throws shows up only as one
 * "failed" line in a long report (row 5 did, after `baseline()` changed its parameters). This runs
 * each child once on a tiny post against the same bundle the bench builds, and checks what it prints.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'rbk-bench-children-'));
const bundle = path.join(dir, 'lib.mjs');
const post = path.join(dir, 'post.md');
const mdxBundle = path.join(dir, 'mdx-lib.mjs');
const mdxPost = path.join(dir, 'post.mdx');

/** Runs `bench/<script>` on `lib` (bench/lib.ts's bundle; the MDX modes take bench/mdx-lib.ts's) with `args`. */
function child(script: string, args: string[], lib = bundle): Record<string, number> {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bench', script), lib, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  expect(run.status, `${script} ${args.join(' ')}: ${run.stderr}`).toBe(0);
  return JSON.parse(run.stdout) as Record<string, number>;
}

beforeAll(async () => {
  writeFileSync(post, '---\ntitle: Slack water\n---\n\nThe tide turns **twice** a day.\n\n## Why\n\nThe Moon pulls.\n');
  // The script is plain JavaScript without types: imported by a specifier TypeScript does not follow.
  const { buildForNode } = (await import('../scripts/bundle-for-node.mjs' as string)) as {
    buildForNode: (entry: string, outfile: string) => Promise<string>;
  };
  writeFileSync(mdxPost, '---\ntitle: Slack water\n---\n\nThe tide turns <Note>twice</Note> a day.\n');
  await buildForNode(path.join(repoRoot, 'bench/lib.ts'), bundle);
  await buildForNode(path.join(repoRoot, 'bench/mdx-lib.ts'), mdxBundle);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the bench's child processes", () => {
  it.each(['pipeline', 'baseline'])('rss.mjs measures %s: a peak above the memory taken before the post', (mode) => {
    const { before, peak, ms } = child('rss.mjs', [mode, post]);
    expect(before).toBeGreaterThan(0);
    expect(peak).toBeGreaterThanOrEqual(before);
    expect(ms).toBeGreaterThan(0);
  });

  it.each(['rerender', 'baseline', 'pipeline'])('alone.mjs times %s: a median over at least 20 rounds', (mode) => {
    const { ms, cpu, rounds } = child('alone.mjs', [mode, post, '1']);
    expect(ms).toBeGreaterThan(0);
    expect(cpu).toBeGreaterThanOrEqual(0);
    expect(rounds).toBeGreaterThanOrEqual(20);
  });

  it.each(['mdx-kit', 'mdx-evaluate'])('alone.mjs times %s on the MDX bundle: a median over at least 20 rounds', (mode) => {
    const { ms, rounds } = child('alone.mjs', [mode, mdxPost, '1'], mdxBundle);
    expect(ms).toBeGreaterThan(0);
    expect(rounds).toBeGreaterThanOrEqual(20);
  });
});
