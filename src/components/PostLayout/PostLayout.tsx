import { forwardRef, type ComponentType, type ElementType, type ReactNode } from 'react';
import { FOOTNOTE_LABEL_ID, type Post, type Section } from '../../post/index.js';
import { ownSlug } from '../../post/identity.js';
import { cx } from '../kit/classes.js';
import type { Labels } from '../../core/labels.js';
import { renderHeading, renderTree, type Components, type RenderOptions } from '../../render/render.js';
import { decoratePost } from '../../render/decorate.js';
import type { UrlTransform } from '../../core/url.js';
import { ArticleMeta, type ArticleMetaProps } from '../ArticleMeta/ArticleMeta.js';
import { HeroImage, type HeroImageProps } from '../HeroImage/HeroImage.js';
import { SectionList, type SectionListVariant } from '../SectionList/SectionList.js';
import { TableOfContents, type TableOfContentsProps } from '../TableOfContents/TableOfContents.js';
import { codeFrame } from '../CodeBlock/CodeFrame.js';
import { builtinComponents } from '../Tabs/Tabs.js';
import { kit, named, type KitProps, type PartProps } from '../kit/base.js';
import { devCheck, devWarn } from '../kit/checks.js';

/** The parts of PostLayout, keys of `classNames` (`meta`, `hero`, `toc`, `sections` go to those components' roots). */
export type PostLayoutSlot =
  | 'root'
  | 'header'
  | 'title'
  | 'description'
  | 'meta'
  | 'hero'
  | 'body'
  | 'aside'
  | 'toc-disclosure'
  | 'toc-summary'
  | 'toc'
  | 'main'
  | 'intro'
  | 'sections'
  | 'footnotes'
  | 'before-body'
  | 'after-body'
  | 'footer';

/** Where the table of contents goes. */
export type TocPlacement = 'none' | 'top' | 'aside';

/** Props a `headerComponent` receives. */
export interface PostHeaderProps {
  /** The post. */
  post: Post;
  /** The kit's class for the header part. */
  className?: string;
  /** The part's slot name, `'header'`. */
  'data-slot': string;
  /** The default header content: title, description, meta and hero. */
  children: ReactNode;
}

/** Props a `sectionComponent` receives. */
export interface PostSectionProps {
  /** The section. */
  section: Section;
  /** Its position in `post.sections`. */
  index: number;
  /** The default rendering of the section. */
  children: ReactNode;
}

/** Props of PostLayout. */
export interface PostLayoutProps extends Omit<React.ComponentPropsWithoutRef<'article'>, 'children'>, KitProps<PostLayoutSlot> {
  /** The post, from `parsePost` or `createPost`. */
  post: Post;
  /** Overrides for body elements (tag → component), as react-markdown takes them. @default {} */
  components?: Components;
  /** Decides every URL in the body. @default defaultUrlTransform */
  urlTransform?: UrlTransform;
  /** Table of contents: none, above the body, or a sticky side column on wide screens (a closed `<details>` above the body on narrow ones). @default 'aside' */
  toc?: TocPlacement;
  /** How section items are laid out. @default 'stack' */
  variant?: SectionListVariant;
  /** Text direction. @default post.dir */
  dir?: 'ltr' | 'rtl' | 'auto';
  /** Content of the footer slot. @default undefined (no footer) */
  footer?: ReactNode;
  /** Placed after the header, before the intro (e.g. SeriesNav). @default undefined (nothing) */
  beforeBody?: ReactNode;
  /** Placed at the end of the article, after the footnotes, in a `<footer>` (e.g. PostNav, AuthorCard). @default undefined (nothing) */
  afterBody?: ReactNode;
  /** Extra props for the hero (caption, sizes, imageComponent…). @default {} */
  heroProps?: Partial<HeroImageProps>;
  /** Extra props for the meta line (tagHref, timeZone, formatDate…). @default {} */
  metaProps?: Partial<ArticleMetaProps>;
  /** Extra props for the table of contents (minDepth, maxDepth…). @default {} */
  tocProps?: Partial<TableOfContentsProps>;
  /** Replaces the header. @default the kit's header */
  headerComponent?: ComponentType<PostHeaderProps>;
  /** Replaces the meta line. @default ArticleMeta */
  metaComponent?: ComponentType<ArticleMetaProps>;
  /** Replaces the hero image. @default HeroImage */
  heroComponent?: ComponentType<HeroImageProps>;
  /** Replaces the table of contents, e.g. with ActiveTableOfContents. @default TableOfContents */
  tocComponent?: ComponentType<TableOfContentsProps>;
  /** A copy button on each code block (a client island that appears once hydrated). @default true */
  copyButton?: boolean;
  /** Wraps or replaces each section; it receives the default rendering as `children`. @default undefined */
  sectionComponent?: ComponentType<PostSectionProps>;
}

