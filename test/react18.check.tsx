// Included only by test/react18.config.ts: proves the aliases really swapped React for version 18.
import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { describe, expect, it } from 'vitest';

describe('when running the React 18 suite', () => {
  it('renders with React 18 and ReactDOM 18', () => {
    expect(version).toMatch(/^18\./);
    expect(domVersion).toMatch(/^18\./);
  });
});
