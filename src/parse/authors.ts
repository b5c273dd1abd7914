import type { PostAuthor } from '../post/index.js';
import { PostParseError } from '../post/errors.js';

/** An entry of an authors map, as a host or an `authors.yml` file writes it (Docusaurus's field names work too). */
export interface AuthorEntry {
  /** Display name. */
  name: string;
  /** Profile or home page URL (`link` and `href` are read too). */
  url?: string;
  /** Avatar image URL (`image_url`, `image` and `picture` are read too). */
  avatar?: string;
  /** A short biography (Docusaurus's `title` is read when there is no `bio`). */
  bio?: string;
  /** Profile links by network: absolute URLs, or handles for github, x, twitter, linkedin, bluesky, instagram, threads, mastodon (`@user@host`). */
  socials?: Record<string, string>;
  /** `organization` for a team, company or publication (any letter case), `person` otherwise. @default a person */
  type?: 'person' | 'organization';
}

/** Where a handle on a known network lives. */
const PROFILE: Record<string, (handle: string) => string | undefined> = {
  github: (h) => `https://github.com/${h}`,
  x: (h) => `https://x.com/${h}`,
  twitter: (h) => `https://x.com/${h}`,
  linkedin: (h) => `https://www.linkedin.com/in/${h}`,
  bluesky: (h) => `https://bsky.app/profile/${h}`,
  instagram: (h) => `https://www.instagram.com/${h}`,
  threads: (h) => `https://www.threads.net/@${h}`,
  mastodon: (h) => {
    const [user, host] = h.split('@');
    return user && host ? `https://${host}/@${user}` : undefined;
  },
};
const HANDLE = /^@?([\w.@-]+)$/;

type Fail = (key: string, value: unknown, expected: string) => never;

const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * Normalises one author written as an object (inline in a post or in an authors map) into a
 * PostAuthor. `key` names the field in errors (`authors`, `authors.ada`).
 */
export function readAuthorObject(key: string, o: Record<string, unknown>, fail: Fail): PostAuthor {
  const name = str(o.name);
  if (!name) return fail(`${key}.name`, o.name, "the author's name as a string");
  const author: PostAuthor = { name };
  const url = str(o.url) ?? str(o.link) ?? str(o.href);
  const avatar = str(o.avatar) ?? str(o.image_url) ?? str(o.imageURL) ?? str(o.image) ?? str(o.picture);
  const bio = str(o.bio) ?? str(o.title);
  if (url) author.url = url;
  if (avatar) author.avatar = avatar;
  if (bio) author.bio = bio;
  if (o.type != null) {
    // schema.org spells the types with a capital (`Organization`); either case reads the same.
    const type = String(o.type).trim().toLowerCase();
    if (type !== 'person' && type !== 'organization') return fail(`${key}.type`, o.type, '"person" or "organization"');
    author.type = type;
  }
  if (o.socials !== undefined && o.socials !== null) {
    if (typeof o.socials !== 'object' || Array.isArray(o.socials)) return fail(`${key}.socials`, o.socials, 'a map from network name to URL or handle');
    const socials: Record<string, string> = {};
    for (const [network, value] of Object.entries(o.socials as Record<string, unknown>)) {
      const written = str(value);
      if (!written) return fail(`${key}.socials.${network}`, value, 'a URL or a handle');
      if (/^https?:\/\//i.test(written)) {
        socials[network] = written;
        continue;
      }
      const handle = HANDLE.exec(written)?.[1];
      const profile = handle ? PROFILE[network.toLowerCase()]?.(handle) : undefined;
      if (!profile) {
        return fail(
          `${key}.socials.${network}`,
          value,
          `an absolute https:// URL (a bare handle works only for ${Object.keys(PROFILE).join(', ')})`,
        );
      }
      socials[network] = profile;
    }
    if (Object.keys(socials).length) author.socials = socials;
  }
  return author;
}

/**
 * Reads an authors map (`{ ada: { name, url, avatar, bio, socials } }`, the shape of Docusaurus's
 * `authors.yml`) into PostAuthors carrying their key.
 *
 * @param source the file the map came from, named in errors.
 * @throws {PostParseError} naming the key and field at fault.
 */
export function readAuthorMap(value: unknown, source?: string): Record<string, PostAuthor> {
  const describe = (v: unknown) => (Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v === 'string' ? `"${v.slice(0, 60)}"` : typeof v);
  const fail: Fail = (key, received, expected) => {
    throw new PostParseError(`Invalid \`${key}\` in the authors map: received ${describe(received)}, expected ${expected}.`, {
      field: key,
      filename: source,
    });
  };
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return fail('authors', value, 'a map from author key to { name, url?, avatar?, bio?, socials? }');
  }
  const map: Record<string, PostAuthor> = Object.create(null);
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) fail(`authors.${key}`, entry, '{ name, url?, avatar?, bio?, socials? }');
    map[key] = { ...readAuthorObject(`authors.${key}`, entry as Record<string, unknown>, fail), key };
  }
  return map;
}
