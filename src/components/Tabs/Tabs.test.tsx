import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parsePost } from '../../parse/index.js';
import { PostLayout } from '../PostLayout/PostLayout.js';
import type { Components } from '../../render/render.js';
import { contrastRatio } from '../../theme/contrast.js';
import { darkColors, lightColors } from '../../theme/tokens.js';

afterEach(() => {
  localStorage.clear();
});

const tabs = (groupId = '') =>
  [
    `<Tabs${groupId ? ` groupId="${groupId}"` : ''}>`,
    '  <TabItem value="npm" label="npm">',
    '    Run `npm install`.',
    '  </TabItem>',
    '  <TabItem value="pnpm" label="pnpm" default>',
    '    Run `pnpm add`.',
    '  </TabItem>',
    '  <TabItem value="yarn" label="Yarn">',
    '    Run `yarn add`.',
    '  </TabItem>',
    '</Tabs>',
  ].join('\n');

const post = (body: string) => parsePost(`---\ntitle: Installing\nslug: installing\n---\n\n${body}\n`, { filename: 'installing.mdx' });

const page = (body = tabs(), components?: Components) => <PostLayout post={post(body)} toc="none" copyButton={false} components={components} />;

/** The panels' text as a reader sees it, in order. */
const panelText = (root: HTMLElement) => [...root.querySelectorAll('[data-slot="tab-panel"]')].map((panel) => panel.textContent);

describe('Tabs', () => {
  describe('before JavaScript runs (the server HTML, a page without it)', () => {
    it('shows every panel under its label, and no control that cannot work', () => {
      const container = document.createElement('div');
      container.innerHTML = renderToString(page());
      expect(panelText(container)).toEqual(['npmRun npm install.', 'pnpmRun pnpm add.', 'YarnRun yarn add.']);
      expect([...container.querySelectorAll('[data-slot="tab-label"]')].map((label) => label.tagName)).toEqual(['P', 'P', 'P']);
      expect(container.querySelector('[role="tablist"], [role="tab"], [role="tabpanel"], [hidden]')).toBeNull();
    });

    it('hydrates without a mismatch, then becomes tabs', async () => {
      const error = vi.spyOn(console, 'error');
      const recoverable = vi.fn();
      const container = document.createElement('div');
      document.body.append(container);
      container.innerHTML = renderToString(page());
      await act(async () => {
        hydrateRoot(container, page(), { onRecoverableError: recoverable });
      });
      expect(recoverable).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
      expect(within(container).getByRole('tablist')).toBeInTheDocument();
      expect(within(container).getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['npm', 'pnpm', 'Yarn']);
      container.remove();
    });
  });

  describe('once hydrated', () => {
    it('follows the ARIA tabs pattern: each tab controls its panel, the default one selected and alone shown', () => {
      render(page());
      const list = screen.getAllByRole('tab');
      expect(list.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
      expect(list.map((tab) => tab.tabIndex)).toEqual([-1, 0, -1]);
      for (const tab of list) {
        const panel = document.getElementById(tab.getAttribute('aria-controls')!)!;
        expect(panel).toHaveAttribute('role', 'tabpanel');
        expect(panel).toHaveAttribute('aria-labelledby', tab.id);
      }
      const shown = screen.getByRole('tabpanel');
      expect(shown).toHaveTextContent('Run pnpm add.');
      expect(shown).toHaveAccessibleName('pnpm');
      // The labels move into the tabs: a panel does not repeat its own.
      expect(document.querySelector('[data-slot="tab-label"]')).toBeNull();
    });

    it('moves the selection and the focus with ArrowRight, ArrowLeft, Home and End, wrapping at the ends', () => {
      render(page());
      const [npm, pnpm, yarn] = screen.getAllByRole('tab');
      pnpm!.focus();
      const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });
      press('ArrowRight');
      expect(yarn).toHaveFocus();
      expect(yarn).toHaveAttribute('aria-selected', 'true');
      expect(screen.getByRole('tabpanel')).toHaveTextContent('Run yarn add.');
      press('ArrowRight');
      expect(npm).toHaveFocus();
      press('ArrowLeft');
      expect(yarn).toHaveFocus();
      press('Home');
      expect(npm).toHaveFocus();
      expect(npm).toHaveAttribute('tabindex', '0');
      expect(yarn).toHaveAttribute('tabindex', '-1');
      press('End');
      expect(yarn).toHaveFocus();
      press('a');
      expect(yarn).toHaveAttribute('aria-selected', 'true');
    });

    it('moves from the tab that has the focus, when the selection moved under it', () => {
      render(page());
      const [npm, pnpm] = screen.getAllByRole('tab');
      // pnpm is selected (the default); the focus sits on npm, as after another Tabs of its group chose for it.
      npm!.focus();
      fireEvent.keyDown(npm!, { key: 'ArrowRight' });
      expect(pnpm).toHaveFocus();
      expect(pnpm).toHaveAttribute('aria-selected', 'true');
    });

    it('mirrors the arrows right to left', () => {
      render(<div dir="rtl" style={{ direction: 'rtl' }}>{page()}</div>);
      const [npm, pnpm] = screen.getAllByRole('tab');
      pnpm!.focus();
      fireEvent.keyDown(pnpm!, { key: 'ArrowRight' });
      expect(npm).toHaveFocus();
    });

    it('selects a tab on click', () => {
      render(page());
      fireEvent.click(screen.getByRole('tab', { name: 'npm' }));
      expect(screen.getByRole('tabpanel')).toHaveTextContent('Run npm install.');
    });

    it('switches every Tabs of a groupId together and remembers the choice', () => {
      const { unmount } = render(page(`${tabs('pm')}\n\nAnd later:\n\n${tabs('pm')}`));
      fireEvent.click(screen.getAllByRole('tab', { name: 'Yarn' })[0]!);
      expect(screen.getAllByRole('tabpanel').map((panel) => panel.textContent)).toEqual(['Run yarn add.', 'Run yarn add.']);
      unmount();
      render(page(tabs('pm')));
      expect(screen.getByRole('tabpanel')).toHaveTextContent('Run yarn add.');
    });

    it('leaves out the kit\'s classes when unstyled', () => {
      const { container } = render(<PostLayout post={post(tabs())} toc="none" unstyled />);
      expect(container.querySelector('[data-slot="tabs"]')!.outerHTML).not.toContain('rbk-');
    });
  });

  describe('when the host maps its names', () => {
    it('puts the host\'s TabItem in each panel, with the props the post wrote and no kit-made label', () => {
      const seen: Record<string, unknown>[] = [];
      const TabItem = ({ children, ...props }: Record<string, unknown> & { children?: ReactNode }) => {
        seen.push(props);
        return <section data-host="item">{children}</section>;
      };
      render(page(tabs(), { TabItem }));
      expect(seen).toEqual([{ value: 'npm', label: 'npm' }, { value: 'pnpm', label: 'pnpm', default: true }, { value: 'yarn', label: 'Yarn' }]);
      expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['npm', 'pnpm', 'Yarn']);
      expect(screen.getByRole('tabpanel').querySelector('section[data-host="item"]')).toHaveTextContent(/^Run pnpm add\.$/);
    });

    it('gives the host\'s Tabs the items with their props, their labels left to it', () => {
      const Tabs = ({ children, groupId }: Record<string, unknown> & { children?: ReactNode }) => (
        <div data-host="tabs" data-group={String(groupId)}>
          {children}
        </div>
      );
      const { container } = render(page(tabs('pm'), { Tabs }));
      const host = container.querySelector('[data-host="tabs"]')!;
      expect(host).toHaveAttribute('data-group', 'pm');
      expect(host.textContent).toBe('Run npm install.Run pnpm add.Run yarn add.');
      expect(screen.queryByRole('tablist')).toBeNull();
    });
  });
});

