import { describe, expect, it } from 'vitest';
import { readingTime } from './reading-time.js';

describe('when estimating reading time', () => {
  it('counts space-separated words at 220 a minute', () => {
    expect(readingTime(Array.from({ length: 660 }, () => 'tide').join(' '))).toEqual({ minutes: 3, words: 660 });
  });

  it('counts Chinese, Japanese and Korean by characters at 500 a minute, punctuation left out', () => {
    expect(readingTime('潮の満ち引き。').words).toBe(6);
    expect(readingTime('조수 간만').words).toBe(4);
    expect(readingTime('漢'.repeat(1500)).minutes).toBe(3);
  });

  it('adds both kinds in a mixed text', () => {
    expect(readingTime(`${'word '.repeat(220)}${'字'.repeat(500)}`)).toEqual({ minutes: 2, words: 720 });
  });

  it('reads nothing in an empty post', () => {
    expect(readingTime(' \n ')).toEqual({ minutes: 0, words: 0 });
  });
});
