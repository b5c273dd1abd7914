import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { forwardRef } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { loadPost } from '../../../test/conformance.js';
import { createSearchIndex } from '../../search/build.js';
import type { SearchIndexData } from '../../search/data.js';
import { SearchDialog } from './SearchDialog.js';
import { markedSnippet } from './SearchPanel.js';
import { revealAfterNavigation } from './use-search.js';

// A real index of the test posts, as a host's build writes it (through JSON).
const index: SearchIndexData = JSON.parse(
  JSON.stringify(createSearchIndex(['explainer.md', 'technical.md', 'tides.md', 'ja.md', 'zh.md'].map(loadPost))),
);
const loader = () => vi.fn(() => Promise.resolve(index));

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const trigger = () => screen.getByRole('button', { name: /Search/ });
const field = () => screen.getByRole('combobox', { name: 'Search posts' });
const options = () => screen.queryAllByRole('option');
const press = (key: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(document.activeElement ?? document.body, { key, ...init });

async function openWith(init: Parameters<typeof press>) {
  press(...init);
  return waitFor(() => expect(field()).toHaveFocus());
}

async function typeQuery(text: string) {
  fireEvent.change(field(), { target: { value: text } });
  await waitFor(() => expect(options().length).toBeGreaterThan(0));
}

/** Records every click on the page without letting a link navigate (jsdom cannot), until the test ends. */
function followedClicks() {
  const followed = vi.fn((e: Event) => e.preventDefault());
  document.addEventListener('click', followed);
  onTestFinished(() => document.removeEventListener('click', followed));
  return followed;
}

describe('when rendered on the server', () => {
  it('is the plain link the host chose, so a reader without JavaScript still reaches search', () => {
    const html = renderToString(<SearchDialog indexUrl="/search.json" fallbackHref="/search/" />);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const link = doc.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/search/');
    // Its name is the label: the shortcut beside it is hidden from assistive technology, and unseen.
    expect([...link!.children].filter((el) => el.getAttribute('aria-hidden') !== 'true').map((el) => el.textContent).join('')).toBe('Search');
    expect(link!.querySelector('kbd')?.getAttribute('style')).toMatch(/visibility:\s*hidden/);
    expect(doc.querySelector('button, input, dialog')).toBeNull();
  });

  it('takes the room the button will take, so nothing moves when it hydrates', () => {
    const html = renderToString(<SearchDialog indexUrl="/search.json" fallbackHref="/search/" />);
    const link = new DOMParser().parseFromString(html, 'text/html').querySelector('a')!;
    const { container } = render(<SearchDialog indexUrl="/search.json" fallbackHref="/search/" />);
    const button = container.querySelector('button')!;
    const shape = (el: Element) => [el.className, ...[...el.children].map((c) => `${c.tagName.toLowerCase()}:${c.getAttribute('data-slot') ?? ''}:${c.textContent}`)];
    expect(shape(link)).toEqual(shape(button));
  });

  it('renders no control at all without a fallbackHref, rather than a button that cannot work', () => {
    const html = renderToString(<SearchDialog indexUrl="/search.json" />);
    expect(new DOMParser().parseFromString(html, 'text/html').querySelector('a, button, input')).toBeNull();
  });

  it('refuses an unsafe fallbackHref', () => {
    const html = renderToString(<SearchDialog indexUrl="/search.json" fallbackHref="javascript:alert(1)" />);
    expect(html).not.toContain('javascript:');
  });
});

describe('when hydrated', () => {
  it('becomes a button that says it opens a dialog and names its shortcuts, and loads nothing yet', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    render(<SearchDialog indexUrl="/search.json" fallbackHref="/search/" />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(trigger()).toHaveAttribute('aria-haspopup', 'dialog');
    expect(trigger()).toHaveAttribute('aria-expanded', 'false');
    expect(trigger()).toHaveAttribute('aria-keyshortcuts', 'Control+K Meta+K /');
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('when the reader opens it', () => {
  it('fetches indexUrl once, on the first open only', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify(index), { status: 200 })));
    vi.stubGlobal('fetch', fetch);
    render(<SearchDialog indexUrl="/search.json" />);
    fireEvent.click(trigger());
    await waitFor(() => expect(field()).toHaveFocus());
    await typeQuery('tokenizer');
    press('Escape');
    await waitFor(() => expect(trigger()).toHaveFocus());
    fireEvent.click(trigger());
    await waitFor(() => expect(field()).toHaveFocus());
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith('/search.json');
  });

  it('opens with Ctrl-K, ⌘-K and /, as a modal dialog named Search', async () => {
    for (const init of [{ key: 'k', ctrlKey: true }, { key: 'K', metaKey: true }, { key: '/' }]) {
      const { unmount } = render(<SearchDialog loadIndex={loader()} />);
      await openWith([init.key, init]);
      const dialog = screen.getByRole('dialog', { name: 'Search' });
      expect(dialog).toHaveAttribute('open');
      expect(trigger()).toHaveAttribute('aria-expanded', 'true');
      unmount();
    }
  });

  it('uses showModal where the browser has it, so the page behind is inert', async () => {
    const showModal = vi.fn(function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    });
    HTMLDialogElement.prototype.showModal = showModal;
    try {
      render(<SearchDialog loadIndex={loader()} />);
      fireEvent.click(trigger());
      await waitFor(() => expect(field()).toHaveFocus());
      expect(showModal).toHaveBeenCalledTimes(1);
    } finally {
      delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).showModal;
    }
  });

  it('leaves / alone while the reader types in a field of the page', () => {
    const load = loader();
    render(
      <>
        <textarea aria-label="comment" />
        <SearchDialog loadIndex={load} />
      </>,
    );
    const comment = screen.getByRole('textbox', { name: 'comment' });
    comment.focus();
    const event = fireEvent.keyDown(comment, { key: '/' });
    expect(event).toBe(true);
    expect(load).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps what the reader typed while the panel was loading', async () => {
    render(<SearchDialog loadIndex={loader()} />);
    press('k', { ctrlKey: true });
    for (const key of 'tidx') press(key);
    press('Backspace');
    await waitFor(() => expect(field()).toHaveFocus());
    expect(field()).toHaveValue('tid');
  });
});

