// @vitest-environment node
import GithubSlugger, { slug as githubSlug } from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { nameSlug, slug, Slugger } from './slug.js';

describe('the slug rule is github-slugger’s', () => {
  it('keeps every character github-slugger keeps and drops every one it drops, over all of Unicode that its table knows', () => {
    const kitKeepsMore: number[] = [];
    const kitDrops: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const text = `a${String.fromCodePoint(cp)}b`;
      const ours = slug(text);
      const theirs = githubSlug(text);
      if (ours === theirs) continue;
      // The one allowed difference: a character assigned after github-slugger's table was made,
      // which it drops as unassigned and the engine now knows as a letter, mark or digit.
      if (ours.length > theirs.length && /^[\p{Alphabetic}\p{M}\p{Nd}]$/u.test(String.fromCodePoint(cp).toLowerCase())) kitKeepsMore.push(cp);
      else kitDrops.push(`U+${cp.toString(16).toUpperCase()}: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`);
    }
    expect(kitDrops).toEqual([]);
    // Nothing below the Arabic Extended-B block (Unicode 14) differs: Latin, Greek, Cyrillic, Hebrew, Arabic.
    expect(kitKeepsMore.filter((cp) => cp < 0x870)).toEqual([]);
  });

  it('gives the slugs GitHub gives headings', () => {
    for (const title of ['Hello, World!', 'C++ & Rust', 'Ünïcödé café', '日本語の見出し', 'Привет мир', '  spaced  out ', 'emoji 🎉 party', 'snake_case and kebab-case', 'Ⓐ circled']) {
      expect(slug(title)).toBe(githubSlug(title));
      expect(slug(title, true)).toBe(githubSlug(title, true));
    }
  });

  it('makes repeated slugs unique the way github-slugger does', () => {
    const ours = new Slugger();
    const theirs = new GithubSlugger();
    for (const title of ['Intro', 'Intro', 'Intro-1', 'Intro', '', '', 'intro']) expect(ours.slug(title)).toBe(theirs.slug(title));
  });

  it('gives a name the slug empties a page of its own', () => {
    expect(nameSlug('Rust & Go')).toBe('rust--go');
    expect(nameSlug('+++')).toBe('%2B%2B%2B');
  });
});
