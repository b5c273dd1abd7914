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

  it('counts CJK characters as matching each one by script would, pairs, marks and fullwidth forms included', () => {
    // The count as it was first written: every CJK character matched by script in each run.
    const run = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]+/gu;
    const letter = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
    const word = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;
    const expected = (text: string) => {
      let cjk = 0;
      const rest = text.replace(run, (r) => {
        cjk += r.match(letter)?.length ?? 0;
        return ' ';
      });
      return (rest.match(word)?.length ?? 0) + cjk;
    };
    // Han in and beyond the BMP, kana, hangul, 々 and 〇 (Han inside the punctuation block), 。、「」, halfwidth
    // katakana and hangul, a halfwidth voicing mark and fullwidth Latin (not CJK), the prolonged-sound mark, Latin.
    const alphabet = ['漢', '𠀀', 'か', 'カ', '한', '々', '〇', '。', '、', '「', '」', 'ｱ', 'ﾞ', 'ﾡ', 'Ａ', '１', 'ー', 'ㄱ', 'a', 'é', '1', ' ', '-', '\n'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let i = 0; i < 400; i++) {
      const text = Array.from({ length: next() % 40 }, () => alphabet[next() % alphabet.length]).join('');
      expect(readingTime(text).words, JSON.stringify(text)).toBe(expected(text));
    }
    expect(readingTime('𠀀𠀁々〇。ｱﾞＡ').words).toBe(5);
  });
});
