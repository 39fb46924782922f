// The render page's worker: rounds one diagram's path data with svgo (browser build, see
// vendor-assets.mjs). Message in: {id, xml}; out: {id, xml} or {id, error}.
import { optimize } from '/vendor/svgo/svgo.browser.js';

// Only convertPathData runs: path data is nearly all of a hand-drawn diagram's weight (roughjs
// writes every coordinate with ~17 digits, hachure fills are thousands of segments), and every
// other plugin would rewrite markup that Mermaid's CSS, the ids and the accessibility attributes
// depend on. One decimal is a tenth of a CSS pixel: a diagram is never drawn larger than its
// natural size (Mermaid's max-width), so the error stays below a device pixel even on 2x screens
// (DiagramsInBrowserTest compares screenshots before and after). Relative commands throughout
// (utilizeAbsolute off) compress best under gzip and skip svgo's absolute/relative comparison;
// the curve rewrites (straight curves, quadratics, shorthands) are off because on roughjs output
// they cost more time than they save bytes (measured on the document's seven diagrams: 139 KB
// gzipped in half the time, against 151 KB with svgo's defaults). Arcs stay on: makeArcs
// undefined is svgo's default, and turning it off (null) saved no time and 0.3 KB gzipped.
const OPTIONS = {
  floatPrecision: 1,
  plugins: [{
    name: 'convertPathData',
    params: {
      utilizeAbsolute: false,
      makeArcs: undefined,
      straightCurves: false,
      convertToQ: false,
      curveSmoothShorthands: false,
    },
  }],
};

// Path data is cut to three decimals before svgo reads it (a hundredth of the tenth it rounds to):
// roughjs writes ~17 significant digits a number, and svgo's parser reads the document a character
// at a time, so this halves the worker's time (document's seven diagrams: 2.3 MB -> 1.0 MB of SVG,
// svgo 1.4 s -> 0.7 s at V8's baseline tier). Cutting moves a number by less than 0.001, so a
// coordinate svgo rounds to a tenth can come out a tenth away only when it lay within 0.001 of
// the rounding boundary: a few numbers in a thousand, which DiagramsInBrowserTest's screenshots
// bound. Only d attributes: the paths svgo must not change
// carry theirs under another name (mermaid-diagram.mjs).
const LONG_FRACTION = /(\.\d{3})\d+/g;
const PATH_DATA = /( d=")([^"]*)"/g;

function shortenPathData(xml) {
  return xml.replace(PATH_DATA, (match, start, d) => `${start}${d.replace(LONG_FRACTION, '$1')}"`);
}

self.onmessage = ({ data }) => {
  try {
    self.postMessage({ id: data.id, xml: optimize(shortenPathData(data.xml), OPTIONS).data });
  } catch (e) {
    self.postMessage({ id: data.id, error: String(e?.message ?? e) });
  }
};
