// @vitest-environment node
/**
 * The bench's MDX row (bench/mdx.mjs) compares the kit with @mdx-js/mdx on the same posts, each
 * rendering the same components; a row is only worth its figures while both sides render the same
 * thing. This holds the two sides' components equal on the generated long post and a corpus-style
 * one, so a change to either side that drops a component or a prop fails here, not in a timing.
 */
import { describe, expect, it } from 'vitest';
import { kitMdx, longMdxPost, mdxEvaluate } from '../bench/mdx-lib.js';

/** Each component's markup, in order: what the components map made of the post. */
const components = (html: string) => html.match(/<aside class="note[\s\S]*?<\/aside>|<figure class="(?:playground|chart)"[\s\S]*?<\/figure>|<kbd>.*?<\/kbd>|<a [^>]*class="header-link"[\s\S]*?<\/a>/g) ?? [];

describe("the bench's MDX posts", () => {
  it('render the same components with the same props on both sides', () => {
    const post = longMdxPost(4);
    const kit = components(kitMdx(post, 'long.mdx', { highlight: false }));
    expect(kit.length).toBe(4 * 3 + 3); // a note and two <Kbd> a section; two charts and a playground
    expect(kit.filter((c) => c.startsWith('<figure class="playground"'))).toHaveLength(1);
    expect(kit.join('\n')).toContain('<dt>low</dt><dd>1.2 0.9 0.7 0.2</dd>');
    expect(kit).toEqual(components(mdxEvaluate(post)));
  });

  it('drop import lines and frontmatter on the MDX side, as the kit does', () => {
    const post = "---\ntitle: Links\n---\n\nimport HeaderLink from './HeaderLink.astro';\n\n<HeaderLink href=\"#top\">\n  Back up\n</HeaderLink>\n";
    const mdx = mdxEvaluate(post);
    expect(mdx).not.toMatch(/title: Links|import/);
    expect(components(mdx)).toEqual(['<a href="#top" class="header-link"><p>Back up</p></a>']);
    expect(components(kitMdx(post, 'links.mdx'))).toEqual(components(mdx));
  });
});
