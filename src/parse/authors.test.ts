// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readAuthorMap } from './authors.js';
import { parsePost } from './index.js';
import { refusal } from '../../test/helpers/refusal.js';

const post = (front: string, options = {}) => parsePost(`---\ntitle: Release notes\n${front}\n---\nShipped.\n`, options);


describe('when an author is marked as an organisation', () => {
  it('keeps `type` from an authors map, in either letter case', () => {
    const authors = { core: { name: 'The Core Team', type: 'Organization' }, ada: { name: 'Ada', type: 'person' } };
    expect(post('authors: [core, ada]', { authors }).authors).toEqual([
      { name: 'The Core Team', type: 'organization', key: 'core' },
      { name: 'Ada', type: 'person', key: 'ada' },
    ]);
  });

  it('keeps `type` from an inline author, and leaves it out when not written', () => {
    expect(post('authors:\n  - { name: Acme Labs, type: organization }\n  - { name: Ben }').authors).toEqual([
      { name: 'Acme Labs', type: 'organization' },
      { name: 'Ben' },
    ]);
  });

  it('refuses any other type, naming the field, what was received and what is expected', () => {
    const inline = refusal(() => post('authors:\n  - { name: Acme, type: company }'));
    expect(inline.field).toBe('authors.type');
    expect(inline.message).toBe('Invalid `authors.type`: received "company", expected "person" or "organization". (line 3)');
    const mapped = refusal(() => readAuthorMap({ acme: { name: 'Acme', type: 3 } }, 'authors.yml'));
    expect(mapped.field).toBe('authors.acme.type');
    expect(mapped.message).toMatch(/^Invalid `authors\.acme\.type` in the authors map: received number, expected "person" or "organization"\./);
  });
});
