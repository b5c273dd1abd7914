import type { ReadingTime } from '../post.js';

// Scripts read by characters rather than by space-separated words, and the punctuation between them.
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]+/gu;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;

// Within a run, every character outside the two punctuation blocks is a letter of those scripts. Inside
// them a few are too (々, 〇, halfwidth katakana and hangul): which ones is decided once, on first use.
let lettersInBlocks: Uint8Array | undefined;
const inBlocks = (code: number) => (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef);

function lettersIn(run: string): number {
  if (!lettersInBlocks) {
    lettersInBlocks = new Uint8Array(0x40 + 0xf0);
    for (let code = 0x3000; code <= 0x303f; code++) lettersInBlocks[code - 0x3000] = CJK.test(String.fromCharCode(code)) ? 1 : 0;
    for (let code = 0xff00; code <= 0xffef; code++) lettersInBlocks[code - 0xff00 + 0x40] = CJK.test(String.fromCharCode(code)) ? 1 : 0;
  }
  let n = 0;
  for (let i = 0; i < run.length; i++) {
    const code = run.charCodeAt(i);
    // The second half of a surrogate pair (a Han character beyond the BMP) was counted with the first.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if (!inBlocks(code)) n++;
    else n += lettersInBlocks[code < 0xff00 ? code - 0x3000 : code - 0xff00 + 0x40];
  }
  return n;
}

/**
 * Reading time: words per minute for space-separated scripts, characters per minute for Chinese,
 * Japanese and Korean, whose text has no spaces to count. `words` counts each CJK character as one.
 *
 * CJK characters are counted by Unicode script rather than with Intl.Segmenter: for these scripts
 * the counts are the same, and segmenting a 7 KB Japanese post took about 1 ms — half of what
 * react-markdown needs to render the whole post — against 0.06 ms for the count. Each run is counted
 * by its code units rather than by matching every character, which made an array of one string per
 * character and was 7 % of `parsePost` on a Japanese post.
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
