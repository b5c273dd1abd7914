/**
 * Child process of bench/run.mjs: loads the bundled benchmark module, then parses and renders one
 * post once, and prints the process's peak resident set size as JSON. Run alone so that nothing
 * else the benchmark allocated counts against the post.
 *
 * node bench/rss.mjs <bundle.mjs> <pipeline|baseline> <post.md>
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, mode, file] = process.argv.slice(2);
const lib = await import(pathToFileURL(bundle).href);
const source = readFileSync(file, 'utf8');
// Rendering something tiny first loads every lazily initialised module, so `before` covers the code.
const warm = '---\ntitle: Warm\n---\n\nHello.\n';
if (mode === 'baseline') lib.baseline(warm);
else lib.pipeline(warm, 'warm.md');
const before = process.memoryUsage().rss;
const t0 = process.hrtime.bigint();
const html = mode === 'baseline' ? lib.baseline(source) : lib.pipeline(source, 'post.md');
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
if (html.length === 0) throw new Error('nothing rendered');
process.stdout.write(JSON.stringify({ before, peak: process.resourceUsage().maxRSS * 1024, ms }));
