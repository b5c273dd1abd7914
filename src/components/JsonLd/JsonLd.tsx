import { forwardRef } from 'react';
import { named } from '../kit/base.js';
import { devCheck } from '../kit/checks.js';

/** Props of JsonLd. */
export interface JsonLdProps extends Omit<React.ComponentPropsWithoutRef<'script'>, 'children' | 'dangerouslySetInnerHTML' | 'type' | 'src'> {
  /** The structured data: `postJsonLd(post, site)`, `blogJsonLd(site, posts)` or any JSON object. Required. */
  data: object;
}

const unsafeInScript: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a `<script>` element's text: a script's content ends at the first `</script` whatever
 * the JSON means, so `<`, `>` and `&` are written as JSON escapes, as are U+2028 and U+2029 (line
 * breaks to older JavaScript parsers). JSON.parse reads the same value back. Undefined when the
 * value cannot be written as JSON (a cycle, a BigInt, a function).
 */
export function serializeJsonLd(data: unknown): string | undefined {
  let json: string | undefined;
  try {
    json = JSON.stringify(data);
  } catch {
    return undefined;
  }
  return typeof json === 'string' ? json.replace(/[<>&\u2028\u2029]/g, (ch) => unsafeInScript[ch]) : undefined;
}

/**
 * `<script type="application/ld+json">` with the data as JSON. The one element of the kit that sets
 * inner HTML: a script's text cannot be escaped the HTML way, so the JSON is escaped instead (see
 * {@link serializeJsonLd}) and no value can end the element. Renders nothing for data that is not
 * JSON, and never throws.
 */
export const JsonLd = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLScriptElement, JsonLdProps>(function JsonLd({ data, ...rest }, ref) {
    const json = data !== null && typeof data === 'object' ? serializeJsonLd(data) : undefined;
    devCheck('JsonLd', ({ describe }) => [json === undefined && `data: expected a JSON object, received ${describe(data)}`]);
    if (json === undefined) return null;
    // eslint-disable-next-line react/no-danger -- the JSON is escaped above; see the README's Security section.
    return <script ref={ref} {...rest} type="application/ld+json" data-slot="json-ld" dangerouslySetInnerHTML={{ __html: json }} />;
  }),
  'JsonLd',
);