describe('the tabs stylesheet', () => {
  const css = readFileSync(path.resolve(__dirname, '../../styles/tabs.css'), 'utf8');
  const rule = (selector: string) => css.slice(css.indexOf(`${selector} {`), css.indexOf('}', css.indexOf(`${selector} {`)));

  it('colours text only with the theme\'s text tokens', () => {
    const colours = [...css.matchAll(/(?:^|\s)color: ([^;]+);/g)].map((m) => m[1]);
    expect(new Set(colours)).toEqual(new Set(['var(--rbk-color-text)', 'var(--rbk-color-muted)']));
  });

  it.each([
    ['light', lightColors],
    ['dark', darkColors],
  ] as const)('reads at 4.5:1 or more, and marks the selected tab at 3:1 or more, in the %s scheme', (_scheme, palette) => {
    for (const where of ['background', 'surface'] as const) {
      for (const text of ['text', 'muted'] as const) expect(contrastRatio(palette[text], palette[where]), `${text} on ${where}`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(palette.accent, palette[where]), `accent bar on ${where}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('marks the selected tab by more than colour, shows focus, and gives a tab a touch-sized target', () => {
    expect(rule(':where(.rbk-tab[data-selected])')).toContain('border-block-end-color: var(--rbk-color-accent)');
    expect(rule(':where(.rbk-tab):focus-visible')).toContain('outline: 2px solid var(--rbk-color-accent)');
    expect(rule(':where(.rbk-tab)')).toContain('min-block-size: 2.75rem');
    expect(rule(':where(.rbk-tab-list)')).toContain('flex-wrap: wrap');
  });
});
