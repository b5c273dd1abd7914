import { boundedCache } from '../../core/cache.js';
/** Joins class names, skipping empty ones. */
export function cx(...names: (string | false | null | undefined)[]): string | undefined {
  let out = '';
  for (const name of names) if (typeof name === 'string' && name !== '') out = out === '' ? name : `${out} ${name}`;
  return out === '' ? undefined : out;
}

/**
 * The class and `data-slot` of one part: the stable `rbk-<part>` class (left out when `unstyled`),
 * plus the host's `classNames[slot]`.
 */
export function slot<K extends string>(
  name: K,
  classNames: Partial<Record<K, string>> | undefined,
  unstyled: boolean | undefined,
  extra?: string,
): { className?: string; 'data-slot': K } {
  const host = classNames && typeof classNames === 'object' ? classNames[name] : undefined;
  if (extra === undefined && typeof host !== 'string') {
    // The common case, a part with only its own class: one shared, frozen object per part (every
    // render of a long list asks for the same few), so no strings are joined again.
    const part = (unstyled ? bareParts : styledParts).get(name, () => Object.freeze({ className: unstyled ? undefined : `rbk-${name}`, 'data-slot': name }));
    return part as { className?: string; 'data-slot': K };
  }
  return {
    className: cx(!unstyled && `rbk-${name}`, extra, typeof host === 'string' ? host : undefined),
    'data-slot': name,
  };
}

const styledParts = /* @__PURE__ */ boundedCache<string, { className?: string; 'data-slot': string }>('styled-parts', 256);
const bareParts = /* @__PURE__ */ boundedCache<string, { className?: string; 'data-slot': string }>('bare-parts', 256);
