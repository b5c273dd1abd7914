// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createPost, parsePost } from './index.js';
import { refusal } from '../../test/helpers/refusal.js';

const post = (front: string, options = {}) => parsePost(`---\ntitle: Bees\n${front}\n---\nThey dance.\n`, options);


describe('when a post belongs to a series', () => {
  it('reads the name, its slug and seriesOrder', () => {
    expect(post('series: Keeping Bees\nseriesOrder: 2').series).toEqual({ name: 'Keeping Bees', slug: 'keeping-bees', order: 2 });
  });

  it('takes the first entry of a Hugo series list, and a numeric string order', () => {
    expect(post('series: ["Ruches d’été", "Other"]\nseries_order: "3"').series).toEqual({ name: 'Ruches d’été', slug: 'ruches-dété', order: 3 });
  });

  it('leaves series out of data and leaves seriesOrder in data when there is no series', () => {
    const p = post('seriesOrder: 4');
    expect(p.series).toBeUndefined();
    expect(p.data).toEqual({ seriesOrder: 4 });
    expect(post('series: Hives').data).toEqual({});
  });

  it('refuses an order that is not a number', () => {
    const error = refusal(() => post('series: Hives\nseriesOrder: second'));
    expect(error.field).toBe('seriesOrder');
    expect(error.message).toBe(
      'Invalid `seriesOrder`: received "second", expected a number giving the post\'s place in the series, such as 2. (line 4)',
    );
  });

  it('refuses a series given as an object', () => {
    expect(refusal(() => post('series: { name: Hives }')).message).toMatch(/^Invalid `series`: received an object .*expected a series name/);
  });
});

describe('when a post says draft', () => {
  it('marks draft: true and leaves draft: false out', () => {
    expect(post('draft: true').draft).toBe(true);
    expect('draft' in post('draft: false')).toBe(false);
    expect(createPost({ data: { title: 'T', draft: 'true' }, body: '' }).draft).toBe(true);
  });

  it('refuses a draft value that is not a boolean', () => {
    expect(refusal(() => post('draft: maybe')).message).toBe('Invalid `draft`: received "maybe", expected true or false. (line 3)');
  });
});

describe('when the host gives an authors map', () => {
  const authors = {
    ada: { name: 'Ada Bee', url: 'https://ada.example', image_url: '/ada.png', title: 'Keeps hives', socials: { github: 'adabee', mastodon: '@ada@hive.example', website: 'https://ada.example/about' } },
    tom: { name: 'Tom' },
  };

  it('resolves keys to the whole author, with the key, and social handles to URLs', () => {
    expect(post('authors: [ada, tom]', { authors }).authors).toEqual([
      {
        name: 'Ada Bee',
        url: 'https://ada.example',
        avatar: '/ada.png',
        bio: 'Keeps hives',
        key: 'ada',
        socials: { github: 'https://github.com/adabee', mastodon: 'https://hive.example/@ada', website: 'https://ada.example/about' },
      },
      { name: 'Tom', key: 'tom' },
    ]);
  });

  it('keeps inline object authors as written', () => {
    expect(post('authors:\n  - { name: Guest, url: "https://guest.example", bio: Visits }', { authors }).authors).toEqual([
      { name: 'Guest', url: 'https://guest.example', bio: 'Visits' },
    ]);
  });

  it('refuses an unknown key, naming the post and the known keys', () => {
    const error = refusal(() => post('authors: [ada, zed]', { authors, filename: 'posts/bees.md' }));
    expect(error.field).toBe('authors');
    expect(error.message).toBe(
      'Unknown author `zed` in posts/bees.md: it is not a key of the authors map. Expected one of `ada`, `tom`, or an inline { name, url? } author. (posts/bees.md)',
    );
  });

  it('reads the singular `author` as the name written, unless it is a key (Docusaurus reads its legacy field so)', () => {
    expect(post('author: Hugo Authors', { authors }).authors).toEqual([{ name: 'Hugo Authors' }]);
    expect(post('author: ada', { authors }).authors[0]).toMatchObject({ name: 'Ada Bee', key: 'ada' });
    expect(post('by: [Eli Bendersky, tom]', { authors }).authors).toEqual([{ name: 'Eli Bendersky' }, { name: 'Tom', key: 'tom' }]);
    // `authors` lists keys: an unknown one is still an error (the test above).
    expect(refusal(() => post('authors: Hugo Authors', { authors })).field).toBe('authors');
  });

  it('refuses a map entry without a name, and a social handle on an unknown network', () => {
    expect(refusal(() => post('authors: [x]', { authors: { x: { url: 'https://x.example' } } })).message).toBe(
      'Invalid `authors.x.name` in the authors map: received undefined, expected the author\'s name as a string.',
    );
    expect(refusal(() => post('authors: [x]', { authors: { x: { name: 'X', socials: { myspace: 'xx' } } } })).field).toBe('authors.x.socials.myspace');
  });

  it('treats string authors as names when there is no map', () => {
    expect(post('authors: [ada]').authors).toEqual([{ name: 'ada' }]);
  });
});
