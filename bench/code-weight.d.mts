/** About `size` characters of markdown that is mostly highlighted code: the corpus's fenced blocks in turn. */
export function codeHeavyPost(posts: { name: string; text: string }[], size?: number): string;
/** Prints the weight of highlighted code against the markdown and against @shikijs/rehype's HTML; returns the rows. */
export function codeWeight(options?: { corpusDir?: string; before?: string }): Promise<{
  rows: { name: string; ratios: number[]; after: number; plain: number }[];
  html: { side: string; page: number; ratio: number }[];
}>;