describe('when the reader types a query', () => {
  it('lists the matching posts with title, date and the snippet, matched words in <mark>', async () => {
    render(<SearchDialog loadIndex={loader()} />);
    await openWith(['/']);
    await typeQuery('tokenizer');
    const [first] = options();
    expect(first).toHaveTextContent('Streaming JSON Parsing in TypeScript');
    expect(first.querySelector('time')).toHaveAttribute('dateTime', '2024-02-09');
    expect(first.querySelector('time')).toHaveTextContent('February 9, 2024');
    const marks = [...first.querySelectorAll('mark')].map((m) => m.textContent?.toLowerCase());
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m?.startsWith('tokenizer'))).toBe(true);
    expect(first).toHaveAttribute('href', '/posts/technical/#the-tokenizer-class');
    // The heading the words were found under shows them marked too.
    expect(first.querySelector('[data-slot="search-result-heading"] mark')?.textContent).toBe('Tokenizer');
    expect(field()).toHaveAttribute('aria-expanded', 'true');
    expect(field()).toHaveAttribute('aria-controls', screen.getByRole('listbox', { name: 'Search results' }).id);
  });

  it('announces the number of results in a polite live region once the reader pauses', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    render(<SearchDialog loadIndex={loader()} />);
    await openWith(['/']);
    await typeQuery('tide');
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('');
    await act(() => vi.advanceTimersByTimeAsync(600));
    expect(status).toHaveTextContent(new RegExp(`^${options().length} results?$`));
  });

  it('says so when nothing matches, and shows no list', async () => {
    render(<SearchDialog loadIndex={loader()} />);
    await openWith(['/']);
    fireEvent.change(field(), { target: { value: 'qqqqzzzz' } });
    await waitFor(() => expect(screen.getByText('No posts match “qqqqzzzz”')).toBeInTheDocument());
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(field()).toHaveAttribute('aria-expanded', 'false');
  });

  it('finds a Japanese post by a Japanese word', async () => {
    render(<SearchDialog loadIndex={loader()} />);
    await openWith(['/']);
    const ja = loadPost('ja.md');
    const word = (ja.title.match(/[\p{Script=Han}\p{Script=Katakana}]{2,}/u) ?? [ja.title])[0];
    await typeQuery(word);
    expect(options().map((o) => o.querySelector('[data-slot="search-result-title"]')?.textContent)).toContain(ja.title);
  });
});

