// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { svgProblem } from './svg.js';

const svg = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>${inner}</svg>`;

describe('when an SVG is checked before it is published', () => {
  it.each([
    ['a prefixed script', '<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></s:svg>', 'a <s:script> element'],
    ['a script in CDATA', svg('<script><![CDATA[alert(1)]]></script>'), 'a <script> element'],
    ['a handler in upper case', svg('<rect/>', ' ONLOAD="alert(1)"'), 'an event handler (`ONLOAD` on <svg>)'],
    ['an xlink:href with spaces and an entity', svg('<a xlink:href=" java&#x09;script:alert(1)"><text>x</text></a>'), 'a script URL'],
    ['an animation that writes an href', svg('<a><set attributeName="href" to="#x"/><text>x</text></a>'), 'an animation that writes a link'],
    ['a use of another file', svg('<use href="sprites.svg#icon"/>'), 'an external reference (`href="sprites.svg#icon"` on <use>)'],
    ['a style that loads a file', svg('<style>@import url(https://x.example/a.css);</style>'), 'an external reference in a <style> element'],
    ['a style attribute that loads a file', svg('<rect style="fill: url(https://x.example/p.svg#f)"/>'), 'an external reference'],
    ['a stylesheet instruction', `<?xml-stylesheet href="https://x.example/a.css"?>${svg('')}`, 'a processing instruction (<?xml-stylesheet …?>)'],
    ['entities declared', `<!DOCTYPE svg [<!ENTITY a "b">]>${svg('')}`, 'a DOCTYPE that declares entities'],
    ['a link to a data: document', svg('<a href="data:text/plain,x"><text>x</text></a>'), 'an external reference'],
    ['an embedded SVG document', svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), 'a script URL'],
    ['HTML where an SVG was expected', '<html><body>x</body></html>', 'a <html> root element where <svg> was expected'],
    ['XML that is not well-formed', '<svg><g></svg>', 'XML that is not well-formed'],
  ])('refuses %s', (_, text, problem) => {
    expect(svgProblem(text)).toContain(problem);
  });

  it('accepts what drawing programs export: a DOCTYPE, gradients, embedded rasters, links out, comments', () => {
    const exported =
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' +
      svg(
        '<!-- made by hand --><defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><style>.a{fill:url(#g)}</style>' +
          '<rect class="a" fill="url(#g)"/><image xlink:href="data:image/png;base64,iVBORw0KGgo="/><a href="https://example.com/"><text>site</text></a><a xlink:href="/about/"><text>about</text></a><use href="#g"/>',
        ' width="10" height="10"',
      );
    expect(svgProblem(exported)).toBeUndefined();
  });
});
