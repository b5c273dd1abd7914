import { describe, expect, it } from 'vitest';
import { asPost } from './as-post.js';
import { parsePost } from '../parse/parse-post.js';

const post = parsePost('---\ntitle: Bees in Winter\n---\n\nThey cluster.\n\n## Heat\n\nThey shiver.\n');
const json = () => JSON.parse(JSON.stringify(post)) as Record<string, unknown>;

describe('asPost', () => {
  describe('when given the JSON of a parsed post', () => {
    it('returns the same object, equal to the post', () => {
      const data = json();
      expect(asPost(data)).toBe(data);
      expect(asPost(data)).toEqual(post);
    });
  });

  describe('when the JSON is not a post of this format', () => {
    it('refuses a post stored with another format, naming POST_FORMAT', () => {
      // Format 1 (before code blocks kept their colours as a run table) is what a cache or build step may still hold.
      expect(() => asPost({ ...json(), format: 1 })).toThrow(
        'asPost: value.format must be 2 (POST_FORMAT of this version of react-blog-kit: parse the markdown again with it), received 1 (a number).',
      );
    });

    it('names the field that is missing or of the wrong kind', () => {
      expect(() => asPost(null)).toThrow('asPost: value must be a Post object (the JSON of parsePost’s result), received null.');
      expect(() => asPost([])).toThrow('asPost: value must be a Post object (the JSON of parsePost’s result), received an array of 0 items.');
      expect(() => asPost({ ...json(), title: 7 })).toThrow('asPost: value.title must be a string, received 7 (a number).');
      expect(() => asPost({ ...json(), intro: 'text' })).toThrow('asPost: value.intro must be a hast root, received "text" (a string).');
      expect(() => asPost({ ...json(), sections: {} })).toThrow('asPost: value.sections must be an array, received an object.');
      expect(() => asPost({ ...json(), tags: undefined })).toThrow('asPost: value.tags must be an array, received undefined.');
    });
  });
});