function given(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

function hasChildren(tree: unknown): boolean {
  return !!tree && typeof tree === 'object' && Array.isArray((tree as { children?: unknown }).children) &&
    (tree as { children: unknown[] }).children.length > 0;
}

type Part = (name: PostLayoutSlot, extra?: string) => PartProps<PostLayoutSlot>;

/** What every part of the layout renders with. */
interface Layout {
  post: Partial<Post>;
  /** The props as given. */
  props: PostLayoutProps;
  labels: Labels;
  part: Part;
  /** The host's class for a part rendered by an inner kit component (meta, hero, toc, sections). */
  child: (name: PostLayoutSlot) => string | undefined;
  /** Passed on to every inner kit component. */
  shared: { labels?: Partial<Labels>; unstyled?: boolean };
  render: RenderOptions;
  problems: string[];
}

/** The header's content: the only h1, the lede, the meta line and the hero. */
function headerContent({ post, props, part, child, shared }: Layout, title: string | undefined): ReactNode {
  const description = typeof post.description === 'string' && post.description.trim() !== '' ? post.description : undefined;
  const Meta: ElementType = props.metaComponent ?? ArticleMeta;
  const { metaProps } = props;
  return (
    <>
      {title ? <h1 {...part('title')}>{title}</h1> : null}
      {description ? <p {...part('description')}>{description}</p> : null}
      <Meta
        pubDate={post.pubDate}
        updatedDate={post.updatedDate}
        readingTime={post.readingTime}
        authors={post.authors}
        tags={post.tags}
        locale={props.locale}
        {...shared}
        {...metaProps}
        className={cx(child('meta'), metaProps?.className)}
      />
      {heroOf(post, props, child, shared, title)}
    </>
  );
}

/** The hero image, decorative (alt="") when the post does not describe it. */
function heroOf(post: Partial<Post>, props: Layout['props'], child: Layout['child'], shared: Layout['shared'], title?: string): ReactNode {
  const hero = post.heroImage;
  if (!hero || typeof hero !== 'object' || typeof hero.src !== 'string') return null;
  const hasAlt = typeof hero.alt === 'string' && hero.alt.trim() !== '';
  devWarn(() => {
    const name = typeof post.slug === 'string' && post.slug !== '' ? post.slug : title ?? '(untitled)';
    return typeof hero.alt !== 'string' &&
      `post "${name}": heroImage.alt is missing, so the hero ${JSON.stringify(hero.src)} is shown as decorative (alt=""). ` +
        'Describe it with `heroImage.alt` (or `heroImageAlt`) in the frontmatter, or write `alt: ""` if it adds nothing for a reader who cannot see it.';
  });
  const Hero: ElementType = props.heroComponent ?? HeroImage;
  const { heroProps } = props;
  return (
    <Hero
      src={hero.src}
      alt={hasAlt ? hero.alt : undefined}
      decorative={!hasAlt}
      width={hero.width}
      height={hero.height}
      {...shared}
      {...heroProps}
      className={cx(child('hero'), heroProps?.className)}
    />
  );
}

/** The footnotes section, headed by the footnotes label. */
function footnotesOf({ post, labels, part, render, problems, props }: Layout): ReactNode {
  if (!hasChildren(post.footnotes)) return null;
  return (
    <section {...part('footnotes')} aria-labelledby={FOOTNOTE_LABEL_ID}>
      {renderHeading(FOOTNOTE_LABEL_ID, 2, [{ type: 'text', value: labels.footnotes }], render)}
      <div className={props.unstyled ? undefined : 'rbk-prose'}>{renderTree(post.footnotes, render, problems, 'footnotes')}</div>
    </section>
  );
}

/** The body: the side column's table of contents, then before-body, intro, sections and footnotes. */
function bodyOf(layout: Layout, placement: TocPlacement, tocNode: ReactNode): ReactNode {
  const { post, props, labels, part, child, shared, render, problems } = layout;
  const { beforeBody, components, urlTransform, sectionComponent: SectionPart } = props;
  const sections = Array.isArray(post.sections) ? post.sections : [];
  const intro = hasChildren(post.intro) ? renderTree(post.intro, render, problems, 'intro') : null;
  return (
    <div {...part('body')}>
      {placement === 'aside' && tocNode ? (
        <div {...part('aside')}>
          {/* Closed on a narrow screen so the body starts on the first screen; the stylesheet
              shows it open, without the toggle, as the side column of a wide screen. */}
          <details {...part('toc-disclosure')}>
            <summary {...part('toc-summary')}>{labels.tableOfContents}</summary>
            {tocNode}
          </details>
        </div>
      ) : null}
      <div {...part('main')}>
        {given(beforeBody) ? <div {...part('before-body')}>{beforeBody}</div> : null}
        {placement === 'top' ? tocNode : null}
        {intro ? <div {...part('intro', props.unstyled ? undefined : 'rbk-prose')}>{intro}</div> : null}
        {sections.length > 0 ? (
          <SectionList
            sections={sections}
            variant={props.variant ?? 'stack'}
            components={components}
            urlTransform={urlTransform}
            copyButton={props.copyButton !== false}
            postName={render.postName}
            {...shared}
            className={child('sections')}
            renderSection={
              SectionPart
                ? (section, index, node) => (
                    <SectionPart section={section} index={index}>
                      {node}
                    </SectionPart>
                  )
                : undefined
            }
          />
        ) : null}
        {footnotesOf(layout)}
      </div>
    </div>
  );
}

/**
 * The whole post in an `<article>`: header (the only h1, the lede, meta, hero), intro, sections,
 * footnotes, an optional table of contents and a footer slot. Server-safe: no hooks, no browser APIs.
 */
export const PostLayout = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLElement, PostLayoutProps>(function PostLayout(props, ref) {
    const {
      post: postProp, components, urlTransform, toc = 'aside', variant: _variant, dir, footer, beforeBody: _beforeBody, afterBody,
      heroProps: _heroProps, metaProps: _metaProps, tocProps, headerComponent: Header, metaComponent: _metaComponent,
      heroComponent: _heroComponent, tocComponent, sectionComponent: _sectionComponent, copyButton = true, ...own
    } = props;
    // The parts read the props they need from `props`; the names above only keep them off the root.
    const { labels, part, root, rest } = kit<PostLayoutSlot, typeof own>('post', own);
    const { classNames, unstyled } = props;
    const problems: string[] = [];
    const post = (postProp && typeof postProp === 'object' ? postProp : {}) as Partial<Post>;
    const child = (name: PostLayoutSlot) => (classNames && typeof classNames[name] === 'string' ? classNames[name] : undefined);
    const inner = { labels: props.labels, unstyled };
    const title = typeof post.title === 'string' && post.title.trim() !== '' ? post.title : undefined;
    const postName = ownSlug(post) ?? title;
    const render: RenderOptions = {
      labels, unstyled, components, urlTransform, decorate: decoratePost, codeFrame: copyButton !== false ? codeFrame(labels, unstyled) : undefined,
      builtins: builtinComponents(unstyled), postName,
    };
    const layout: Layout = { post, props, labels, part, child, shared: inner, render, problems };
    const header = headerContent(layout, title);

    const placement: TocPlacement = toc === 'top' || toc === 'none' ? toc : 'aside';
    const tocEntries = Array.isArray(post.toc) ? post.toc : [];
    const Toc: ElementType = tocComponent ?? TableOfContents;
    const tocNode =
      placement !== 'none' && tocEntries.length > 0 ? (
        <Toc toc={tocEntries} {...inner} {...tocProps} className={cx(child('toc'), tocProps?.className)} />
      ) : null;
    const body = bodyOf(layout, placement, tocNode);

    devCheck('PostLayout', ({ describe }) => {
      const hero = post.heroImage;
      const notRoot = (tree: unknown) => tree !== undefined && !(tree && typeof tree === 'object' && Array.isArray((tree as { children?: unknown }).children));
      return [
        post !== postProp && `post: expected a Post from parsePost or createPost, received ${describe(postProp)}`,
        title === undefined && `title: expected a non-empty string, received ${describe(post.title)}`,
        post.description !== undefined && post.description !== '' && !(typeof post.description === 'string' && post.description.trim() !== '') &&
          `description: expected a string, received ${describe(post.description)}`,
        hero !== undefined && hero !== null && !(typeof hero === 'object' && typeof hero.src === 'string') &&
          `heroImage: expected { src, alt?, width?, height? }, received ${describe(hero)}`,
        post.toc !== undefined && !Array.isArray(post.toc) && `toc: expected an array, received ${describe(post.toc)}`,
        notRoot(post.intro) && `intro: expected a hast root, received ${describe(post.intro)}`,
        notRoot(post.footnotes) && `footnotes: expected a hast root, received ${describe(post.footnotes)}`,
        post.lang !== undefined && typeof post.lang !== 'string' && `lang: expected a BCP 47 tag, received ${describe(post.lang)}`,
        post.dir !== undefined && post.dir !== 'ltr' && post.dir !== 'rtl' && post.dir !== 'auto' && `dir: expected 'ltr', 'rtl' or 'auto', received ${describe(post.dir)}`,
        post.sections !== undefined && !Array.isArray(post.sections) && `sections: expected an array, received ${describe(post.sections)}`,
      ];
    }, problems);

    const postDir = dir ?? (post.dir === 'ltr' || post.dir === 'rtl' || post.dir === 'auto' ? post.dir : undefined);
    return (
      <article
        ref={ref}
        lang={typeof post.lang === 'string' && post.lang !== '' ? post.lang : undefined}
        dir={postDir}
        {...rest}
        {...root}
        data-toc={tocNode ? placement : undefined}
      >
        {Header ? (
          <Header post={post as Post} {...part('header')}>
            {header}
          </Header>
        ) : (
          <header {...part('header')}>{header}</header>
        )}
        {body}
        {given(afterBody) ? <footer {...part('after-body')}>{afterBody}</footer> : null}
        {footer !== undefined && footer !== null ? <footer {...part('footer')}>{footer}</footer> : null}
      </article>
    );
  }),
  'PostLayout',
);
