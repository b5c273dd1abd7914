import { readdir, readlink, realpath, stat } from 'node:fs/promises';
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

/** Whether `target` is `folder` or inside it, both absolute: compared as written, with no link resolved. */
export const isWithin = (target: string, folder: string) => {
  const relative = path.relative(folder, target);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
};

/**
 * Every post file under `dir`, sorted by path, each read from where it really is, once. The walk
 * never leaves `dir` and never goes round a loop, because it follows no symbolic link to a folder:
 * - a link whose real target is outside `dir` (a folder, or a file named like a post) is reported,
 *   naming the link and where it leads, and not followed: a post folder must not publish what lies
 *   beside it (`../../private`);
 * - a link to a folder that holds the link (`up -> ..`, `self -> .`) is reported as a loop;
 * - any other link inside `dir` (to a sibling folder, between two folders, a second name for a
 *   post file, a chain of links) is passed over: what it points at is loaded from where it is,
 *   once, so no post comes back twice (or not at all, when it sits in a folder the walk skips).
 * A broken link named like a post (one that leads to itself too) is reported when it is read. An
 * `index.md` directly in `dir` is the folder's own page, left out unless `rootIndex`. A post written
 * twice, as `x.md` and `x/index.md`, is reported.
 */
export async function findPostFiles(dir: string, rootIndex: boolean): Promise<FoundFiles> {
  const found = await stat(dir).catch(() => undefined);
  if (!found?.isDirectory()) {
    throw new PostParseError(`Cannot load posts: ${dir} is not a folder. Expected the folder that holds the post files.`, { field: 'dir', filename: dir });
  }
  const files: string[] = [];
  const problems: PostParseError[] = [];
  const rootReal = await realpath(dir);

  async function walk(folder: string, real: string, top: boolean): Promise<void> {
    const entries = await readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (skipped(entry.name)) continue;
      const full = path.join(folder, entry.name);
      if (entry.isSymbolicLink()) {
        const problem = await linkProblem(full, real, entry.name);
        if (problem) problems.push(problem);
        else if (problem === null) files.push(full);
        continue;
      }
      if (entry.isDirectory()) await walk(full, path.join(real, entry.name), false);
      else if (entry.isFile() && POST_FILE.test(entry.name)) {
        if (!rootIndex && top && INDEX.test(entry.name)) continue;
        files.push(full);
      }
    }
  }

  /**
   * What to do with a link: a problem to report, `null` for a broken link named like a post (its
   * read reports it), undefined to pass over it.
   */
  async function linkProblem(full: string, holder: string, name: string): Promise<PostParseError | null | undefined> {
    const target = await realpath(full).catch(() => undefined);
    const linked = target === undefined ? undefined : await stat(target).catch(() => undefined);
    if (target === undefined || !linked) return POST_FILE.test(name) ? null : undefined;
    const written = await readlink(full).catch(() => target);
    const leads = written === target ? `points at ${target}` : `points at ${written}, which is ${target}`;
    if (!linked.isDirectory() && !(linked.isFile() && POST_FILE.test(name))) return undefined;
    if (!isWithin(target, rootReal)) {
      return new PostParseError(
        `Symbolic link out of the posts folder: ${full} ${leads}, outside ${dir}. It was not followed: loadPosts reads only what is inside the folder it is given. Move what it points at into ${dir}, or load that folder with its own loadPosts call.`,
        { field: 'file', filename: full },
      );
    }
    if (linked.isDirectory() && isWithin(holder, target)) {
      return new PostParseError(
        `Symbolic link loop: ${full} points at ${target}, a folder that holds the link, so following it would never end. It was not followed, and ${target} is loaded once, from where it is: remove the link.`,
        { field: 'file', filename: full },
      );
    }
    // Inside the folder: what it points at is walked where it is, unless a skipped folder holds it.
    return undefined;
  }

  await walk(dir, rootReal, true);
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
