/**
 * Bundles a TypeScript entry (the kit's sources and what it imports) into one ES module that Node runs,
 * and imports it: what the bench, the fidelity check and the HTML snapshot share. React's production
 * build unless `production: false` (then React and the kit read NODE_ENV as they run); with
 * `external: true` the packages stay imports, so a CPU profile names them by path.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export async function bundleForNode(entry, outfile, options) {
  await buildForNode(entry, outfile, options);
  // A fresh URL each time, so a second bundle in the same process is not served from the module cache.
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}

/** The build alone, for a caller that imports the file later (under another NODE_ENV) or in a child process. */
export async function buildForNode(entry, outfile, { production = true, external = false, sourcemap = false } = {}) {
  mkdirSync(path.dirname(outfile), { recursive: true });
  await build({
    entryPoints: [entry],
    bundle: true,
    packages: external ? 'external' : undefined,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    jsx: 'automatic',
    sourcemap: sourcemap ? 'linked' : false,
    define: production ? { 'process.env.NODE_ENV': '"production"' } : {},
    // CommonJS packages (React) bundled into ESM still require Node built-ins.
    banner: external ? undefined : { js: "import { createRequire as __rbkRequire } from 'node:module'; const require = __rbkRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}
