import { SaxesParser } from 'saxes';

/**
 * Elements that run script or embed a document of their own when an SVG is opened by its URL (as a
 * page on the site's origin, not as an `<img>`): refused wherever they sit, whatever their prefix.
 */
const ACTIVE = new Set(['script', 'foreignobject', 'handler', 'listener', 'iframe', 'embed', 'object', 'frame', 'frameset', 'portal']);
/** Animation elements, which can write an attribute (an `href`) after the file is read. */
const ANIMATION = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor', 'discard']);
/** A URL scheme that runs code, once whitespace and control characters are taken out as a browser does. */
const SCRIPT_URL = /(?:javascript|vbscript|livescript):|data:(?:text\/html|application\/xhtml|image\/svg)/;
/** `url(…)` to anything but a fragment of this file (`fill="url(#gradient)"` stays). */
const FOREIGN_URL = /url\(\s*(?!['"]?\s*#)/i;
/** Rasters an exported SVG embeds as data: URLs; they carry no script. */
const EMBEDDED_RASTER = /^data:image\/(?:png|jpe?g|gif|webp|avif);/i;

const local = (name: string) => name.slice(name.indexOf(':') + 1).toLowerCase();
const squeeze = (value: string) => value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();

/** What an attribute holds that an image must not, or undefined. */
function attributeProblem(element: string, name: string, value: string): string | undefined {
  const key = local(name);
  if (key.startsWith('on')) return `an event handler (\`${name}\` on <${element}>)`;
  if (SCRIPT_URL.test(squeeze(value))) return `a script URL or an embedded document (\`${name}="${value.slice(0, 40)}"\` on <${element}>)`;
  if (FOREIGN_URL.test(value) || /@import/i.test(value)) return `an external reference (\`${name}="${value.slice(0, 60)}"\` on <${element}>)`;
  if (key === 'href' || key === 'src') {
    const url = value.trim();
    // A link (`<a>`) loads nothing until followed, and a script URL is refused above; any other
    // element's href or src loads what it names.
    const fine = url === '' || url.startsWith('#') || EMBEDDED_RASTER.test(url) || (local(element) === 'a' && !/^data:/i.test(url));
    if (!fine) return `an external reference (\`${name}="${url.slice(0, 60)}"\` on <${element}>)`;
  }
  if (ANIMATION.has(local(element)) && key === 'attributename' && /^(?:.*:)?href$/i.test(value.trim())) {
    return `an animation that writes a link (<${element} attributeName="${value}">)`;
  }
  return undefined;
}

/**
 * Why an SVG file must not be published, or undefined when it may. An SVG opened by its URL is a
 * document on the site's origin: a script in it, an event handler, a `javascript:` link, a
 * `<foreignObject>` (HTML inside), or a reference to another file (which could be any of those) runs
 * or loads there. The file is read as XML (saxes) rather than searched with patterns, so an entity,
 * a CDATA section, a comment or a namespace prefix hides nothing; a file that is not well-formed XML
 * is refused too, since a browser would not show it either.
 */
export function svgProblem(text: string): string | undefined {
  const parser = new SaxesParser();
  let problem: string | undefined;
  let root: string | undefined;
  let styleDepth = 0;
  const found = (what: string | undefined) => {
    problem ??= what;
  };
  parser.on('error', (error) => found(`XML that is not well-formed (${error.message})`));
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) found('a DOCTYPE that declares entities');
  });
  parser.on('processinginstruction', (pi) => found(`a processing instruction (<?${pi.target} …?>), which can load another file`));
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    root ??= name;
    if (ACTIVE.has(name)) found(`a <${tag.name}> element`);
    for (const [attribute, value] of Object.entries(tag.attributes)) found(attributeProblem(tag.name, attribute, value));
    if (name === 'style') styleDepth++;
  });
  parser.on('closetag', (tag) => {
    if (local(tag.name) === 'style') styleDepth--;
  });
  const styleText = (text: string) => {
    if (styleDepth > 0 && (FOREIGN_URL.test(text) || /@import/i.test(text))) found('an external reference in a <style> element');
    if (styleDepth > 0 && SCRIPT_URL.test(squeeze(text))) found('a script URL in a <style> element');
  };
  parser.on('text', styleText);
  parser.on('cdata', styleText);
  try {
    parser.write(text).close();
  } catch (error) {
    found(`XML that is not well-formed (${(error as Error).message})`);
  }
  if (problem === undefined && root !== 'svg') found(root === undefined ? 'no element at all' : `a <${root}> root element where <svg> was expected`);
  return problem;
}
