// Writes many files at once: the build's pages and their data. Several writes are under way at a
// time, and the next file is only made (a page rendered) when a writer is free for it.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A file to write: its path and its text, or `{ copyOf }`, the file to copy it from. */
export type File = readonly [path: string, content: string | { copyOf: string }];

/** Writes each file `files` yields, up to 16 at once, making each folder once. Returns how many it wrote. */
export async function writeFiles(files: Iterable<File>): Promise<number> {
  const queue = files[Symbol.iterator]();
  const folders = new Map<string, Promise<unknown>>();
  let written = 0;
  const writer = async () => {
    for (let next = queue.next(); !next.done; next = queue.next()) {
      const [path, content] = next.value;
      const folder = dirname(path);
      if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
      await folders.get(folder);
      await (typeof content === 'string' ? writeFile(path, content) : copyFile(content.copyOf, path));
      written++;
    }
  };
  await Promise.all(Array.from({ length: 16 }, writer));
  return written;
}
