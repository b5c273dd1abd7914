import { vi } from 'vitest';

/** Gives `navigator` the extra members a test needs (the clipboard, the share sheet) on top of jsdom's own; undo with `vi.unstubAllGlobals()`. */
export function stubNavigator(extra: Partial<Navigator>): void {
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator), extra));
}
