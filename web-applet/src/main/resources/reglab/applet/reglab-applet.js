/*
 * reglab applet loader. Picks exactly one backend (TeaVM's WebAssembly GC module where the browser
 * validates WasmGC, TeaVM's JavaScript otherwise), loads it once however many experiments the page
 * holds, mounts each `.reglab-applet` element and defines the console API `window.reglab`.
 * Everything else — controls, drawing, training — is Java compiled by TeaVM (reglab.applet.*).
 * From file:// Chrome refuses to fetch the .wasm, so the module is instantiated from the gzipped,
 * base64 bytes in reglab-applet-bytes.js, which a plain script tag can still load.
 *
 * Workers: a run made of independent parts (grid cells, compared models, folds, trials) has its
 * parts trained in Web Workers, each holding the same backend, started from blob: URLs (which work
 * from file:// and in the single-file edition too) made of the backend's source text (the build
 * wraps each backend script in a global function, reglabWasmRuntime / reglabAppletJs) and, for
 * WasmGC, handed the module's bytes. The pool knows no experiment: it claims a ready part, posts
 * the run's settings, the part's index and its input numbers; the worker rebuilds the same run
 * and trains only that part; its numbers come back and are delivered. Where workers cannot start,
 * or all have failed, runs go through the main thread's bounded slices as before.
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

  // The module's bytes, read once: the page instantiates them, and so does each worker.
  var wasmBytes = null;

  function moduleBytes() {
    if (!wasmBytes) {
      wasmBytes = fetch(base + "reglab-applet.wasm").then(function (response) {
        if (!response.ok) {
          throw new Error("reglab: could not load " + response.url);
        }
        return response.arrayBuffer();
      }).then(function (buffer) { return new Uint8Array(buffer); });
    }
    return wasmBytes;
  }

  function loadWasmGC() {
    if (location.protocol !== "file:") {
      moduleBytes(); // downloads while the runtime script loads
    }
    return loadScript("reglab-applet.wasm-runtime.js").then(function () {
      if (location.protocol === "file:") {
        return loadScript("reglab-applet-bytes.js").then(function () {
          var packed = base64Bytes(window.reglabAppletWasmGz);
          delete window.reglabAppletWasmGz;
          return gunzip(packed);
        }).then(function (bytes) {
          wasmBytes = Promise.resolve(bytes);
          return TeaVM.wasmGC.load(bytes);
        });
      }
      return moduleBytes().then(function (bytes) {
        return TeaVM.wasmGC.load(bytes);
      });
    }).then(function (teavm) {
      mark("reglab:module-ready");
      teavm.exports.main([]);
      return teavm.exports;
    });
  }

  var EXPORTS = ["mount", "createRun", "stepRun", "runResult", "runSamples", "runFinished",
    "disposeRun", "lastError", "runParts", "runQuery", "claimPart", "partInput", "deliverPart",
    "failPart", "runPart", "watchSharedRuns"];

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
  var DIGITS_QUERY = /(?:^|&)experiment=augmentation(?:&|$)/;
  function needsDigits(query) {
    return DIGITS_QUERY.test(query);
  }
  function pageHasDigits() {
    return typeof globalThis.reglabDigits === "string";
  }
  function withDigits(query) {
    if (!needsDigits(query) || pageHasDigits()) {
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

  // Runs one experiment to its end: a run made of parts through the worker pool while it has
  // workers, everything else (and the parts no worker took) in bounded slices here, yielding to
  // the page between slices.
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
    var started = performance.now();
    var usePool = api.runParts(handle) > 0 && pool.wanted() > 0;
    return new Promise(function (resolve) {
      var entry = null;
      var waiting = false;
      function wake() {
        if (waiting) {
          waiting = false;
          slice();
        }
      }
      function slice() {
        if (api.runFinished(handle)) {
          resolve();
          return;
        }
        if (usePool && pool.live() > 0) {
          if (!entry) {
            entry = pool.add(api, handle, wake);
          }
          waiting = true;
          pool.pump();
          return; // the pool wakes this run when a part arrives or a worker is lost
        }
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
      var inWorkers = pool.remove(api, handle);
      var out = {
        result: JSON.parse(api.runResult(handle)),
        samples: api.runSamples(handle),
        // with parts in workers, the page's own compute time says nothing: count the wall time
        computeMs: inWorkers > 0 ? performance.now() - started : computeMs
      };
      api.disposeRun(handle);
      return out;
    });
  }

  var backend = hasWasmGC() ? "wasm-gc" : "js";

  // ---- The worker pool ----

  // At most this many workers, however many cores the browser reports: each holds a module
  // instance and its memory, and a page's runs have tens of parts at most.
  var MAX_WORKERS = 8;
  var WORKER_EXPORTS = ["runPart", "lastError"];
  // How often idle workers look for parts of views' runs (a paused view's parts wait).
  var VIEW_PUMP_MS = 100;
  // A worker holds a second part of a run whose parts take less than this (its own mean compute
  // time), so it starts the next one without waiting for the page to take the last one's numbers
  // and send another: for a run of many short parts (tuning's trials) that wait is a good part of
  // each part's time. Longer parts go one at a time, so none waits behind another at the end.
  var SHORT_PART_MS = 25;

  /**
   * Workers asked for: ?reglab-workers=N in the address, else window.reglabWorkers, else one per
   * core but the one the page itself needs to draw and train its experiments' frames (at least one).
   */
  function requestedWorkers() {
    var fromUrl = /[?&]reglab-workers=(\d+)/.exec(location.search);
    var n = fromUrl ? parseInt(fromUrl[1], 10) : window.reglabWorkers;
    if (typeof n !== "number" || !(n >= 0)) {
      n = Math.max(1, (navigator.hardwareConcurrency || 1) - 1);
    }
    return Math.min(Math.floor(n), MAX_WORKERS);
  }

  // The body of every worker, turned into source text (it shares no variable with this file).
  function workerMain(backend, names, digitsPattern) {
    var api = null;
    self.onmessage = function (e) {
      var m = e.data;
      if (m.type === "digits") {
        // the page's handwritten digits, sent once, before this worker's first part that needs them
        self.reglabDigits = m.text;
        return;
      }
      if (m.type === "init") {
        var loading = backend === "wasm-gc"
            ? TeaVM.wasmGC.load(m.bytes).then(function (teavm) {
              teavm.exports.main([]);
              return teavm.exports;
            })
            : Promise.resolve().then(function () {
              var exported = {};
              names.forEach(function (name) { exported[name] = self[name]; });
              self.reglabAppletMain([]);
              return exported;
            });
        loading.then(function (exported) {
          api = exported;
          self.postMessage({type: "ready"});
        }, function (err) {
          self.postMessage({type: "failed", error: String(err && err.message || err)});
        });
        return;
      }
      var numbers = null;
      var error = null;
      var t0 = performance.now();
      if (new RegExp(digitsPattern).test(m.query) && typeof self.reglabDigits !== "string") {
        // checked here as well as in the module: a part must never start without its data
        self.postMessage({type: "failed", error: "the handwritten digits were not sent to this worker"});
        return;
      }
      try {
        numbers = api.runPart(m.query, m.index, m.input);
        if (numbers === null) {
          error = api.lastError();
        }
      } catch (err) {
        error = String(err && err.message || err);
      }
      if (error !== null) {
        self.postMessage({type: "failed", error: error});
      } else {
        var copy = new Float64Array(numbers);
        self.postMessage({type: "part", numbers: copy, ms: performance.now() - t0}, [copy.buffer]);
      }
    };
  }

  /** The source of a worker: the backend's script, then workerMain. */
  function workerSource() {
    var runtime = backend === "wasm-gc" ? window.reglabWasmRuntime : window.reglabAppletJs;
    if (typeof runtime !== "function") {
      throw new Error("the backend's source is not exposed");
    }
    return "(" + runtime.toString() + ").call(self);\n(" + workerMain.toString() + ")("
        + JSON.stringify(backend) + ", " + JSON.stringify(WORKER_EXPORTS) + ", "
        + JSON.stringify(DIGITS_QUERY.source) + ");\n";
  }

  var pool = (function () {
    // {worker, state: "starting" | "ready" | "dead", parts, ms (their compute time), tasks (sent,
    // in order), error, digits (sent)}
    var workers = [];
    // {api, handle, query, wake, inWorkers, view, partMs (mean compute time of its parts in workers)}
    var runs = [];
    var ticker = null;     // pumps now and then while views share runs (they may pause and resume)
    var started = false;
    var mainParts = 0;

    function wanted() {
      return requestedWorkers();
    }

    function live() {
      var n = 0;
      workers.forEach(function (w) { n += w.state === "dead" ? 0 : 1; });
      return n;
    }

    function wakeAll() {
      runs.slice().forEach(function (r) { setTimeout(r.wake, 0); });
    }

    // A worker is lost (could not start, or failed on a part): its part, if any, goes back to
    // its run, to another worker or, once none is left, to the page's own slices.
    function lose(w, reason) {
      if (w.state === "dead") {
        return;
      }
      w.state = "dead";
      w.error = reason;
      try {
        w.worker.terminate();
      } catch (e) {
        // already gone
      }
      w.tasks.forEach(function (task) {
        if (runs.indexOf(task.run) >= 0) {
          task.run.api.failPart(task.run.handle, task.index);
        }
      });
      w.tasks = [];
      pump();
      wakeAll();
    }

    function start(w, bytes) {
      var url = null;
      try {
        url = URL.createObjectURL(new Blob([workerSource()], {type: "text/javascript"}));
        w.worker = new Worker(url);
      } catch (e) {
        w.state = "dead";
        w.error = String(e && e.message || e);
        return;
      } finally {
        if (url) {
          // the worker has its script once it starts; the URL need not outlive this task
          setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
        }
      }
      w.worker.onerror = function (e) {
        e.preventDefault();
        lose(w, e.message || "worker error");
      };
      w.worker.onmessage = function (e) {
        var m = e.data;
        if (w.state === "dead") {
          return; // sent before it was terminated; its parts were given back
        }
        if (m.type === "ready") {
          w.state = "ready";
          pump();
        } else if (m.type === "part") {
          var task = w.tasks.shift(); // a worker answers its parts in the order they were sent
          if (task && runs.indexOf(task.run) >= 0) {
            var delivered = task.run.api.deliverPart(task.run.handle, task.index, m.numbers);
            if (delivered) {
              w.parts++;
              w.ms += m.ms;
              task.run.inWorkers++;
              task.run.partMs = task.run.partMs === null ? m.ms
                  : task.run.partMs + (m.ms - task.run.partMs) / task.run.inWorkers;
            } else {
              task.run.api.failPart(task.run.handle, task.index);
            }
            // The run only needs its turn when it is finished or a part came back failed: the
            // pump below hands out the next parts (a timer per part cost the page ~100 tasks a run)
            if (!delivered || task.run.api.runFinished(task.run.handle)) {
              setTimeout(task.run.wake, 0);
            }
          }
          pump();
        } else if (m.type === "failed") {
          lose(w, m.error);
        }
      };
      w.worker.postMessage({type: "init", bytes: bytes});
    }

    function ensureStarted() {
      if (started) {
        return;
      }
      started = true;
      var n = wanted();
      for (var i = 0; i < n; i++) {
        workers.push({worker: null, state: "starting", parts: 0, ms: 0, tasks: [], error: null,
          digits: false});
      }
      var bytes = backend === "wasm-gc" ? moduleBytes() : Promise.resolve(null);
      bytes.then(function (b) {
        workers.forEach(function (w) {
          if (w.state === "starting") {
            start(w, b);
          }
        });
        if (live() === 0) {
          wakeAll();
        }
      }, function (e) {
        workers.forEach(function (w) {
          w.state = "dead";
          w.error = String(e && e.message || e);
        });
        wakeAll();
      });
    }

    /**
     * Hands ready parts to workers: first one to each worker with none, then a second to each
     * worker whose part is a short one (so parts spread over every worker before any holds two).
     */
    function pump() {
      fill(1);
      fill(2);
    }

    function fill(depth) {
      workers.forEach(function (w) {
        if (w.state !== "ready" || w.tasks.length >= depth) {
          return;
        }
        for (var k = 0; k < runs.length; k++) {
          var run = runs[k];
          if (depth > 1 && !(run.partMs !== null && run.partMs < SHORT_PART_MS)) {
            continue;
          }
          if (needsDigits(run.query) && !pageHasDigits()) {
            continue; // left to the page's slices, which say what is missing
          }
          var index = run.api.claimPart(run.handle);
          if (index >= 0) {
            var input = run.api.partInput(run.handle, index);
            w.tasks.push({run: run, index: index});
            if (needsDigits(run.query) && !w.digits) {
              w.worker.postMessage({type: "digits", text: globalThis.reglabDigits});
              w.digits = true;
            }
            w.worker.postMessage({type: "part", query: run.query, index: index, input: input});
            return;
          }
        }
      });
    }

    return {
      wanted: wanted,
      /** Workers starting or running (0 before the first parted run: they start then). */
      live: function () {
        ensureStarted();
        return live();
      },
      pump: pump,
      add: function (api, handle, wake) {
        var run = {api: api, handle: handle, query: api.runQuery(handle), wake: wake, inWorkers: 0,
          view: false, partMs: null};
        runs.push(run);
        return run;
      },
      /** A view's run with parts opened: workers take its parts while the view plays. */
      share: function (api, handle) {
        if (wanted() === 0) {
          return;
        }
        ensureStarted();
        runs.push({api: api, handle: handle, query: api.runQuery(handle), wake: function () {},
          inWorkers: 0, view: true, partMs: null});
        if (ticker === null) {
          ticker = setInterval(pump, VIEW_PUMP_MS);
        }
        pump();
      },
      /** A view's run closed (replaced): parts of it still in workers are dropped on arrival. */
      unshare: function (handle) {
        runs = runs.filter(function (r) { return !(r.view && r.handle === handle); });
        if (ticker !== null && !runs.some(function (r) { return r.view; })) {
          clearInterval(ticker);
          ticker = null;
        }
      },
      /** Forgets a finished run; returns how many of its parts workers ran. */
      remove: function (api, handle) {
        var inWorkers = 0;
        for (var k = 0; k < runs.length; k++) {
          if (runs[k].handle === handle) {
            inWorkers = runs[k].inWorkers;
            runs.splice(k, 1);
            break;
          }
        }
        mainParts += Math.max(0, api.runParts(handle) - inWorkers);
        return inWorkers;
      },
      stats: function () {
        return {
          requested: wanted(),
          started: workers.filter(function (w) { return w.worker !== null; }).length,
          live: live(),
          parts: workers.map(function (w) { return w.parts; }),
          partMs: workers.map(function (w) { return Math.round(w.ms); }),
          main: mainParts,
          errors: workers.filter(function (w) { return w.error; }).map(function (w) { return w.error; })
        };
      }
    };
  })();

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
    var api = all[0];
    api.watchSharedRuns(function (handle) { pool.share(api, handle); },
        function (handle) { pool.unshare(handle); });
    return mountAll(api);
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
  /**
   * The worker pool's record: workers requested and started, those still live, parts each
   * worker ran, parts the main thread ran, and why workers were lost.
   */
  reglab.workerStats = function () {
    return pool.stats();
  };
  apiPromise.catch(function (e) {
    var nodes = document.querySelectorAll(".reglab-applet .reglab-applet-status");
    for (var i = 0; i < nodes.length; i++) {
      nodes[i].textContent = "The live experiment could not start: " + e.message;
    }
  });
  window.reglab = reglab;
})();
