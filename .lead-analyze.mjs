import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const entry = `export { PostLayout, ActiveTableOfContents, CopyButton, ReadingProgress, PostNav, ShareLinks } from '/work/main/src/index.ts';`;
const r = await build({ stdin: { contents: entry, resolveDir: '/work/main', loader: 'ts' }, bundle: true, minify: true, write: false, format: 'esm', metafile: true, external: ['react', 'react-dom', 'react/jsx-runtime'], define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'silent' });
const out = Object.values(r.metafile.outputs)[0];
console.log('gzip', (gzipSync(r.outputFiles[0].contents, { level: 9 }).length / 1000).toFixed(2));
const rows = Object.entries(out.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 80);
for (const [k, v] of rows) console.log(v.bytesInOutput, k);
