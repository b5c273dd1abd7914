/** Whether the reader asked for less motion (smooth scrolling and animated bars follow it). Browser-only callers. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}
