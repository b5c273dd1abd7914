import { describe, expect, it } from 'vitest';
import { slot } from './classes.js';

describe('slot', () => {
  it("gives a part its own class and data-slot, and joins the host's class and an extra one", () => {
    expect(slot('title', undefined, false)).toEqual({ className: 'rbk-title', 'data-slot': 'title' });
    expect(slot('title', { title: 'big' }, false)).toEqual({ className: 'rbk-title big', 'data-slot': 'title' });
    expect(slot('title', undefined, false, 'rbk-prose')).toEqual({ className: 'rbk-title rbk-prose', 'data-slot': 'title' });
    expect(slot('title', { title: 'big' }, true)).toEqual({ className: 'big', 'data-slot': 'title' });
    expect(slot('title', undefined, true)).toEqual({ className: undefined, 'data-slot': 'title' });
  });

  it('keeps one render’s classes out of the next (the shared part objects are never written to)', () => {
    const first = slot('tag', { tag: 'pill' }, false);
    expect(slot('tag', undefined, false).className).toBe('rbk-tag');
    expect(slot('tag', undefined, true).className).toBeUndefined();
    expect(slot('tag', undefined, false).className).toBe('rbk-tag');
    expect(first.className).toBe('rbk-tag pill');
    // A caller that wants to add props copies the part first.
    expect(() => Object.assign(slot('tag', undefined, false), { src: 'x' })).toThrow(TypeError);
  });
});
