import { forwardRef, version, type CSSProperties, type ElementType, type ReactNode, type SyntheticEvent } from 'react';
import { safeImageSrc, safeSrcSet } from '../../core/url.js';
import { kitParts, named, type KitProps } from '../kit/base.js';
import { devCheck } from '../kit/checks.js';

/** The parts of HeroImage, keys of `classNames`. */
export type HeroImageSlot = 'root' | 'hero-frame' | 'hero-image' | 'hero-fallback' | 'hero-caption';

/** Props of HeroImage shared by an informative and a decorative image. */
interface HeroImageBaseProps
  extends Omit<React.ComponentPropsWithoutRef<'figure'>, 'children'>,
    Omit<KitProps<HeroImageSlot>, 'labels' | 'locale'> {
  /** The image URL; an unsafe scheme (`javascript:`, a `data:` URL that is not an image…) renders no image. */
  src: string;
  /** Intrinsic width in CSS pixels; with `height` it reserves the box before the image loads. @default undefined */
  width?: number;
  /** Intrinsic height in CSS pixels. @default undefined */
  height?: number;
  /** Box ratio such as `'16 / 9'` or `1.5`, when width and height are unknown. @default width / height, else '16 / 9' */
  aspectRatio?: string | number;
  /** Loading strategy. @default 'eager' (the hero is usually the largest paint) */
  loading?: 'eager' | 'lazy';
  /** Fetch priority. @default 'high' */
  fetchPriority?: 'high' | 'low' | 'auto';
  /** Decoding hint. @default 'async' */
  decoding?: 'async' | 'sync' | 'auto';
  /** Responsive candidates, passed through (dropped if any URL is unsafe). @default undefined */
  srcSet?: string;
  /** Responsive sizes, passed through. @default undefined */
  sizes?: string;
  /** Caption shown as `<figcaption>`. @default undefined */
  caption?: ReactNode;
  /** Renders the image through a host component (next/image, an Astro wrapper) with the same props. @default 'img' */
  imageComponent?: ElementType;
}

/**
 * Props of HeroImage. The type asks for `alt` text unless the image is marked `decorative`, so an
 * image a reader cannot see is never left unlabelled by accident.
 */
export type HeroImageProps = HeroImageBaseProps &
  (
    | {
        /** Alternative text; required unless `decorative`. */
        alt: string;
        /** The image adds nothing for a reader who cannot see it: renders `alt=""`. @default false */
        decorative?: false;
      }
    | {
        /** Alternative text: none, or empty, for a decorative image. @default '' */
        alt?: '';
        /** The image adds nothing for a reader who cannot see it: renders `alt=""`. */
        decorative: true;
      }
  );

function frameOf(event: SyntheticEvent<HTMLImageElement>): Element | null {
  return event.currentTarget.parentElement;
}
// The fallback is a DOM attribute rather than state: the component stays hook-free and server-safe.
function onImageError(event: SyntheticEvent<HTMLImageElement>): void {
  frameOf(event)?.setAttribute('data-error', '');
}
function onImageLoad(event: SyntheticEvent<HTMLImageElement>): void {
  frameOf(event)?.removeAttribute('data-error');
}
// An image that failed before hydration fires no event React sees; check once on attach.
function checkImage(img: HTMLImageElement | null): void {
  if (!img || !img.complete || img.naturalWidth !== 0 || !img.getAttribute('src')) return;
  // naturalWidth is also 0 for some loaded SVGs; decode() rejects only for a broken image.
  const mark = () => img.parentElement?.setAttribute('data-error', '');
  if (typeof img.decode === 'function') img.decode().catch(mark);
  else mark();
}

// React 18 only knows the lowercase attribute; React 19 wants the camelCase prop.
// Read at render rather than at module level, so a page without HeroImage does not keep it.
const fetchPriorityProp = () => (version.startsWith('18.') ? 'fetchpriority' : 'fetchPriority');

function positive(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * The post's hero image: a `<figure>` whose box is reserved before the image loads, eager and high
 * priority by default, showing its alt text on a neutral surface when the image fails.
 */
export const HeroImage = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLElement, HeroImageProps>(function HeroImage(
    {
      src,
      alt,
      decorative = false,
      width,
      height,
      aspectRatio,
      loading = 'eager',
      fetchPriority = 'high',
      decoding = 'async',
      srcSet,
      sizes,
      caption,
      imageComponent,
      ...props
    },
    ref,
  ) {
    const { part, root, rest } = kitParts<HeroImageSlot, typeof props>('hero', props);
    const safeSrc = safeImageSrc(src);
    const w = positive(width);
    const h = positive(height);
    const altText = decorative ? '' : typeof alt === 'string' ? alt : '';
    const ratioOk = typeof aspectRatio === 'string' || positive(aspectRatio) !== undefined;
    const ratio = ratioOk ? String(aspectRatio) : w && h ? `${w} / ${h}` : '16 / 9';
    const Img: ElementType = imageComponent ?? 'img';
    const onClient = typeof document !== 'undefined';
    const frameStyle: CSSProperties = { aspectRatio: ratio };
    // One plain object in attribute order (a computed key spread inside JSX took V8's slow path).
    const imageProps = (url: string) => {
      const props: Record<string, unknown> = { ...part('hero-image') };
      props.src = url;
      props.alt = altText;
      props.width = w;
      props.height = h;
      props.loading = loading;
      props[Img === 'img' ? fetchPriorityProp() : 'fetchPriority'] = fetchPriority;
      props.decoding = decoding;
      props.srcSet = safeSrcSet(srcSet, safeImageSrc);
      props.sizes = typeof sizes === 'string' ? sizes : undefined;
      props.onError = onClient ? onImageError : undefined;
      props.onLoad = onClient ? onImageLoad : undefined;
      props.ref = onClient && Img === 'img' ? checkImage : undefined;
      return props;
    };
    devCheck('HeroImage', ({ describe }) => [
      typeof src !== 'string' && `src: expected a URL string, received ${describe(src)}`,
      !decorative && typeof alt !== 'string' && `alt: expected text, or set \`decorative\`, received ${describe(alt)}`,
      width !== undefined && width !== null && w === undefined && `width: expected a positive number of CSS pixels, received ${describe(width)}`,
      height !== undefined && height !== null && h === undefined && `height: expected a positive number of CSS pixels, received ${describe(height)}`,
      aspectRatio !== undefined && aspectRatio !== null && !ratioOk &&
        `aspectRatio: expected a ratio such as '16 / 9' or 1.5, received ${describe(aspectRatio)}`,
    ]);

    return (
      <figure
        ref={ref}
        {...rest}
        {...root}
        data-decorative={decorative ? '' : undefined}
      >
        <div {...part('hero-frame')} style={frameStyle} data-error={safeSrc ? undefined : ''}>
          {/* Unstyled, nothing would hide the fallback while the image shows: it is kept only when there is no image at all. */}
          {!decorative && altText !== '' && (!props.unstyled || !safeSrc) ? (
            <span {...part('hero-fallback')} aria-hidden="true">
              {altText}
            </span>
          ) : null}
          {safeSrc ? <Img {...imageProps(safeSrc)} /> : null}
        </div>
        {caption !== undefined && caption !== null && caption !== '' ? (
          <figcaption {...part('hero-caption')}>{caption}</figcaption>
        ) : null}
      </figure>
    );
  }),
  'HeroImage',
);
