// The render page's search-index worker (a classic worker, so it can load MiniSearch's UMD build
// and the theme's options as the site's pages load them, with importScripts). Message in:
// {id, source} (the sections as a JSON array, SearchIndex.java); out: {id, json} (MiniSearch's
// serialization of the index) or {id, error}.

// search-options.js is written for pages and sets window.REGLAB_SEARCH_CONFIG; a worker's global
// object is self.
self.window = self;
importScripts('/vendor/minisearch/minisearch.js', '/theme/search-options.js');

/* global MiniSearch */

self.onmessage = ({ data }) => {
  try {
    const index = new MiniSearch(self.REGLAB_SEARCH_CONFIG.options);
    index.addAll(JSON.parse(data.source));
    self.postMessage({ id: data.id, json: JSON.stringify(index) });
  } catch (e) {
    self.postMessage({ id: data.id, error: String(e?.message ?? e) });
  }
};
