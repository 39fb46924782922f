// Hands a render page's results to Java as deltas where that is smaller. Every value crossing
// Playwright's binding is serialized twice on the way (about 0.5 ms per KB on a loaded 2-core
// machine), and in `serve` a rebuild's big results are mostly what the page handed over last time
// for the same slot: the search index after one paragraph changed, a diagram after one label did.
//
// An item may carry a slot (BrowserRenderer: the search index, each diagram's place in the
// content). The page remembers the last result it produced for each slot; the next result for that
// slot goes out as {key, slot, delta: {ops, length, sha256}} when the delta is smaller than the
// result, where ops rebuilds the result from the remembered one: a number pair (start, length)
// copies that range of it, a string is inserted as is. Java (ResultDelta.java) keeps the same
// memory, applies the delta and checks the length and SHA-256 (UTF-8) of what it rebuilt; when
// they differ, or it has nothing for the slot, it names the key and the page sends the whole
// result (fullResults), so a lost or mismatched base costs time, never output.
//
// Matching: the common prefix and suffix are cut first (the search index's JSON changes in a
// few places); in between, blocks of BLOCK characters of the old result are indexed by content
// and the new result is scanned for them, each match grown both ways (after the style of rsync's
// and xdelta's block matching).

const BLOCK = 32;
/** Below this many characters a result goes whole: the delta's bookkeeping would cost more. */
const MIN_LENGTH = 2048;
/** A delta is sent only when it is at most this fraction of the result's length. */
const MAX_RATIO = 0.75;
/** Each op costs a few characters of JSON beside its text. */
const OP_OVERHEAD = 8;

const bases = new Map();

/** Ops that rebuild {@code next} from {@code base} (see above), or null when they would not be smaller. */
export function diff(base, next) {
  const budget = next.length * MAX_RATIO;
  let prefix = 0;
  const common = Math.min(base.length, next.length);
  while (prefix < common && base.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < common - prefix
      && base.charCodeAt(base.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)) suffix++;
  const ops = [];
  let size = 0;
  const copy = (start, length) => {
    if (length > 0) { ops.push(start, length); size += OP_OVERHEAD * 2; }
  };
  const insert = (text) => {
    if (text.length > 0) { ops.push(text); size += text.length + OP_OVERHEAD; }
  };
  copy(0, prefix);
  const end = next.length - suffix;
  const baseEnd = base.length - suffix;
  const blocks = new Map();
  for (let i = prefix; i + BLOCK <= baseEnd; i += BLOCK) {
    const block = base.slice(i, i + BLOCK);
    if (!blocks.has(block)) blocks.set(block, i);
  }
  let literal = prefix;
  let p = prefix;
  while (p + BLOCK <= end && size + (p - literal) <= budget) {
    const at = blocks.get(next.slice(p, p + BLOCK));
    if (at === undefined) { p++; continue; }
    let from = p;
    let baseFrom = at;
    while (from > literal && baseFrom > prefix && next.charCodeAt(from - 1) === base.charCodeAt(baseFrom - 1)) { from--; baseFrom--; }
    let to = p + BLOCK;
    let baseTo = at + BLOCK;
    while (to < end && baseTo < baseEnd && next.charCodeAt(to) === base.charCodeAt(baseTo)) { to++; baseTo++; }
    insert(next.slice(literal, from));
    copy(baseFrom, to - from);
    literal = to;
    p = to;
  }
  insert(next.slice(literal, end));
  copy(base.length - suffix, suffix);
  return size <= budget ? ops : null;
}

async function sha256(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The results of {@code items} as they go to Java: each with its item's slot, if any, and as a
 * delta where that is smaller; remembers each slot's new result.
 */
export async function handOff(items, results) {
  const slots = new Map(items.filter((item) => item.slot).map((item) => [item.key, item.slot]));
  return Promise.all(results.map(async (result) => {
    const slot = slots.get(result.key);
    if (slot === undefined || result.html === undefined) return result;
    const base = bases.get(slot);
    bases.set(slot, result.html);
    const ops = base !== undefined && result.html.length >= MIN_LENGTH ? diff(base, result.html) : null;
    if (ops === null) return { ...result, slot };
    return { key: result.key, slot, delta: { ops, length: result.html.length, sha256: await sha256(result.html) } };
  }));
}

/** The results whose keys are in {@code keys}, whole (Java could not apply their deltas). */
export function fullResults(items, results, keys) {
  const wanted = new Set(keys);
  const slots = new Map(items.filter((item) => item.slot).map((item) => [item.key, item.slot]));
  return results.filter((r) => wanted.has(r.key)).map((r) => ({ ...r, slot: slots.get(r.key) }));
}