describe('when the reader uses the keyboard in the results', () => {
  it('moves the active result with the arrows, Home and End, and Enter follows it', async () => {
    const followed = followedClicks();
    render(<SearchDialog loadIndex={loader()} />);
    await openWith(['/']);
    await typeQuery('tide');
    const list = options();
    expect(list.length).toBeGreaterThan(1);
    expect(field()).not.toHaveAttribute('aria-activedescendant');
    press('ArrowDown');
    expect(field()).toHaveAttribute('aria-activedescendant', list[0].id);
    expect(list[0]).toHaveAttribute('aria-selected', 'true');
    press('ArrowDown');
    expect(field()).toHaveAttribute('aria-activedescendant', list[1].id);
    press('End');
    expect(field()).toHaveAttribute('aria-activedescendant', list.at(-1)!.id);
    press('ArrowDown');
    expect(field()).toHaveAttribute('aria-activedescendant', list[0].id);
    press('ArrowUp');
    expect(field()).toHaveAttribute('aria-activedescendant', list.at(-1)!.id);
    press('Home');
    press('ArrowDown');
    expect(field()).toHaveAttribute('aria-activedescendant', list[1].id);
    press('Enter');
    expect(followed).toHaveBeenCalledTimes(1);
    expect(followed.mock.calls[0][0].target).toBe(list[1]);
    // Following a result closes the dialog without pulling focus back to the trigger.
    await waitFor(() => expect(trigger()).toHaveAttribute('aria-expanded', 'false'));
    expect(trigger()).not.toHaveFocus();
  });

  it('follows the first result on Enter when none is active yet', async () => {
    const followed = followedClicks();
    render(<SearchDialog loadIndex={loader()} />);
    await openWith(['/']);
    await typeQuery('tokenizer');
    press('Enter');
    expect(followed).toHaveBeenCalledTimes(1);
    expect((followed.mock.calls[0][0].target as HTMLElement).getAttribute('href')).toBe('/posts/technical/#the-tokenizer-class');
  });

  it('keeps an Enter pressed while the index loads, and follows the first result once it arrives', async () => {
    const followed = followedClicks();
    let arrive: (data: SearchIndexData) => void = () => {};
    render(<SearchDialog loadIndex={() => new Promise((resolve) => (arrive = resolve))} />);
    await openWith(['/']);
    fireEvent.change(field(), { target: { value: 'tokenizer' } });
    await waitFor(() => expect(screen.getByText('Loading search…')).toBeInTheDocument());
    press('Enter');
    expect(followed).not.toHaveBeenCalled();
    await act(async () => arrive(index));
    await waitFor(() => expect(followed).toHaveBeenCalledTimes(1));
    expect((followed.mock.calls[0][0].target as HTMLElement).getAttribute('href')).toBe('/posts/technical/#the-tokenizer-class');
  });

  it('keeps an Enter typed before the panel was there, and forgets it when the reader types on', async () => {
    const followed = followedClicks();
    render(<SearchDialog loadIndex={loader()} />);
    press('/');
    for (const key of 'tokenizer') press(key);
    press('Enter');
    await waitFor(() => expect(followed).toHaveBeenCalledTimes(1));
    expect((followed.mock.calls[0][0].target as HTMLElement).getAttribute('href')).toBe('/posts/technical/#the-tokenizer-class');

    let arrive: (data: SearchIndexData) => void = () => {};
    const { unmount } = render(<SearchDialog shortcuts={false} loadIndex={() => new Promise((resolve) => (arrive = resolve))} />);
    fireEvent.click(screen.getAllByRole('button', { name: /Search/ }).at(-1)!);
    await waitFor(() => expect(screen.getAllByRole('combobox').at(-1)).toHaveFocus());
    const later = followedClicks();
    const box = screen.getAllByRole('combobox').at(-1)!;
    fireEvent.change(box, { target: { value: 'tide' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.change(box, { target: { value: 'tides' } });
    await act(async () => arrive(index));
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(0));
    expect(later).not.toHaveBeenCalled();
    unmount();
  });

  it('closes on Escape and gives focus back to the trigger', async () => {
    render(<SearchDialog loadIndex={loader()} />);
    await openWith(['k', { ctrlKey: true }]);
    press('Escape');
    await waitFor(() => expect(trigger()).toHaveFocus());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('closes with its Close button too (a phone has no Escape key)', async () => {
    render(<SearchDialog loadIndex={loader()} />);
    await openWith(['/']);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(trigger()).toHaveFocus());
  });
});

describe('when the index loads slowly or not at all', () => {
  it('says it is loading, then fails with a retry that loads again', async () => {
    let fail = true;
    const load = vi.fn(() => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(index)));
    render(<SearchDialog loadIndex={load} />);
    await openWith(['/']);
    await waitFor(() => expect(screen.getByText('Search could not be loaded.')).toBeInTheDocument());
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await typeQuery('tokenizer');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows the loading message for a query typed before the index arrives', async () => {
    render(<SearchDialog loadIndex={() => new Promise(() => {})} />);
    await openWith(['/']);
    fireEvent.change(field(), { target: { value: 'tide' } });
    expect(screen.getByText('Loading search…')).toBeInTheDocument();
  });

  it('fails with a message when indexUrl answers with an error', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(new Response('nope', { status: 404 }))));
    render(<SearchDialog indexUrl="/missing.json" />);
    await openWith(['/']);
    await waitFor(() => expect(screen.getByText('Search could not be loaded.')).toBeInTheDocument());
  });
});

