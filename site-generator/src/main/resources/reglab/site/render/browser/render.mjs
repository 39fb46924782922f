// The build-time render page. BrowserRenderer loads it from a private origin that only serves the
// project's own files, then calls window.reglab.renderBatch(items, optimize) once per build with
// every diagram, formula, code block and search index that is not in its cache. Items: {key, id, kind, source,
// language}; results, in the same order: {key, html} or {key, error, line} (line is 1-based within
// source; a search index's html is its serialization). optimize=false keeps diagrams as Mermaid drew them (see mermaid-diagram.mjs).
//
// Mermaid (with ELK, roughjs and the svgo worker) is most of what the page loads: it is imported
// when the first diagram arrives, or at once when the page's URL carries ?diagrams (the build saw
// Mermaid fences, so the import overlaps its Markdown parsing). A build of formulas and code alone
// never loads it.
import { indexSearch } from './search-index.mjs';
import { fullResults, handOff } from './result-delta.mjs';

/* global katex, hljs */

function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function renderMath(item, displayMode) {
  try {
    const html = katex.renderToString(item.source, { displayMode, throwOnError: true, output: 'htmlAndMathml' });
    return { key: item.key, html };
  } catch (e) {
    const pos = typeof e.position === 'number' ? e.position : -1;
    const line = pos >= 0 ? item.source.slice(0, pos).split('\n').length : 0;
    return { key: item.key, error: String(e?.message ?? e), line };
  }
}

function renderCode(item) {
  const lang = item.language.trim().toLowerCase();
  const safeLang = /^[\w+#.-]+$/.test(lang) ? lang : '';
  if (safeLang && hljs.getLanguage(safeLang)) {
    const { value } = hljs.highlight(item.source, { language: safeLang, ignoreIllegals: true });
    return { key: item.key, html: `<pre><code class="hljs language-${safeLang}">${value}</code></pre>` };
  }
  const cls = safeLang ? `hljs language-${safeLang}` : 'hljs';
  return { key: item.key, html: `<pre><code class="${cls}">${escapeHtml(item.source)}</code></pre>` };
}

async function renderBatch(items, optimize = true) {
  // The search index is made in its worker (search-index.mjs) while the diagrams are drawn here,
  // so it is started first.
  const indexes = new Map(items.filter((item) => item.kind === 'SEARCH_INDEX').map((item) => [item, indexSearch(item)]));
  const results = [];
  for (const item of items) {
    switch (item.kind) {
      // Drawn one after the other (Mermaid keeps global state); each diagram's optimization runs
      // in a worker meanwhile, and the batch waits for all of them at the end.
      case 'MERMAID': results.push((await (await diagrams()).drawDiagram(item, optimize)).finished); break;
      case 'MATH_INLINE': results.push(renderMath(item, false)); break;
      case 'MATH_DISPLAY': results.push(renderMath(item, true)); break;
      case 'CODE': results.push(renderCode(item)); break;
      case 'SEARCH_INDEX': results.push(indexes.get(item)); break;
      default: results.push({ key: item.key, error: `unknown render kind ${item.kind}`, line: 0 });
    }
  }
  return Promise.all(results);
}

let diagramModule;

/**
 * Resolves to mermaid-diagram.mjs once Mermaid is warm: one tiny diagram in the document's
 * configuration pulls in the flowchart, ELK and hand-drawn chunks and starts the svgo worker (a
 * worker that cannot start fails the batch, not a diagram). Its output is discarded; each real
 * diagram re-initializes Mermaid with its own seed, so output does not depend on when this ran.
 */
function diagrams() {
  diagramModule ??= import('./mermaid-diagram.mjs').then(async (module) => {
    const warmUp = await module.drawDiagram({
      key: 'warm-up', id: 'warm-up',
      source: '---\nconfig:\n  layout: elk\n  look: handDrawn\n  theme: dark\n---\ngraph LR\n  a[a] --> b{b}\n',
    }, true);
    const r = await warmUp.finished;
    if (r.error) throw new Error(`the render page's warm-up diagram failed: ${r.error}`);
    return module;
  });
  return diagramModule;
}

if (new URLSearchParams(window.location.search).has('diagrams')) {
  // Failures surface in the first batch that draws a diagram, which awaits the same promise.
  diagrams().catch(() => {});
}
katex.renderToString('x', { throwOnError: true });

window.reglab = { renderBatch, handOff, fullResults };
window.reglabReady = true;
