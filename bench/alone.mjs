/**
 * Child process of bench/run.mjs: times one function on one post in a process that runs nothing
 * else, and prints its median wall-clock and CPU milliseconds as JSON. In the side-by-side loop of
 * run.mjs, React's server renderer is shared by the kit and react-markdown, so each one's render also
 * pays for the other's (inline caches made polymorphic, garbage left to collect); a host renders
 * with one of them. These figures are information beside the side-by-side ratios, not a target.
 *
 * node bench/alone.mjs <bundle.mjs> <rerender|baseline|pipeline> <post.md> <milliseconds>
 * node bench/alone.mjs <mdx-bundle.mjs> <mdx-kit|mdx-evaluate> <post.mdx> <milliseconds>
 *
 * The mdx modes take bench/mdx-lib.ts's bundle (bench/mdx.mjs): the kit without highlighting, and
 * @mdx-js/mdx, each on an MDX post, where micromark too is shared side by side.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, mode, file, budget = '3000'] = process.argv.slice(2);
const lib = await import(pathToFileURL(bundle).href);
const source = readFileSync(file, 'utf8');
const post = mode === 'rerender' ? lib.parsePost(source, { filename: 'post.md' }) : undefined;
const fn = {
  rerender: () => lib.renderPost(post),
  baseline: () => lib.baseline(source),
  pipeline: () => lib.pipeline(source, 'post.md'),
  'mdx-kit': () => lib.kitMdx(source, 'post.mdx', { highlight: false }),
  'mdx-evaluate': () => lib.mdxEvaluate(source),
}[mode];
if (!fn) throw new Error(`Unknown mode "${mode}": expected rerender, baseline, pipeline, mdx-kit or mdx-evaluate.`);
for (let i = 0; i < 50; i++) fn();
const wall = [];
const cpu = [];
const end = Date.now() + Number(budget);
while (Date.now() < end || wall.length < 20) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  fn();
  wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
process.stdout.write(JSON.stringify({ ms: median(wall), cpu: median(cpu), rounds: wall.length }));
