import { Fragment, forwardRef, type ReactNode } from 'react';
import type { Section, SectionItem } from '../../post/index.js';
import type { Labels } from '../../core/labels.js';
import { renderHeading, renderTree, type Components, type RenderOptions } from '../../render/render.js';
import { decoratePost } from '../../render/decorate.js';
import { codeFrame } from '../CodeBlock/CodeFrame.js';
import { builtinComponents } from '../Tabs/Tabs.js';
import type { UrlTransform } from '../../core/url.js';
import { kit, named, type KitProps } from '../kit/base.js';
import { devCheck, devNote } from '../kit/checks.js';

/** The parts of SectionList, keys of `classNames`. */
export type SectionListSlot = 'root' | 'section' | 'section-content' | 'items' | 'item' | 'item-content';

/** Layout of a section's items. */
export type SectionListVariant = 'stack' | 'cards';

/** Props of SectionList. */
export interface SectionListProps extends Omit<React.ComponentPropsWithoutRef<'div'>, 'children'>, Omit<KitProps<SectionListSlot>, 'locale'> {
  /** The sections, as `post.sections`. */
  sections: Section[];
  /** `'stack'` keeps reading order; `'cards'` shows each section's items as a responsive grid of cards. @default 'stack' */
  variant?: SectionListVariant;
  /** Renders one section; receives the default rendering to wrap or replace; `undefined` keeps it. @default undefined */
  renderSection?: (section: Section, index: number, defaultNode: ReactNode) => ReactNode;
  /** Renders one item; receives the default rendering to wrap or replace; `undefined` keeps it. @default undefined */
  renderItem?: (item: SectionItem, index: number, section: Section, defaultNode: ReactNode) => ReactNode;
  /** Overrides for body elements (tag → component), as react-markdown takes them. @default {} */
  components?: Components;
  /** Decides every URL in the body. @default defaultUrlTransform */
  urlTransform?: UrlTransform;
  /** A copy button on each code block (a client island). @default false */
  copyButton?: boolean;
  /** The post's name (its slug or title), named in development warnings about its body; PostLayout passes it. @default undefined */
  postName?: string;
}

interface Ctx {
  labels: Labels;
  unstyled?: boolean;
  classNames?: Partial<Record<SectionListSlot, string>>;
  components?: Components;
  urlTransform?: UrlTransform;
  decorate?: RenderOptions['decorate'];
  codeFrame?: RenderOptions['codeFrame'];
  builtins: RenderOptions['builtins'];
  postName?: string;
  variant: SectionListVariant;
  problems: string[];
  /** Each part's class, computed once per render (plain props render faster than a spread per part). */
  cls: Record<Exclude<SectionListSlot, 'root'>, string | undefined>;
}

