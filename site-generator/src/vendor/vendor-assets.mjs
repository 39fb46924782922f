// Installs the npm packages of package-lock.json (system npm, no install scripts) and copies the
// files the build-time renderer and the site theme (KaTeX's stylesheet, MiniSearch) need into
// <out>/reglab/vendor/.
// Run by the Maven build (exec-maven-plugin, generate-resources):
//   node src/vendor/vendor-assets.mjs <out> [<test-out>]
// With <test-out>, the libraries only the tests use (devDependencies: axe-core) go to
// <test-out>/reglab/test-vendor/, outside the shipped classes.
// `npm ci` runs only when node_modules does not match the lock file, so repeated builds stay fast
// and work offline once the npm cache holds the packages.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const moduleDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const out = path.resolve(process.argv[2] ?? path.join(moduleDir, 'target', 'classes'), 'reglab', 'vendor');
const testOut = process.argv[3] ? path.resolve(process.argv[3], 'reglab', 'test-vendor') : null;
const nm = path.join(moduleDir, 'node_modules');

const sha = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const lockFile = path.join(moduleDir, 'package-lock.json');
const stamp = path.join(nm, '.reglab-lock-sha256');
const lockHash = sha(lockFile);
if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== lockHash) {
  console.log('[vendor] npm ci (node_modules does not match package-lock.json)');
  execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'],
    { cwd: moduleDir, stdio: 'inherit' });
  fs.writeFileSync(stamp, lockHash);
}

const copied = [];
/**
 * V8's compile hint (https://v8.dev/blog/explicit-compile-hints): a script that starts with it has
 * every function compiled while the script streams in, on a background thread, instead of each on
 * its first call on the page's main thread after a pre-parse, which parses it twice. For the code a
 * render page runs nearly all of (Mermaid's chunks, svgo) that is less work and off the busy
 * thread; KaTeX and highlight.js are left lazy, as most of their functions never run in a build.
 */
const COMPILE_EAGERLY = '//# allFunctionsCalledOnLoad\n';
function copy(from, to, into = out, { eager = false } = {}) {
  const src = path.join(nm, from);
  const dst = path.join(into, to);
  fs.mkdirSync(path.dirname(dst), { recursive: true });
  if (eager) fs.writeFileSync(dst, COMPILE_EAGERLY + fs.readFileSync(src, 'utf8'));
  else fs.copyFileSync(src, dst);
  copied.push(to);
}
/** Copies every file of dir `from` whose name matches `re` (no source maps). */
function copyDir(from, to, re, options) {
  for (const name of fs.readdirSync(path.join(nm, from)).sort()) {
    if (re.test(name)) copy(path.join(from, name), path.join(to, name), out, options);
  }
}
const version = (pkg) => JSON.parse(fs.readFileSync(path.join(nm, pkg, 'package.json'), 'utf8')).version;

fs.rmSync(out, { recursive: true, force: true });

// Mermaid: the ES module build loads only the chunks a diagram needs. Its default build registers
// the ELK layout (chunks/mermaid.esm.min/elk-*.mjs), so `layout: elk` needs no extra package.
copy('mermaid/dist/mermaid.esm.min.mjs', 'mermaid/mermaid.esm.min.mjs', out, { eager: true });
copyDir('mermaid/dist/chunks/mermaid.esm.min', 'mermaid/chunks/mermaid.esm.min', /\.mjs$/, { eager: true });
copy('mermaid/LICENSE', 'mermaid/LICENSE');

// svgo: its self-contained browser build (an ES module, dependencies bundled) runs in a worker of
// the render page and rounds each diagram's path data, so no Node process is needed at build time.
copy('svgo/dist/svgo.browser.js', 'svgo/svgo.browser.js', out, { eager: true });
copy('svgo/LICENSE', 'svgo/LICENSE');

// KaTeX: the script for build-time rendering; the stylesheet and woff2 fonts for the pages.
copy('katex/dist/katex.min.js', 'katex/katex.min.js');
copy('katex/dist/katex.min.css', 'katex/katex.min.css');
copyDir('katex/dist/fonts', 'katex/fonts', /\.woff2$/);
copy('katex/LICENSE', 'katex/LICENSE');

// highlight.js browser build (common languages) and two themes for the pages.
copy('@highlightjs/cdn-assets/highlight.min.js', 'highlight/highlight.min.js');
copy('@highlightjs/cdn-assets/styles/github.min.css', 'highlight/github.min.css');
copy('@highlightjs/cdn-assets/styles/github-dark.min.css', 'highlight/github-dark.min.css');
copy('@highlightjs/cdn-assets/LICENSE', 'highlight/LICENSE');

// MiniSearch, the pages' search engine: the UMD build (a plain script, so it loads from file://
// and in the single-file edition, where pages cannot import modules by URL).
copy('minisearch/dist/umd/index.js', 'minisearch/minisearch.js');
copy('minisearch/LICENSE.txt', 'minisearch/LICENSE');

// License texts for the site's LICENSE pages.
for (const id of ['CC-BY-4.0', 'MIT']) {
  const text = JSON.parse(fs.readFileSync(path.join(nm, 'spdx-license-list', 'licenses', id + '.json'), 'utf8')).licenseText;
  fs.mkdirSync(path.join(out, 'licenses'), { recursive: true });
  fs.writeFileSync(path.join(out, 'licenses', id + '.txt'), text.endsWith('\n') ? text : text + '\n');
  copied.push('licenses/' + id + '.txt');
}

// Versions: part of the render cache key, so upgrading a library re-renders everything.
const versions = {
  mermaid: version('mermaid'),
  katex: version('katex'),
  'highlight.js': version('@highlightjs/cdn-assets'),
  minisearch: version('minisearch'),
  'spdx-license-list': version('spdx-license-list'),
  svgo: version('svgo'),
};
// And a digest of every file copied: the render page's origin is named after this file (with the
// page's own), and the browser keeps what it loaded from there for good (RenderServer), so a change
// to a vendored file that leaves the versions alone must change it too.
const digest = createHash('sha256');
for (const file of [...copied].sort()) digest.update(file + '\0').update(fs.readFileSync(path.join(out, file)));
versions.files = digest.digest('hex');
fs.writeFileSync(path.join(out, 'versions.properties'),
  Object.entries(versions).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
console.log(`[vendor] ${copied.length} files -> ${path.relative(moduleDir, out)} (${Object.entries(versions).filter(([k]) => k !== 'files')
  .map(([k, v]) => k + ' ' + v).join(', ')}; files sha256 ${versions.files.slice(0, 12)})`);

// Test-only: axe-core, the accessibility rules the Chromium tests run on every built page. Its
// version is not part of the render cache key above: it changes no rendered output.
if (testOut) {
  fs.rmSync(testOut, { recursive: true, force: true });
  copy('axe-core/axe.min.js', 'axe-core/axe.min.js', testOut);
  copy('axe-core/LICENSE', 'axe-core/LICENSE', testOut);
  fs.writeFileSync(path.join(testOut, 'versions.properties'), `axe-core=${version('axe-core')}\n`);
  console.log(`[vendor] test: axe-core ${version('axe-core')} -> ${path.relative(moduleDir, testOut)}`);
}
