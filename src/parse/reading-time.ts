import type { ReadingTime } from '../post.js';

// Scripts read by characters rather than by space-separated words.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;

let segmenter: Intl.Segmenter | undefined;

/**
 * Reading time: words per minute for space-separated scripts, characters per minute for
 * Chinese, Japanese and Korean. `words` counts words the way a reader does: Intl.Segmenter splits
 * CJK runs into words, since they have no spaces.
 */
export function readingTime(text: string, wordsPerMinute = 220, charactersPerMinute = 500): ReadingTime {
  let cjkCharacters = 0;
  let cjkWords = 0;
  const rest = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]+/gu, (run) => {
    const chars = run.match(CJK);
    if (chars) {
      cjkCharacters += chars.length;
      segmenter ??= new Intl.Segmenter('ja', { granularity: 'word' });
      for (const segment of segmenter.segment(run)) if (segment.isWordLike) cjkWords++;
    }
    return ' ';
  });
  let spacedWords = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(rest)) spacedWords++;
  const words = spacedWords + cjkWords;
  const exact = spacedWords / wordsPerMinute + cjkCharacters / charactersPerMinute;
  return { minutes: words === 0 ? 0 : Math.max(1, Math.round(exact)), words };
}
