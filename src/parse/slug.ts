import { slug } from 'github-slugger';

/**
 * A name (tag, series) as a URL path segment: github-slugger's slug, as headings get, so accents stay
 * and spaces become dashes. A name slugger empties (`+++`) is percent-encoded instead, so it still
 * has a page of its own.
 */
export function nameSlug(name: string): string {
  return slug(name) || encodeURIComponent(name.trim().toLowerCase());
}
