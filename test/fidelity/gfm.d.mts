/** The GFM examples of gfm.mjs: each a section name and a small markdown document. */
export declare const gfmExamples: { section: string; markdown: string }[];
