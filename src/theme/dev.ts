/**
 * Whether development-only diagnostics run. `process.env.NODE_ENV` is written out literally so Vite,
 * Next and other bundlers replace it; in plain Node ESM it reads the real variable; in an unbundled
 * browser, where `process` does not exist, the diagnostics stay quiet.
 */
export function isDev(): boolean {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}

/**
 * Reports data a component could not use, once per render, naming each field; never throws.
 * Components call it after rendering what they could.
 */
export function reportInvalid(component: string, problems: string[]): void {
  if (problems.length === 0 || !isDev()) return;
  console.error(`react-blog-kit <${component}>: ignored invalid props: ${problems.join('; ')}.`);
}

/** Describes a received value for an error message. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
