// Runs first in every page of the single-file edition (window.reglabBundle is set just before).
// A page's own URL there is the bundle file's, so relative URLs written by scripts cannot resolve
// by themselves. This maps them: links to other pages switch pages through the shell, and fetch()
// of a site file reads the embedded copy. reglabBundle.asset(path) gives other scripts the same.
(function () {
  'use strict';
  var b = window.reglabBundle;
  var base = 'https://bundle.invalid/' + b.page;
  var pages = {};
  b.pages.forEach(function (p) { pages[p] = true; });

  function sitePath(ref) {
    if (typeof ref !== 'string' || ref === '' || ref.charAt(0) === '#') return null;
    if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(ref) || ref.indexOf('//') === 0) return null;
    var u = new URL(ref, base);
    var path = decodeURIComponent(u.pathname.slice(1));
    if (path === '' || path.charAt(path.length - 1) === '/') path += 'index.html';
    return { path: path, hash: u.hash };
  }

  var blobs = {};
  Object.keys(b.assets).forEach(function (p) { blobs[b.assets[p]] = true; });

  // A script that builds sibling URLs from its own src ("blob:<origin>/<uuid>" here) asks for
  // "blob:<origin>/name.js": found by file name, when exactly one bundled file has that name.
  function byFileName(name) {
    var found = null;
    for (var p in b.assets) {
      if (p === name || p.slice(-name.length - 1) === '/' + name) {
        if (found) return null;
        found = b.assets[p];
      }
    }
    return found;
  }

  b.asset = function (ref) {
    if (typeof ref !== 'string') return null;
    if (ref.indexOf('blob:') === 0) {
      return blobs[ref] ? null : byFileName(ref.slice(ref.lastIndexOf('/') + 1));
    }
    var s = sitePath(ref);
    return s && b.assets[s.path] ? b.assets[s.path] : null;
  };

  var nativeFetch = window.fetch;
  window.fetch = function (input, init) {
    var mapped = b.asset(input instanceof URL ? input.href : input);
    return nativeFetch.call(window, mapped || input, init);
  };

  var srcProperty = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src');
  Object.defineProperty(HTMLScriptElement.prototype, 'src', {
    configurable: true,
    enumerable: srcProperty.enumerable,
    get: srcProperty.get,
    set: function (value) { srcProperty.set.call(this, b.asset(String(value)) || value); }
  });

  document.addEventListener('click', function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var a = e.target && e.target.closest ? e.target.closest('a[href]') : null;
    if (!a || (a.target && a.target !== '_self')) return;
    var raw = a.getAttribute('href');
    var target = null;
    if (raw.indexOf('#/') === 0) {
      target = raw.slice(2);
    } else {
      var s = sitePath(raw);
      if (s && pages[s.path]) target = s.path + s.hash;
    }
    if (target === null) return;
    e.preventDefault();
    parent.postMessage({ reglabNavigate: target }, '*');
  }, true);

  // Scripts may navigate without a link (the search box's Enter key sets location.href). Such a
  // URL resolves against this document's URL, the bundle file's: a page of the bundle named
  // relative to the bundle's folder is shown through the shell instead (Navigation API, where the
  // browser has it; links above work everywhere).
  if (window.navigation && navigation.addEventListener) {
    navigation.addEventListener('navigate', function (e) {
      if (!e.cancelable || e.hashChange || e.downloadRequest) return;
      var dest = new URL(e.destination.url);
      var here = new URL(location.href);
      if (dest.protocol !== here.protocol || dest.host !== here.host) return;
      var dir = here.pathname.replace(/[^/]*$/, '');
      if (dest.pathname.indexOf(dir) !== 0) return;
      var path = decodeURIComponent(dest.pathname.slice(dir.length));
      if (path === '' || path.charAt(path.length - 1) === '/') path += 'index.html';
      if (!pages[path]) return;
      e.preventDefault();
      parent.postMessage({ reglabNavigate: path + dest.hash }, '*');
    });
  }

  // Experiments keep their settings in the query (?playground.rate=0.1) so a link reproduces
  // them. This page's URL is a copy of the bundle file's, taken when the page was written (so a
  // shared link's query reaches the experiments); changes go up to the address bar.
  ['pushState', 'replaceState'].forEach(function (name) {
    var native = history[name];
    history[name] = function () {
      var result = native.apply(history, arguments);
      parent.postMessage({ reglabQuery: location.search }, '*');
      return result;
    };
  });

  function announce() { parent.postMessage({ reglabTitle: document.title }, '*'); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', announce);
  else announce();
})();
