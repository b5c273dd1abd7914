import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadPost } from '../../../test/conformance.js';
import { SectionList } from './SectionList.js';

const explainer = loadPost('explainer.md');

describe('SectionList', () => {
  describe('when given the explainer’s sections', () => {
    it('renders each section as a region labelled by its h2', () => {
      render(<SectionList sections={explainer.sections} />);
      const regions = screen.getAllByRole('region');
      expect(regions.map((r) => r.getAttribute('aria-labelledby'))).toEqual(explainer.sections.map((s) => s.id));
      expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(explainer.sections.map((s) => s.title));
      expect(screen.getByRole('region', { name: explainer.sections[1].title })).toBeInTheDocument();
    });

    it('renders the items as h3 inside their section, in order', () => {
      render(<SectionList sections={explainer.sections} />);
      const kinds = explainer.sections[1];
      const region = screen.getByRole('region', { name: kinds.title });
      expect(within(region).getAllByRole('heading', { level: 3 }).map((h) => h.id)).toEqual(kinds.items.map((i) => i.id));
    });

    it('gives each heading a permalink named for screen readers', () => {
      render(<SectionList sections={explainer.sections} />);
      const first = explainer.sections[0];
      expect(screen.getByRole('link', { name: `Link to section: ${first.title}` })).toHaveAttribute('href', `#${first.id}`);
    });

    it('takes the permalink name from labels', () => {
      render(<SectionList sections={explainer.sections} labels={{ headingPermalink: 'Lien vers « {title} »' }} />);
      expect(screen.getByRole('link', { name: `Lien vers « ${explainer.sections[0].title} »` })).toBeInTheDocument();
    });
  });

  describe('when the variant is cards', () => {
    it('lists the items of a section as a list of cards', () => {
      const { container } = render(<SectionList sections={explainer.sections} variant="cards" />);
      expect(container.firstElementChild).toHaveAttribute('data-variant', 'cards');
      const kinds = screen.getByRole('region', { name: explainer.sections[1].title });
      expect(within(kinds).getByRole('list')).toHaveAttribute('data-slot', 'items');
      expect(within(kinds).getAllByRole('listitem')).toHaveLength(explainer.sections[1].items.length);
    });

    it('keeps reading order as divs in the default stack variant', () => {
      const { container } = render(<SectionList sections={explainer.sections} />);
      expect(container.firstElementChild).toHaveAttribute('data-variant', 'stack');
      expect(screen.queryAllByRole('listitem').filter((li) => li.getAttribute('data-slot') === 'item')).toHaveLength(0);
    });
  });

  describe('when given overrides', () => {
    it('uses renderSection and renderItem where they return something, the default elsewhere', () => {
      render(
        <SectionList
          sections={explainer.sections}
          renderSection={(section, index, node) => (index === 0 ? <p>custom {section.title}</p> : node)}
          renderItem={(item, index) => (index === 0 ? <p>item {item.title}</p> : undefined)}
        />,
      );
      expect(screen.getByText(`custom ${explainer.sections[0].title}`)).toBeInTheDocument();
      expect(screen.getByText(`item ${explainer.sections[1].items[0].title}`)).toBeInTheDocument();
      expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(explainer.sections.length - 1);
    });

    it('renders body elements through the components map, passing node', () => {
      const P = vi.fn((props: { children?: React.ReactNode; node?: unknown }) => <p data-custom="">{props.children}</p>);
      const { container } = render(<SectionList sections={explainer.sections} components={{ p: P }} />);
      expect(container.querySelectorAll('p[data-custom]').length).toBeGreaterThan(0);
      expect(P.mock.calls[0][0].node).toMatchObject({ type: 'element', tagName: 'p' });
    });
  });

  describe('when given bad data', () => {
    it('renders the valid sections and names the field once', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const sections = [explainer.sections[0], { title: 'no id' }, null] as unknown as typeof explainer.sections;
      render(<SectionList sections={sections} />);
      expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1);
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0][0])).toContain('sections');
    });

    it('renders an empty list for a non-array without throwing', () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const { container } = render(<SectionList sections={'oops' as never} />);
      expect(container.firstElementChild?.children).toHaveLength(0);
    });
  });
});
