#!/usr/bin/env node
/**
 * Where the pipeline's time goes compared with the baseline, phase by phase, in one rotating loop
 * (median of many rounds, production React):
 *
 *   node bench/phases.mjs [1|8|64|file.md] [seconds]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from '../scripts/bundle-for-node.mjs';
import { median } from './stats.mjs';

process.env.NODE_ENV = 'production';
const root = fileURLToPath(new URL('..', import.meta.url));
const cacheDir = path.join(root, 'node_modules/.cache/react-blog-kit-bench');
const [which = '1', seconds = '10'] = process.argv.slice(2);

const { phasesOf } = await bundleForNode(path.join(root, 'bench/phases.ts'), path.join(cacheDir, 'phases.mjs'));

const explainer = readFileSync(path.join(root, 'test/fixtures/explainer.md'), 'utf8');
const front = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(explainer)[0];
const body = explainer.slice(front.length).trim();
const source = /^\d+$/.test(which)
  ? front + Array.from({ length: Number(which) }, () => body).join('\n\n') + '\n'
  : readFileSync(path.resolve(which), 'utf8');

const { kitPhases, basePhases, fresh } = phasesOf(source);
const all = { ...kitPhases, ...basePhases };
const names = Object.keys(all);
const samples = Object.fromEntries(names.map((n) => [n, []]));
const end = Date.now() + Number(seconds) * 1000;
let rounds = 0;
for (let w = 0; w < 5; w++) {
  fresh();
  for (const n of names) all[n]();
}
while (Date.now() < end || rounds < 10) {
  fresh();
  for (let k = 0; k < names.length; k++) {
    const n = names[(k + rounds) % names.length];
    const t0 = process.hrtime.bigint();
    all[n]();
    samples[n].push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  rounds++;
}
const ms = Object.fromEntries(names.map((n) => [n, median(samples[n])]));
const whole = ms['base: whole react-markdown render'];
console.log(`phases on ${which} (${(Buffer.byteLength(source) / 1024).toFixed(1)} KB), ${rounds} rounds; % of the baseline's whole render`);
for (const n of names) console.log(`${ms[n].toFixed(3).padStart(9)} ms ${((100 * ms[n]) / whole).toFixed(1).padStart(6)} %  ${n}`);
