/**
 * The conformance suite every component passes: ref forwarding, className merge, rest props on the
 * root, every `classNames` slot, `unstyled`, theme variables, colour scheme and displayName.
 * conformance.test.tsx runs it over its table of every exported component with a root element.
 * Also loads the sample posts the component tests render.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '@testing-library/react';
import { createRef, type ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../src/parse/index.js';
import type { Post } from '../src/post/index.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Parses a sample post from test/fixtures. */
export function loadPost(name: string): Post {
  return parsePost(readFileSync(path.join(fixtures, name), 'utf8'), { filename: name });
}

export interface ConformanceOptions<P> {
  /** Props that make the component render every part listed in `slots`. */
  props: P;
  /** The root element's tag, lower case. */
  rootTag: string;
  /** The root's `data-slot`. */
  rootSlot: string;
  /** Every `classNames` key besides `root`; each must reach an element with that `data-slot`. */
  slots: string[];
}

/** Runs the shared conformance tests for one component. */
export function describeConformance<P extends object>(
  Component: ComponentType<P>,
  { props, rootTag, rootSlot, slots }: ConformanceOptions<P>,
): void {
  const C = Component as ComponentType<Record<string, unknown>>;
  const base = props as Record<string, unknown>;
  const root = (container: HTMLElement) => container.firstElementChild as HTMLElement;

  describe(`${Component.displayName} conformance`, () => {
    it('has a displayName', () => {
      expect(Component.displayName).toMatch(/^[A-Z]\w+$/);
    });

    it('forwards its ref to the root element', () => {
      const ref = createRef<HTMLElement>();
      const { container } = render(<C {...base} ref={ref} />);
      expect(ref.current).toBe(root(container));
      expect(ref.current?.tagName.toLowerCase()).toBe(rootTag);
    });

    it('merges className with its own classes and spreads other props on the root', () => {
      const { container } = render(<C {...base} className="host-class" data-testid="x" aria-describedby="d" id="custom" />);
      const el = root(container);
      expect(el).toHaveClass('host-class', 'rbk-root', `rbk-${rootSlot}`);
      expect(el).toHaveAttribute('data-testid', 'x');
      expect(el).toHaveAttribute('aria-describedby', 'd');
      expect(el).toHaveAttribute('id', 'custom');
      expect(el).toHaveAttribute('data-slot', rootSlot);
    });

    it('puts each classNames entry on its part, next to the stable rbk- class', () => {
      const classNames = Object.fromEntries(['root', ...slots].map((s) => [s, `host-${s}`]));
      const { container } = render(<C {...base} classNames={classNames} />);
      expect(root(container)).toHaveClass('host-root');
      for (const s of slots) {
        const parts = container.querySelectorAll(`[data-slot="${s}"]`);
        expect(parts.length, `part ${s}`).toBeGreaterThan(0);
        for (const part of parts) expect(part, `part ${s}`).toHaveClass(`host-${s}`, `rbk-${s}`);
      }
    });

    it('drops every rbk- class when unstyled, keeping host classes and data-slot', () => {
      const { container } = render(<C {...base} unstyled className="host" />);
      const all = [root(container), ...root(container).querySelectorAll('*')];
      const kitClasses = all.flatMap((el) => [...el.classList].filter((c) => c.startsWith('rbk-')));
      expect(kitClasses).toEqual([]);
      expect(root(container)).toHaveClass('host');
      expect(root(container)).toHaveAttribute('data-slot', rootSlot);
    });

    it('sets theme tokens as --rbk-* custom properties on the root, keeping the host style', () => {
      const { container } = render(
        <C
          {...base}
          theme={{ colors: { accent: '#8a2be2' }, fonts: { body: 'Georgia, serif' }, radius: '2px', contentWidth: '40rem' }}
          style={{ marginTop: '3px' }}
        />,
      );
      const style = root(container).style;
      expect(style.getPropertyValue('--rbk-color-accent')).toBe('#8a2be2');
      expect(style.getPropertyValue('--rbk-font-body')).toBe('Georgia, serif');
      expect(style.getPropertyValue('--rbk-radius')).toBe('2px');
      expect(style.getPropertyValue('--rbk-content-width')).toBe('40rem');
      expect(style.marginTop).toBe('3px');
    });

    it('marks its colour scheme on the root only when one is given', () => {
      const { container, rerender } = render(<C {...base} colorScheme="dark" />);
      expect(root(container)).toHaveAttribute('data-color-scheme', 'dark');
      rerender(<C {...base} />);
      expect(root(container)).not.toHaveAttribute('data-color-scheme');
    });
  });
}
