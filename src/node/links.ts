import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { EXIT, visit } from 'unist-util-visit';
import { PostParseError } from '../post/errors.js';
import { defaultPostPath } from '../post/identity.js';
import type { Post } from '../post/index.js';

/**
 * The path of a post's page when the host names none: `/posts/<slug>/`, each segment of a nested
 * slug encoded on its own. The same default as `postHref` of `react-blog-kit/seo`'s `Site`.
 */
export function defaultPostHref(post: Post): string {
  return defaultPostPath(post) ?? '/posts//';
}

const POST_FILE = /\.(md|mdx|markdown)$/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** The path part of a link that may name a post file (`../guides/setup.mdx` of `../guides/setup.mdx#part`), decoded; else undefined. */
function postFilePath(href: unknown): { pathname: string; rest: string } | undefined {
  if (typeof href !== 'string' || href === '' || href.startsWith('#') || href.startsWith('//') || SCHEME.test(href)) return undefined;
  const cut = href.search(/[?#]/);
  const pathname = decode(cut === -1 ? href : href.slice(0, cut));
  return POST_FILE.test(pathname) ? { pathname, rest: cut === -1 ? '' : href.slice(cut) } : undefined;
}

/**
 * Whether a freshly parsed post links to any post file. Asked once, when the post is parsed, and kept
 * in its cache entry: most posts link to none, and a warm load then walks none of their trees.
 */
export function linksToPostFiles(post: Post): boolean {
  let found = false;
  for (const tree of linkTrees(post)) {
    visit(tree as Root, 'element', (node: Element) => {
      if (node.tagName === 'a' && postFilePath(node.properties.href)) {
        found = true;
        return EXIT;
      }
      return undefined;
    });
    if (found) return true;
  }
  return false;
}

/** What a post file found in the load became. */
export type Target = { url: string } | { leftOut: 'draft' | 'failed' };

export interface LinkSettings {
  /** The loaded folder: `/x.md` and a bare `x.md` not found beside the post are looked for here. */
  dir: string;
  /** Every post file of the load by absolute path. */
  targets: Map<string, Target>;
}

/** Every hast tree and heading of a post that may hold a link. */
function linkTrees(post: Post): (Root | { type: 'root'; children: ElementContent[] })[] {
  const trees: (Root | { type: 'root'; children: ElementContent[] })[] = [post.intro];
  for (const section of post.sections) {
    trees.push({ type: 'root', children: section.children }, section.content);
    for (const item of section.items) trees.push({ type: 'root', children: item.children }, item.content);
  }
  if (post.excerpt) trees.push(post.excerpt);
  if (post.footnotes) trees.push(post.footnotes);
  return trees;
}

/** The post file a relative link names, as Docusaurus resolves it: beside the post, else under the loaded folder. */
function candidates(pathname: string, file: string, dir: string): string[] {
  if (pathname.startsWith('/')) return [path.join(dir, pathname)];
  const beside = path.resolve(path.dirname(file), pathname);
  const inDir = path.resolve(dir, pathname);
  return pathname.startsWith('./') || pathname.startsWith('../') || inDir === beside ? [beside] : [beside, inDir];
}

/** The 1-based line of the source where `href` is first written, when it can be found. */
function lineOf(file: string, hrefs: string[]): number | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  for (const href of hrefs) {
    const at = text.indexOf(href);
    if (at !== -1) return text.slice(0, at).split('\n').length;
  }
  return undefined;
}

/**
 * Rewrites every link of `post` to another post's file (`[x](2018-12-14-post.md)`,
 * `[y](../guides/setup.mdx#part)`) to that post's URL, keeping its query and fragment. A link to a
 * post file that is not loaded is returned as a problem naming the linking file and line, and left
 * as written. A link to a file that failed to load itself is left as written and not reported again.
 */
export function rewritePostLinks(post: Post, file: string, settings: LinkSettings): PostParseError[] {
  const problems: PostParseError[] = [];
  for (const tree of linkTrees(post)) {
    visit(tree as Root, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties.href as string;
      const link = postFilePath(href);
      if (!link) return;
      const { pathname, rest } = link;
      const tried = candidates(pathname, file, settings.dir);
      const found = tried.map((candidate) => settings.targets.get(candidate)).find((target) => target !== undefined);
      if (found && 'url' in found) {
        node.properties.href = found.url + rest;
        return;
      }
      if (found?.leftOut === 'failed') return;
      const line = lineOf(file, [href, pathname]);
      const why =
        found?.leftOut === 'draft'
          ? `${tried[0]} is a draft, which this load leaves out (drafts: false, the default in production), so the link would lead nowhere. Publish that post, or link to another.`
          : `${tried.length === 1 ? `${tried[0]} is not` : `neither ${tried.join(' nor ')} is`} a post file of this load. Expected the path of a post file relative to this post (such as "2024-05-01-spring-tides.md" or "../guides/setup.md#part"), or to the loaded folder when it starts with "/".`;
      problems.push(new PostParseError(`Broken link to a post file: "${href}" in the body: ${why}`, { field: 'body', filename: file, ...(line !== undefined && { line }) }));
    });
  }
  return problems;
}
