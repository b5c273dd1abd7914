/*
 * The words of a text, as the engine indexes them and as a snippet marks them: one splitter and one
 * fold, shared by the build (createSearchIndex) and the browser (search), so a word found in a query
 * is the word marked in a snippet.
 */
import MiniSearch from 'minisearch';

/** One word of a text: where it starts in the text (UTF-16 code units) and its characters. */
export interface Word {
  index: number;
  segment: string;
}

/** Splits a text into words. */
export type WordSplitter = (text: string) => Word[];

/**
 * A splitter for `language` (BCP 47; undefined: the runtime's default). `Intl.Segmenter` at word
 * granularity knows where words end in Chinese and Japanese, which write no spaces; where it is
 * missing (an old browser), the engine's own tokenizer splits on spaces and punctuation, so Latin
 * text is still found and a CJK run is one word. For the short texts a browser splits (a query, a
 * snippet); the build splits long texts in pieces (build.ts).
 */
export function wordSplitter(language?: string): WordSplitter {
  if (typeof Intl === 'object' && typeof Intl.Segmenter === 'function') {
    const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    return (text) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map(({ index, segment }) => ({ index, segment }));
  }
  const tokenize: (text: string) => string[] = MiniSearch.getDefault('tokenize');
  return (text) => {
    const out: Word[] = [];
    let from = 0;
    for (const segment of tokenize(text)) {
      if (segment === '') continue;
      const index = text.indexOf(segment, from);
      out.push({ index, segment });
      from = index + segment.length;
    }
    return out;
  };
}

// Combining diacritical marks (U+0300–U+036F) only: the marks of Latin, Greek and Cyrillic accents.
// Japanese voiced marks (U+3099, U+309A) are other characters (が is not か), so they are kept.
const ACCENTS = /[\u0300-\u036f]/g;

/**
 * A word as the index holds it: compatibility forms unified (full-width Ｒｕｓｔ, ligatures), accents
 * removed, lower case. `café`, `Cafe` and `CAFÉ` are one word; the text shown keeps its own letters.
 */
export function fold(word: string): string {
  return word.normalize('NFKD').replace(ACCENTS, '').normalize('NFC').toLowerCase();
}
