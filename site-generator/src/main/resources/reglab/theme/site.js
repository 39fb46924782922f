/* reglab theme behaviour. Every feature is an enhancement: without JavaScript the page reads the
   same (the theme follows the system setting, code is selectable, the search box stays hidden).
   Search is in search.js. */
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
})();
