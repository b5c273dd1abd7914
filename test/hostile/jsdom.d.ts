/**
 * The little of jsdom's API the hostile and time-zone tests use (the package ships no types, and
 * @types/jsdom has no release for jsdom 29).
 */
declare module 'jsdom' {
  export interface JSDOMOptions {
    url?: string;
    runScripts?: 'dangerously' | 'outside-only';
    pretendToBeVisual?: boolean;
    contentType?: string;
  }
  export class JSDOM {
    constructor(html?: string, options?: JSDOMOptions);
    readonly window: Window & typeof globalThis;
  }
}
