// One Mermaid diagram to page-ready HTML: drawn once in its own theme or, when it names none, once
// per page theme (diagram-themes.mjs); ids prefixed so several diagrams share a page; a text
// alternative; Mermaid's CSS shared between diagrams (shared-styles.mjs); path data rounded by
// svgo (svg-optimizer.mjs). Output: one <div class="diagram-canvas …"> per drawing, each holding
// its <svg role="img">; site.css shows the drawing that matches the page's theme.
import mermaid from '/vendor/mermaid/mermaid.esm.min.mjs';
import { VARIANTS, canvasOf, themeConfig, themeFixes } from './diagram-themes.mjs';
import { shareStyles } from './shared-styles.mjs';
import { optimizeSvg } from './svg-optimizer.mjs';

// roughjs draws the hand-drawn look from a pseudo-random stream; a fixed seed makes it reproducible.
const HAND_DRAWN_SEED = 1;
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Where a path's data waits while svgo runs, for paths it must not touch (see optimized). */
const KEPT_PATH_DATA = 'data-reglab-d';

/**
 * Draws the diagram of {@code item} ({key, id, source}) with Mermaid. Mermaid keeps global state,
 * so callers await this before drawing the next diagram; the optimization it starts runs on, and
 * {@code finished} resolves when it is done: to {key, html} or {key, error, line}.
 * @param optimize false to keep Mermaid's output as it is (styles per diagram, full-precision
 *                 coordinates), for tests that compare the two
 */
export async function drawDiagram(item, optimize) {
  const failed = (e, id) => {
    document.getElementById(`d${id}`)?.remove();
    return { finished: Promise.resolve({ key: item.key, error: String(e?.message ?? e).trim(), line: mermaidErrorLine(e, item.source) }) };
  };
  const svgId = `mermaid-${item.id}`;
  let own;
  let diagram;
  try {
    own = (await seeded(item.id, () => mermaid.parse(item.source))).config ?? {};
    diagram = await seeded(item.id, () => mermaid.mermaidAPI.getDiagramFromText(item.source));
  } catch (e) {
    return failed(e, svgId);
  }
  const drawings = own.theme
    ? [{ variant: null, theme: own.theme, id: svgId }]
    : VARIANTS.map((v) => ({ ...v, id: `${svgId}-${v.variant}` }));
  let text;
  const canvases = [];
  for (const d of drawings) {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      handDrawnSeed: HAND_DRAWN_SEED,
      deterministicIds: true,
      deterministicIDSeed: item.id,
      ...themeConfig(d.theme),
    });
    let svgText;
    try {
      svgText = (await seeded(item.id, () => mermaid.render(d.id, item.source))).svg;
    } catch (e) {
      return failed(e, d.id);
    }
    const holder = document.createElement('div');
    holder.innerHTML = svgText;
    const svg = holder.querySelector('svg');
    prefixIds(svg, d.id);
    text ??= describe(diagram, svg);
    label(svg, d.id, text);
    addFixes(svg, d.id, themeFixes(d.theme));
    const canvas = canvasOf(d.theme, own.themeVariables);
    canvases.push(optimize ? optimized(svg, d, canvas) : Promise.resolve(canvasHtml(svg, d.variant, canvas)));
  }
  return {
    finished: Promise.all(canvases).then(
      (html) => ({ key: item.key, html: html.join('') }),
      (e) => ({ key: item.key, error: String(e?.message ?? e), line: 0 })),
  };
}

/** Adds the theme's fixes (diagram-themes.mjs), scoped by the diagram's id like Mermaid's own rules. */
function addFixes(svg, svgId, fixes) {
  if (fixes.length === 0) return;
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = fixes.map((f) => `#${svgId} ${f}`).join('');
  const last = [...svg.querySelectorAll(':scope > style')].pop();
  if (last) last.after(style);
  else svg.prepend(style);
}

/**
 * Runs {@code fn} with Math.random replaced by a generator seeded from {@code id}, so a diagram
 * comes out the same in every build: Mermaid draws some things from Math.random (a git graph's
 * commit without an id gets a random one). The generator is mulberry32 (Tommy Ettinger, 2017), the
 * one Mermaid's architecture diagrams seed the same way.
 */
async function seeded(id, fn) {
  const original = Math.random;
  let state = Number.parseInt(id.slice(-8), 16) >>> 0 || 1;
  Math.random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return await fn();
  } finally {
    Math.random = original;
  }
}

