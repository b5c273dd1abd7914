import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { HeroImage } from './HeroImage.js';

describe('HeroImage', () => {
  describe('when given a source, size and alt text', () => {
    it('renders an img with the attributes that make it a fast, stable largest paint', () => {
      render(<HeroImage src="/hero.png" alt="A lighthouse at dusk" width={1200} height={630} srcSet="/hero-600.png 600w, /hero.png 1200w" sizes="100vw" />);
      const img = screen.getByRole('img', { name: 'A lighthouse at dusk' });
      expect(img).toHaveAttribute('src', '/hero.png');
      expect(img).toHaveAttribute('width', '1200');
      expect(img).toHaveAttribute('height', '630');
      expect(img).toHaveAttribute('loading', 'eager');
      expect(img).toHaveAttribute('fetchpriority', 'high');
      expect(img).toHaveAttribute('decoding', 'async');
      expect(img).toHaveAttribute('srcset', '/hero-600.png 600w, /hero.png 1200w');
      expect(img).toHaveAttribute('sizes', '100vw');
      expect(img.closest('figure')).not.toBeNull();
    });

    it('reserves the box from width and height before the image loads', () => {
      const { container } = render(<HeroImage src="/hero.png" alt="x" width={1200} height={630} />);
      expect((container.querySelector('[data-slot="hero-frame"]') as HTMLElement).style.aspectRatio).toBe('1200 / 630');
    });

    it('reserves the box from aspectRatio when the size is unknown', () => {
      const { container } = render(<HeroImage src="/hero.png" alt="x" aspectRatio="4 / 3" />);
      expect((container.querySelector('[data-slot="hero-frame"]') as HTMLElement).style.aspectRatio).toBe('4 / 3');
    });

    it('lets the host override loading, priority and decoding', () => {
      render(<HeroImage src="/hero.png" alt="x" loading="lazy" fetchPriority="low" decoding="sync" />);
      const img = screen.getByRole('img');
      expect(img).toHaveAttribute('loading', 'lazy');
      expect(img).toHaveAttribute('fetchpriority', 'low');
      expect(img).toHaveAttribute('decoding', 'sync');
    });

    it('shows a caption as figcaption', () => {
      render(<HeroImage src="/hero.png" alt="x" caption="Taken in 2021" />);
      expect(screen.getByRole('figure')).toContainElement(screen.getByText('Taken in 2021'));
      expect(screen.getByText('Taken in 2021').tagName).toBe('FIGCAPTION');
    });
  });

  describe('when decorative versus described', () => {
    it('renders alt="" and no fallback text when decorative, even if alt is given', () => {
      // @ts-expect-error the types refuse alt text on a decorative image; an untyped host may still pass both
      const { container } = render(<HeroImage src="/hero.png" alt="ignored" decorative />);
      const img = container.querySelector('img')!;
      expect(img).toHaveAttribute('alt', '');
      expect(screen.queryByRole('img')).toBeNull(); // alt="" takes it out of the accessibility tree
      expect(container.querySelector('[data-slot="hero-fallback"]')).toBeNull();
    });

    it('logs one development error naming alt when neither alt nor decorative is given', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // @ts-expect-error the types ask for alt or decorative; an untyped host may give neither
      render(<HeroImage src="/hero.png" />);
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0][0])).toMatch(/alt/);
    });
  });

  describe('when the image fails to load', () => {
    it('marks the reserved box and shows the alt text in it', () => {
      const { container } = render(<HeroImage src="/missing.png" alt="A lighthouse at dusk" width={1200} height={630} />);
      const frame = container.querySelector('[data-slot="hero-frame"]')!;
      expect(frame).not.toHaveAttribute('data-error');
      fireEvent.error(container.querySelector('img')!);
      expect(frame).toHaveAttribute('data-error');
      expect(container.querySelector('[data-slot="hero-fallback"]')).toHaveTextContent('A lighthouse at dusk');
      expect((frame as HTMLElement).style.aspectRatio).toBe('1200 / 630');
    });

    it('clears the mark when a new source loads', () => {
      const { container } = render(<HeroImage src="/missing.png" alt="x" />);
      const img = container.querySelector('img')!;
      fireEvent.error(img);
      fireEvent.load(img);
      expect(container.querySelector('[data-slot="hero-frame"]')).not.toHaveAttribute('data-error');
    });
  });

  describe('when unstyled', () => {
    it('leaves the alt-text fallback out while an image shows, since no stylesheet would hide it', () => {
      const { container } = render(<HeroImage src="/a.png" alt="A lighthouse at dusk" unstyled />);
      expect(container.querySelector('[data-slot="hero-fallback"]')).toBeNull();
      expect(screen.getByRole('img')).toHaveAttribute('alt', 'A lighthouse at dusk');
    });

    it('keeps the alt text when there is no image to show', () => {
      const { container } = render(<HeroImage src="javascript:alert(1)" alt="A lighthouse at dusk" unstyled />);
      expect(container.querySelector('[data-slot="hero-fallback"]')).toHaveTextContent('A lighthouse at dusk');
    });
  });

  describe('when the source is unsafe', () => {
    it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'vbscript:msgbox(1)', 'data:text/html;base64,PHNjcmlwdD4=', ' javascript:alert(1)'])(
      'renders no image for %s and shows the alt text instead',
      (src) => {
        const { container } = render(<HeroImage src={src} alt="Fallback text" />);
        expect(container.querySelector('img')).toBeNull();
        expect(container.querySelector('[data-slot="hero-frame"]')).toHaveAttribute('data-error');
      },
    );

    it('keeps a data: URL that is a raster image', () => {
      const { container } = render(<HeroImage src="data:image/png;base64,iVBORw0KGgo=" alt="dot" />);
      expect(container.querySelector('img')).toHaveAttribute('src', 'data:image/png;base64,iVBORw0KGgo=');
    });

    it('drops a srcSet with an unsafe candidate', () => {
      render(<HeroImage src="/a.png" alt="x" srcSet="/a.png 1x, javascript:alert(1) 2x" />);
      expect(screen.getByRole('img')).not.toHaveAttribute('srcset');
    });
  });

  describe('when given an imageComponent', () => {
    it('renders the image through it with the same props', () => {
      const Custom = vi.fn(({ fetchPriority: _f, ...props }: Record<string, unknown>) => <img data-custom="" {...props} />);
      render(<HeroImage src="/hero.png" alt="Hero" width={10} height={5} imageComponent={Custom} />);
      expect(screen.getByRole('img', { name: 'Hero' })).toHaveAttribute('data-custom');
      expect(Custom.mock.calls[0][0]).toMatchObject({ src: '/hero.png', alt: 'Hero', width: 10, height: 5, fetchPriority: 'high', loading: 'eager' });
    });
  });
});
