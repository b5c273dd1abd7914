/*
 * The words of a text, as the engine indexes them and as a snippet marks them: one splitter and one
 * fold, shared by the build (createSearchIndex) and the browser (search), so a word found in a query
 * is the word marked in a snippet.
 */
import MiniSearch from 'minisearch';

/** One word of a text: where it starts in the text (UTF-16 code units) and its characters. */
interface Word {
  index: number;
  segment: string;
}

/** Splits a text into words. */
export type WordSplitter = (text: string) => Word[];

/**
 * A splitter for `language` (BCP 47; undefined: the runtime's default). `Intl.Segmenter` at word
 * granularity knows where words end in Chinese and Japanese, which write no spaces; where it is
 * missing (an old browser), the engine's own tokenizer splits on spaces and punctuation, so Latin
 * text is still found and a CJK run is one word.
 */
export function wordSplitter(language?: string): WordSplitter {
  if (typeof Intl === 'object' && typeof Intl.Segmenter === 'function') {
    const segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    return (text) => {
      const out: Word[] = [];
      for (let from = 0; from < text.length; ) {
        const to = chunkEnd(text, from);
        for (const s of segmenter.segment(text.slice(from, to))) if (s.isWordLike) out.push({ index: from + s.index, segment: s.segment });
        from = to;
      }
      return out;
    };
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

/** Characters a text is segmented in at a time, about. */
const CHUNK = 512;
/** Where a chunk may end: after white space, else after CJK punctuation (a `.` may be inside `1.21`). */
const BREAKS = [/\s/, /[。．，、！？；：]/];

/**
 * Where the chunk of `text` that starts at `from` ends: V8's segmenter takes time quadratic in the
 * length of the string it is given (a long post's text took far longer than its pieces), so a long text
 * is segmented in pieces of about {@link CHUNK} characters, each cut after a space or a CJK
 * punctuation mark, where no word can straddle it (a run with neither is cut at twice the size).
 */
function chunkEnd(text: string, from: number): number {
  if (text.length - from <= 2 * CHUNK) return text.length;
  for (const breaks of BREAKS) for (let i = from + CHUNK; i < from + 2 * CHUNK; i++) if (breaks.test(text[i])) return i + 1;
  const end = from + 2 * CHUNK;
  // Never between the two halves of a surrogate pair.
  return text.charCodeAt(end) >= 0xdc00 && text.charCodeAt(end) <= 0xdfff ? end - 1 : end;
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
