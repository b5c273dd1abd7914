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
      expect(() => asPost({ ...json(), format: 2 })).toThrow(
        'asPost: invalid `format`: received number, expected 1 (POST_FORMAT of this version of react-blog-kit); parse the markdown again with it.',
      );
    });

    it('names the field that is missing or of the wrong kind', () => {
      expect(() => asPost(null)).toThrow('asPost: invalid `post`: received null');
      expect(() => asPost([])).toThrow('asPost: invalid `post`: received an array');
      expect(() => asPost({ ...json(), title: 7 })).toThrow('asPost: invalid `title`: received number, expected a string.');
      expect(() => asPost({ ...json(), intro: 'text' })).toThrow('asPost: invalid `intro`: received "text", expected a hast root.');
      expect(() => asPost({ ...json(), sections: {} })).toThrow('asPost: invalid `sections`: received object, expected an array.');
      expect(() => asPost({ ...json(), tags: undefined })).toThrow('asPost: invalid `tags`: received undefined, expected an array.');
    });
  });
});
