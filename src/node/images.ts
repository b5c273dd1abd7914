import { readFileSync } from 'node:fs';
import { mkdir, readFile, realpath, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { imageSize } from 'image-size';
import { visit } from 'unist-util-visit';
import { PostParseError } from '../post/errors.js';
import type { Post } from '../post/index.js';
import { bodyParts } from '../post/identity.js';
import { sha256 } from './cache.js';
import { isWithin } from './files.js';
import { svgProblem } from './svg.js';

/** How loadPosts treats a local image outside `publicDir`. */
export type ImageHandling =
  /** Copied into `publicDir/<imagesDir>/` under a content-hashed name, and served from there. */
  | 'copy'
  /** Refused with an error that says how to fix it (move it under `publicDir`, or use `'copy'`). */
  | 'refuse'
  /** Every image path is left as written and no image file is read (for hosts with their own image pipeline). */
  | 'keep';

/** What the image pass needs, resolved once per load. */
export interface ImageSettings {
  mode: ImageHandling;
  /** Absolute. */
  publicDir?: string;
  /**
   * Absolute: the folders besides `publicDir` an image may be read from, the posts folder (for
   * `loadPost`, the post's own folder) and the host's `imageRoots`.
   */
  roots: string[];
  /** Ends with a slash. */
  base: string;
  imagesDir: string;
}

/**
 * The folders besides `publicDir` that images may be read from: the posts folder and the host's
 * `imageRoots`, absolute. An `imageRoots` that is not an array of strings is refused by name rather
 * than read as something else (a string would be spread into its characters).
 */
export function imageRoots(postsDir: string, extra: unknown): string[] {
  if (extra === undefined) return [path.resolve(postsDir)];
  if (!Array.isArray(extra) || extra.some((root) => typeof root !== 'string' || root.trim() === '')) {
    const received = typeof extra === 'string' ? JSON.stringify(extra) : Array.isArray(extra) ? `[${extra.map((r) => JSON.stringify(r) ?? String(r)).join(', ')}]` : String(extra);
    throw new TypeError(`Invalid \`imageRoots\`: received ${received}, expected an array of folder paths, such as ['assets'].`);
  }
  return [postsDir, ...extra].map((root) => path.resolve(root));
}

interface LocalImage {
  url: string;
  width: number;
  height: number;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

const toUrlPath = (relative: string) => relative.split(path.sep).map(encodeURIComponent).join('/');

function decode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/**
 * Resolves a post's local images — the hero and every `<img>` of its body — to the URLs the site
 * serves and gives each its intrinsic width and height, read from the file with image-size.
 * Remote, data and in-page URLs are left alone. Results are shared across posts of one load.
 */
export class ImageResolver {
  private readonly seen = new Map<string, Promise<LocalImage>>();
  /** Every folder an image may be read from, as written and as its real path (links resolved). */
  private readonly allowed: string[];
  private realAllowed?: Promise<string[]>;

  constructor(private readonly settings: ImageSettings) {
    this.allowed = [...(settings.publicDir ? [settings.publicDir] : []), ...settings.roots];
  }

  async resolvePost(post: Post, postFile: string, filename: string): Promise<void> {
    if (this.settings.mode === 'keep') return;
    if (post.heroImage) {
      const found = await this.resolve(post.heroImage.src, 'heroImage', postFile, filename);
      if (found) {
        const sized = post.heroImage.width !== undefined && post.heroImage.height !== undefined;
        post.heroImage = { ...post.heroImage, src: found.url, ...(!sized && { width: found.width, height: found.height }) };
      }
    }
    const images: Element[] = [];
    // Every tree of the post that holds its own images: the body's parts, the footnotes, the excerpt.
    const roots: Root[] = bodyParts(post).map((part): Root => ({ type: 'root', children: part.children }));
    if (post.footnotes) roots.push(post.footnotes);
    if (post.excerpt) roots.push(post.excerpt);
    for (const root of roots) {
      visit(root, 'element', (node: Element) => {
        if (node.tagName === 'img' && typeof node.properties.src === 'string') images.push(node);
      });
    }
    for (const img of images) {
      const found = await this.resolve(img.properties.src as string, 'body', postFile, filename);
      if (!found) continue;
      img.properties.src = found.url;
      if (img.properties.width === undefined && img.properties.height === undefined) {
        img.properties.width = found.width;
        img.properties.height = found.height;
      }
    }
  }

  private async resolve(src: string, field: string, postFile: string, filename: string): Promise<LocalImage | undefined> {
    const written = src.trim();
    if (!written || written.startsWith('#') || written.startsWith('//') || SCHEME.test(written)) return undefined;
    const pathPart = decode(written.replace(/[?#].*$/, ''));
    const { publicDir } = this.settings;
    const what = field === 'body' ? 'body image' : `\`${field}\``;
    const asked: Asked = { field, filename, postFile, written, what };
    // A backslash is a folder separator on Windows and a name's character elsewhere: refused on
    // every system, so a path means one file wherever the site is built.
    if (pathPart.includes('\\') || pathPart.includes('\0')) {
      throw imageError(
        `Invalid image path: the ${what} "${written}" holds a ${pathPart.includes('\0') ? 'NUL character' : 'backslash (written or as %5C)'}. Expected a URL path with forward slashes, such as ./images/photo.png.`,
        asked,
      );
    }
    let file: string;
    if (pathPart.startsWith('/')) {
      // A root-relative URL names a file the site serves; without publicDir there is nothing to check.
      if (!publicDir) return undefined;
      file = path.join(publicDir, pathPart);
    } else {
      file = path.resolve(path.dirname(postFile), pathPart);
    }
    // A root-relative URL names a file the site serves: it may not climb out of publicDir (`/../x`).
    const allowed = pathPart.startsWith('/') ? [publicDir!] : this.allowed;
    if (!allowed.some((root) => isWithin(file, root))) throw outside(asked, { file, folders: allowed, rooted: pathPart.startsWith('/') });
    let pending = this.seen.get(file);
    if (!pending) {
      pending = this.load(file, asked);
      this.seen.set(file, pending);
      // A failure belongs to the post that met it; another post asking again gets its own error.
      pending.catch(() => this.seen.delete(file));
    }
    return pending;
  }

  private async load(file: string, asked: Asked): Promise<LocalImage> {
    const { written, what } = asked;
    const fail = (message: string) => imageError(message, asked);
    const found = await stat(file).catch(() => undefined);
    if (!found?.isFile()) {
      throw fail(`Image not found: the ${what} "${written}" points at ${file}, which does not exist. Expected an image file relative to the post or under publicDir.`);
    }
    // A link inside an allowed folder may lead anywhere: the file read is the one it leads to.
    const real = await realpath(file);
    this.realAllowed ??= Promise.all(this.allowed.map((root) => realpath(root).catch(() => root)));
    if (!(await this.realAllowed).some((root) => isWithin(real, root))) throw outside(asked, { file: real, folders: this.allowed, link: file });
    const bytes = await readFile(real);
    let size: ReturnType<typeof imageSize> | undefined;
    let unreadable: Error | undefined;
    try {
      size = imageSize(bytes);
    } catch (cause) {
      unreadable = cause as Error;
    }
    if (path.extname(file).toLowerCase() === '.svg' || size?.type === 'svg') {
      const problem = svgProblem(bytes.toString('utf8'));
      if (problem) {
        throw fail(
          `Unsafe SVG: the ${what} "${written}" (${file}) holds ${problem}. Opened by its URL, an SVG is a page of the site, where that would run or load. Expected an SVG without scripts, event handlers, script URLs, <foreignObject> or references to other files: remove them, or export the picture again as a plain SVG.`,
        );
      }
    }
    if (!size) {
      throw fail(
        `Unreadable image: the ${what} "${written}" (${file}) is not an image whose size can be read (${unreadable?.message}). Expected a PNG, JPEG, GIF, WebP, AVIF or SVG with a size.`,
      );
    }
    // EXIF orientations 5–8 turn the picture a quarter, so it is shown with width and height swapped.
    const turned = (size.orientation ?? 1) >= 5;
    const width = turned ? size.height : size.width;
    const height = turned ? size.width : size.height;
    const { publicDir, base, mode, imagesDir } = this.settings;
    const inPublic = publicDir && !path.relative(publicDir, file).startsWith('..') && !path.isAbsolute(path.relative(publicDir, file));
    if (inPublic) return { url: base + toUrlPath(path.relative(publicDir, file)), width, height };
    if (mode === 'refuse' || !publicDir) {
      throw fail(
        `Image outside publicDir: the ${what} "${written}" is ${file}, which the site does not serve. ` +
          (publicDir
            ? `Move it under ${publicDir}, or pass images: 'copy' to have it copied there under a content-hashed name.`
            : "Pass publicDir (the folder the site serves, such as 'public') so it can be copied there, or images: 'keep' to leave image paths as written."),
      );
    }
    const ext = path.extname(file);
    const name = `${path.basename(file, ext)}.${sha256(bytes).slice(0, 10)}${ext.toLowerCase()}`;
    const targetDir = path.join(publicDir, imagesDir);
    const target = path.join(targetDir, name);
    if (!(await stat(target).catch(() => undefined))) {
      await mkdir(targetDir, { recursive: true });
      const temporary = `${target}.${process.pid}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, target);
    }
    return { url: base + toUrlPath(path.relative(publicDir, target)), width, height };
  }
}

/** The post and the image a resolve was asked about: what its errors name. */
interface Asked {
  field: string;
  filename: string;
  /** The post file, read again when an error names the line writing the image. */
  postFile: string;
  written: string;
  /** How a message names the image: `body image`, `` `heroImage` ``. */
  what: string;
}

/**
 * An image's error, naming the line of the post that writes it: the tree holds no positions once
 * images are resolved, so the post file is read again, on failure only, for the first line writing
 * the path (as a markdown image or a `src` first).
 */
function imageError(message: string, asked: Asked): PostParseError {
  let text = '';
  try {
    text = readFileSync(asked.postFile, 'utf8');
  } catch {
    // Unreadable now: the error names no line.
  }
  const line = lineWriting(text, asked.written);
  return new PostParseError(message, { field: asked.field, filename: asked.filename, ...(line !== undefined && { line }) });
}

/** The error for an image outside every folder images may come from. */
function outside(asked: Asked, at: { file: string; folders: string[]; link?: string; rooted?: boolean }): PostParseError {
  const how = at.link ? `${at.link} leads through a symbolic link to ${at.file}, outside` : `${at.file} is outside`;
  return imageError(
    `Image outside the allowed folders: the ${asked.what} "${asked.written}" is refused: ${how} the folders images are read from (${at.folders.join(', ')}). ` +
      (at.rooted
        ? 'Expected a path under publicDir, such as /images/photo.png.'
        : 'Move it into the posts folder or publicDir, or list the folder it is in in the imageRoots option.'),
    asked,
  );
}

/** The 1-based line of `text` that writes `written`: as a markdown image or a `src` first, else anywhere. */
function lineWriting(text: string, written: string): number | undefined {
  if (!written) return undefined;
  const lines = text.split(/\r?\n/);
  for (const form of [`](${written}`, `](<${written}>`, `src="${written}"`, `src='${written}'`, written]) {
    const at = lines.findIndex((line) => line.includes(form));
    if (at >= 0) return at + 1;
  }
  return undefined;
}
