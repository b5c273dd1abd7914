/**
 * A Post read back from JSON (a build step's `post.json`, a loader's response) typed as a Post again.
 * TypeScript widens every string of an imported JSON file (`"format": 1` becomes `number`, a hast
 * node's `"type": "element"` becomes `string`), so a JSON post is not assignable to `Post` under
 * `strict`; this checks the few facts a renderer relies on, the format first, and says which one failed.
 */
import { POST_FORMAT, type Post } from './index.js';
import { slugProblem } from './slug.js';
import { argumentError, requireObject } from './arguments.js';

/**
 * Returns `value` typed as a {@link Post} after checking that it is one: an object of format
 * {@link POST_FORMAT} (a post stored by another version of the kit is refused, so it is re-generated
 * rather than rendered wrongly) with a string `title`, `intro` and `sections`, `toc`, `authors` and
 * `tags` arrays, and a `slug`, when it has one, that cannot climb out of the blog (no `..`, `.` or
 * empty segment). Throws a TypeError naming the field, what it received and what it expected.
 *
 * @example
 * import data from './generated/post.json';
 * const post = asPost(data);
 */
export function asPost(value: unknown): Post {
  const fail = (field: string, received: unknown, expected: string): never => {
    throw argumentError('asPost', `value.${field}`, expected, received);
  };
  requireObject('asPost', 'value', value, 'a Post object (the JSON of parsePost’s result)');
  const post = value;
  if (post.format !== POST_FORMAT)
    fail('format', post.format, `${POST_FORMAT} (POST_FORMAT of this version of react-blog-kit: parse the markdown again with it)`);
  if (typeof post.title !== 'string') fail('title', post.title, 'a string');
  const intro = post.intro as { children?: unknown } | null;
  if (!intro || typeof intro !== 'object' || !Array.isArray(intro.children)) fail('intro', post.intro, 'a hast root');
  for (const field of ['sections', 'toc', 'authors', 'tags'] as const)
    if (!Array.isArray(post[field])) fail(field, post[field], 'an array');
  // A slug becomes a URL and, in a static build, a folder: one edited to climb out (`..`) is refused
  // here as parsePost refuses it.
  if (post.slug !== undefined) {
    if (typeof post.slug !== 'string') fail('slug', post.slug, 'a string');
    const problem = slugProblem(post.slug as string);
    if (problem) fail('slug', post.slug, `a path of plain segments between "/"s, such as my-post or guides/my-post (this one has ${problem})`);
  }
  return value as unknown as Post;
}
