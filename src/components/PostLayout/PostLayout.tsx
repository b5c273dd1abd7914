import { forwardRef, type ComponentType, type ElementType, type ReactNode } from 'react';
import { FOOTNOTE_LABEL_ID, type Post, type Section } from '../../post/index.js';
import { cx, slot } from '../kit/classes.js';
import { resolveLabels } from '../../core/labels.js';
import { renderHeading, renderTree, type Components } from '../../render/render.js';
import { decoratePost } from '../../render/decorate.js';
import type { UrlTransform } from '../../core/url.js';
import { describe, reportInvalid, warnOnce } from '../../core/diagnostics.js';
import { ArticleMeta, type ArticleMetaProps } from '../ArticleMeta/ArticleMeta.js';
import { HeroImage, type HeroImageProps } from '../HeroImage/HeroImage.js';
import { SectionList, type SectionListVariant } from '../SectionList/SectionList.js';
import { TableOfContents, type TableOfContentsProps } from '../TableOfContents/TableOfContents.js';
import { codeFrame } from '../CodeBlock/CodeFrame.js';
import { named, rootProps, type KitProps } from '../kit/base.js';

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

/**
 * The whole post in an `<article>`: header (the only h1, the lede, meta, hero), intro, sections,
 * footnotes, an optional table of contents and a footer slot. Server-safe: no hooks, no browser APIs.
 */
