/* reglab search: the one place MiniSearch's options are written. The build indexes the site's
   sections with them in its headless browser (render/browser/search-index.mjs) and ships the index
   serialized; the pages load it with MiniSearch.loadJSON and the same options (search.js), as
   MiniSearch requires: an index loaded with another tokenizer or processTerm would not find what
   it holds. A plain script, so it loads from file:// and in the single-file edition.

   A document is a section: {i: number, u: URL, p: page title, h: heading, t: text, l: 1 on a
   page's first section}. Ranking: BM25 with the page title (on a page's first section) above
   headings above text. u, p, h and t are stored in the index for the results and their snippets. */
(function () {
  "use strict";
  /* Lower case without accents, so "regularisation" and "Régularisation" are one word. */
  function fold(s) { return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase(); }

  window.REGLAB_SEARCH_CONFIG = {
    fold: fold,
    options: {
      idField: "i",
      fields: ["title", "heading", "text"],
      storeFields: ["u", "p", "h", "t"],
      extractField: function (d, field) {
        return field === "title" ? (d.l ? d.p : "") : field === "heading" ? d.h : field === "text" ? d.t : d[field];
      },
      processTerm: function (term) { var t = fold(term); return t.length ? t : null; },
      searchOptions: { combineWith: "AND", boost: { title: 4, heading: 3 }, weights: { fuzzy: 0.2, prefix: 0.5 } }
    }
  };
})();
