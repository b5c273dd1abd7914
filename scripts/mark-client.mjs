// Marks dist/client.js, the client islands' entry, as a client module: `'use client'` as its first
// statement. Written after the build because Rollup's tree-shaking pass (tsup's `treeshake`) drops
// module-level directives. The islands share the one code-split build with every other entry, so a
// module they share with the server components (the component base, labels, the plain table of
// contents) lands in one chunk both import, instead of a copy in each. The source map's mappings
// gain one empty line in front, so they still point where they did.
import { readFileSync, writeFileSync } from 'node:fs';

const DIRECTIVE = "'use client';\n";
const file = new URL('../dist/client.js', import.meta.url);
const code = readFileSync(file, 'utf8');
if (!code.startsWith(DIRECTIVE)) {
  writeFileSync(file, DIRECTIVE + code);
  const mapFile = new URL('../dist/client.js.map', import.meta.url);
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  map.mappings = `;${map.mappings}`;
  writeFileSync(mapFile, JSON.stringify(map));
}
