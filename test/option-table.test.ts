// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOptionsTable, readmeTable } from '../scripts/option-table.mjs';
import { repoRoot } from './helpers/fixtures.js';

describe("the README's table of parse options", () => {
  it('is the one generated from ParseOptions and the features it lists (node scripts/option-table.mjs --write)', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    expect(readmeTable(readme)).toBe(parseOptionsTable());
  }, 60_000);
});
