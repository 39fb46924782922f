// Mermaid scopes each diagram's CSS by the diagram's svg id (#mermaid-x .node rect{…}), so a page
// with seven diagrams carried seven copies of nearly the same stylesheet. Here the rules are
// re-scoped to a class named after a hash of their text (.mermaid-css-<hash> .node rect{…}) and
// put in <style data-shared="mermaid-css-<hash>">; the page assembler (reglab.site.render.SharedStyles)
// keeps the first copy on each page and drops the others. An svg <style> applies to the whole
// document, so the one copy styles every diagram with the class, ids stay unique, and a diagram
// whose CSS differs (its own classDefs, another theme) gets a class of its own. Every rule keeps
// its place and all lose the same id, so which rule wins is unchanged.
//
// A few rules name the diagram's own elements (Mermaid's neo look strokes with
// url(#mermaid-x-gradient)). They name them through a custom property instead,
// stroke:var(--mermaid-ref-gradient), which the svg sets to its own element in its style
// attribute; where the diagram has no such element the property stays unset (Mermaid writes these
// rules into every diagram, whatever its look).
//
// The rules are parsed and re-serialized by the browser's CSS parser (CSSOM), which normalizes
// them (hsl() becomes rgb(), declarations Chromium does not know are dropped).

const SHARED_PREFIX = 'mermaid-css-';
const PLACEHOLDER = 'reglab-shared-scope';
const REF_PREFIX = '--mermaid-ref';

/**
 * Replaces the diagram's <style> elements by one shared <style> and adds the shared class to the svg.
 * @param svg   the diagram, ids already prefixed by svgId
 * @param svgId the svg's id, which Mermaid's CSS is scoped by
 */
export async function shareStyles(svg, svgId) {
  const styles = [...svg.querySelectorAll('style')];
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles.map((s) => s.textContent).join('\n'));
  styles.forEach((s) => s.remove());

  const scope = new RegExp(`#${escapeRegExp(svgId)}(?![\\w-])`, 'g');
  const refs = new Map();
  for (const rule of sheet.cssRules) {
    rescope(rule, scope, svgId, refs);
  }
  const text = [...sheet.cssRules].map((r) => r.cssText).join('');
  const name = SHARED_PREFIX + (await sha256(text)).slice(0, 12);
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.setAttribute('data-shared', name);
  style.textContent = text.replaceAll(PLACEHOLDER, name);
  svg.prepend(style);
  svg.classList.add(name);
  // Appended as text: setting them through svg.style would re-serialize Mermaid's max-width.
  const declarations = [...refs].filter(([, id]) => svg.querySelector(`[id="${id}"]`)).map(([p, id]) => `${p}: url(#${id});`);
  if (declarations.length) {
    const own = (svg.getAttribute('style') ?? '').trim();
    svg.setAttribute('style', [own && !own.endsWith(';') ? `${own};` : own, ...declarations].filter(Boolean).join(' '));
  }
}

/**
 * Moves the rule's selectors (and those of nested rules) from the svg id to the placeholder class,
 * and its references to the diagram's elements to custom properties, collected in {@code refs}.
 */
function rescope(rule, scope, svgId, refs) {
  if (rule.selectorText !== undefined) rule.selectorText = rule.selectorText.replace(scope, `.${PLACEHOLDER}`);
  if (rule.style) {
    const url = new RegExp(`url\\(\\s*["']?#(${escapeRegExp(svgId)}[^"')\\s]*)["']?\\s*\\)`, 'g');
    for (const property of [...rule.style]) {
      const value = rule.style.getPropertyValue(property);
      if (!value.includes(`#${svgId}`)) continue;
      const shared = value.replace(url, (m, id) => {
        const custom = REF_PREFIX + id.slice(svgId.length).replace(/[^\w-]/g, '-');
        refs.set(custom, id);
        return `var(${custom})`;
      });
      rule.style.setProperty(property, shared, rule.style.getPropertyPriority(property));
    }
  }
  if (rule.cssRules && !(rule instanceof CSSKeyframesRule)) {
    for (const r of rule.cssRules) rescope(r, scope, svgId, refs);
  }
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function sha256(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
