/**
 * Hostile inputs for the injection suite (issue 7), grouped by the OWASP XSS filter-evasion family each one
 * comes from. Every payload that would run code tries to set `window.__pwned = 1` (and, from a nested
 * browsing context such as an iframe's srcdoc, `top.__pwned = 1`), so a browser test can check one canary.
 * Prototype-pollution vectors write an `__pwned` key too: if `Object.prototype` were polluted, `window.__pwned`
 * would read 1 through the prototype chain, so the same canary catches them.
 *
 * `frontmatter` as an object is serialised by `toPost`; as a string it is raw YAML placed between `---` fences
 * verbatim (used where the YAML text itself is the attack: `__proto__` keys, anchors, aliases, merge keys, tags).
 */

export interface Vector {
  name: string;
  family: string;
  markdown?: string;
  frontmatter?: Record<string, unknown> | string;
}

/** The canary statement every executing payload contains. */
export const CANARY = 'window.__pwned=1';

/** Used where the payload runs in a nested, same-origin browsing context (iframe srcdoc, embedded SVG). */
const NESTED = 'window.__pwned=1;top.__pwned=1';

const JS = `javascript:${CANARY}`;

/** `<script>window.__pwned=1</script>`, base64. */
const HTML_B64 = 'PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+';
/** `<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1;top.__pwned=1"/>`, base64. */
const SVG_B64 =
  'PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0id2luZG93Ll9fcHduZWQ9MTt0b3AuX19wd25lZD0xIi8+';
const DATA_HTML = `data:text/html;base64,${HTML_B64}`;
const DATA_SVG = `data:image/svg+xml;base64,${SVG_B64}`;

/** Each character of `s` as a character reference, in the spellings OWASP lists. */
function entities(s: string, style: 'dec' | 'dec-nosemi' | 'dec-padded' | 'hex' | 'hex-nosemi'): string {
  return [...s]
    .map((ch) => {
      const code = ch.codePointAt(0) as number;
      switch (style) {
        case 'dec':
          return `&#${code};`;
        case 'dec-nosemi':
          return `&#${code}`;
        case 'dec-padded':
          return `&#${String(code).padStart(7, '0')};`;
        case 'hex':
          return `&#x${code.toString(16).toUpperCase()};`;
        case 'hex-nosemi':
          return `&#x${code.toString(16).toUpperCase()}`;
      }
    })
    .join('');
}

const link = (url: string) => `Read [the details](${url}) before you go.\n`;
const image = (url: string) => `A picture: ![a diagram](${url})\n`;
const refLink = (def: string) => `See [the notes][notes] for more.\n\n[notes]: ${def}\n`;
const anchor = (href: string) => `<a href="${href}">open</a>\n`;

