import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root (vitest runs from it). */
export const repoRoot = process.cwd();

/** Reads a fixture from test/fixtures by its path below that folder. */
export function fixture(name: string): string {
  return readFileSync(resolve(repoRoot, 'test/fixtures', name), 'utf8');
}

/**
 * A copy of the fixture blog (test/fixtures/blog: posts/, assets/, authors.yml) in a new temporary
 * folder, for a test that loads it (loading copies images into public/ and writes caches). Returns
 * the copy's root; the caller removes it.
 */
export function blogCopy(prefix: string): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  cpSync(resolve(repoRoot, 'test/fixtures/blog'), root, { recursive: true });
  return root;
}