/** Shares the drawing's styles, rounds its coordinates, and resolves to its canvas. */
async function optimized(svg, drawing, canvas) {
  roundDataPoints(svg);
  // What svgo must not change is read from the live svg's cascade, before its styles move out:
  // under round line caps a zero-length segment draws a dot, so svgo, which would drop it, gets
  // the CSS to see the caps; and a path painted with a gradient in bounding-box units vanishes
  // when rounding flattens its box to zero height (Mermaid's neo look draws straight dividers
  // with a slight slope for that reason), so such paths keep their data.
  document.body.append(svg);
  let cascadeMatters = false;
  const keep = [];
  for (const p of svg.querySelectorAll('path')) {
    const cs = getComputedStyle(p);
    cascadeMatters ||= cs.strokeLinecap !== 'butt' || cs.markerMid !== 'none';
    if (cs.fill.startsWith('url(') || cs.stroke.startsWith('url(')) keep.push(p);
  }
  const styleText = [...svg.querySelectorAll('style')].map((s) => s.textContent).join('\n');
  await shareStyles(svg, drawing.id);
  svg.remove();
  const styles = [...svg.querySelectorAll(':scope > style')];
  styles.forEach((s) => s.remove());
  if (cascadeMatters) {
    const all = document.createElementNS(SVG_NS, 'style');
    all.textContent = styleText;
    svg.prepend(all);
  }
  keep.forEach((p) => { p.setAttribute(KEPT_PATH_DATA, p.getAttribute('d')); p.removeAttribute('d'); });
  const xml = await optimizeSvg(new XMLSerializer().serializeToString(svg));
  const parsed = new DOMParser().parseFromString(xml, 'image/svg+xml');
  if (parsed.querySelector('parsererror')) {
    throw new Error(`svgo returned SVG that does not parse: ${parsed.querySelector('parsererror').textContent}`);
  }
  const out = document.importNode(parsed.documentElement, true);
  out.querySelectorAll(':scope > style').forEach((s) => s.remove());
  out.prepend(...styles);
  out.querySelectorAll(`[${KEPT_PATH_DATA}]`).forEach((p) => {
    p.setAttribute('d', p.getAttribute(KEPT_PATH_DATA));
    p.removeAttribute(KEPT_PATH_DATA);
  });
  return canvasHtml(out, drawing.variant, canvas);
}

function canvasHtml(svg, variant, canvas) {
  const classes = ['diagram-canvas', `diagram-canvas-${canvas}`];
  if (variant) classes.push(`diagram-${variant}`);
  return `<div class="${classes.join(' ')}">${svg.outerHTML}</div>`;
}

/**
 * Rounds the edge coordinates Mermaid keeps in data-points (base64 JSON, full precision, not drawn)
 * to the tenth of a unit the path data is rounded to.
 */
function roundDataPoints(svg) {
  for (const el of svg.querySelectorAll('[data-points]')) {
    const points = JSON.parse(atob(el.getAttribute('data-points')));
    el.setAttribute('data-points', btoa(JSON.stringify(points, (k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))));
  }
}

/** Replaces Mermaid's title and description by ours and makes the svg an image named by them. */
function label(svg, svgId, { title, desc }) {
  svg.querySelectorAll(':scope > title, :scope > desc').forEach((n) => n.remove());
  const t = document.createElementNS(SVG_NS, 'title');
  t.id = `${svgId}-title`;
  t.textContent = title;
  const d = document.createElementNS(SVG_NS, 'desc');
  d.id = `${svgId}-desc`;
  d.textContent = desc;
  svg.prepend(t, d);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', t.id);
  svg.setAttribute('aria-describedby', d.id);
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

/**
 * Gives every element id the diagram's own prefix, and rewrites the references to it. Ids Mermaid
 * repeats within a diagram (a mind map's node group and its path) get a suffix after the first:
 * references keep meaning the first, as a browser reads them.
 */
function prefixIds(svg, prefix) {
  const renames = new Map();
  for (const el of svg.querySelectorAll('[id]')) {
    if (!el.id.startsWith(prefix)) {
      renames.set(el.id, `${prefix}-${el.id}`);
      el.id = `${prefix}-${el.id}`;
    }
  }
  const taken = new Set([svg.id, ...[...svg.querySelectorAll('[id]')].map((el) => el.id)]);
  const seen = new Set([svg.id]);
  for (const el of svg.querySelectorAll('[id]')) {
    if (seen.has(el.id)) {
      let n = 2;
      while (taken.has(`${el.id}-${n}`)) n++;
      el.id = `${el.id}-${n}`;
      taken.add(el.id);
    }
    seen.add(el.id);
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
