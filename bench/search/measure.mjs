// For bench/search-index.sh: makes the built site's search ten and fifty times larger and prints
// what the search box loads on first use, for each size. The larger sites are copies of the built
// site whose assets/search-index.js holds the sections repeated 10 and 50 times (each copy with
// its own URLs and headings), indexed here in Node with the theme's own search-options.js, as the
// build indexes them in its browser.
//   node measure.mjs SITE_DIR OUT_DIR MODULE_DIR
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const [, , siteDir, outDir, moduleDir] = process.argv;
const require = createRequire(path.join(moduleDir, 'package.json'));
const MiniSearch = require('minisearch');
const asset = (dir, name) => path.join(dir, 'assets', name);
const run = (file, window) => new Function('window', fs.readFileSync(file, 'utf8'))(window);

const window = {};
run(asset(siteDir, 'search-options.js'), window);
run(asset(siteDir, 'search-index.js'), window);
const { options } = window.REGLAB_SEARCH_CONFIG;
const built = MiniSearch.loadJSON(window.REGLAB_SEARCH_INDEX, options);

// The sections back from the index's stored fields, in build order; a page's first section leads.
const sections = [];
const pages = new Set();
for (let i = 0; i < built.documentCount; i++) {
  const d = built.getStoredFields(i);
  const page = d.u.split('#')[0];
  sections.push({ ...d, l: pages.has(page) ? undefined : 1 });
  pages.add(page);
}

const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' kB';
const engine = fs.readFileSync(asset(siteDir, 'vendor/minisearch/minisearch.js'));
const opts = fs.readFileSync(asset(siteDir, 'search-options.js'));
const loader = fs.readFileSync(asset(siteDir, 'search.js'));
console.log(`with every page:   search.js ${kb(loader.length)} (${kb(gz(loader))} gzipped)`);
console.log(`on first use:      minisearch.js ${kb(engine.length)} (${kb(gz(engine))}), search-options.js ${kb(opts.length)} (${kb(gz(opts))})`);
console.log('                   and the index:');
console.log('copies sections   search-index.js   (gzipped)');
for (const copies of [1, 10, 50]) {
  let script;
  if (copies === 1) {
    script = fs.readFileSync(asset(siteDir, 'search-index.js'));
  } else {
    const docs = [];
    for (let k = 0; k < copies; k++) {
      sections.forEach((d) => docs.push({ ...d, i: docs.length, u: k ? d.u.replace(/(#|$)/, `-${k}$1`) : d.u, h: k ? `${d.h} ${k}` : d.h }));
    }
    const index = new MiniSearch(options);
    index.addAll(docs);
    script = Buffer.from('window.REGLAB_SEARCH_INDEX=' + JSON.stringify(JSON.stringify(index)) + ';\n');
    const copy = path.join(outDir, `site-${copies}`);
    fs.cpSync(siteDir, copy, { recursive: true });
    fs.writeFileSync(asset(copy, 'search-index.js'), script);
  }
  console.log(`${String(copies).padStart(6)} ${String(sections.length * copies).padStart(8)} ${kb(script.length)} ${kb(gz(script))}`);
}
