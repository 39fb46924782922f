// Injected by `./reglab serve` into HTML responses only (never into the built files). It listens
// to the server's build state and reloads the page after a successful rebuild, or shows the
// build error over the page until a later build succeeds.
(function () {
  'use strict';
  var script = document.currentScript;
  var pageBuild = script ? script.getAttribute('data-build') : null;
  var OVERLAY_ID = 'reglab-error-overlay';

  function hideError() {
    var old = document.getElementById(OVERLAY_ID);
    if (old) { old.remove(); }
  }

  function showError(message) {
    hideError();
    var box = document.createElement('div');
    box.id = OVERLAY_ID;
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;' +
      'padding:2rem;background:rgba(24,8,8,.97);color:#fff;font:14px/1.5 ui-monospace,monospace;';
    var title = document.createElement('strong');
    title.textContent = 'Build failed — still serving the last good site. Fix the content and save.';
    title.style.cssText = 'display:block;margin-bottom:1rem;color:#ff8a80;font-size:16px;';
    var text = document.createElement('pre');
    text.className = 'reglab-error-message';
    text.textContent = message;
    text.style.cssText = 'white-space:pre-wrap;margin:0;color:#fff;background:none;';
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Dismiss';
    close.style.cssText = 'margin-top:1.5rem;padding:.3rem 1rem;';
    close.addEventListener('click', hideError);
    box.appendChild(title);
    box.appendChild(text);
    box.appendChild(close);
    document.body.appendChild(box);
  }

  function onState(event) {
    var state = JSON.parse(event.data);
    if (state.error) {
      showError(state.error);
    } else if (state.build !== pageBuild) {
      location.reload();
    } else {
      hideError();
    }
  }

  // Only visible tabs keep a stream open: browsers allow about six HTTP/1.1 connections per host,
  // and one per background tab would soon leave none for loading pages. A tab that becomes visible
  // again reconnects, gets the current state at once, and reloads if it missed a build.
  var events = null;
  function connect() {
    if (!events) {
      events = new EventSource('/__reglab/events');
      events.addEventListener('state', onState);
    }
  }
  function disconnect() {
    if (events) {
      events.close();
      events = null;
    }
  }
  document.addEventListener('visibilitychange', function () {
    if (document.hidden) { disconnect(); } else { connect(); }
  });
  if (!document.hidden) { connect(); }
})();
