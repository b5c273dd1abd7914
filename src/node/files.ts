import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { PostParseError } from '../post/errors.js';

const POST_FILE = /\.(md|mdx|markdown)$/i;
const INDEX = /^index\.(md|mdx|markdown)$/i;

/** Names never walked into or loaded: partials and drafts folders (`_`), hidden files (`.`), installed packages. */
const skipped = (name: string) => name.startsWith('_') || name.startsWith('.') || name === 'node_modules';

/** What {@link findPostFiles} found: the post files, sorted, and the problems of the folder itself. */
export interface FoundFiles {
  files: string[];
  problems: PostParseError[];
}

/**
 * Every post file under `dir`, sorted by path. Symbolic links are followed, to files and to folders;
 * each real folder is read once, so a link back to a folder that holds it (a loop) is reported and
 * not walked again, and a second link to one folder does not load its posts twice. An `index.md`
 * directly in `dir` is the folder's own page, left out unless `rootIndex`. A post written twice, as
 * `x.md` and `x/index.md`, is reported.
 */
export async function findPostFiles(dir: string, rootIndex: boolean): Promise<FoundFiles> {
  const found = await stat(dir).catch(() => undefined);
  if (!found?.isDirectory()) {
    throw new PostParseError(`Cannot load posts: ${dir} is not a folder. Expected the folder that holds the post files.`, { field: 'dir', filename: dir });
  }
  const files: string[] = [];
  const problems: PostParseError[] = [];
  const walked = new Set<string>();

  async function walk(folder: string, real: string, ancestors: readonly string[]): Promise<void> {
    walked.add(real);
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const chain = [...ancestors, real];
    for (const entry of entries) {
      if (skipped(entry.name)) continue;
      const full = path.join(folder, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      let target = full;
      if (entry.isSymbolicLink()) {
        const linked = await stat(full).catch(() => undefined);
        // A broken link named like a post is reported when it is read; any other broken link is not ours.
        if (!linked) {
          if (POST_FILE.test(entry.name)) files.push(full);
          continue;
        }
        isDirectory = linked.isDirectory();
        isFile = linked.isFile();
        if (isDirectory) target = await realpath(full);
      }
      if (isDirectory) {
        const real = entry.isSymbolicLink() ? target : path.join(chain[chain.length - 1], entry.name);
        if (chain.includes(real)) {
          problems.push(
            new PostParseError(
              `Symbolic link loop: ${full} points at ${real}, a folder that holds the link, so following it would never end. It was not followed. Remove the link, or point it at a folder outside ${real}.`,
              { field: 'file', filename: full },
            ),
          );
          continue;
        }
        if (walked.has(real)) continue;
        await walk(full, real, chain);
      } else if (isFile && POST_FILE.test(entry.name)) {
        if (!rootIndex && ancestors.length === 0 && INDEX.test(entry.name)) continue;
        files.push(full);
      }
    }
  }

  await walk(dir, await realpath(dir), []);
  files.sort();
  return { files: dropDoubles(files, problems), problems };
}

/**
 * `x.md` beside `x/index.md` (or `.mdx`, `.markdown`) is one post written twice; the `index.md` is
 * reported and left out, so the plain file is the one kept when problems are skipped.
 */
function dropDoubles(files: string[], problems: PostParseError[]): string[] {
  const stems = new Map<string, string>();
  for (const file of files) {
    const name = path.basename(file);
    if (!INDEX.test(name)) stems.set(file.replace(POST_FILE, '').toLowerCase(), file);
  }
  return files.filter((file) => {
    if (!INDEX.test(path.basename(file))) return true;
    const plain = stems.get(path.dirname(file).toLowerCase());
    if (plain === undefined) return true;
    problems.push(
      new PostParseError(
        `Two files for one post: ${plain} and ${file} are both the post "${path.basename(path.dirname(file))}". Keep one: move the text of ${path.basename(plain)} into ${path.relative(path.dirname(plain), file)} (where its images can sit beside it), or delete one of them.`,
        { field: 'file', filename: file },
      ),
    );
    return false;
  });
}