export const PostLayout = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLElement, PostLayoutProps>(function PostLayout(
    {
      post: postProp,
      components,
      urlTransform,
      toc = 'aside',
      variant = 'stack',
      dir,
      footer,
      beforeBody,
      afterBody,
      heroProps,
      metaProps,
      tocProps,
      headerComponent: Header,
      metaComponent,
      heroComponent,
      tocComponent,
      sectionComponent: SectionPart,
      copyButton = true,
      theme,
      colorScheme,
      className,
      classNames,
      unstyled,
      labels: labelsProp,
      locale,
      style,
      ...rest
    },
    ref,
  ) {
    const problems: string[] = [];
    const post = (postProp && typeof postProp === 'object' ? postProp : {}) as Partial<Post>;
    const labels = resolveLabels(labelsProp);
    const part = (name: PostLayoutSlot, extra?: string) => slot(name, classNames, unstyled, extra);
    const child = (name: PostLayoutSlot) =>
      classNames && typeof classNames[name] === 'string' ? classNames[name] : undefined;
    const shared = { labels: labelsProp, unstyled };
    const copy = copyButton !== false;
    const render = { labels, unstyled, components, urlTransform, decorate: decoratePost, codeFrame: copy ? codeFrame(labels, unstyled) : undefined };

    const title = typeof post.title === 'string' && post.title.trim() !== '' ? post.title : undefined;
    const description = typeof post.description === 'string' && post.description.trim() !== '' ? post.description : undefined;

    const Meta: ElementType = metaComponent ?? ArticleMeta;
    const Hero: ElementType = heroComponent ?? HeroImage;
    const Toc: ElementType = tocComponent ?? TableOfContents;

    const hero = post.heroImage;
    const heroOk = !!hero && typeof hero === 'object' && typeof hero.src === 'string';
    let heroNode: ReactNode = null;
    if (heroOk) {
      const hasAlt = typeof hero.alt === 'string' && hero.alt.trim() !== '';
      if (typeof process === 'object' && process.env.NODE_ENV !== 'production') {
        if (typeof hero.alt !== 'string') {
          const name = typeof post.slug === 'string' && post.slug !== '' ? post.slug : title ?? '(untitled)';
          warnOnce(
            `post "${name}": heroImage.alt is missing, so the hero ${JSON.stringify(hero.src)} is shown as decorative (alt=""). ` +
              'Describe it with `heroImage.alt` (or `heroImageAlt`) in the frontmatter, or write `alt: ""` if it adds nothing for a reader who cannot see it.',
          );
        }
      }
      heroNode = (
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

    const meta = (
      <Meta
        pubDate={post.pubDate}
        updatedDate={post.updatedDate}
        readingTime={post.readingTime}
        authors={post.authors}
        tags={post.tags}
        locale={locale}
        {...shared}
        {...metaProps}
        className={cx(child('meta'), metaProps?.className)}
      />
    );

    const headerContent = (
      <>
        {title ? <h1 {...part('title')}>{title}</h1> : null}
        {description ? <p {...part('description')}>{description}</p> : null}
        {meta}
        {heroNode}
      </>
    );

    const placement: TocPlacement = toc === 'top' || toc === 'none' ? toc : 'aside';
    const tocEntries = Array.isArray(post.toc) ? post.toc : [];
    const tocNode =
      placement !== 'none' && tocEntries.length > 0 ? (
        <Toc toc={tocEntries} {...shared} {...tocProps} className={cx(child('toc'), tocProps?.className)} />
      ) : null;

    const sections = Array.isArray(post.sections) ? post.sections : [];
    const intro = hasChildren(post.intro) ? renderTree(post.intro, render, problems, 'intro') : null;

    let footnotes: ReactNode = null;
    if (hasChildren(post.footnotes)) {
      footnotes = (
        <section {...part('footnotes')} aria-labelledby={FOOTNOTE_LABEL_ID}>
          {renderHeading(FOOTNOTE_LABEL_ID, 2, [{ type: 'text', value: labels.footnotes }], render)}
          <div className={unstyled ? undefined : 'rbk-prose'}>{renderTree(post.footnotes, render, problems, 'footnotes')}</div>
        </section>
      );
    }

    if (typeof process === 'object' && process.env.NODE_ENV !== 'production') {
      if (post !== postProp) problems.push(`post: expected a Post from parsePost or createPost, received ${describe(postProp)}`);
      if (title === undefined) problems.push(`title: expected a non-empty string, received ${describe(post.title)}`);
      if (post.description !== undefined && post.description !== '' && description === undefined)
        problems.push(`description: expected a string, received ${describe(post.description)}`);
      if (hero !== undefined && hero !== null && !heroOk)
        problems.push(`heroImage: expected { src, alt?, width?, height? }, received ${describe(hero)}`);
      if (post.toc !== undefined && !Array.isArray(post.toc)) problems.push(`toc: expected an array, received ${describe(post.toc)}`);
      for (const field of ['intro', 'footnotes'] as const) {
        const tree = post[field] as unknown;
        if (tree !== undefined && !(tree && typeof tree === 'object' && Array.isArray((tree as { children?: unknown }).children)))
          problems.push(`${field}: expected a hast root, received ${describe(tree)}`);
      }
      if (post.lang !== undefined && typeof post.lang !== 'string') problems.push(`lang: expected a BCP 47 tag, received ${describe(post.lang)}`);
      if (post.dir !== undefined && post.dir !== 'ltr' && post.dir !== 'rtl' && post.dir !== 'auto')
        problems.push(`dir: expected 'ltr', 'rtl' or 'auto', received ${describe(post.dir)}`);
      if (post.sections !== undefined && !Array.isArray(post.sections))
        problems.push(`sections: expected an array, received ${describe(post.sections)}`);
      reportInvalid('PostLayout', problems);
    }

    const postDir = dir ?? (post.dir === 'ltr' || post.dir === 'rtl' || post.dir === 'auto' ? post.dir : undefined);
    return (
      <article
        ref={ref}
        lang={typeof post.lang === 'string' && post.lang !== '' ? post.lang : undefined}
        dir={postDir}
        {...rest}
        {...rootProps('post', { className, classNames, unstyled, theme, colorScheme, style })}
        data-toc={tocNode ? placement : undefined}
      >
        {Header ? (
          <Header post={post as Post} {...part('header')}>
            {headerContent}
          </Header>
        ) : (
          <header {...part('header')}>{headerContent}</header>
        )}
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
            {intro ? <div {...part('intro', unstyled ? undefined : 'rbk-prose')}>{intro}</div> : null}
            {sections.length > 0 ? (
              <SectionList
                sections={sections}
                variant={variant}
                components={components}
                urlTransform={urlTransform}
                copyButton={copy}
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
            {footnotes}
          </div>
        </div>
        {given(afterBody) ? <footer {...part('after-body')}>{afterBody}</footer> : null}
        {footer !== undefined && footer !== null ? <footer {...part('footer')}>{footer}</footer> : null}
      </article>
    );
  }),
  'PostLayout',
);
