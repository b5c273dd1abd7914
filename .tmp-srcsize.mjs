import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const dir = process.argv[2];
const r = await build({ entryPoints: [dir + '/src/parse/index.ts'], bundle: true, packages: 'external', minify: true, format: 'esm', platform: 'neutral', define: { 'process.env.NODE_ENV': '"production"' }, write: false, logLevel: 'silent', metafile: true, absWorkingDir: dir });
const code = r.outputFiles[0].contents;
console.log(code.length, gzipSync(code, { level: 9 }).length);
const out = Object.values(r.metafile.outputs)[0];
for (const [k, v] of Object.entries(out.inputs).sort((a, b) => a[0].localeCompare(b[0]))) console.log(v.bytesInOutput, k);
