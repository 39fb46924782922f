/*
 * reglab applet loader. Picks exactly one backend (TeaVM's WebAssembly GC module where the browser
 * validates WasmGC, TeaVM's JavaScript otherwise), loads it once however many experiments the page
 * holds, mounts each `.reglab-applet` element and defines the console API `window.reglab`.
 * Everything else — controls, drawing, training — is Java compiled by TeaVM (reglab.applet.*).
 * From file:// Chrome refuses to fetch the .wasm, so the module is instantiated from the gzipped,
 * base64 bytes in reglab-applet-bytes.js, which a plain script tag can still load.
 */
(function () {
  "use strict";
  if (window.reglab) {
    return; // linked twice: the first copy owns the page
  }
  var script = document.currentScript;
  var base = script && script.src ? script.src.replace(/[^/]*$/, "") : "";
  // Smallest module with a struct type: valid only where WebAssembly GC is supported.
  var GC_PROBE = [0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 95, 1, 127, 0];
  // Work per slice of a console train()/benchmark() run, well under the 50 ms long-task bound.
  var SLICE_MS = 12;

  function hasWasmGC() {
    try {
      return typeof WebAssembly === "object"
          && WebAssembly.validate(new Uint8Array(GC_PROBE));
    } catch (e) {
      return false;
    }
  }

  function loadScript(name) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = base + name;
      s.onload = resolve;
      s.onerror = function () { reject(new Error("reglab: could not load " + s.src)); };
      document.head.appendChild(s);
    });
  }

  function base64Bytes(text) {
    var bin = atob(text);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) {
      bytes[i] = bin.charCodeAt(i);
    }
    return bytes;
  }

  // Every browser that validates WasmGC has DecompressionStream (Chrome 80, Firefox 113, Safari 16.4).
  function gunzip(bytes) {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).arrayBuffer().then(function (buffer) {
      return new Uint8Array(buffer);
    });
  }

  function loadWasmGC() {
    return loadScript("reglab-applet.wasm-runtime.js").then(function () {
      if (location.protocol === "file:") {
        return loadScript("reglab-applet-bytes.js").then(function () {
          var packed = base64Bytes(window.reglabAppletWasmGz);
          delete window.reglabAppletWasmGz;
          return gunzip(packed);
        }).then(function (bytes) {
          return TeaVM.wasmGC.load(bytes);
        });
      }
      return TeaVM.wasmGC.load(base + "reglab-applet.wasm");
    }).then(function (teavm) {
      mark("reglab:module-ready");
      teavm.exports.main([]);
      return teavm.exports;
    });
  }

  var EXPORTS = ["mount", "createRun", "stepRun", "runResult", "runSamples", "disposeRun",
    "lastError"];

  function loadJs() {
    return loadScript("reglab-applet-js.js").then(function () {
      // TeaVM's UMD wrapper puts exports on window when no module system is present;
      // gather them so they don't linger as globals.
      var api = {};
      EXPORTS.forEach(function (name) {
        api[name] = window[name];
        delete window[name];
      });
      mark("reglab:module-ready");
      window.reglabAppletMain([]);
      delete window.reglabAppletMain;
      return api;
    });
  }

  // The augmentation experiment trains on handwritten digits, which travel in their own script
  // (globalThis.reglabDigits, CC BY 4.0) rather than in the module; it is loaded once, and only
  // for pages and runs that need it.
  var digits = null;
  function needsDigits(query) {
    return /(?:^|&)experiment=augmentation(?:&|$)/.test(query);
  }
  function withDigits(query) {
    if (!needsDigits(query) || typeof globalThis.reglabDigits === "string") {
      return Promise.resolve();
    }
    if (!digits) {
      digits = loadScript("reglab-digits.js");
    }
    return digits;
  }

  function specQuery(spec) {
    if (typeof spec === "string") {
      return spec;
    }
    var parts = [];
    Object.keys(spec || {}).forEach(function (key) {
      var value = spec[key];
      if (Array.isArray(value)) {
        value = value.join(",");
      }
      parts.push(encodeURIComponent(key) + "=" + encodeURIComponent(String(value)));
    });
    return parts.join("&");
  }

  // Runs one experiment to its end in bounded slices, yielding to the page between slices.
  function runSliced(api, spec) {
    var query = specQuery(spec);
    return withDigits(query).then(function () { return runLoaded(api, query); });
  }

  function runLoaded(api, query) {
    var handle = api.createRun(query);
    if (handle < 0) {
      return Promise.reject(new Error("reglab: " + api.lastError()));
    }
    var computeMs = 0;
    return new Promise(function (resolve) {
      function slice() {
        var t0 = performance.now();
        var done = api.stepRun(handle, SLICE_MS);
        computeMs += performance.now() - t0;
        if (done) {
          resolve();
        } else {
          setTimeout(slice, 0);
        }
      }
      slice();
    }).then(function () {
      var out = {
        result: JSON.parse(api.runResult(handle)),
        samples: api.runSamples(handle),
        computeMs: computeMs
      };
      api.disposeRun(handle);
      return out;
    });
  }

  var backend = hasWasmGC() ? "wasm-gc" : "js";
  var reglab = {backend: backend, ready: null, train: null, benchmark: null};

  // Marks on the page's performance timeline, for profiling the start-up.
  function mark(name) {
    if (typeof performance === "object" && performance.mark) {
      performance.mark(name);
    }
  }

  function mountAll(api) {
    var nodes = document.querySelectorAll(".reglab-applet");
    var seen = {};
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      var spec = node.getAttribute("data-reglab-spec") || "";
      var name = (/(?:^|&)experiment=([^&]*)/.exec(spec) || [null, "experiment"])[1];
      seen[name] = (seen[name] || 0) + 1;
      var id = node.id || (seen[name] === 1 ? name : name + seen[name]);
      api.mount(node, id);
    }
    mark("reglab:mounted");
    return api;
  }

  var loaded = (backend === "wasm-gc" ? loadWasmGC() : loadJs());
  var whenDom = document.readyState === "loading"
      ? new Promise(function (resolve) { document.addEventListener("DOMContentLoaded", resolve); })
      : Promise.resolve();
  // The page's digits, if an experiment needs them, load while the module does.
  var pageDigits = whenDom.then(function () {
    var nodes = document.querySelectorAll(".reglab-applet");
    var waits = [];
    for (var i = 0; i < nodes.length; i++) {
      waits.push(withDigits(nodes[i].getAttribute("data-reglab-spec") || ""));
    }
    return Promise.all(waits);
  });
  var apiPromise = Promise.all([loaded, pageDigits]).then(function (all) {
    return mountAll(all[0]);
  });
  reglab.ready = apiPromise.then(function () { return reglab; });
  /** Trains the spec's experiment to its end; resolves to its result (history). */
  reglab.train = function (spec) {
    return apiPromise.then(function (api) { return runSliced(api, spec); })
        .then(function (run) { return run.result; });
  };
  /** Trains the spec's experiment; resolves to training samples per second of compute. */
  reglab.benchmark = function (spec) {
    return apiPromise.then(function (api) { return runSliced(api, spec); })
        .then(function (run) { return run.samples / (run.computeMs / 1000); });
  };
  apiPromise.catch(function (e) {
    var nodes = document.querySelectorAll(".reglab-applet .reglab-applet-status");
    for (var i = 0; i < nodes.length; i++) {
      nodes[i].textContent = "The live experiment could not start: " + e.message;
    }
  });
  window.reglab = reglab;
})();
