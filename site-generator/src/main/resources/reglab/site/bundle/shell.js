// The single-file edition's shell. The bundle holds every page of the site and every file the
// pages load (their bytes in the block above, and where each starts in the JSON before it). Each
// file becomes a blob: URL once. A page is shown by writing its HTML
// into a fresh full-window frame: the frame shares this file's origin (so it may load those blob:
// URLs and keep the theme in localStorage) and gets a fresh window, so the page's scripts run
// exactly as in the multi-page site. The address bar's hash names the page:
// "#/LICENSE.html#section" shows LICENSE.html scrolled to #section.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('reglab-bundle-data').textContent);
  var assetUrls = {};
  var tokenUrls = [];
  var pages = {};
  var runtime = null;
  var frame = null;
  var shown = null;

  // The files' bytes (see ByteSection.java): this document is windows-1252, so each character of
  // the block is one byte, found through the browser's own windows-1252 decoder; four bytes the
  // HTML parser would alter travel as 0x01 followed by the byte plus 0x40.
  function sectionBytes() {
    var all = new Uint8Array(256);
    for (var b = 0; b < 256; b++) all[b] = b;
    var chars = new TextDecoder('windows-1252').decode(all);
    var byteOf = new Int16Array(0x10000).fill(-1);
    for (b = 0; b < 256; b++) byteOf[chars.charCodeAt(b)] = b;
    var text = document.getElementById('reglab-bundle-bytes').textContent;
    var out = new Uint8Array(text.length);
    var n = 0;
    for (var i = 0; i < text.length; i++) {
      var v = byteOf[text.charCodeAt(i)];
      if (v === 1) v = byteOf[text.charCodeAt(++i)] - 0x40;
      if (!(v >= 0)) throw new Error('reglab: the single file was altered (it must be read as windows-1252; at ' + i + ')');
      out[n++] = v;
    }
    return out.subarray(0, n);
  }

  // A stored file ({at, size, gz}) as a promise of its bytes.
  function unpack(bytes, entry) {
    var stored = bytes.subarray(entry.at, entry.at + entry.size);
    if (!entry.gz) return Promise.resolve(stored);
    var stream = new Blob([stored]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer().then(function (b) { return new Uint8Array(b); });
  }

  function load() {
    var bytes = sectionBytes();
    var work = data.assets.map(function (a, i) {
      return unpack(bytes, a).then(function (b) {
        var url = URL.createObjectURL(new Blob([b], { type: a.type }));
        assetUrls[a.path] = url;
        tokenUrls[i] = url;
      });
    });
    var utf8 = new TextDecoder('utf-8');
    Object.keys(data.pages).forEach(function (path) {
      work.push(unpack(bytes, data.pages[path]).then(function (b) { pages[path] = utf8.decode(b); }));
    });
    work.push(unpack(bytes, data.runtime).then(function (b) { runtime = utf8.decode(b); }));
    return Promise.all(work);
  }

  // The page's HTML with asset tokens resolved and the page runtime (page-runtime.js) first in <head>.
  function pageHtml(path) {
    var html = pages[path].replace(/bundle-asset:(\d+)/g, function (m, i) { return tokenUrls[+i]; });
    var config = { page: path, pages: Object.keys(data.pages), assets: assetUrls };
    var script = '<script>window.reglabBundle=' + JSON.stringify(config).replace(/</g, '\\u003c') + ';' +
      runtime + '<\/script>';
    var head = /<head(\s[^>]*)?>/i.exec(html);
    var at = head ? head.index + head[0].length : 0;
    return html.slice(0, at) + script + html.slice(at);
  }

  function route() {
    var hash = location.hash || '';
    try { hash = decodeURIComponent(hash); } catch (e) { /* a malformed escape: use the hash as written */ }
    var path = data.start;
    var fragment = '';
    if (hash.length > 1 && hash.indexOf('#/') !== 0) {
      fragment = hash; // "reglab.html#section": a section of the start page
    } else if (hash.indexOf('#/') === 0) {
      var rest = hash.slice(2);
      var cut = rest.indexOf('#');
      path = cut < 0 ? rest : rest.slice(0, cut);
      fragment = cut < 0 ? '' : rest.slice(cut);
      if (!data.pages[path]) path = data.pages['404.html'] ? '404.html' : data.start;
    }
    return { path: path, fragment: fragment };
  }

  function scrollTo(fragment) {
    if (fragment) frame.contentWindow.location.replace(fragment);
  }

  function show() {
    var r = route();
    if (r.path === shown) {
      scrollTo(r.fragment);
      return;
    }
    // Settings in the query belong to the page that wrote them: another page starts without.
    if (shown !== null && location.search) history.replaceState(history.state, '', location.pathname + location.hash);
    var next = document.createElement('iframe');
    next.id = 'reglab-page';
    next.title = document.title;
    shown = r.path;
    // An empty srcdoc document first, then the page written over it: unlike the frame's initial
    // about:blank document, it has a Navigation API that the page runtime can listen to.
    next.addEventListener('load', function () {
      if (frame !== next || next.dataset.page) return;
      next.dataset.page = r.path;
      var doc = next.contentDocument;
      doc.open();
      doc.write(pageHtml(r.path));
      doc.close();
      scrollTo(r.fragment);
      next.contentWindow.focus();
    });
    next.srcdoc = '<!DOCTYPE html><title></title>';
    if (frame) frame.replaceWith(next); else document.body.appendChild(next);
    frame = next;
  }

  window.addEventListener('message', function (e) {
    if (!frame || e.source !== frame.contentWindow || !e.data || typeof e.data !== 'object') return;
    if (typeof e.data.reglabNavigate === 'string') {
      location.hash = '#/' + e.data.reglabNavigate;
    } else if (typeof e.data.reglabQuery === 'string' && e.data.reglabQuery !== location.search) {
      history.replaceState(history.state, '', location.pathname + e.data.reglabQuery + location.hash);
    } else if (typeof e.data.reglabTitle === 'string') {
      document.title = e.data.reglabTitle;
      frame.title = e.data.reglabTitle;
    }
  });
  if (typeof DecompressionStream !== 'function' || typeof TextDecoder !== 'function') {
    document.body.textContent = 'This browser cannot open the single-file edition (it lacks DecompressionStream, ' +
      'which Chrome 80, Firefox 113 and Safari 16.4 have). The zip edition holds the same pages as plain files.';
    return;
  }
  Promise.resolve().then(load).then(function () {
    window.addEventListener('hashchange', show);
    show();
  }, function (e) {
    document.body.textContent = String(e && e.message || e);
  });
})();
