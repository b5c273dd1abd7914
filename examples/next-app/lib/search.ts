/** Where the search button leads without JavaScript: a web search of this site. */
export const searchFallback = `https://duckduckgo.com/?q=${encodeURIComponent("site:example.org")}`;
