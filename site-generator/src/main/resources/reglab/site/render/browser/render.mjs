// The build-time render page. BrowserRenderer loads it from a private origin that only serves the
// project's own files, then calls window.reglab.renderBatch(items) once per build with every
// diagram, formula and code block that is not in its cache. Items: {key, id, kind, source, language};
// results, in the same order: {key, html} or {key, error, line} (line is 1-based within source).
import mermaid from '/vendor/mermaid/mermaid.esm.min.mjs';

/* global katex, hljs */

// roughjs draws the hand-drawn look from a pseudo-random stream; a fixed seed makes it reproducible.
const HAND_DRAWN_SEED = 1;

function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain text of a Mermaid label, which may hold HTML such as <br> or entity references. */
function labelText(label) {
  const holder = document.createElement('div');
  holder.innerHTML = String(label ?? '').replace(/<br\s*\/?>/gi, ' ');
  return holder.textContent.replace(/\s+/g, ' ').trim();
}

/** Lines of front matter (--- ... ---) that Mermaid strips before its parser counts lines. */
function frontMatterLines(source) {
  const lines = source.split('\n');
  if (lines[0].trim() !== '---') return 0;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '---') return i + 1;
  }
  return 0;
}

function mermaidErrorLine(e, source) {
  let line = e?.hash?.loc?.first_line ?? (e?.hash?.line != null ? e.hash.line + 1 : null);
  if (line == null) {
    const m = /line (\d+)/i.exec(String(e?.message ?? e));
    line = m ? Number(m[1]) : 0;
  }
  return line > 0 ? line + frontMatterLines(source) : 0;
}

/**
 * A text alternative derived from the parsed diagram: for flowcharts the nodes, the edges with
 * their labels and the groups; for other diagram types the text the diagram shows.
 */
function describe(diagram, svg) {
  const db = diagram.db;
  const accTitle = db.getAccTitle?.() || '';
  const accDescr = db.getAccDescription?.() || '';
  if (typeof db.getVertices === 'function' && typeof db.getEdges === 'function') {
    const vertices = db.getVertices();
    const nodes = vertices instanceof Map ? [...vertices.values()] : Object.values(vertices);
    const name = new Map(nodes.map((v) => [v.id, labelText(v.text ?? v.id) || v.id]));
    const edges = db.getEdges().map((e) => {
      const text = labelText(e.text);
      return `${name.get(e.start) ?? e.start} → ${name.get(e.end) ?? e.end}` + (text ? ` (${text})` : '');
    });
    const groups = (db.getSubGraphs?.() ?? []).map(
      (g) => `${labelText(g.title) || g.id}: ${g.nodes.map((n) => name.get(n) ?? n).join(', ')}`);
    const parts = [`Nodes: ${[...name.values()].join(', ')}.`];
    if (edges.length) parts.push(`Edges: ${edges.join('; ')}.`);
    if (groups.length) parts.push(`Groups: ${groups.join('; ')}.`);
    if (accDescr) parts.unshift(accDescr);
    const title = accTitle || `Flowchart with ${nodes.length} nodes and ${edges.length} edges`;
    return { title, desc: parts.join(' ') };
  }
  const shown = [...svg.querySelectorAll('text, foreignObject')].map((t) => labelText(t.textContent)).filter(Boolean);
  return {
    title: accTitle || `Mermaid ${diagram.type} diagram`,
    desc: accDescr || (shown.length ? `Text in the diagram: ${shown.join('; ')}.` : `A ${diagram.type} diagram.`),
  };
}

/** Gives every element id the diagram's own prefix, and rewrites the references to it. */
function prefixIds(svg, prefix) {
  const renames = new Map();
  for (const el of svg.querySelectorAll('[id]')) {
    if (!el.id.startsWith(prefix)) {
      renames.set(el.id, `${prefix}-${el.id}`);
      el.id = `${prefix}-${el.id}`;
    }
  }
  if (renames.size === 0) return;
  const rewrite = (value) => value
    .replace(/url\(#([^)]+)\)/g, (m, id) => (renames.has(id) ? `url(#${renames.get(id)})` : m))
    .replace(/^#(.+)$/, (m, id) => (renames.has(id) ? `#${renames.get(id)}` : m));
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      if (attr.name === 'id') continue;
      if (attr.name === 'aria-labelledby' || attr.name === 'aria-describedby') {
        attr.value = attr.value.split(/\s+/).map((id) => renames.get(id) ?? id).join(' ');
      } else if (attr.value.includes('#')) {
        attr.value = rewrite(attr.value);
      }
    }
  }
}

async function renderMermaid(item) {
  const svgId = `mermaid-${item.id}`;
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    handDrawnSeed: HAND_DRAWN_SEED,
    deterministicIds: true,
    deterministicIDSeed: item.id,
  });
  let diagram;
  let svgText;
  try {
    diagram = await mermaid.mermaidAPI.getDiagramFromText(item.source);
    svgText = (await mermaid.render(svgId, item.source)).svg;
  } catch (e) {
    document.getElementById(`d${svgId}`)?.remove();
    return { key: item.key, error: String(e?.message ?? e).trim(), line: mermaidErrorLine(e, item.source) };
  }
  const holder = document.createElement('div');
  holder.innerHTML = svgText;
  const svg = holder.querySelector('svg');
  prefixIds(svg, svgId);
  const { title, desc } = describe(diagram, svg);
  svg.querySelectorAll(':scope > title, :scope > desc').forEach((n) => n.remove());
  const t = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  t.id = `${svgId}-title`;
  t.textContent = title;
  const d = document.createElementNS('http://www.w3.org/2000/svg', 'desc');
  d.id = `${svgId}-desc`;
  d.textContent = desc;
  svg.prepend(t, d);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', t.id);
  svg.setAttribute('aria-describedby', d.id);
  return { key: item.key, html: svg.outerHTML };
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

async function renderBatch(items) {
  const results = [];
  for (const item of items) {
    switch (item.kind) {
      case 'MERMAID': results.push(await renderMermaid(item)); break;
      case 'MATH_INLINE': results.push(renderMath(item, false)); break;
      case 'MATH_DISPLAY': results.push(renderMath(item, true)); break;
      case 'CODE': results.push(renderCode(item)); break;
      default: results.push({ key: item.key, error: `unknown render kind ${item.kind}`, line: 0 });
    }
  }
  return results;
}

// Warm-up: one tiny diagram in the document's configuration pulls in the flowchart, ELK and
// hand-drawn chunks while the build is still parsing Markdown (the renderer is usually started
// early). Its output is discarded; each real diagram re-initializes Mermaid with its own seed.
await renderMermaid({
  key: 'warm-up', id: 'warm-up', kind: 'MERMAID', language: '',
  source: '---\nconfig:\n  layout: elk\n  look: handDrawn\n---\ngraph LR\n  a[a] --> b{b}\n',
});
katex.renderToString('x', { throwOnError: true });

window.reglab = { renderBatch };
window.reglabReady = true;
