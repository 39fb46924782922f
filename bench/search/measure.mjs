// Writes, for the site's search documents (argv[2], a search-index.js) repeated 1, 10 and 50 times,
// the documents and a serialized MiniSearch index (built here, in Node, with the site's options)
// as scripts, plus a page that times, in the browser: parsing each script, indexing the documents
// (what search.js does) and loading the serialized index. Prints the sizes; bench/search-index.sh
// opens the pages in headless Chromium and prints the times.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const [, , indexScript, outDir, moduleDir] = process.argv;
const require = createRequire(path.join(moduleDir, 'package.json'));
const MiniSearch = require('minisearch');
const window = {};
new Function('window', fs.readFileSync(indexScript, 'utf8'))(window);
const base = window.REGLAB_SEARCH;

// The same options as the theme's search.js, so the index is the one the page would build.
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const options = {
  idField: 'i',
  fields: ['title', 'heading', 'text'],
  extractField: (d, f) => (f === 'i' ? d.i : f === 'title' ? (d.l ? d.p : '') : f === 'heading' ? d.h : d.t),
  processTerm: (t) => { const f = fold(t); return f.length ? f : null; },
};
const gz = (s) => zlib.gzipSync(Buffer.from(s)).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' kB';
console.log('copies sections  documents (gzip)         + serialized index (gzip)');
for (const copies of [1, 10, 50]) {
  const docs = [];
  for (let k = 0; k < copies; k++) {
    base.forEach((d) => docs.push({ ...d, h: d.h + (k ? ' ' + k : ''), u: d.u + (k ? '-' + k : ''), i: docs.length }));
  }
  const ms = new MiniSearch(options);
  ms.addAll(docs);
  const docsJs = 'window.REGLAB_SEARCH=' + JSON.stringify(docs) + ';\n';
  const indexJs = 'window.REGLAB_SEARCH_INDEX=' + JSON.stringify(JSON.stringify(ms)) + ';\n';
  fs.writeFileSync(path.join(outDir, `docs-${copies}.js`), docsJs);
  fs.writeFileSync(path.join(outDir, `index-${copies}.js`), indexJs);
  fs.writeFileSync(path.join(outDir, `time-${copies}.html`), `<!doctype html><meta charset="utf-8"><body>
<script src="minisearch.js"></script>
<script>var t0 = performance.now();</script><script src="docs-${copies}.js"></script>
<script>var t1 = performance.now();</script><script src="index-${copies}.js"></script>
<script>
var t2 = performance.now();
var fold = ${fold.toString()};
var options = { idField: 'i', fields: ['title', 'heading', 'text'], extractField: ${options.extractField.toString()},
  processTerm: ${options.processTerm.toString()} };
var a = performance.now(); var built = new MiniSearch(options); built.addAll(REGLAB_SEARCH); var b = performance.now();
var loaded = MiniSearch.loadJSON(REGLAB_SEARCH_INDEX, options); var c = performance.now();
if (loaded.documentCount !== built.documentCount) throw new Error('index mismatch');
document.body.textContent = JSON.stringify({ docsParse: t1 - t0, indexParse: t2 - t1, addAll: b - a, loadJSON: c - b });
</script>`);
  console.log(`${String(copies).padStart(6)} ${String(docs.length).padStart(8)} ${kb(docsJs.length)} (${kb(gz(docsJs))})  ${kb(indexJs.length)} (${kb(gz(indexJs))})`);
}
