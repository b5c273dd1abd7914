import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './fixtures.js';

/**
 * A folder of the shared test material beside the repository, read at run time and never copied in:
 * `RBK_PEERS` / `RBK_CORPUS` / `RBK_XSS_VECTORS` name it (CI sets them), else `../shared/<name>`. A
 * test that needs it fails loudly when it is missing, rather than passing over what it was to check.
 */
export function sharedFolder(name: 'peers' | 'corpus' | 'xss-vectors'): string {
  const variable = name === 'peers' ? 'RBK_PEERS' : name === 'corpus' ? 'RBK_CORPUS' : 'RBK_XSS_VECTORS';
  const folder = path.resolve(repoRoot, process.env[variable] ?? path.join('..', 'shared', name));
  if (!existsSync(folder)) {
    throw new Error(`The shared ${name} folder is missing at ${folder}: set ${variable} to it (the tests read it at run time).`);
  }
  return folder;
}