describe('when the host configures it', () => {
  it('takes its strings from labels, in the locale given', async () => {
    const labels = { search: 'Suche', searchField: 'Beiträge durchsuchen', searchResults: { one: '{count} Treffer', other: '{count} Treffer' } };
    render(<SearchDialog loadIndex={loader()} labels={labels} locale="de-DE" />);
    fireEvent.click(screen.getByRole('button', { name: /Suche/ }));
    const input = await screen.findByRole('combobox', { name: 'Beiträge durchsuchen' });
    fireEvent.change(input, { target: { value: 'tokenizer' } });
    await waitFor(() => expect(screen.getByText('1 Treffer')).toBeInTheDocument());
    expect(screen.getByRole('option').querySelector('time')).toHaveTextContent('9. Februar 2024');
  });

  it('links results through resultHref and the host’s link component', async () => {
    const Link = forwardRef<HTMLAnchorElement, React.ComponentProps<'a'>>(function Link(props, ref) {
      return <a ref={ref} data-host-link="" {...props} />;
    });
    render(<SearchDialog loadIndex={loader()} resultHref={(r) => `/blog/${r.slug}`} linkComponent={Link} />);
    await openWith(['/']);
    await typeQuery('tokenizer');
    expect(options()[0]).toHaveAttribute('data-host-link');
    expect(options()[0]).toHaveAttribute('href', '/blog/technical#the-tokenizer-class');
  });

  it('renders a result without a link when resultHref gives an unsafe URL', async () => {
    render(<SearchDialog loadIndex={loader()} resultHref={() => 'javascript:alert(1)'} />);
    await openWith(['/']);
    await typeQuery('tokenizer');
    expect(options()[0].tagName).toBe('DIV');
    expect(options()[0]).not.toHaveAttribute('href');
  });

  it('inline, is a search field that loads on first focus and lists results under it', async () => {
    const load = loader();
    render(<SearchDialog loadIndex={load} inline />);
    expect(screen.queryByRole('button')).toBeNull();
    const placeholder = screen.getByRole('searchbox', { name: 'Search posts' });
    expect(load).not.toHaveBeenCalled();
    act(() => placeholder.focus());
    await waitFor(() => expect(field()).toHaveFocus());
    expect(load).toHaveBeenCalledTimes(1);
    await typeQuery('tokenizer');
    expect(screen.queryByRole('dialog')).toBeNull();
    press('Escape');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(field()).toHaveFocus();
  });

  it('answers a shortcut once when a page has two (the first mounted opens), and not one the page took', async () => {
    const first = loader();
    const second = loader();
    render(
      <>
        <SearchDialog loadIndex={first} />
        <SearchDialog loadIndex={second} inline />
      </>,
    );
    const taken = (e: KeyboardEvent) => e.key === 'k' && e.preventDefault();
    document.addEventListener('keydown', taken, { capture: true });
    press('k', { ctrlKey: true });
    document.removeEventListener('keydown', taken, { capture: true });
    expect(first).not.toHaveBeenCalled();
    press('k', { ctrlKey: true });
    await waitFor(() => expect(screen.getByRole('dialog')).toHaveAttribute('open'));
    expect(second).not.toHaveBeenCalled();
  });

  it('does nothing on the shortcuts when shortcuts is false', () => {
    const load = loader();
    render(<SearchDialog loadIndex={load} shortcuts={false} />);
    press('k', { ctrlKey: true });
    press('/');
    expect(load).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('when themed', () => {
  const panelSlots = ['search-dialog', 'search-box', 'search-input', 'search-close', 'search-message', 'search-status', 'search-results', 'search-result', 'search-result-title', 'search-result-heading', 'search-result-date', 'search-result-snippet', 'search-mark'];

  it('puts each classNames entry of the panel on its part, next to the stable rbk- class', async () => {
    const classNames = Object.fromEntries(panelSlots.map((s) => [s, `host-${s}`]));
    const { container } = render(<SearchDialog loadIndex={loader()} classNames={classNames} />);
    await openWith(['/']);
    await typeQuery('tokenizer');
    for (const s of panelSlots) {
      const parts = container.querySelectorAll(`[data-slot="${s}"]`);
      expect(parts.length, `part ${s}`).toBeGreaterThan(0);
      for (const part of parts) expect(part, `part ${s}`).toHaveClass(`host-${s}`, `rbk-${s}`);
    }
  });

  it('leaves every rbk- class off the open panel when unstyled', async () => {
    const { container } = render(<SearchDialog loadIndex={loader()} unstyled />);
    await openWith(['/']);
    await typeQuery('tokenizer');
    expect(container.querySelectorAll('[data-slot="search-result"]').length).toBeGreaterThan(0);
    expect([...container.querySelectorAll('*')].flatMap((el) => [...el.classList].filter((c) => c.startsWith('rbk-')))).toEqual([]);
  });

  it('lays the dialog out right to left under dir="rtl", inheriting from its root', async () => {
    const { container } = render(<SearchDialog loadIndex={loader()} dir="rtl" colorScheme="dark" />);
    await openWith(['/']);
    expect(container.firstElementChild).toHaveAttribute('dir', 'rtl');
    expect(container.firstElementChild).toHaveAttribute('data-color-scheme', 'dark');
    expect(screen.getByRole('dialog').closest('[dir]')).toBe(container.firstElementChild);
  });
});

describe('revealAfterNavigation', () => {
  /** A heading the router rendered below the fold, whose scrolling `scroll` records. */
  const headingBelow = (id: string, scroll: () => void) => {
    const heading = document.createElement('h2');
    heading.id = id;
    heading.scrollIntoView = scroll;
    heading.getBoundingClientRect = () => new DOMRect(0, 900, 100, 20);
    document.body.append(heading);
    return heading;
  };

  // A router that streams the post in renders its headings after it scrolled: the heading is waited for.
  it('scrolls the heading into view once the page shows it', async () => {
    vi.useFakeTimers();
    const scroll = vi.fn();
    revealAfterNavigation(`${location.pathname}#later`);
    history.replaceState(null, '', '#later');
    await vi.advanceTimersByTimeAsync(200);
    const heading = headingBelow('later', scroll);
    await vi.advanceTimersByTimeAsync(100);
    expect(scroll).toHaveBeenCalledTimes(1);
    heading.remove();
  });

  it('waits while the router still shows the old page, with its own hash', async () => {
    vi.useFakeTimers();
    const before = location.href;
    history.replaceState(null, '', '/from/#old');
    const scroll = vi.fn();
    revealAfterNavigation('/to/#arrived');
    await vi.advanceTimersByTimeAsync(300);
    history.replaceState(null, '', '/to/#arrived');
    const heading = headingBelow('arrived', scroll);
    await vi.advanceTimersByTimeAsync(100);
    expect(scroll).toHaveBeenCalledTimes(1);
    heading.remove();
    history.replaceState(null, '', before);
  });

  it('leaves the page alone once the reader scrolls or types', async () => {
    vi.useFakeTimers();
    const scroll = vi.fn();
    revealAfterNavigation(`${location.pathname}#typed`);
    history.replaceState(null, '', '#typed');
    window.dispatchEvent(new Event('wheel'));
    const heading = document.createElement('h2');
    heading.id = 'typed';
    heading.scrollIntoView = scroll;
    document.body.append(heading);
    await vi.advanceTimersByTimeAsync(500);
    expect(scroll).not.toHaveBeenCalled();
    heading.remove();
  });
});

describe('markedSnippet', () => {
  const part = (name: string) => ({ 'data-slot': name }) as never;
  const html = (nodes: React.ReactNode[]) => renderToString(<>{nodes}</>);

  it('wraps each range in <mark> as elements, so markup in the text stays text', () => {
    expect(html(markedSnippet('a <b> tide and tides', [[6, 10], [15, 20]], part))).toBe(
      'a &lt;b&gt; <mark data-slot="search-mark">tide</mark> and <mark data-slot="search-mark">tides</mark>',
    );
  });

  it('skips ranges that overlap, run backwards or leave the text', () => {
    expect(html(markedSnippet('tide', [[0, 2], [1, 3], [3, 2], [2, 9]], part))).toBe('<mark data-slot="search-mark">ti</mark>de');
  });
});