export const vectors: Vector[] = [
  // ── URL schemes in inline links ───────────────────────────────────────────────────────────────
  { name: 'link javascript: plain', family: 'url-scheme', markdown: link(JS) },
  { name: 'link javascript: mixed case', family: 'url-scheme', markdown: link(`JaVaScRiPt:${CANARY}`) },
  { name: 'link javascript: upper case', family: 'url-scheme', markdown: link(`JAVASCRIPT:${CANARY}`) },
  { name: 'link javascript: in angle brackets', family: 'url-scheme', markdown: link(`<${JS}>`) },
  { name: 'link javascript: with title', family: 'url-scheme', markdown: link(`${JS} "harmless title"`) },
  { name: 'link javascript: backslash-escaped colon', family: 'url-scheme', markdown: link(`javascript\\:${CANARY}`) },
  { name: 'link javascript: with comment trick', family: 'url-scheme', markdown: link(`javascript://%0A${CANARY}`) },
  { name: 'link vbscript: mixed case', family: 'url-scheme', markdown: link(`VbScRiPt:${CANARY}`) },
  { name: 'link data:text/html base64', family: 'url-scheme', markdown: link(DATA_HTML) },
  {
    name: 'link data:text/html mixed case with raw script',
    family: 'url-scheme',
    markdown: link(`DaTa:TeXt/HtMl,<script>${CANARY}</script>`),
  },
  { name: 'link data:image/svg+xml with onload', family: 'url-scheme', markdown: link(DATA_SVG) },

  // ── character references ──────────────────────────────────────────────────────────────────────
  { name: 'link decimal entities', family: 'entity', markdown: link(`${entities('javascript:', 'dec')}${CANARY}`) },
  {
    name: 'link zero-padded decimal entities',
    family: 'entity',
    markdown: link(`${entities('javascript:', 'dec-padded')}${CANARY}`),
  },
  { name: 'link hex entities', family: 'entity', markdown: link(`${entities('javascript:', 'hex')}${CANARY}`) },
  {
    name: 'link decimal entities without semicolons',
    family: 'entity',
    markdown: link(`${entities('javascript:', 'dec-nosemi')}${CANARY}`),
  },
  { name: 'link named &colon; entity', family: 'entity', markdown: link(`javascript&colon;${CANARY}`) },
  { name: 'link only first letter encoded', family: 'entity', markdown: link(`&#106;avascript:${CANARY}`) },
  { name: 'image hex entities', family: 'entity', markdown: image(`${entities('javascript:', 'hex')}${CANARY}`) },

  // ── whitespace and control characters ─────────────────────────────────────────────────────────
  { name: 'link encoded tab inside scheme', family: 'whitespace', markdown: link(`java&#9;script:${CANARY}`) },
  { name: 'link encoded hex tab inside scheme', family: 'whitespace', markdown: link(`java&#x09;script:${CANARY}`) },
  { name: 'link encoded newline inside scheme', family: 'whitespace', markdown: link(`java&#10;script:${CANARY}`) },
  { name: 'link encoded carriage return', family: 'whitespace', markdown: link(`java&#13;script:${CANARY}`) },
  { name: 'link named &Tab; entity', family: 'whitespace', markdown: link(`java&Tab;script:${CANARY}`) },
  { name: 'link named &NewLine; entity', family: 'whitespace', markdown: link(`java&NewLine;script:${CANARY}`) },
  { name: 'link encoded NUL inside scheme', family: 'whitespace', markdown: link(`java&#0;script:${CANARY}`) },
  { name: 'link raw NUL inside scheme', family: 'whitespace', markdown: link(`<java\u0000script:${CANARY}>`) },
  { name: 'link raw tab in angle brackets', family: 'whitespace', markdown: link(`<java\tscript:${CANARY}>`) },
  { name: 'link leading spaces in angle brackets', family: 'whitespace', markdown: link(`<   ${JS}>`) },
  { name: 'link leading encoded space', family: 'whitespace', markdown: link(`&#32;${JS}`) },
  { name: 'link leading control character', family: 'whitespace', markdown: link(`&#14;${JS}`) },
  { name: 'link leading raw control characters', family: 'whitespace', markdown: link(`<\u0001\u0002${JS}>`) },

  // ── images ────────────────────────────────────────────────────────────────────────────────────
  { name: 'image javascript: src', family: 'image', markdown: image(JS) },
  { name: 'image javascript: mixed case', family: 'image', markdown: image(`jAvAsCrIpT:${CANARY}`) },
  { name: 'image data:text/html src', family: 'image', markdown: image(DATA_HTML) },
  { name: 'image vbscript: src', family: 'image', markdown: image(`vbscript:${CANARY}`) },
  {
    name: 'image title breaking out of the attribute',
    family: 'image',
    markdown: `![a diagram](/diagram.png "\\" onerror=\\"${CANARY}")\n`,
  },
  {
    name: 'image alt holding an img tag',
    family: 'image',
    markdown: `![<img src=x onerror=${CANARY}>](/diagram.png)\n`,
  },

  // ── reference definitions ─────────────────────────────────────────────────────────────────────
  { name: 'reference javascript:', family: 'reference-definition', markdown: refLink(JS) },
  { name: 'reference javascript: mixed case', family: 'reference-definition', markdown: refLink(`JaVaScRiPt:${CANARY}`) },
  { name: 'reference in angle brackets with title', family: 'reference-definition', markdown: refLink(`<${JS}> "notes"`) },
  {
    name: 'reference decimal entities',
    family: 'reference-definition',
    markdown: refLink(`${entities('javascript:', 'dec')}${CANARY}`),
  },
  { name: 'reference encoded tab', family: 'reference-definition', markdown: refLink(`java&#x09;script:${CANARY}`) },
  { name: 'reference vbscript:', family: 'reference-definition', markdown: refLink(`vbscript:${CANARY}`) },
  { name: 'reference data:text/html', family: 'reference-definition', markdown: refLink(DATA_HTML) },
  {
    name: 'reference used by an image, collapsed and shortcut forms',
    family: 'reference-definition',
    markdown: `![chart][chart] and [chart][] and [chart]\n\n[chart]: JAVASCRIPT:${CANARY}\n`,
  },

  // ── autolinks ─────────────────────────────────────────────────────────────────────────────────
  { name: 'autolink javascript:', family: 'autolink', markdown: `Go to <${JS}> now.\n` },
  { name: 'autolink javascript: mixed case', family: 'autolink', markdown: `Go to <JaVaScRiPt:${CANARY}> now.\n` },
  { name: 'autolink vbscript:', family: 'autolink', markdown: `Go to <vbscript:${CANARY}> now.\n` },
  { name: 'autolink data:text/html', family: 'autolink', markdown: `Go to <${DATA_HTML}> now.\n` },
  {
    name: 'autolink javascript: with fake https suffix',
    family: 'autolink',
    markdown: `Go to <javascript:${CANARY}//https://example.com> now.\n`,
  },

  // ── raw <a href> ──────────────────────────────────────────────────────────────────────────────
  { name: 'raw anchor javascript:', family: 'raw-anchor', markdown: anchor(JS) },
  { name: 'raw anchor mixed case', family: 'raw-anchor', markdown: anchor(`jaVasCript:${CANARY}`) },
  { name: 'raw anchor unquoted href', family: 'raw-anchor', markdown: `<a href=${JS}>open</a>\n` },
  {
    name: 'raw anchor decimal entities without semicolons',
    family: 'raw-anchor',
    markdown: anchor(`${entities('javascript:', 'dec-nosemi')}${CANARY}`),
  },
  {
    name: 'raw anchor zero-padded decimal entities',
    family: 'raw-anchor',
    markdown: anchor(`${entities('javascript:', 'dec-padded')}${CANARY}`),
  },
  {
    name: 'raw anchor hex entities without semicolons',
    family: 'raw-anchor',
    markdown: anchor(`${entities('javascript:', 'hex-nosemi')}${CANARY}`),
  },
  { name: 'raw anchor encoded newline', family: 'raw-anchor', markdown: anchor(`jav&#x0A;ascript:${CANARY}`) },
  { name: 'raw anchor literal tab', family: 'raw-anchor', markdown: anchor(`jav\tascript:${CANARY}`) },
  { name: 'raw anchor leading spaces and control', family: 'raw-anchor', markdown: anchor(`&#14;  ${JS}`) },
  { name: 'raw anchor &colon;', family: 'raw-anchor', markdown: anchor(`javascript&colon;${CANARY}`) },
  { name: 'raw anchor vbscript:', family: 'raw-anchor', markdown: anchor(`VBSCRIPT:${CANARY}`) },
  { name: 'raw anchor data:text/html', family: 'raw-anchor', markdown: anchor(DATA_HTML) },
  { name: 'raw anchor with onclick', family: 'raw-anchor', markdown: `<a href="#top" onclick="${CANARY}">top</a>\n` },
  { name: 'raw base href', family: 'raw-anchor', markdown: `<base href="javascript:${CANARY}//">\n\n[relative](page)\n` },
  {
    name: 'raw area in image map',
    family: 'raw-anchor',
    markdown: `<map name="m"><area shape="rect" coords="0,0,9,9" href="${JS}"></map>\n`,
  },

  // ── raw elements and event attributes ─────────────────────────────────────────────────────────
  { name: 'script block', family: 'raw-html', markdown: `<script>${CANARY}</script>\n` },
  { name: 'script inline in a paragraph', family: 'raw-html', markdown: `Hello <script>${CANARY}</script> world.\n` },
  { name: 'script with data src', family: 'raw-html', markdown: `<SCRIPT SRC=data:text/javascript,${CANARY}></SCRIPT>\n` },
  {
    name: 'script split to dodge a one-pass filter',
    family: 'raw-html',
    markdown: `<scr<script>ipt>${CANARY}</scr</script>ipt>\n`,
  },
  { name: 'script in template', family: 'raw-html', markdown: `<template><script>${CANARY}</script></template>\n` },
  { name: 'img onerror', family: 'event-handler', markdown: `<img src=x onerror=${CANARY}>\n` },
  { name: 'img onerror inline', family: 'event-handler', markdown: `Look: <img src=x onerror="${CANARY}"> here.\n` },
  { name: 'img ONERROR mixed case', family: 'event-handler', markdown: `<IMG SRC=x OnErRoR=${CANARY}>\n` },
  { name: 'img onerror odd spacing', family: 'event-handler', markdown: `<img src=x onerror  =  "${CANARY}" >\n` },
  { name: 'img slash separators', family: 'event-handler', markdown: `<img/src=x/onerror=${CANARY}>\n` },
  { name: 'img newline before handler', family: 'event-handler', markdown: `<img src=x\nonerror=${CANARY}>\n` },
  { name: 'img single-quoted handler', family: 'event-handler', markdown: `<img src='x' onerror='${CANARY}'>\n` },
  { name: 'img backtick-quoted handler', family: 'event-handler', markdown: `<img src=x onerror=\`${CANARY}\`>\n` },
  { name: 'img malformed quotes', family: 'event-handler', markdown: `<IMG """><SCRIPT>${CANARY}</SCRIPT>">\n` },
  {
    name: 'img handler body as entities',
    family: 'event-handler',
    markdown: `<img src=x onerror="${entities(CANARY, 'dec')}">\n`,
  },
  { name: 'svg onload', family: 'event-handler', markdown: `<svg onload=${CANARY}>\n` },
  { name: 'svg with script child', family: 'raw-html', markdown: `<svg><script>${CANARY}</script></svg>\n` },
  {
    name: 'svg animate onbegin',
    family: 'event-handler',
    markdown: `<svg><animate onbegin=${CANARY} attributeName=x dur=1s></svg>\n`,
  },
  { name: 'details ontoggle', family: 'event-handler', markdown: `<details open ontoggle="${CANARY}"><summary>x</summary></details>\n` },
  { name: 'body onload', family: 'event-handler', markdown: `<body onload=${CANARY}>\n` },
  { name: 'input autofocus onfocus', family: 'event-handler', markdown: `<input autofocus onfocus=${CANARY}>\n` },
  { name: 'div OnMouseOver', family: 'event-handler', markdown: `<div OnMouseOver='${CANARY}'>hover</div>\n` },
  { name: 'video source onerror', family: 'event-handler', markdown: `<video><source onerror="${CANARY}"></video>\n` },
  {
    name: 'iframe srcdoc',
    family: 'raw-html',
    markdown: `<iframe srcdoc="&lt;script&gt;${NESTED}&lt;/script&gt;"></iframe>\n`,
  },
  { name: 'iframe javascript: src', family: 'raw-html', markdown: `<iframe src="javascript:${NESTED}"></iframe>\n` },
  { name: 'iframe data:text/html src', family: 'raw-html', markdown: `<iframe src="${DATA_HTML}"></iframe>\n` },
  {
    name: 'style block with javascript: url',
    family: 'style',
    markdown: `<style>body { background: url("javascript:${CANARY}") }</style>\n`,
  },
  {
    name: 'style block that hides the page',
    family: 'style',
    markdown: `<style>@import 'https://attacker.example/x.css'; body { display: none }</style>\n`,
  },
  {
    name: 'style attribute with expression and javascript: url',
    family: 'style',
    markdown: `<div style="width: expression(${CANARY}); background-image: url(javascript:${CANARY})">x</div>\n`,
  },
  {
    name: 'meta refresh to javascript:',
    family: 'meta',
    markdown: `<meta http-equiv="refresh" content="0;url=javascript:${CANARY}">\n`,
  },
  {
    name: 'meta refresh to data:text/html',
    family: 'meta',
    markdown: `<META HTTP-EQUIV="refresh" CONTENT="0;url=${DATA_HTML}">\n`,
  },
  { name: 'object data javascript:', family: 'object-embed', markdown: `<object data="javascript:${CANARY}"></object>\n` },
  { name: 'object data data:text/html', family: 'object-embed', markdown: `<object data="${DATA_HTML}"></object>\n` },
  { name: 'embed svg data url', family: 'object-embed', markdown: `<embed src="${DATA_SVG}">\n` },
  { name: 'embed javascript: src', family: 'object-embed', markdown: `<embed src="javascript:${CANARY}">\n` },
  {
    name: 'form action javascript:',
    family: 'form',
    markdown: `<form action="javascript:${CANARY}"><button>Send</button></form>\n`,
  },
  {
    name: 'button formaction javascript:',
    family: 'form',
    markdown: `<form><button formaction="javascript:${CANARY}">Send</button></form>\n`,
  },
  {
    name: 'math xlink:href',
    family: 'mathml',
    markdown: `<math><a xlink:href="javascript:${CANARY}">tap</a></math>\n`,
  },
  {
    name: 'math maction href',
    family: 'mathml',
    markdown: `<math><maction actiontype="statusline" href="javascript:${CANARY}">tap</maction></math>\n`,
  },
  {
    name: 'noscript attribute mutation',
    family: 'mutation',
    markdown: `<noscript><p title="</noscript><img src=x onerror=${CANARY}>"></noscript>\n`,
  },
  {
    name: 'svg style mutation',
    family: 'mutation',
    markdown: `<svg><style><img src=x onerror=${CANARY}></style></svg>\n`,
  },

  // ── markdown constructs that become attributes ────────────────────────────────────────────────
  { name: 'heading with raw img', family: 'heading', markdown: `## <img src=x onerror=${CANARY}> Section\n\nText.\n` },
  { name: 'heading with javascript: link', family: 'heading', markdown: `## [Section](${JS})\n\nText.\n` },
  {
    name: 'custom heading id breaking out of the attribute',
    family: 'heading',
    markdown: `## Section {#x" onmouseover="${CANARY}}\n\nText.\n`,
  },
  { name: 'custom heading id javascript:', family: 'heading', markdown: `## Section {#javascript:${CANARY}}\n\nText.\n` },
  {
    name: 'code fence info string breaking out of class',
    family: 'code',
    markdown: '```js" onmouseover="' + CANARY + '\nconst a = 1;\n```\n',
  },
  {
    name: 'footnote holding a javascript: link',
    family: 'footnote',
    markdown: `A claim.[^src]\n\n[^src]: See [the source](${JS}).\n`,
  },
  {
    name: 'table cell holding raw handler',
    family: 'table',
    markdown: `| a | b |\n| - | - |\n| <img src=x onerror=${CANARY}> | [x](${JS}) |\n`,
  },

  // ── frontmatter URLs ──────────────────────────────────────────────────────────────────────────
  { name: 'heroImage javascript: string', family: 'frontmatter-url', frontmatter: { heroImage: JS } },
  { name: 'heroImage mixed case with leading space', family: 'frontmatter-url', frontmatter: { heroImage: ` JaVaScRiPt:${CANARY}` } },
  { name: 'heroImage tab and newline in scheme', family: 'frontmatter-url', frontmatter: { heroImage: `java\tscr\nipt:${CANARY}` } },
  { name: 'heroImage NUL in scheme', family: 'frontmatter-url', frontmatter: { heroImage: `java\u0000script:${CANARY}` } },
  { name: 'heroImage data:text/html', family: 'frontmatter-url', frontmatter: { heroImage: DATA_HTML } },
  {
    name: 'heroImage object src javascript: with hostile alt',
    family: 'frontmatter-url',
    frontmatter: { heroImage: { src: `vbscript:${CANARY}`, alt: `"><img src=x onerror=${CANARY}>` } },
  },
  {
    name: 'heroImage object src entity-encoded',
    family: 'frontmatter-url',
    frontmatter: { heroImage: { src: `${entities('javascript:', 'dec')}${CANARY}`, width: 10, height: 10 } },
  },
  { name: 'coverImage alias javascript:', family: 'frontmatter-url', frontmatter: { coverImage: `JAVASCRIPT:${CANARY}` } },
  { name: 'ogImage.url alias data:', family: 'frontmatter-url', frontmatter: { ogImage: { url: DATA_SVG } } },
  {
    name: 'author url and avatar javascript:',
    family: 'frontmatter-url',
    frontmatter: { authors: [{ name: 'Eve', url: JS, avatar: `javascript:${CANARY}` }] },
  },
  {
    name: 'author url mixed case with control characters',
    family: 'frontmatter-url',
    frontmatter: { authors: [{ name: 'Eve', url: `\u0001 jAvA\tsCrIpT:${CANARY}`, avatar: DATA_SVG }] },
  },
  {
    name: 'author alias with data url',
    family: 'frontmatter-url',
    frontmatter: { author: { name: 'Mallory', url: DATA_HTML, picture: `vbscript:${CANARY}` } },
  },
  { name: 'tags holding javascript:', family: 'frontmatter-url', frontmatter: { tags: [JS, 'safe-tag'] } },
  { name: 'tag scalar javascript: mixed case', family: 'frontmatter-url', frontmatter: { tags: `JaVaScRiPt:${CANARY}` } },
  { name: 'tag with path traversal and query', family: 'frontmatter-url', frontmatter: { tags: ['../../admin?x="><script>', '#frag'] } },

  // ── HTML inside frontmatter strings ───────────────────────────────────────────────────────────
  { name: 'title with script', family: 'frontmatter-html', frontmatter: { title: `<script>${CANARY}</script>` } },
  { name: 'title with img onerror', family: 'frontmatter-html', frontmatter: { title: `Post <img src=x onerror=${CANARY}>` } },
  { name: 'description with svg onload', family: 'frontmatter-html', frontmatter: { description: `<svg onload=${CANARY}>` } },
  {
    name: 'description with markdown link',
    family: 'frontmatter-html',
    frontmatter: { description: `Read [this](${JS}) first.` },
  },
  { name: 'heroImageAlt breaking out', family: 'frontmatter-html', frontmatter: { heroImage: '/a.png', heroImageAlt: `"><img src=x onerror=${CANARY}>` } },
  { name: 'author name with img', family: 'frontmatter-html', frontmatter: { authors: [`<img src=x onerror=${CANARY}>`] } },
  { name: 'tag with script', family: 'frontmatter-html', frontmatter: { tags: [`<script>${CANARY}</script>`] } },
  { name: 'lang attribute breakout', family: 'frontmatter-html', frontmatter: { lang: `en" onmouseover="${CANARY}` } },
  { name: 'dir attribute breakout', family: 'frontmatter-html', frontmatter: { dir: `rtl" onfocus="${CANARY}" autofocus="` } },
  { name: 'slug javascript:', family: 'frontmatter-html', frontmatter: { slug: JS } },

  // ── prototype pollution ───────────────────────────────────────────────────────────────────────
  { name: '__proto__ key at the top', family: 'prototype', frontmatter: '__proto__:\n  __pwned: 1\n' },
  { name: '__proto__ as a flow mapping', family: 'prototype', frontmatter: '"__proto__": {"__pwned": 1}\n' },
  { name: '__proto__ as an explicit key', family: 'prototype', frontmatter: '? __proto__\n: __pwned: 1\n' },
  { name: 'constructor.prototype keys', family: 'prototype', frontmatter: 'constructor:\n  prototype:\n    __pwned: 1\n' },
  {
    name: '__proto__ inside heroImage',
    family: 'prototype',
    frontmatter: 'heroImage:\n  src: /a.png\n  __proto__:\n    __pwned: 1\n',
  },
  {
    name: '__proto__ inside an author',
    family: 'prototype',
    frontmatter: 'authors:\n  - name: Eve\n    __proto__:\n      __pwned: 1\n    constructor:\n      prototype:\n        __pwned: 1\n',
  },
  { name: '__proto__ inside an unknown field', family: 'prototype', frontmatter: 'extra:\n  __proto__:\n    __pwned: 1\n' },

  // ── YAML anchors, aliases, merge keys and tags ────────────────────────────────────────────────
  {
    name: 'merge key bringing in a hostile description',
    family: 'yaml-alias',
    frontmatter: `defaults: &a\n  description: ${JSON.stringify(`<img src=x onerror=${CANARY}>`)}\n<<: *a\n`,
  },
  {
    name: 'merge key bringing in __proto__',
    family: 'yaml-alias',
    frontmatter: 'base: &p\n  __proto__:\n    __pwned: 1\n<<: *p\n',
  },
  { name: 'alias as __proto__ value', family: 'yaml-alias', frontmatter: 'payload: &a {__pwned: 1}\n__proto__: *a\n' },
  {
    name: 'alias reusing hostile tags',
    family: 'yaml-alias',
    frontmatter: `shared: &t [${JSON.stringify(JS)}, fine]\ntags: *t\n`,
  },
  {
    name: 'alias reusing a hostile heroImage',
    family: 'yaml-alias',
    frontmatter: `img: &img {src: ${JSON.stringify(JS)}, alt: x}\nheroImage: *img\nauthors:\n  - {name: Eve, avatar: *img}\n`,
  },
  {
    name: 'merge list of two anchors',
    family: 'yaml-alias',
    frontmatter: `a: &a {description: ${JSON.stringify(`<svg onload=${CANARY}>`)}}\nb: &b {constructor: {prototype: {__pwned: 1}}}\n<<: [*a, *b]\n`,
  },
  {
    name: 'small alias fan-out',
    family: 'yaml-alias',
    frontmatter: 'l1: &l1 [x, x, x]\nl2: &l2 [*l1, *l1, *l1]\nl3: &l3 [*l2, *l2, *l2]\nextra: *l3\n',
  },
  {
    name: 'yaml js/function tag',
    family: 'yaml-tag',
    frontmatter: `description: !!js/function "function () { ${CANARY} }"\n`,
  },
  {
    name: 'yaml verbatim js/undefined tag',
    family: 'yaml-tag',
    frontmatter: 'description: !<tag:yaml.org,2002:js/undefined> ""\n',
  },
];

