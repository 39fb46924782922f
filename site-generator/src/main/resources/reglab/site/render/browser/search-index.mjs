// The site's search index, made at build time: MiniSearch indexes the sections with the options
// the pages load it with (the theme's search-options.js, loaded by render.html as a plain script
// as the pages load it) and the result is MiniSearch's own serialization, which the pages read
// back with MiniSearch.loadJSON. Item source: the sections as a JSON array (SearchIndex.java).

/* global MiniSearch */

export function indexSearch(item) {
  try {
    const config = window.REGLAB_SEARCH_CONFIG;
    const index = new MiniSearch(config.options);
    index.addAll(JSON.parse(item.source));
    return { key: item.key, html: JSON.stringify(index) };
  } catch (e) {
    return { key: item.key, error: String(e?.message ?? e), line: 0 };
  }
}
