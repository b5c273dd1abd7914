/**
 * The relevance table of `react-blog-kit/search` over the shared corpus: each query, the kind of
 * query it is, and the file of the corpus post it must find in its top 3 results. Read by
 * test/search-relevance.test.ts and by the search bench (bench/search.mjs), which scores every engine
 * it compares on it.
 */
/** [kind, query, the file of the post it must find in its top 3]. */
export const QUERIES: [kind: string, query: string, file: string][] = [
  ['title words', 'emulator javascript', 'taniarascia__2020-04-13-writing-an-emulator-in-javascript-chip8.md'],
  ['title words', 'hex dump', 'taniarascia__2019-01-04-bits-bytes-bases-and-a-hex-dump-javascript.md'],
  ['title words', 'keyword generics', 'rust-blog__keyword-generics.md'],
  ['title words', 'compiler ambitions', 'rust-blog__compiler-team-ambitions-2022.md'],
  ['title words', 'five years of rust', 'rust-blog__five-years-of-rust-index.md'],
  ['title words', 'releasing docusaurus i18n', 'docusaurus-website__2021-03-09-releasing-docusaurus-i18n.md'],
  ['title words', 'math typesetting', 'hugo-basic-example__math-typesetting.md'],
  ['title words', 'jekyll 3.2', 'jekyll-docs__2016-07-26-jekyll-3-2-0-released.markdown'],
  ['title words', 'go 1.21 released', 'go-blog__go1.21.md'],
  ['title words', 'details tags controllable component', 'jbranchaud-til__details-tags-are-a-controllable-component.md'],
  ['title words', 'u128 layout', 'rust-blog__2024-03-30-i128-layout-update.md'],
  ['title words', 'new beginnings', 'gatsby-starter-blog__new-beginnings-index.md'],
  ['heading word', 'calling convention', 'rust-blog__2024-03-30-i128-layout-update.md'],
  ['heading word', 'nibbles', 'taniarascia__2019-01-04-bits-bytes-bases-and-a-hex-dump-javascript.md'],
  ['heading word', 'sandwich problem', 'rust-blog__keyword-generics.md'],
  ['heading word', 'WASI', 'go-blog__go1.21.md'],
  ['heading word', 'dynamic dispatch', 'rust-blog__stabilizing-async-fn-in-trait.md'],
  ['heading word', 'MSRV', 'rust-blog__this-development-cycle-in-cargo-1.79-index.md'],
  ['tag', 'shortcodes', 'hugo-basic-example__rich-content.md'],
  ['tag', 'computer science', 'taniarascia__2019-01-04-bits-bytes-bases-and-a-hex-dump-javascript.md'],
  ['tag', 'emoji', 'hugo-basic-example__emoji-support.md'],
  ['author', 'Trevor Gross', 'rust-blog__2024-03-30-i128-layout-update.md'],
  ['author', 'Yoshua Wuyts', 'rust-blog__keyword-generics.md'],
  ['author', 'Niko Matsakis', 'rust-blog__stabilizing-async-fn-in-trait.md'],
  ['author', 'Patrice Chalin', 'docsy-example__first-post-index.md'],
  ['misspelling', 'emulater', 'taniarascia__2020-04-13-writing-an-emulator-in-javascript-chip8.md'],
  ['misspelling', 'typesettng', 'hugo-basic-example__math-typesetting.md'],
  ['misspelling', 'hexadecmal', 'taniarascia__2019-01-04-bits-bytes-bases-and-a-hex-dump-javascript.md'],
  ['misspelling', 'kubernets', 'k8s-website-ja__2024-08-15-consistent-read-from-cache.md'],
  ['prefix', 'stabiliz', 'rust-blog__stabilizing-async-fn-in-trait.md'],
  ['prefix', 'placehol', 'hugo-basic-example__placeholder-text.md'],
  ['prefix', 'internationaliz', 'docusaurus-website__2021-03-09-releasing-docusaurus-i18n.md'],
  ['accents', 'Esteban Küber', 'rust-blog__compiler-team-ambitions-2022.md'],
  ['accents', 'esteban kuber', 'rust-blog__compiler-team-ambitions-2022.md'],
  ['accents', 'émulâtor', 'taniarascia__2020-04-13-writing-an-emulator-in-javascript-chip8.md'],
  ['Japanese', '整合性', 'k8s-website-ja__2024-08-15-consistent-read-from-cache.md'],
  ['Japanese', 'キャッシュ', 'k8s-website-ja__2024-08-15-consistent-read-from-cache.md'],
  ['Chinese', '一致性读', 'k8s-website-zh-cn__2024-08-15-consistent-read-from-cache.md'],
  ['Chinese', '缓存', 'k8s-website-zh-cn__2024-08-15-consistent-read-from-cache.md'],
  ['Persian', 'داکسی', 'docsy-example-fa__first-post-index.md'],
];
