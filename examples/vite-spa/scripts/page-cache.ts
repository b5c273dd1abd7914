// The prerender's page cache: each page's HTML from the last build, kept in node_modules/.cache/pages/
// under a hash of everything the page is made from, so that a build renders only the pages whose
// inputs changed (after one post is edited: that post's page and the pages that list or link it).
// An entry is only ever used for exactly the inputs it was rendered from, so the pages are the same,
// byte for byte, as a build without the cache makes.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** The cache of one build, opened by `openPageCache`. */
export interface PageCache {
  /** The file that holds (or will hold) the HTML of the page at `path` made from `data`, its data as JSON. */
  entry(path: string, data: string): string;
  /** Whether an earlier build left `entry`'s HTML. */
  has(entry: string): boolean;
  /** Removes every file this build asked for no entry of (pages gone or changed); returns how many. */
  prune(): Promise<number>;
}

/**
 * Opens the cache in `dir` for a build whose pages are `template` (dist/index.html as `vite build`
 * wrote it: it names the client bundle's hashed files) filled in by the server bundle in `server`
 * (dist-server/, which vite.config.ts makes self-contained: React and the kit are in it).
 */
export async function openPageCache(dir: string, { template, server }: { template: string; server: string }): Promise<PageCache> {
  await mkdir(dir, { recursive: true });
  const kept = new Set(await readdir(dir));
  const code = (await readdir(server, { recursive: true })).filter((file) => file.endsWith('.js')).sort();
  // What every page shares. Node's version and its ICU data, the time zone and the locale decide
  // how dates and numbers are written; NODE_ENV, which build of React renders.
  const format = Intl.DateTimeFormat().resolvedOptions();
  const shared = sha256(JSON.stringify([
    [process.versions.node, process.versions.icu, format.timeZone, format.locale, process.env.NODE_ENV],
    sha256(template),
    ...(await Promise.all(code.map(async (file) => [file, sha256(await readFile(join(server, file)))]))),
  ]));
  const used = new Set<string>();
  return {
    entry(path, data) {
      const name = `${createHash('sha256').update(shared).update(JSON.stringify(path)).update(data).digest('base64url')}.html`;
      used.add(name);
      return join(dir, name);
    },
    has: (entry) => kept.has(basename(entry)),
    async prune() {
      const stale = [...kept].filter((name) => !used.has(name));
      await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
      return stale.length;
    },
  };
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('base64url');
}
