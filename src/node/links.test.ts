// @vitest-environment node
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../parse/index.js';
import { linksToPostFiles, rewritePostLinks, type Target } from './links.js';

const dir = path.resolve('/blog');
const sources: Record<string, string> = {
  'plain.md': '---\ntitle: Plain\n---\nNo links, but README.md is named and [a site](https://example.org/x.md) linked.\n',
  'anchor.md': '---\ntitle: Anchor\n---\n[top](#top) and `[code](x.md)` and\n\n```\n[fenced](y.md)\n```\n',
  'inline.md': '---\ntitle: Inline\n---\n[next](plain.md#part)\n',
  'reference.md': '---\ntitle: Reference\n---\n[next][n]\n\n[n]: ./plain.md\n',
  'heading.md': '---\ntitle: Heading\n---\n## See [plain](plain.md)\n\nText.\n',
  'footnote.md': '---\ntitle: Footnote\n---\nText.[^1]\n\n[^1]: [plain](plain.md)\n',
  'broken.md': '---\ntitle: Broken\n---\n[gone](gone.mdx)\n',
  'html.md': '---\ntitle: Html\n---\n<a href="plain.md">plain</a>\n',
};

describe('linksToPostFiles, the fast path a warm load takes', () => {
  it('is true exactly when rewritePostLinks would change the post or report a link', () => {
    const targets = new Map<string, Target>(Object.keys(sources).map((name) => [path.join(dir, name), { url: `/posts/${name}/` }]));
    const answers: Record<string, boolean> = {};
    for (const [name, text] of Object.entries(sources)) {
      const post = parsePost(text, { filename: name, html: 'sanitize' });
      const before = JSON.stringify(post);
      const problems = rewritePostLinks(post, path.join(dir, name), { dir, targets });
      answers[name] = linksToPostFiles(parsePost(text, { filename: name, html: 'sanitize' }));
      expect(answers[name], name).toBe(problems.length > 0 || JSON.stringify(post) !== before);
    }
    expect(Object.keys(answers).filter((name) => answers[name])).toEqual(['inline.md', 'reference.md', 'heading.md', 'footnote.md', 'broken.md', 'html.md']);
  });
});
