import type { Element, ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { encodeRuns, expandRuns } from './code-runs.js';
import { textOf } from './text.js';

const STYLES = ['--shiki-light:#c4232f;--shiki-dark:#F97583', '--shiki-light:#005CC5;--shiki-dark:#79B8FF', '--shiki-light:#032F62;--shiki-dark:#9ECBFF'];

/** Lines of tokens as Shiki's spans give them: [text, palette index] pairs. */
const lines = (...rows: [string, number][][]) => rows.map((row) => row.map(([text, style]) => ({ text, style })));

/** The spans a block's lines become, as the highlighter wrote them (same-style neighbours merged). */
function spans(rows: { text: string; style: number }[][], classes: Record<string, string> = {}): ElementContent[] {
  const out: ElementContent[] = [];
  rows.forEach((row, n) => {
    if (n > 0) out.push({ type: 'text', value: '\n' });
    const line: Element = { type: 'element', tagName: 'span', properties: { className: (classes[n] ?? 'line').split(' ') }, children: [] };
    for (const { text, style } of row) {
      const last = line.children.at(-1);
      const lastStyle = last?.type === 'element' ? last.properties.style : last ? undefined : null;
      if (style === 0 && last?.type === 'text') last.value += text;
      else if (style !== 0 && lastStyle === STYLES[style - 1]) ((last as Element).children[0] as { value: string }).value += text;
      else line.children.push(style === 0 ? { type: 'text', value: text } : { type: 'element', tagName: 'span', properties: { style: STYLES[style - 1] }, children: [{ type: 'text', value: text }] });
    }
    out.push(line);
  });
  return out;
}

const roundTrip = (rows: { text: string; style: number }[][], lineClasses?: Record<string, string>) => {
  const { code, runs } = encodeRuns(rows);
  return { code, runs, expanded: expandRuns(code, { runs, lineClasses }, STYLES) };
};

describe('the run table of a highlighted block', () => {
  describe('when a block is encoded and expanded again', () => {
    it('gives the spans the highlighter made, the code as one text, and one style letter a word', () => {
      const rows = lines([['const', 1], [' tide', 2], [' =', 1], [' 2', 2], [';', 0]], [], [['let', 1], [' b ', 0], ['=', 1], [' "x', 3], ['\\n', 2], ['y"', 3]]);
      const { code, runs, expanded } = roundTrip(rows, { 1: 'line highlighted' });
      expect(code).toBe('const tide = 2;\n\nlet b = "x\\ny"');
      // A blank takes the style of the word after it unless marked (`^`: the one before); a unit of two styles lists its pieces.
      expect(runs).toBe('ABAB,,A@^ACCB[1B1C]C');
      expect(expanded).toEqual(spans(rows, { 1: 'line highlighted' }));
      expect(textOf({ type: 'root', children: expanded })).toBe(code);
    });

    it('names styles past the 26th with characters from U+0100 on', () => {
      const rows = lines([['a', 27], [' ', 0], ['b', 80]]);
      const { runs } = encodeRuns(rows);
      expect(runs).toBe('\u0100!@\u0135');
      expect(encodeRuns(lines([['a', 1], [' ', 2], ['b', 3]])).runs).toBe('A!BC');
      const many = Array.from({ length: 80 }, (_, i) => `color:#${String(i).padStart(6, '0')}`);
      const out = expandRuns('a b', { runs }, many);
      expect(out).toEqual([
        { type: 'element', tagName: 'span', properties: { className: ['line'] }, children: [
          { type: 'element', tagName: 'span', properties: { style: many[26] }, children: [{ type: 'text', value: 'a' }] },
          { type: 'text', value: ' ' },
          { type: 'element', tagName: 'span', properties: { style: many[79] }, children: [{ type: 'text', value: 'b' }] },
        ] },
      ]);
    });

    it('leaves out trailing unstyled words and empty lines', () => {
      expect(encodeRuns(lines([['x', 1], [' = y;', 0]], [['', 0]], [])).runs).toBe('A');
    });
  });

  describe('when the table was edited or does not fit its code', () => {
    const code = 'const tide = "2";\nlet ebb';
    const tables = [
      '',
      ',,,,,,,,,,,,',
      '[[[[',
      ']]]]!!!!',
      '[999999999999A][0A][-1B][AB]',
      '[1',
      '!',
      '\u0000\uffff\ud800',
      'ZZZZZZZZZZZZZZZZZZZZZZZZ',
      '^^^^^^^^',
      'A'.repeat(10_000),
      '[' + '1A'.repeat(5_000),
    ];
    for (const runs of tables) {
      it(`renders the code as written with ${JSON.stringify(runs.slice(0, 24))}`, () => {
        let out: ElementContent[] = [];
        expect(() => (out = expandRuns(code, { runs, lineClasses: { __proto__: 'x', 0: 7, 1: 'line focused' } }, [STYLES[0], undefined]))).not.toThrow();
        expect(textOf({ type: 'root', children: out })).toBe(code);
        for (const node of out) {
          if (node.type !== 'element') continue;
          expect(node.properties.className === undefined || (node.properties.className as string[]).every((c) => typeof c === 'string')).toBe(true);
          for (const token of node.children) if (token.type === 'element') expect(token.properties.style).toBe(STYLES[0]);
        }
      });
    }

    it('draws a style the palette does not hold, or holds as undefined (unsafe), as plain text', () => {
      const out = expandRuns('a b', { runs: 'BZ' }, [STYLES[0], undefined]);
      expect(out).toEqual([{ type: 'element', tagName: 'span', properties: { className: ['line'] }, children: [{ type: 'text', value: 'a b' }] }]);
    });
  });
});
