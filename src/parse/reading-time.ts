import type { ReadingTime } from '../post/index.js';

// Scripts read by characters rather than by space-separated words, and the punctuation between them.
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]+/gu;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;

// Within a run, every character outside the two punctuation blocks is a letter of those scripts; inside
// them a few are too (々, 〇, halfwidth katakana and hangul), so those alone are tested. The second half
// of a surrogate pair (a Han character beyond the BMP) was counted with the first.
function lettersIn(run: string): number {
  let n = 0;
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    if (code >> 10 !== 0x37) n += code >> 6 === 0xc0 || code >> 8 === 0xff ? +CJK.test(run[i]) : 1;
  }
  return n;
}

/**
 * Reading time: words per minute for space-separated scripts, characters per minute for Chinese,
 * Japanese and Korean, whose text has no spaces to count. `words` counts each CJK character as one.
 *
 * CJK characters are counted by Unicode script rather than with Intl.Segmenter: for these scripts
 * the counts are the same, and segmenting costs far more than counting (`npm run bench` profiles
 * it). Each run is counted by its code units rather than by matching every character, which would
 * make an array of one string per character.
 */
export function readingTime(text: string, wordsPerMinute = 220, charactersPerMinute = 500): ReadingTime {
  let cjkCharacters = 0;
  const rest = text.replace(CJK_RUN, (run) => {
    cjkCharacters += lettersIn(run);
    return ' ';
  });
  let spacedWords = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(rest)) spacedWords++;
  const words = spacedWords + cjkCharacters;
  const exact = spacedWords / wordsPerMinute + cjkCharacters / charactersPerMinute;
  return { minutes: words === 0 ? 0 : Math.max(1, Math.round(exact)), words };
}
