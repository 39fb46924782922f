// Runs svgo on a diagram in a worker (svg-optimizer-worker.mjs), so that while one diagram is
// optimized Mermaid already draws the next one on the page's main thread: on a machine with two
// cores the optimization adds little more than the last diagram's share to a build.

const worker = new Worker(new URL('./svg-optimizer-worker.mjs', import.meta.url), { type: 'module' });
const pending = new Map();
let nextId = 0;

worker.onmessage = ({ data }) => {
  const { resolve, reject } = pending.get(data.id);
  pending.delete(data.id);
  if (data.error !== undefined) reject(new Error(`svgo: ${data.error}`));
  else resolve(data.xml);
};
worker.onerror = (e) => {
  const error = new Error(`the svgo worker failed: ${e.message}`);
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
};

/** Resolves to {@code xml} (a standalone SVG document) with its path data rounded. */
export function optimizeSvg(xml) {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, xml });
  });
}
