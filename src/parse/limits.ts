/**
 * The limits a post must stay within. Inputs past them are refused with a PostParseError that
 * names the limit, instead of exhausting memory or the stack of the build that parses them.
 * Documented in the README's Security section.
 */
export const LIMITS = {
  /** Characters in the whole file (about 8 MB of text). */
  sourceBytes: 8 * 1024 * 1024,
  /** Characters of frontmatter. */
  frontmatterBytes: 256 * 1024,
  /** YAML alias expansions (an alias bomb stops here). */
  yamlAliasCount: 100,
  /** Nesting of the body's syntax tree: blockquotes, lists, emphasis and links inside one another. */
  nestingDepth: 256,
  /**
   * Footnote references and definitions (`[^label]`) in the body. The markdown parser's footnote
   * handling grows with the square of their number (50,000 take minutes); real posts use a few dozen.
   */
  footnoteReferences: 5_000,
  /**
   * Emphasis and link delimiters (`*`, `_` runs and `[`) in one paragraph, outside code fences. The
   * markdown parser matches nested ones in time that grows with the square of their number (4,000
   * nested levels take about 12 s); a paragraph of real prose has a few dozen.
   */
  inlineDelimiters: 1_000,
} as const;
