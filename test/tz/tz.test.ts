// @vitest-environment node
/**
 * Time zones and hydration (issue 7). The same posts — fixtures, a corpus when given, and Date
 * objects built the way hosts build them — are rendered by Node processes under five TZ settings
 * spread across 25 hours of offsets; the HTML must be byte-identical. Then server HTML made in one
 * zone is hydrated by React DOM in jsdom running in another zone, with no mismatch reported.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePost } from '../../src/parse/index.js';
import { fixture, repoRoot } from '../helpers/fixtures.js';
import type { SourceCase } from './entry.js';

const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'] as const;
const outDir = resolve(repoRoot, 'node_modules/.cache/rbk-tz');
const bundle = resolve(outDir, 'entry.mjs');
const child = resolve(repoRoot, 'test/tz/child.mjs');
const TIMEOUT = 10 * 60 * 1000;

interface ChildOutput<T> {
  tz: string;
  offsetMinutes: number;
  result: T;
}

const run = promisify(execFile);
let runs = 0;

/** One Node process in `tz`; the processes of a step run side by side (each zone is its own process anyway). */
async function runChild<T>(tz: string, mode: 'render' | 'hydrate', input: unknown): Promise<ChildOutput<T>> {
  const inputPath = resolve(outDir, `input-${mode}-${tz.replace(/\//g, '_')}-${process.pid}-${runs++}.json`);
  writeFileSync(inputPath, JSON.stringify(input));
  const { stdout } = await run(process.execPath, [child, bundle, mode, inputPath], {
    env: { ...process.env, TZ: tz, NODE_ENV: 'development' },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  return JSON.parse(stdout) as ChildOutput<T>;
}

/**
 * Our fixtures, and the posts of the folder named by RBK_CORPUS when it is set (CI sets it to the
 * shared corpus), that parse (the corpus suite covers the ones that do not). `npm test` needs
 * nothing outside the repository.
 */
function sources(): SourceCase[] {
  const cases: SourceCase[] = [];
  for (const name of readdirSync(resolve(repoRoot, 'test/fixtures')).filter((f) => f.endsWith('.md'))) {
    cases.push({ name: `fixture ${name}`, source: fixture(name), filename: name });
  }
  const corpus = process.env.RBK_CORPUS ? resolve(repoRoot, process.env.RBK_CORPUS) : undefined;
  for (const name of corpus ? readdirSync(corpus).filter((f) => /\.mdx?$/.test(f)) : []) {
    cases.push({ name: `corpus ${name}`, source: readFileSync(resolve(corpus!, name), 'utf8'), filename: name.split('__').pop() });
  }
  return cases.filter((c) => {
    try {
      parsePost(c.source, { filename: c.filename });
      return true;
    } catch {
      return false;
    }
  });
}

let input: { sources: SourceCase[] };
const rendered = new Map<string, ChildOutput<Record<string, string>>>();

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [resolve(repoRoot, 'test/tz/entry.tsx')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    jsx: 'automatic',
    outfile: bundle,
    logLevel: 'silent',
  });
  input = { sources: sources() };
}, TIMEOUT);

