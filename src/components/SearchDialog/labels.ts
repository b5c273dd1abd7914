/*
 * SearchDialog's strings, next to it rather than in the labels every component carries: a page
 * without search does not load them, and the dialog does not load the other components' strings.
 */

/** Every string SearchDialog shows or announces; give any of them in its `labels` prop. */
export interface SearchLabels {
  /** The button (and its no-JavaScript link) and the dialog's accessible name. @default 'Search' */
  search: string;
  /** Accessible name and placeholder of the search field. @default 'Search posts' */
  searchField: string;
  /** Accessible name of the list of search results. @default 'Search results' */
  searchResultsList: string;
  /** The number of results, per plural category, shown and announced; `{count}`. @default { one: '{count} result', other: '{count} results' } */
  searchResults: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  /** Shown and announced when nothing matches; `{query}` is what the reader typed. @default 'No posts match “{query}”' */
  searchNoResults: string;
  /** Shown while the search index loads. @default 'Loading search…' */
  searchLoading: string;
  /** Shown when the search index could not be loaded. @default 'Search could not be loaded.' */
  searchFailed: string;
  /** The button that loads the search index again after a failure. @default 'Try again' */
  searchRetry: string;
  /** The button that closes the search dialog. @default 'Close' */
  searchClose: string;
}

const defaults: SearchLabels = {
  search: 'Search',
  searchField: 'Search posts',
  searchResultsList: 'Search results',
  searchResults: { one: '{count} result', other: '{count} results' },
  searchNoResults: 'No posts match “{query}”',
  searchLoading: 'Loading search…',
  searchFailed: 'Search could not be loaded.',
  searchRetry: 'Try again',
  searchClose: 'Close',
};

/** The defaults overlaid with the host's strings; values of the wrong type are ignored. */
export function searchLabels(labels: unknown): SearchLabels {
  const out = { ...defaults };
  if (!labels || typeof labels !== 'object') return out;
  const given = labels as Record<string, unknown>;
  for (const key of Object.keys(defaults) as (keyof SearchLabels)[]) {
    const value = given[key];
    if (key === 'searchResults') {
      if (value && typeof value === 'object') {
        out.searchResults = { ...(value as SearchLabels['searchResults']) };
        if (typeof out.searchResults.other !== 'string') out.searchResults.other = defaults.searchResults.other;
      }
    } else if (typeof value === 'string') out[key] = value;
  }
  return out;
}
