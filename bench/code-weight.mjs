#!/usr/bin/env node
/**
 * node bench/code-weight.mjs [corpusDir] [--before <dist>]
 *
 * How heavy highlighted code makes a post (issue 28, "code-heavy posts stay light"): for every corpus
 * post of 4 kB or more and for a generated code-heavy post of about 300 kB (the corpus's fenced code
 * in the default languages, one short paragraph and a heading every ten blocks), prints the Post
 * JSON's gzip against the markdown's (goal ≤ 1.5×) and, for the generated post, the gzip of its page
 * (`PostLayout` through renderToStaticMarkup) against the HTML `@shikijs/rehype` gives the same
 * markdown with its default dual themes (goal ≤ 2×); beside them, the Post of this build with `highlight: false`
 * (its code as plain text: what the rest of the Post weighs). With `--before`, the same figures from another
 * build's `dist` (an earlier version of the kit) side by side. gzip level 9; sizes, not times.
 * Needs `npm run build` first. Prints only; exits non-zero only when it cannot run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const CODE = /^```(js|jsx|css|rust|html|bash|yaml|toml|go|c|diff|markdown)\n[\s\S]*?^```$/gm;
const gz = (text) => gzipSync(text, { level: 9 }).length;
const fmt = (n) => `${n.toFixed(2)}×`;

/** The corpus's markdown posts, without SOURCES.md and the `---js` post (as bench/blog.mjs reads it). */
function corpusPosts(corpusDir) {
  return readdirSync(corpusDir)
    .filter((name) => /\.(md|mdx|markdown)$/i.test(name) && name !== 'SOURCES.md')
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(corpusDir, name), 'utf8') }))
    .filter((s) => !s.text.startsWith('---js'));
}

/** About `size` characters of markdown that is mostly highlighted code: the corpus's fenced blocks in turn. */
export function codeHeavyPost(posts, size = 300_000) {
  const blocks = posts.flatMap(({ text }) => [...text.matchAll(CODE)].map((m) => m[0]));
  if (blocks.length === 0) throw new Error('no fenced code in the default languages in the corpus');
  let md = '---\ntitle: A code-heavy post\n---\n\n';
  for (let i = 0; md.length < size; i++) {
    if (i % 10 === 0) md += `## Listings ${i + 1} to ${i + 10}\n\n`;
    md += `Listing ${i + 1}, from the corpus, as a reader would paste it:\n\n${blocks[i % blocks.length]}\n\n`;
  }
  return md;
}

async function kitAt(dist) {
  const load = (file) => import(pathToFileURL(path.join(dist, file)).href);
  for (const file of ['parse.js', 'index.js']) if (!existsSync(path.join(dist, file))) throw new Error(`${path.join(dist, file)} is missing: build it first`);
  return { ...(await load('parse.js')), ...(await load('index.js')) };
}

async function pageHtml(kit, post) {
  const [{ createElement }, { renderToStaticMarkup }] = await Promise.all([import('react'), import('react-dom/server')]);
  return renderToStaticMarkup(createElement(kit.PostLayout, { post }));
}

async function shikiHtml(markdown) {
  const [{ unified }, remarkParse, remarkGfm, remarkRehype, rehypeShiki, rehypeStringify] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-gfm'),
    import('remark-rehype'),
    import('@shikijs/rehype'),
    import('rehype-stringify'),
  ]);
  const file = await unified()
    .use(remarkParse.default)
    .use(remarkGfm.default)
    .use(remarkRehype.default)
    .use(rehypeShiki.default, { themes: { light: 'github-light', dark: 'github-dark' } })
    .use(rehypeStringify.default)
    .process(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));
  return String(file);
}

/**
 * Prints the weight of highlighted code: each corpus post of 4 kB or more and a generated code-heavy
 * post, Post JSON gzip / markdown gzip, after (this build) and, given `before` (another build's
 * `dist`), before; then the generated post's page HTML against @shikijs/rehype's. Returns the rows.
 */
export async function codeWeight({ corpusDir = path.join(root, '../shared/corpus'), before } = {}) {
  const posts = corpusPosts(corpusDir);
  const heavy = codeHeavyPost(posts);
  const sides = [['after', await kitAt(path.join(root, 'dist'))]];
  if (before) sides.unshift(['before', await kitAt(path.resolve(before))]);
  const inputs = [
    ...posts.filter((p) => Buffer.byteLength(p.text) >= 4096),
    { name: `generated code-heavy post (${Math.round(heavy.length / 1000)} kB)`, text: heavy },
  ];
  console.log('\nPost JSON gzip / markdown gzip (gzip -9), goal ≤ 1.5× for every post');
  console.log('(no code: this build with `highlight: false`, what the rest of the Post weighs with its code as plain text)');
  console.log(`${'post'.padEnd(70)}${'md gz'.padStart(8)}${sides.map(([s]) => s.padStart(9)).join('')}${'no code'.padStart(9)}`);
  const rows = [];
  const kit = sides.at(-1)[1];
  for (const input of inputs) {
    const md = gz(input.text);
    const filename = input.name.endsWith('.mdx') ? input.name : 'post.md';
    const ratios = sides.map(([, side]) => gz(JSON.stringify(side.parsePost(input.text, { filename }))) / md);
    const plain = gz(JSON.stringify(kit.parsePost(input.text, { filename, highlight: false }))) / md;
    const after = ratios.at(-1);
    rows.push({ name: input.name, ratios, after, plain });
    console.log(
      `${input.name.slice(0, 68).padEnd(70)}${String(md).padStart(8)}${ratios.map((r) => fmt(r).padStart(9)).join('')}${fmt(plain).padStart(9)}  ${after <= 1.5 ? 'ok' : 'OVER'}`,
    );
  }
  const shikiPage = await shikiHtml(heavy);
  const shiki = gz(shikiPage);
  const mb = (text) => `${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB`;
  console.log(`\nPage HTML of the generated post, gzip -9, against @shikijs/rehype's dual-theme HTML (${shiki} B gzip, ${mb(shikiPage)}), goal ≤ 2×`);
  const html = [];
  for (const [side, kit] of sides) {
    const post = kit.parsePost(heavy, { filename: 'post.md' });
    const markup = await pageHtml(kit, post);
    const page = gz(markup);
    html.push({ side, page, ratio: page / shiki });
    console.log(
      `${side.padEnd(10)}${String(page).padStart(9)} B  ${fmt(page / shiki)}  ${page / shiki <= 2 ? 'ok' : 'OVER'}   (page ${mb(markup)}, Post JSON ${mb(JSON.stringify(post))}, uncompressed)`,
    );
  }
  return { rows, html };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--before');
  const before = at === -1 ? undefined : args[at + 1];
  const corpusDir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--before');
  try {
    await codeWeight({ corpusDir: corpusDir && path.resolve(corpusDir), before });
  } catch (error) {
    console.error(String(error?.message ?? error));
    process.exit(2);
  }
}