describe('when the same posts render in five time zones', () => {
  it('each child process really runs in its zone', async () => {
    const offsets = new Set<number>();
    const outputs = await Promise.all(ZONES.map((tz) => runChild<Record<string, string>>(tz, 'render', input)));
    for (const [i, tz] of ZONES.entries()) {
      const out = outputs[i];
      rendered.set(tz, out);
      expect(out.tz).toBe(tz);
      offsets.add(out.offsetMinutes);
    }
    // UTC 0, LA +420, Kolkata -330, Kiritimati -840, Pago Pago +660 (getTimezoneOffset signs).
    expect(offsets.size).toBe(ZONES.length);
    // Every fixture parses and is rendered; with a corpus, its 38 parseable posts too.
    const fixtures = readdirSync(resolve(repoRoot, 'test/fixtures')).filter((f) => f.endsWith('.md'));
    expect(input.sources.filter((c) => c.name.startsWith('fixture ')).length).toBe(fixtures.length);
    if (process.env.RBK_CORPUS) expect(input.sources.filter((c) => c.name.startsWith('corpus ')).length).toBeGreaterThanOrEqual(38);
  }, TIMEOUT);

  it('the HTML is byte-identical in every zone', () => {
    const reference = rendered.get('UTC')!.result;
    expect(Object.keys(reference).length).toBeGreaterThan(20);
    for (const tz of ZONES.slice(1)) {
      const other = rendered.get(tz)!.result;
      expect(Object.keys(other)).toEqual(Object.keys(reference));
      for (const name of Object.keys(reference)) expect(other[name], `${name} under TZ=${tz}`).toBe(reference[name]);
    }
  });

  it('shows each calendar day as written, whatever the zone', () => {
    const html = rendered.get('Pacific/Kiritimati')!.result;
    for (const name of ['createPost: Date at UTC midnight', 'createPost: Date coerced from text at local midnight', 'parsePost: YAML date only', 'parsePost: Quoted text dates']) {
      expect(html[name], name).toMatch(/datetime="2022-07-24"[^>]*>July 24, 2022</i);
    }
    expect(html['createPost: Leap day']).toMatch(/datetime="2024-02-29"[^>]*>February 29, 2024</i);
    // A date-time shows the day it is in UTC (the default timeZone), not the build machine's day.
    expect(html['createPost: Date-time near the date line']).toMatch(/datetime="2022-07-25T06:30:00.000Z"[^>]*>July 25, 2022</i);
    expect(html['createPost: Date-time near the date line, ja-JP, timeZone Asia/Kolkata']).toContain('2022年7月25日');
  });
});

/** The post whose server HTML is altered on purpose, to prove a mismatch is caught. */
const MISMATCHED = 'parsePost: YAML date only';

describe('when server HTML from one zone hydrates in another', () => {
  const pairs: [string, string][] = [
    ['Pacific/Kiritimati', 'Pacific/Pago_Pago'],
    ['Pacific/Pago_Pago', 'Pacific/Kiritimati'],
    ['UTC', 'America/Los_Angeles'],
    ['Asia/Kolkata', 'America/Los_Angeles'],
  ];

  // Every hydration runs at once; each test then reads its own result.
  let hydrated: Promise<ChildOutput<Record<string, string[]>>>[] = [];
  const mismatched = () => {
    const serverHtml = { ...rendered.get('UTC')!.result };
    serverHtml[MISMATCHED] = serverHtml[MISMATCHED].replace('July 24, 2022', 'July 23, 2022');
    return serverHtml;
  };
  beforeAll(() => {
    hydrated = [
      ...pairs.map(([server, client]) => runChild<Record<string, string[]>>(client, 'hydrate', { ...input, serverHtml: rendered.get(server)!.result })),
      runChild<Record<string, string[]>>('America/Los_Angeles', 'hydrate', { ...input, serverHtml: mismatched() }),
    ];
    // Each test awaits its own; none is left unhandled if an earlier test fails first.
    for (const p of hydrated) p.catch(() => {});
  });

  for (const [index, [server, client]] of pairs.entries()) {
    it(`server TZ=${server}, client TZ=${client}: no mismatch and no error`, async () => {
      const serverHtml = rendered.get(server)!.result;
      const out = await hydrated[index];
      expect(out.tz).toBe(client);
      expect(Object.keys(out.result).length).toBe(Object.keys(serverHtml).length);
      const problems = Object.entries(out.result).filter(([, list]) => list.length > 0);
      expect(problems).toEqual([]);
    }, TIMEOUT);
  }

  it('a real mismatch is reported (the check can fail)', async () => {
    const out = await hydrated[pairs.length];
    expect(out.tz).toBe('America/Los_Angeles');
    expect(out.result[MISMATCHED].join('\n')).toMatch(/hydrat|did not match|mismatch/i);
  }, TIMEOUT);
});
