// The site's search index, made at build time: MiniSearch indexes the sections with the options
// the pages load it with (the theme's search-options.js) and the result is MiniSearch's own
// serialization, which the pages read back with MiniSearch.loadJSON. Item source: the sections as
// a JSON array (SearchIndex.java).
//
// The indexing (~30 ms for the document site) runs in a worker (search-index-worker.js), so that
// when a rebuild has a diagram to draw too, the two run side by side on two cores instead of one
// after the other on the page's thread. The worker starts with the page, so loading MiniSearch
// into it overlaps the page's own loading instead of delaying serve's first rebuild.

let worker;
const pending = new Map();
let nextId = 0;

function start() {
  worker = new Worker(new URL('./search-index-worker.js', import.meta.url));
  worker.onmessage = ({ data }) => {
    const resolve = pending.get(data.id);
    pending.delete(data.id);
    resolve(data);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    for (const resolve of pending.values()) resolve({ error: `the search index worker failed: ${e.message}` });
    pending.clear();
    worker = undefined; // the next index starts a new one
  };
}

start();

/** Resolves to {key, html} (html: the serialized index) or {key, error, line}. */
export function indexSearch(item) {
  if (worker === undefined) start();
  return new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    worker.postMessage({ id, source: item.source });
  }).then((data) => (data.error === undefined
    ? { key: item.key, html: data.json }
    : { key: item.key, error: data.error, line: 0 }));
}
