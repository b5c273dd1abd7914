/**
 * Finds what must never reach a reader's DOM in rendered output: script-capable elements, event
 * handler attributes, and URLs a browser would run. URLs are read the way a browser reads them:
 * character references decoded (the HTML parser does it), then C0 controls, spaces and the
 * characters the URL parser strips removed, before the scheme is compared.
 */
import { JSDOM } from 'jsdom';

/** Elements that run code, load documents or rewrite the page; none may appear. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'style',
  'template',
  'noscript',
  // SVG animation writes an attribute after render: `<set attributeName="href" to="javascript:…">`.
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
  'discard',
]);

/** Attributes whose value is fetched or navigated to. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'background',
  'cite',
  'longdesc',
  'ping',
  'manifest',
  'codebase',
  'lowsrc',
  'dynsrc',
  'icon',
];
const SRCSET_ATTRIBUTES = ['srcset', 'imagesrcset'];

/** Raster image data a browser decodes as a picture only; scripts inside never run. */
const IMAGE_DATA = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp|x-icon);/;

/**
 * The scheme a browser would act on: controls and whitespace anywhere removed (the URL parser
 * strips leading C0/space and every tab/newline; some engines also ignored others), lower-cased.
 */
export function effectiveScheme(value: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const squeezed = value.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '').toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(squeezed);
  return match ? match[1] : undefined;
}

/** Whether a browser would run code (or load an active document) from this URL on this element. */
export function isUnsafeUrl(value: string, element: string, attribute: string): boolean {
  const scheme = effectiveScheme(value);
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'livescript' || scheme === 'mocha') return true;
  if (scheme === 'data') {
    const imageSlot = (element === 'img' || element === 'source') && (attribute === 'src' || attribute === 'srcset');
    // eslint-disable-next-line no-control-regex
    const squeezed = value.replace(/[\u0000-\u0020\u007f-\u00a0]/g, '').toLowerCase();
    return !(imageSlot && IMAGE_DATA.test(squeezed));
  }
  return false;
}

/** The URLs in a srcset (the first token of each comma-separated candidate). */
function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0])
    .filter(Boolean);
}

/** Every problem in a DOM subtree, as readable strings; empty when the output is safe. */
export function findUnsafe(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase();
    // React 19 hoists `<link rel="preload" as="image">` for images it renders; its href is checked below.
    const imagePreload = tag === 'link' && el.getAttribute('rel') === 'preload' && el.getAttribute('as') === 'image';
    if (FORBIDDEN_ELEMENTS.has(tag) && !imagePreload) problems.push(`<${tag}> element`);
    if (tag === 'meta' && el.getAttribute('http-equiv')) problems.push('<meta http-equiv>');
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${tag} ${name}="${attr.value}">`);
      if (URL_ATTRIBUTES.includes(name) && isUnsafeUrl(attr.value, imagePreload ? 'img' : tag, imagePreload ? 'src' : name)) {
        problems.push(`<${tag} ${name}="${attr.value}">`);
      }
      if (SRCSET_ATTRIBUTES.includes(name)) {
        for (const url of srcsetUrls(attr.value)) if (isUnsafeUrl(url, tag, 'srcset')) problems.push(`<${tag} ${name}="${attr.value}">`);
      }
      if (name === 'srcdoc') problems.push(`<${tag} srcdoc>`);
      if (name === 'http-equiv') problems.push(`<${tag} http-equiv="${attr.value}">`);
      if (name === 'style' && /expression\s*\(|javascript:|vbscript:/i.test(attr.value)) {
        problems.push(`<${tag} style="${attr.value}">`);
      }
    }
  }
  return problems;
}

/** Parses server HTML the way a browser would (entities decoded, no scripts run) and inspects it. */
export function findUnsafeInHtml(html: string): string[] {
  const dom = new JSDOM(`<!doctype html><html><body>${html}</body></html>`);
  try {
    return findUnsafe(dom.window.document.body);
  } finally {
    dom.window.close();
  }
}

/** Keys that Object.prototype must not have gained; checked before and after each hostile render. */
export function prototypePollution(): string[] {
  const polluted: string[] = [];
  for (const proto of [Object.prototype, Array.prototype, Function.prototype, String.prototype]) {
    for (const key of ['__pwned', 'polluted', 'isAdmin']) if (Object.prototype.hasOwnProperty.call(proto, key)) polluted.push(key);
  }
  if (({} as Record<string, unknown>).__pwned !== undefined) polluted.push('({}).__pwned');
  return polluted;
}
