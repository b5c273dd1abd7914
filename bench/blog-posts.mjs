/**
 * Generated blogs for the benches: N distinct posts made from the corpus. Post n is corpus post
 * n mod (corpus size), with its title, slug (its file name, or a frontmatter `slug`), date and a topic
 * tag made its own, so that a blog of N posts has N pages, N dates and tag pages of every size, the
 * way a real big blog has. The bodies repeat: what a post costs is its body, and the corpus's bodies
 * are the real ones. The first k posts of a bigger blog are the blog of k posts.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The corpus's posts: markdown files but its SOURCES.md, and not the one whose frontmatter is code. */
export function readCorpus(corpusDir) {
  return readdirSync(corpusDir)
    .filter((name) => /\.(md|mdx|markdown)$/i.test(name) && name !== 'SOURCES.md')
    .sort()
    .map((name) => ({ name, text: readFileSync(path.join(corpusDir, name), 'utf8') }))
    .filter((s) => !s.text.startsWith('---js'));
}

const TOPICS = 60;
const DAY = 86_400_000;
const START = Date.UTC(2010, 0, 1);

/** A date for post n: spread over about fifteen years, no two posts of one blog on one day until 5,000. */
const dateOf = (n) => new Date(START + ((n * 2_749) % 5_477) * DAY).toISOString().slice(0, 10);

/** A YAML or TOML value (quoted or bare) with `suffix` added inside its quotes. */
function suffixed(value, suffix) {
  const trimmed = value.trimEnd();
  const quote = trimmed[0];
  if ((quote === '"' || quote === "'") && trimmed.length > 1 && trimmed.endsWith(quote)) return `${trimmed.slice(0, -1)}${suffix}${quote}`;
  if (/^[>|[{&*!]/.test(trimmed) || trimmed === '') return value;
  return `${trimmed}${suffix}`;
}

/** Post n's text: the corpus post's with its title, slug, date and tags made its own. */
export function variant(text, n) {
  const toml = text.startsWith('+++\n');
  const yaml = text.startsWith('---\n');
  const topic = `topic-${n % TOPICS}`;
  if (!toml && !yaml) return `---\ndate: ${dateOf(n)}\ntags: [${topic}]\n---\n${text}`;
  const fence = toml ? '+++' : '---';
  const end = text.indexOf(`\n${fence}`, 4);
  if (end === -1) return text;
  let head = text.slice(4, end);
  const body = text.slice(end);
  const sep = toml ? ' = ' : ': ';
  head = head.replace(/^(title\s*[:=][ \t]*)(.*)$/m, (_, key, value) => `${key}${suffixed(value, ` ${n}`)}`);
  head = head.replace(/^(slug\s*[:=][ \t]*)(.*)$/m, (_, key, value) => `${key}${suffixed(value, `-${n}`)}`);
  let dated = false;
  head = head.replace(/^((?:date|pubDate|publishDate)\s*[:=][ \t]*["']?)\d{4}-\d{2}-\d{2}/m, (_, key) => {
    dated = true;
    return `${key}${dateOf(n)}`;
  });
  if (!dated) head = `date${sep}${dateOf(n)}\n${head}`;
  if (/^tags\s*[:=][ \t]*\[/m.test(head)) {
    head = head.replace(/^(tags\s*[:=][ \t]*\[)/m, `$1${toml ? `"${topic}"` : topic}, `).replace(/, \]/, ']');
  } else if (/^tags:[ \t]*\n([ \t]*)- /m.test(head)) {
    head = head.replace(/^tags:[ \t]*\n([ \t]*)- /m, (_, indent) => `tags:\n${indent}- ${topic}\n${indent}- `);
  } else if (!/^tags\s*[:=]/m.test(head)) {
    head = `tags${sep}${toml ? `["${topic}"]` : `[${topic}]`}\n${head}`;
  }
  return `${fence}\n${head}${body}`;
}

/**
 * Writes posts 0 … count-1 under `dir`, a hundred a folder (`0000/`, `0001/`, …), each named after its
 * corpus post with its number (`rust-blog__keyword-generics-4217.md`). Returns the files written.
 */
export function writePosts(sources, dir, count) {
  const files = [];
  for (let n = 0; n < count; n++) {
    const { name, text } = sources[n % sources.length];
    const folder = path.join(dir, String(Math.floor(n / 100)).padStart(4, '0'));
    if (n % 100 === 0) mkdirSync(folder, { recursive: true });
    const file = path.join(folder, name.replace(/(\.[a-z]+)$/i, `-${n}$1`));
    writeFileSync(file, variant(text, n));
    files.push(file);
  }
  return files;
}