/** Characters YAML does not allow raw in a double-quoted scalar but JSON.stringify leaves as they are. */
const NON_PRINTABLE = /[\u007f-\u0084\u0086-\u009f\ufeff\ufffe\uffff]/g;

/** JSON text is YAML 1.2 flow syntax; escape the few characters YAML additionally forbids. */
function yamlValue(value: unknown): string {
  return JSON.stringify(value).replace(
    NON_PRINTABLE,
    (ch) => `\\u${(ch.codePointAt(0) as number).toString(16).padStart(4, '0')}`,
  );
}

/** Builds a complete markdown file for a vector: YAML frontmatter (with a safe title unless it sets one) and body. */
export function toPost(v: Vector): string {
  const defaultTitle = `Hostile vector: ${v.name}`;
  let frontmatter: string;
  if (typeof v.frontmatter === 'string') {
    const setsTitle = /^(?:title|"title"|'title')\s*:/m.test(v.frontmatter);
    frontmatter = setsTitle
      ? v.frontmatter
      : `title: ${yamlValue(defaultTitle)}\n${v.frontmatter}`;
  } else {
    const data: Record<string, unknown> = { title: defaultTitle, ...(v.frontmatter ?? {}) };
    frontmatter = Object.entries(data)
      .map(([key, value]) => `${yamlValue(key)}: ${yamlValue(value)}`)
      .join('\n');
  }
  const body = v.markdown ?? 'A short paragraph so the post has a body.\n';
  return `---\n${frontmatter.replace(/\n+$/, '')}\n---\n\n${body}`;
}
