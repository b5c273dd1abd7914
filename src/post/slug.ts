/**
 * The one slug rule of the kit, for heading ids, post slugs, tags and series: GitHub's, as
 * github-slugger writes it. Lower-cased, every character dropped that is not alphabetic, a mark, a
 * decimal digit, a connector (`_`), a space or a hyphen, then spaces become hyphens: accents and
 * CJK stay, `C++ & Rust` becomes `c--rust`.
 *
 * Written here rather than imported because github-slugger spells the rule out as a table of
 * Unicode ranges (the largest part of a heading id in a client bundle), while the engine's own
 * Unicode properties say the same in one line. The two agree on every character github-slugger's table
 * knows (test: `slug.test.ts` over every code point); characters assigned since its table was made
 * are kept here, where github-slugger drops them.
 */
const DROP = /[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc} -]/gu;

/** The slug of `value`: the same input always gives the same slug. */
export function slug(value: string, maintainCase = false): string {
  if (typeof value !== 'string') return '';
  return (maintainCase ? value : value.toLowerCase()).replace(DROP, '').replace(/ /g, '-');
}

/**
 * Unique slugs within one document: a repeated slug gets `-1`, `-2`, … as on GitHub (github-slugger's
 * `BananaSlug`).
 */
export class Slugger {
  private occurrences: Record<string, number> = Object.create(null);

  /** The slug of `value`, made unique among the slugs this slugger gave before. */
  slug(value: string, maintainCase = false): string {
    let result = slug(value, maintainCase);
    const original = result;
    while (Object.hasOwn(this.occurrences, result)) {
      this.occurrences[original]++;
      result = `${original}-${this.occurrences[original]}`;
    }
    this.occurrences[result] = 0;
    return result;
  }
}

/**
 * A name (tag, series) as a URL path segment: its slug, as headings get, so accents stay and spaces
 * become dashes. A name the slug empties (`+++`) is percent-encoded instead, so it still has a page
 * of its own; but a tag `..` or `.` would then be a segment a URL reads as the folder above (or this
 * one), and `%2E` is read the same, so its dots become dashes.
 */
export function nameSlug(name: string): string {
  const encoded = slug(name) || encodeURIComponent(name.trim().toLowerCase());
  return encoded === '.' || encoded === '..' ? encoded.replace(/\./g, '-') : encoded;
}

/** Characters a URL path segment carries as written. */
const URL_SAFE = /^[A-Za-z0-9._~-]+$/;

/**
 * A post's slug as a path (Docusaurus's `slug: /hey/my path` is one): each segment kept as written
 * when it is URL-safe, else slugged by the rule above, joined with `/`. Empty segments and `.`/`..`
 * go, so a slug never climbs out of the blog. An empty string when nothing is left.
 */
export function pathSlug(value: string): string {
  return value
    .split(/[/\\]/)
    .map((segment) => segment.trim())
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .map((segment) => (URL_SAFE.test(segment) ? segment : slug(segment)))
    .filter(Boolean)
    .join('/');
}

/**
 * Why `value` cannot be a post's slug, or undefined when it can: a slug becomes a URL path and, in a
 * static build, a folder (`dist/<slug>/index.html`), so nothing in it may climb out of the blog or
 * name another place. Refused: a `.` or `..` segment (`slug: ..` would be the blog's home page), an
 * empty segment (`a//b`), no segment at all (`/`), a backslash, a control character (NUL), and `.`,
 * `/`, `\` or NUL percent-encoded (`%2e%2e`), which a URL reads as the character. One leading and one
 * trailing `/` are allowed: Docusaurus's `slug: /hey/my-path` is a path slug.
 */
export function slugProblem(value: string): string | undefined {
  if (/\p{Cc}/u.test(value)) return 'a control character';
  if (value.includes('\\')) return 'a backslash';
  if (/%(?:2e|2f|5c|00)/i.test(value)) return 'a percent-encoded ".", "/", "\\" or NUL';
  const inner = value.trim().replace(/^\//, '').replace(/\/$/, '');
  if (inner.trim() === '') return 'no segment, so the post would be the blog\'s home page';
  for (const segment of inner.split('/').map((s) => s.trim())) {
    if (segment === '') return 'an empty segment ("//")';
    if (segment === '.' || segment === '..') return `a "${segment}" segment, which a URL reads as ${segment === '.' ? 'the folder it is in' : 'the folder above'}`;
  }
  return undefined;
}
