// Preloaded into Playwright's Node.js driver (NODE_OPTIONS=--require, see PlaywrightDriver.java):
// keeps V8's compiled code of the driver's two large bundles (lib/coreBundle.js and
// lib/utilsBundle.js, about 8 MB of JavaScript) in REGLAB_DRIVER_CODE_CACHE, so a later start
// skips compiling them again: the JavaScript counterpart of the launcher's class-data sharing
// archive. It caches the driver's code only, never anything a build renders. V8 itself rejects
// data made by another V8 version or from other source text (the file is then written again);
// Node.js 22 has this built in (module.enableCompileCache), Node.js 18 and 20 do not.
'use strict';
const Module = require('module');
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const dir = process.env.REGLAB_DRIVER_CODE_CACHE;
const compile = Module.prototype._compile;
const fresh = [];

function cacheFile(filename) {
  const stat = fs.statSync(filename);
  return path.join(dir, `${path.basename(filename)}-${stat.size}-${Math.trunc(stat.mtimeMs)}-${process.version}.bin`);
}

Module.prototype._compile = function compileWithCache(content, filename) {
  if (!dir || !/[\\/]lib[\\/](core|utils)Bundle\.js$/.test(filename)) {
    return compile.call(this, content, filename);
  }
  let file;
  let cachedData;
  try {
    file = cacheFile(filename);
    cachedData = fs.readFileSync(file);
  } catch {
    cachedData = undefined;
  }
  const options = { filename, cachedData };
  if (vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER) {
    options.importModuleDynamically = vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  }
  const script = new vm.Script(Module.wrap(content.replace(/^#!.*/, '')), options);
  if (file && (cachedData === undefined || script.cachedDataRejected)) fresh.push({ script, file });
  const module = this;
  const require = (id) => module.require(id);
  require.resolve = (request, opts) => Module._resolveFilename(request, module, false, opts);
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  const wrapper = script.runInThisContext({ displayErrors: true });
  return wrapper.call(module.exports, module.exports, require, module, filename, path.dirname(filename));
};

// Written when the driver ends, so the data holds the functions this session compiled too.
// Atomically (a temporary name, then a rename), so two drivers never leave half a file.
process.once('exit', () => {
  for (const { script, file } of fresh) {
    try {
      fs.mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, file);
    } catch {
      // A cache that cannot be written only costs the next start its compile time.
    }
  }
});
