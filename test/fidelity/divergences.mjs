/**
 * Where the kit differs from react-markdown on purpose. Each entry names the difference, says why
 * (the README's Security section says the same to users), tells which markdown it can apply to, and
 * normalises it away; scripts/test-fidelity.mjs accepts a difference only when one of them, applied
 * to both outputs, leaves them equal.
 */
const COMMENT = /&lt;!--(?:-?&gt;|[\s\S]*?(?:--&gt;|$))/g;

export const divergences = [
  {
    name: 'unsafe URLs lose the attribute',
    why: 'a URL the policy refuses (javascript:, vbscript:, data: …) removes the attribute instead of leaving href="" or src="", so an unsafe link is not a link to the page itself',
    applies: (markdown) => markdown.includes(':'),
    normalise: (html) => html.replace(/ (href|src)=""/g, ''),
  },
  {
    name: 'raw HTML comments are dropped',
    why: 'an HTML comment was never visible content (`<!-- more -->` excerpt markers, notes to editors), so escaping does not show it as text',
    applies: (markdown) => markdown.includes('<!--'),
    normalise: (html) =>
      html
        .replace(COMMENT, '')
        .replace(/\s+/g, ' ')
        .replace(/ ?(<\/?(?:p|li|ul|ol|blockquote|div)>) ?/g, '$1')
        .replace(/<p><\/p>/g, '')
        .trim(),
  },
];
