/* reglab search: MiniSearch (assets/vendor/minisearch/) over an index of the site's sections that
   the build made and serialized (assets/search-index.js, window.REGLAB_SEARCH_INDEX), loaded with
   the options of assets/search-options.js, the build's own. None of the three loads with the page:
   the first focus of the search box (or the / key) adds them as script tags, which load from
   file:// and, through the page runtime, in the single-file edition. Until they are in, what the
   reader types or presses waits: the results appear, or Enter/ArrowDown take effect, once the index
   is loaded; only a load that takes noticeably long says so.
   Every word matches as a prefix while typing; a word of four letters or more forgives one typo (a
   letter added, dropped, changed, or two neighbours swapped). Results are grouped by page, each
   with the section heading and a snippet, matches marked. Keyboard: ArrowDown from the box enters
   the results, ArrowUp/ArrowDown/Home/End move, Escape closes, Enter in the box opens the first. */
(function () {
  "use strict";
  var input = document.getElementById("search-input");
  var panel = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !panel || !status) { return; }
  var root = document.documentElement.getAttribute("data-root") || "";
  /* In execution order: the engine, the options (which only define functions), the index. */
  var FILES = ["assets/vendor/minisearch/minisearch.js", "assets/search-options.js", "assets/search-index.js"];
  /* Below this a load is not announced, so a quick one shows no flash of a message. */
  var SLOW_LOAD_MS = 300;
  var MAX_PAGES = 8;
  var MAX_SECTIONS = 4;
  var engine = null;
  var fold = null;
  var loading = null;
  var failed = false;
  var slow = false;
  var pendingKey = null;
  input.disabled = false;

  function script(path) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.async = false;
      s.onload = resolve;
      s.onerror = function () { reject(new Error("could not load " + path)); };
      s.src = root + path;
      document.head.appendChild(s);
    });
  }

  function load() {
    if (!loading) {
      panel.setAttribute("aria-busy", "true");
      loading = Promise.all(FILES.map(script)).then(function () {
        var config = window.REGLAB_SEARCH_CONFIG;
        engine = window.MiniSearch.loadJSON(window.REGLAB_SEARCH_INDEX, config.options);
        fold = config.fold;
        window.REGLAB_SEARCH_INDEX = null;
      }).catch(function (e) {
        failed = true;
        if (window.console) { window.console.error("search: " + e.message); }
      }).then(function () {
        panel.removeAttribute("aria-busy");
        var key = pendingKey;
        pendingKey = null;
        if (input.value.trim()) { show(); }
        if (key === "Enter") { openFirst(); }
        else if (key === "ArrowDown" && document.activeElement === input) { focusLink(0); }
      });
      setTimeout(function () {
        slow = true;
        if (!engine && !failed && input.value.trim()) { loadingMessage(); }
      }, SLOW_LOAD_MS);
    }
    return loading;
  }

  function terms(q) {
    return window.MiniSearch.getDefault("tokenize")(q).map(fold).filter(function (t) { return t.length > 0; });
  }
  /* The word with each pair of neighbouring letters swapped: a transposition is one typo to a
     reader, but two edits to MiniSearch's Levenshtein distance. */
  function swaps(t) {
    var out = [];
    for (var i = 0; i + 1 < t.length; i++) {
      if (t[i] !== t[i + 1]) { out.push(t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2)); }
    }
    return out;
  }
  function query(words) {
    return {
      combineWith: "AND",
      queries: words.map(function (t) {
        var forgiving = t.length >= 4;
        var alternatives = [{ queries: [t], prefix: true, fuzzy: forgiving ? 1 : 0 }];
        if (forgiving) {
          swaps(t).forEach(function (s) { alternatives.push({ queries: [s], prefix: true, fuzzy: 0 }); });
        }
        return { combineWith: "OR", queries: alternatives };
      })
    };
  }

  /* Groups of {title, sections: [{doc, terms}]}, pages in the order of their best section; a doc is
     a hit with the section's stored fields (u, p, h, t). */
  function search(q) {
    var words = terms(q);
    if (!words.length) { return []; }
    var groups = [];
    var byPage = {};
    engine.search(query(words)).forEach(function (d) {
      var page = d.u.split("#")[0];
      var g = byPage[page];
      if (!g) {
        if (groups.length >= MAX_PAGES) { return; }
        g = byPage[page] = { title: d.p, sections: [] };
        groups.push(g);
      }
      if (g.sections.length < MAX_SECTIONS) { g.sections.push({ doc: d, terms: d.terms }); }
    });
    return groups;
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" }[c]; });
  }
  function escapeRegExp(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  /* Where the matched words are in text, as [start, end) pairs of text's indices; the text is
     folded character by character so indices map back through accents and case. */
  function matches(text, words) {
    if (!words.length) { return []; }
    var folded = "";
    var at = [];
    for (var i = 0; i < text.length; i++) {
      var f = fold(text[i]);
      for (var k = 0; k < f.length; k++) { folded += f[k]; at.push(i); }
    }
    at.push(text.length);
    var re = new RegExp("(?<![\\p{L}\\p{N}])(?:" + words.map(escapeRegExp).join("|") + ")(?![\\p{L}\\p{N}])", "gu");
    var out = [];
    var m;
    while ((m = re.exec(folded)) !== null) {
      out.push([at[m.index], at[m.index + m[0].length]]);
      if (m[0].length === 0) { re.lastIndex++; }
    }
    return out;
  }
  function mark(text, spans, from, to) {
    var html = "";
    var pos = from;
    spans.forEach(function (s) {
      if (s[0] < from || s[1] > to) { return; }
      html += escapeHtml(text.slice(pos, s[0])) + "<mark>" + escapeHtml(text.slice(s[0], s[1])) + "</mark>";
      pos = s[1];
    });
    return html + escapeHtml(text.slice(pos, to));
  }
  /* About 160 characters of text around its first match, cut at spaces. */
  function snippet(text, words) {
    var spans = matches(text, words);
    var first = spans.length ? spans[0][0] : 0;
    var start = Math.max(0, first - 50);
    if (start > 0) {
      var space = text.indexOf(" ", start);
      start = space >= 0 && space < first ? space + 1 : start;
    }
    var end = Math.min(text.length, start + 160);
    if (end < text.length) {
      var back = text.lastIndexOf(" ", end);
      end = back > first ? back : end;
    }
    return (start > 0 ? "\u2026" : "") + mark(text, spans, start, end) + (end < text.length ? "\u2026" : "");
  }

  function links() { return Array.prototype.slice.call(panel.querySelectorAll("a")); }
  function open(show) { panel.hidden = !show; }
  function message(text, said) {
    panel.innerHTML = "<p class=\"search-none\">" + escapeHtml(text) + "</p>";
    status.textContent = said;
    open(true);
  }

  function loadingMessage() { message("Loading the search index\u2026", "Loading the search index"); }

  function show() {
    var q = input.value.trim();
    if (!q) { open(false); panel.innerHTML = ""; status.textContent = ""; return; }
    if (failed) { message("Search is unavailable: its index did not load.", "Search is unavailable"); return; }
    if (!engine) {
      if (slow) { loadingMessage(); }
      load();
      return;
    }
    var groups = search(q);
    if (!groups.length) {
      panel.innerHTML = "<p class=\"search-none\">No results for \u201c" + escapeHtml(q) + "\u201d</p>";
      status.textContent = "No results";
    } else {
      var count = 0;
      panel.innerHTML = groups.map(function (g, gi) {
        return "<div class=\"search-group\"><p class=\"search-page\" id=\"search-page:" + gi + "\">" + escapeHtml(g.title) + "</p>" +
          "<ul aria-labelledby=\"search-page:" + gi + "\">" + g.sections.map(function (s) {
            count++;
            var d = s.doc;
            return "<li><a href=\"" + escapeHtml(root + d.u) + "\"><span class=\"search-heading\">" +
              mark(d.h, matches(d.h, s.terms), 0, d.h.length) + "</span>" +
              (d.t ? "<span class=\"search-snippet\">" + snippet(d.t, s.terms) + "</span>" : "") + "</a></li>";
          }).join("") + "</ul></div>";
      }).join("");
      status.textContent = count + (count === 1 ? " result" : " results") + " on " + groups.length +
        (groups.length === 1 ? " page" : " pages") + "; press the down arrow to go through them";
    }
    open(true);
  }

  function focusLink(i) {
    var all = links();
    if (!all.length) { return; }
    all[Math.max(0, Math.min(all.length - 1, i))].focus();
  }

  function openFirst() {
    var first = links()[0];
    if (first) { open(false); first.click(); }
  }

  input.addEventListener("focus", function () { if (engine) { if (input.value.trim()) { show(); } } else { load(); } });
  input.addEventListener("input", function () { pendingKey = null; show(); });
  input.addEventListener("keydown", function (ev) {
    if (!engine && !failed && (ev.key === "ArrowDown" || ev.key === "Enter")) {
      /* The index is still loading: the key takes effect once it is in. */
      if (input.value.trim()) { pendingKey = ev.key; }
      ev.preventDefault();
      load();
    } else if (ev.key === "ArrowDown") {
      if (panel.hidden && input.value.trim()) { show(); }
      focusLink(0);
      ev.preventDefault();
    } else if (ev.key === "Enter") {
      if (links().length) { ev.preventDefault(); openFirst(); }
    } else if (ev.key === "Escape") {
      if (!panel.hidden) { open(false); } else { input.value = ""; }
      ev.preventDefault();
    }
  });
  panel.addEventListener("keydown", function (ev) {
    var all = links();
    var i = all.indexOf(document.activeElement);
    if (i < 0) { return; }
    if (ev.key === "ArrowDown") { focusLink(i + 1); }
    else if (ev.key === "ArrowUp") { if (i === 0) { input.focus(); } else { focusLink(i - 1); } }
    else if (ev.key === "Home") { focusLink(0); }
    else if (ev.key === "End") { focusLink(all.length - 1); }
    else if (ev.key === "Escape") { open(false); input.focus(); }
    else { return; }
    ev.preventDefault();
  });
  panel.addEventListener("click", function (ev) { if (ev.target.closest("a")) { open(false); } });
  document.addEventListener("click", function (ev) { if (!ev.target.closest(".search")) { open(false); } });
  document.querySelector(".search").addEventListener("focusout", function (ev) {
    if (!ev.relatedTarget || !ev.relatedTarget.closest || !ev.relatedTarget.closest(".search")) { open(false); }
  });
  document.addEventListener("keydown", function (ev) {
    var el = document.activeElement;
    if (ev.key === "/" && el !== input && !/^(input|textarea|select)$/i.test(el.tagName) && !el.isContentEditable) {
      ev.preventDefault();
      input.focus();
    }
  });
})();
