// Runs Binaryen's optimizer (the passes of `wasm-opt -O3`, then of -Oz) on TeaVM's WebAssembly GC module, in
// place. TeaVM 0.16 emits straightforward code (a local per expression, every constant
// re-materialised; at the ADVANCED level the pom asks for it inlines only methods called once);
// Binaryen's -O3 inlines, propagates and removes what TeaVM leaves, which makes the module about a
// tenth smaller gzipped and the playground network faster in V8. Only semantics-preserving passes run: no fast-math, no traps-never-happen, no
// closed-world assumption (JavaScript holds references into the module), so every double the
// module computes keeps its bits (ExactResultsBrowserTest checks the page against the JVM).
// Run by the Maven build (exec-maven-plugin, process-classes, after TeaVM, before the module is
// embedded for file:// pages):
//   node src/wasm/optimize-wasm.mjs <module.wasm>
// TeaVM skips its compilation when nothing changed; a stamp in target/ (the hash of the optimized
// bytes) then tells that the file is already optimized, so it is not optimized twice.
// `npm ci` runs only when node_modules does not match package-lock.json.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const moduleDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const wasmFile = process.argv[2];
if (!wasmFile || !fs.existsSync(wasmFile)) {
  console.error(`optimize-wasm: no module at '${wasmFile ?? ''}'; usage: node src/wasm/optimize-wasm.mjs <module.wasm>`);
  process.exit(2);
}

const sha = (bytes) => createHash('sha256').update(bytes).digest('hex');
const nm = path.join(moduleDir, 'node_modules');
const lockHash = sha(fs.readFileSync(path.join(moduleDir, 'package-lock.json')));
const lockStamp = path.join(nm, '.reglab-lock-sha256');
if (!fs.existsSync(lockStamp) || fs.readFileSync(lockStamp, 'utf8') !== lockHash) {
  console.log('[optimize-wasm] npm ci (node_modules does not match package-lock.json)');
  execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    { cwd: moduleDir, stdio: 'inherit' });
  fs.writeFileSync(lockStamp, lockHash);
}

const input = fs.readFileSync(wasmFile);
const doneStamp = path.join(moduleDir, 'target', `${path.basename(wasmFile)}.optimized-sha256`);
if (fs.existsSync(doneStamp) && fs.readFileSync(doneStamp, 'utf8') === sha(input)) {
  console.log(`[optimize-wasm] ${path.basename(wasmFile)} is already optimized`);
  process.exit(0);
}

const { default: binaryen } = await import(path.join(nm, 'binaryen', 'index.js'));
const started = Date.now();
// The features TeaVM's module uses and Chromium enables by default; never Binaryen's All, which
// lets passes emit proposals browsers do not ship yet (exact heap types, say).
const F = binaryen.Features;
const features = F.MVP | F.GC | F.ReferenceTypes | F.CallIndirectOverlong | F.ExceptionHandling
  | F.TailCall | F.BulkMemory | F.BulkMemoryOpt | F.NontrappingFPToInt | F.SignExt | F.MutableGlobals
  | F.Multivalue;
const module = binaryen.readBinary(input, features);
if (!module.validate()) {
  console.error(`optimize-wasm: ${wasmFile} does not validate before optimization; TeaVM's output is kept as it is`);
  process.exit(1);
}
// -O3 first: its inlining is what makes the training loops fast. Then one round of -Oz's passes,
// which no longer inline much but fold and merge what the first round left: about 1.7 KB less
// gzipped, with the playground's samples/s unchanged within noise (same-run A/B in Chromium).
binaryen.setOptimizeLevel(3);
binaryen.setShrinkLevel(0);
module.optimize();
binaryen.setOptimizeLevel(2);
binaryen.setShrinkLevel(2);
module.optimize();
if (!module.validate()) {
  console.error(`optimize-wasm: the optimized module does not validate; ${wasmFile} is left unchanged`);
  process.exit(1);
}
const output = module.emitBinary();
module.dispose();
fs.writeFileSync(wasmFile, output);
fs.writeFileSync(doneStamp, sha(output));
console.log(`[optimize-wasm] ${path.basename(wasmFile)}: ${input.length} -> ${output.length} bytes`
  + ` in ${((Date.now() - started) / 1000).toFixed(1)} s (Binaryen ${JSON.parse(fs.readFileSync(path.join(nm, 'binaryen', 'package.json'), 'utf8')).version}, -O3 then -Oz)`);
