import { describe, expect, it } from 'vitest';
import { fenceRuns } from './fences.js';

describe('fenceRuns', () => {
  it('cuts a document into runs inside and outside fenced code that join back into it', () => {
    const doc = ['# Title', '```js', ':::tip not a title', '~~~', '```', 'prose', '~~~~', '```', '~~~~', 'end'].join('\n');
    const runs = fenceRuns(doc);
    expect(runs.map((r) => [r.code, r.lines.length])).toEqual([
      [false, 1],
      [true, 4],
      [false, 1],
      [true, 3],
      [false, 1],
    ]);
    expect(runs.map((r) => r.lines.join('\n')).join('\n')).toBe(doc);
  });

  it('leaves an unclosed fence open to the end, as CommonMark does', () => {
    expect(fenceRuns('a\n   ```\nb').map((r) => r.code)).toEqual([false, true]);
  });
});
