import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The repository root (vitest runs from it). */
export const repoRoot = process.cwd();

/** Reads a fixture from test/fixtures by its path below that folder. */
export function fixture(name: string): string {
  return readFileSync(resolve(repoRoot, 'test/fixtures', name), 'utf8');
}
