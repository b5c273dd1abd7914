import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('when a host compiles against the kit with tsc --strict', () => {
  it('accepts a JSON post through asPost and HeroImage only with alt or decorative (strict.tsx), and types every prop from the main entry (props.tsx)', () => {
    const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', 'test/types/tsconfig.json', '--strict', '--pretty', 'false'], {
      cwd: root,
      encoding: 'utf8',
    });
    // An unused @ts-expect-error is itself an error, so each refusal in the file is checked too.
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);
});
