/* reglab theme behaviour. Every feature is an enhancement: without JavaScript the page reads the
   same (the theme follows the system setting, code is selectable, the search box stays hidden). */
(function () {
  "use strict";
  var root = document.documentElement;
  var prefix = root.getAttribute("data-root") || "";

  /* Theme toggle: flips the effective theme and remembers the choice. */
  var toggle = document.querySelector(".theme-toggle");
  if (toggle) {
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      var current = root.dataset.theme ||
        (window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
      var next = current === "dark" ? "light" : "dark";
      root.dataset.theme = next;
      try { localStorage.setItem("reglab-theme", next); } catch (e) { /* storage disabled: toggle still works for this page */ }
    });
  }

  /* Navigation drawer on small screens. */
  var navToggle = document.querySelector(".nav-toggle");
  if (navToggle) {
    var setNav = function (open) {
      document.body.classList.toggle("nav-open", open);
      navToggle.setAttribute("aria-expanded", open ? "true" : "false");
    };
    navToggle.addEventListener("click", function () {
      setNav(!document.body.classList.contains("nav-open"));
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape") { setNav(false); }
    });
    document.addEventListener("click", function (ev) {
      if (document.body.classList.contains("nav-open") && !ev.target.closest(".site-nav, .nav-toggle")) { setNav(false); }
    });
  }

  /* Copy buttons on code blocks. */
  Array.prototype.forEach.call(document.querySelectorAll(".code-block"), function (block) {
    var button = block.querySelector(".copy-button");
    var code = block.querySelector("pre code");
    if (!button || !code) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = code.textContent;
      var done = function () {
        button.textContent = "Copied";
        button.classList.add("copied");
        setTimeout(function () { button.textContent = "Copy"; button.classList.remove("copied"); }, 1500);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () { fallbackCopy(text); done(); });
      } else {
        fallbackCopy(text);
        done();
      }
    });
  });

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing else to try */ }
    document.body.removeChild(area);
  }

  /* Table of contents: highlight the section being read. */
  var tocLinks = Array.prototype.slice.call(document.querySelectorAll(".toc a[href^='#']"));
  if (tocLinks.length && "IntersectionObserver" in window) {
    var byId = {};
    tocLinks.forEach(function (a) { byId[decodeURIComponent(a.getAttribute("href").slice(1))] = a; });
    var visible = {};
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) { visible[e.target.id] = e.isIntersecting; });
      var first = null;
      tocLinks.forEach(function (a) {
        var id = decodeURIComponent(a.getAttribute("href").slice(1));
        if (!first && visible[id]) { first = a; }
      });
      if (first) {
        tocLinks.forEach(function (a) { a.classList.toggle("active", a === first); });
      }
    }, { rootMargin: "0px 0px -70% 0px" });
    Object.keys(byId).forEach(function (id) {
      var el = document.getElementById(id);
      if (el) { observer.observe(el); }
    });
  }

  /* Search over window.REGLAB_SEARCH (assets/search-index.js, a script so it loads from file:// too). */
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var index = window.REGLAB_SEARCH;
  if (!input || !list || !index) { return; }
  input.disabled = false;
  var selected = -1;

  function escapeHtml(s) {
    return s.replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" }[c]; });
  }
  function terms(q) {
    return q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
  }
  function highlight(text, words) {
    var html = escapeHtml(text);
    words.forEach(function (w) {
      var re = new RegExp("(" + w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + ")", "gi");
      html = html.replace(re, "<mark>$1</mark>");
    });
    return html;
  }
  function snippet(text, words) {
    var lower = text.toLowerCase();
    var at = lower.indexOf(words[0]);
    var start = Math.max(0, at - 60);
    if (start > 0) {
      var space = text.indexOf(" ", start);
      start = space >= 0 && space < at ? space + 1 : start;
    }
    var s = text.slice(start, start + 180);
    return (start > 0 ? "\u2026" : "") + s + (start + 180 < text.length ? "\u2026" : "");
  }
  function search(q) {
    var words = terms(q);
    if (!words.length) { return { words: words, hits: [] }; }
    var hits = [];
    index.forEach(function (e) {
      var h = e.h.toLowerCase();
      var t = e.t.toLowerCase();
      var score = 0;
      for (var i = 0; i < words.length; i++) {
        var inHeading = h.indexOf(words[i]) >= 0;
        var inText = t.indexOf(words[i]) >= 0;
        if (!inHeading && !inText) { return; }
        score += (inHeading ? 10 : 0) + (inText ? 1 : 0);
      }
      hits.push({ e: e, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score; });
    return { words: words, hits: hits.slice(0, 10) };
  }
  function show() {
    var result = search(input.value);
    selected = -1;
    if (!input.value.trim()) { list.hidden = true; list.innerHTML = ""; return; }
    if (!result.hits.length) {
      list.innerHTML = "<li class=\"r-none\">No results for \u201c" + escapeHtml(input.value.trim()) + "\u201d</li>";
    } else {
      list.innerHTML = result.hits.map(function (hit) {
        var e = hit.e;
        return "<li><a href=\"" + escapeHtml(prefix + e.u) + "\">" +
          "<span class=\"r-title\">" + highlight(e.h, result.words) + "</span>" +
          "<span class=\"r-page\">" + escapeHtml(e.p) + "</span>" +
          (e.t ? "<span class=\"r-text\">" + highlight(snippet(e.t, result.words), result.words) + "</span>" : "") +
          "</a></li>";
      }).join("");
    }
    list.hidden = false;
  }
  function move(delta) {
    var links = list.querySelectorAll("a");
    if (!links.length) { return; }
    selected = (selected + delta + links.length) % links.length;
    Array.prototype.forEach.call(links, function (a, i) { a.setAttribute("aria-selected", i === selected ? "true" : "false"); });
    links[selected].scrollIntoView({ block: "nearest" });
  }
  input.addEventListener("input", show);
  input.addEventListener("focus", function () { if (input.value.trim()) { show(); } });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown") { move(1); ev.preventDefault(); }
    else if (ev.key === "ArrowUp") { move(-1); ev.preventDefault(); }
    else if (ev.key === "Enter") {
      var links = list.querySelectorAll("a");
      var target = links[selected >= 0 ? selected : 0];
      if (target) { window.location.href = target.getAttribute("href"); list.hidden = true; }
    } else if (ev.key === "Escape") { list.hidden = true; input.blur(); }
  });
  list.addEventListener("click", function (ev) {
    if (ev.target.closest("a")) { list.hidden = true; }
  });
  document.addEventListener("click", function (ev) {
    if (!ev.target.closest(".search")) { list.hidden = true; }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "/" && document.activeElement !== input && !/input|textarea/i.test(document.activeElement.tagName)) {
      ev.preventDefault();
      input.focus();
    }
  });
})();