function isHeading(value: unknown): value is { id: string; title?: string; children?: unknown; depth?: number } {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

function isRoot(tree: unknown): tree is { children: unknown[] } {
  return !!tree && typeof tree === 'object' && Array.isArray((tree as { children?: unknown }).children);
}

function heading(
  node: { id: string; title?: unknown; children?: unknown; depth?: unknown },
  fallbackDepth: number,
  ctx: Ctx,
  field: string,
) {
  const children = Array.isArray(node.children)
    ? node.children
    : [{ type: 'text' as const, value: typeof node.title === 'string' ? node.title : '' }];
  const depth = typeof node.depth === 'number' ? node.depth : fallbackDepth;
  return renderHeading(node.id, depth, children, ctx, ctx.problems, field);
}

function content(tree: unknown, name: 'section-content' | 'item-content', ctx: Ctx, field: string) {
  devNote(ctx.problems, ({ describe }) => [tree !== undefined && !isRoot(tree) && `${field}: expected a hast root, received ${describe(tree)}`]);
  if (!isRoot(tree) || tree.children.length === 0) return null;
  return (
    <div className={ctx.cls[name]} data-slot={name}>
      {renderTree(tree, ctx, ctx.problems, field)}
    </div>
  );
}

function renderItemDefault(item: SectionItem, section: Section, ctx: Ctx, field: string, key?: string) {
  const Tag = ctx.variant === 'cards' ? 'li' : 'div';
  return (
    <Tag key={key} className={ctx.cls.item} data-slot="item">
      {heading(item, (section.depth || 2) + 1, ctx, field)}
      {content(item.content, 'item-content', ctx, `${field}.content`)}
    </Tag>
  );
}

function renderSectionDefault(
  section: Section,
  ctx: Ctx,
  renderItem: SectionListProps['renderItem'],
  occurrence: number,
  key?: string,
) {
  const field = `sections["${section.id}"]`;
  const items = Array.isArray(section.items) ? section.items.filter(isHeading) : [];
  devNote(ctx.problems, ({ describe }) => [
    section.items !== undefined && !Array.isArray(section.items)
      ? `${field}.items: expected an array of items, received ${describe(section.items)}`
      : items.length !== (section.items ?? []).length && `${field}.items: some items have no string \`id\` and were skipped`,
  ]);
  const ItemsTag = ctx.variant === 'cards' ? 'ul' : 'div';
  return (
    <section
      key={key}
      className={ctx.cls.section}
      data-slot="section"
      // A second section with the same title gets a numbered name: landmarks must be told apart.
      aria-labelledby={occurrence > 1 ? undefined : section.id}
      aria-label={occurrence > 1 ? `${typeof section.title === 'string' ? section.title : section.id} (${occurrence})` : undefined}
    >
      {heading(section, 2, ctx, field)}
      {content(section.content, 'section-content', ctx, `${field}.content`)}
      {items.length > 0 ? (
        <ItemsTag className={ctx.cls.items} data-slot="items" role={ctx.variant === 'cards' ? 'list' : undefined}>
          {items.map((item, i) => {
            const itemField = `${field}.items["${item.id}"]`;
            // Without a renderItem the default node carries the key itself: no Fragment per item.
            if (!renderItem) return renderItemDefault(item as SectionItem, section, ctx, itemField, item.id);
            const node = renderItemDefault(item as SectionItem, section, ctx, itemField);
            const custom = renderItem?.(item as SectionItem, i, section, node);
            return <Fragment key={item.id}>{custom !== undefined ? custom : node}</Fragment>;
          })}
        </ItemsTag>
      ) : null}
    </section>
  );
}

/**
 * The explainer's structure: each section a `<section aria-labelledby>` with its heading, content and
 * items (`stack`, in reading order, or `cards`, a grid). Usable alone with `post.sections`.
 */
export const SectionList = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLDivElement, SectionListProps>(function SectionList(
    {
      sections,
      variant = 'stack',
      renderSection,
      renderItem,
      components,
      urlTransform,
      copyButton = false,
      postName,
      ...props
    },
    ref,
  ) {
    const { labels, part, root, rest } = kit<SectionListSlot, typeof props>('sections', props);
    const { classNames, unstyled } = props;
    const problems: string[] = [];
    const v: SectionListVariant = variant === 'cards' ? 'cards' : 'stack';
    const prose = unstyled ? undefined : 'rbk-prose';
    const cls: Ctx['cls'] = {
      section: part('section').className,
      'section-content': part('section-content', prose).className,
      items: part('items').className,
      item: part('item').className,
      'item-content': part('item-content', prose).className,
    };
    const frame = copyButton === true ? codeFrame(labels, unstyled) : undefined;
    const builtins = builtinComponents(unstyled);
    const ctx: Ctx = { labels, unstyled, classNames, components, urlTransform, decorate: decoratePost, codeFrame: frame, builtins, postName, variant: v, problems, cls };
    const list = (Array.isArray(sections) ? sections.filter(isHeading) : []) as Section[];
    devNote(problems, ({ describe }) => [
      sections !== undefined && !Array.isArray(sections)
        ? `sections: expected an array, received ${describe(sections)}`
        : list.length !== (sections ?? []).length && 'sections: some sections have no string `id` and were skipped',
    ]);
    const seen = new Map<string, number>();
    const rendered = list.map((section, i) => {
      const occurrence = (seen.get(section.title) ?? 0) + 1;
      seen.set(section.title, occurrence);
      if (!renderSection) return renderSectionDefault(section, ctx, renderItem, occurrence, section.id);
      const node = renderSectionDefault(section, ctx, renderItem, occurrence);
      const custom = renderSection?.(section, i, node);
      return <Fragment key={section.id}>{custom !== undefined ? custom : node}</Fragment>;
    });
    devCheck('SectionList', () => [], problems);
    return (
      <div
        ref={ref}
        {...rest}
        {...root}
        data-variant={v}
      >
        {rendered}
      </div>
    );
  }),
  'SectionList',
);
