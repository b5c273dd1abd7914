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
 * of its own.
 */
export function nameSlug(name: string): string {
  return slug(name) || encodeURIComponent(name.trim().toLowerCase());
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
